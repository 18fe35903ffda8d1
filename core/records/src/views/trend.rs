//! A participant's wellness over time: the points to draw and the change
//! from the first check-in to the latest.

use crate::domain::wellness::{self, Dimension, WellnessScores, BARC10_CUTOFF};
use crate::error::Result;
use crate::ids::ParticipantId;
use crate::store::Store;
use crate::time::Timestamp;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct TrendPoint {
    pub at: Timestamp,
    pub scores: WellnessScores,
    /// The mean of the eight ratings.
    pub average: f64,
    pub barc10_total: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct DimensionChange {
    pub dimension: Dimension,
    pub first: u8,
    pub latest: u8,
    pub change: i32,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct WellnessTrend {
    /// Oldest first.
    pub points: Vec<TrendPoint>,
    /// Empty until there are two check-ins.
    pub changes: Vec<DimensionChange>,
    pub barc10_first: Option<u32>,
    pub barc10_latest: Option<u32>,
    pub barc10_cutoff: u32,
}

pub fn wellness_trend(store: &Store, participant_id: ParticipantId) -> Result<WellnessTrend> {
    let checkins = wellness::list_for(store, participant_id)?;
    Ok(trend_of(
        checkins
            .iter()
            .map(|c| (c.occurred_at, c.scores, c.barc10_total)),
    ))
}

/// Builds a trend from check-ins given oldest first.
pub fn trend_of(
    checkins: impl Iterator<Item = (Timestamp, WellnessScores, Option<u32>)>,
) -> WellnessTrend {
    let points: Vec<TrendPoint> = checkins
        .map(|(at, scores, barc10_total)| TrendPoint {
            at,
            average: Dimension::ALL
                .iter()
                .map(|d| scores.get(*d) as f64)
                .sum::<f64>()
                / Dimension::ALL.len() as f64,
            scores,
            barc10_total,
        })
        .collect();
    let changes = match (points.first(), points.last()) {
        (Some(first), Some(latest)) if points.len() > 1 => Dimension::ALL
            .iter()
            .map(|d| DimensionChange {
                dimension: *d,
                first: first.scores.get(*d),
                latest: latest.scores.get(*d),
                change: latest.scores.get(*d) as i32 - first.scores.get(*d) as i32,
            })
            .collect(),
        _ => Vec::new(),
    };
    let barc: Vec<u32> = points.iter().filter_map(|p| p.barc10_total).collect();
    WellnessTrend {
        changes,
        barc10_first: barc.first().copied(),
        barc10_latest: barc.last().copied(),
        barc10_cutoff: BARC10_CUTOFF,
        points,
    }
}
