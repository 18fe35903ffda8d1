//! Payers whose published rules differ, as starting points a program
//! copies and edits: figures change, and a program's contract is what
//! binds it. Each preset says where its figures come from.

use super::profile::PayerProfile;
use super::rounding::Rounding;

/// A preset: its stable key, the rules, and where the figures come from.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Preset {
    pub key: &'static str,
    pub profile: PayerProfile,
    pub source: &'static str,
}

pub fn presets() -> Vec<Preset> {
    vec![
        Preset {
            key: "standard",
            profile: PayerProfile::new("Standard (H0038, midpoint rule)"),
            source: "CMS's midpoint rule for timed units; no caps",
        },
        Preset {
            key: "virginia_medicaid",
            profile: PayerProfile {
                daily_unit_cap: Some(16),
                yearly_hours_cap: Some(900),
                group_size_limit: Some(10),
                documentation_time_billable: false,
                ..PayerProfile::new("Virginia Medicaid")
            },
            source: "Virginia DMAS peer recovery support services: 15-minute units, \
                     16 units a day, 900 hours a year, groups of at most 10",
        },
        Preset {
            key: "new_jersey_horizon",
            profile: PayerProfile {
                modifiers: vec!["HF".into()],
                daily_unit_cap: Some(16),
                ..PayerProfile::new("Horizon NJ Health")
            },
            source: "Horizon NJ Health: H0038 with HF, at most 16 units a day",
        },
        Preset {
            key: "oregon_careoregon",
            profile: PayerProfile {
                group_modifiers: vec!["HQ".into()],
                ..PayerProfile::new("CareOregon")
            },
            source: "CareOregon: the HQ modifier on every group claim from 2026-01-01",
        },
        Preset {
            key: "michigan_medicaid",
            profile: PayerProfile {
                rounding: Rounding::WholeUnits,
                ..PayerProfile::new("Michigan Medicaid")
            },
            source: "Michigan's code chart: a \"per 15 minutes\" code is 0 units for 1–14 minutes",
        },
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_passes_the_checks_a_program_would_meet() {
        for preset in presets() {
            let checked = preset.profile.clone().checked().unwrap();
            assert_eq!(checked, preset.profile, "{} is stored as given", preset.key);
        }
    }

    #[test]
    fn presets_differ_where_their_payers_do() {
        let by_key = |key: &str| {
            presets()
                .into_iter()
                .find(|p| p.key == key)
                .unwrap()
                .profile
        };
        assert_eq!(by_key("michigan_medicaid").units(14), 0);
        assert_eq!(by_key("virginia_medicaid").units(14), 1);
        assert_eq!(by_key("oregon_careoregon").modifiers_for(true), ["HQ"]);
        assert_eq!(by_key("new_jersey_horizon").modifiers_for(false), ["HF"]);
        assert!(by_key("virginia_medicaid").group_too_large(11));
    }
}
