//! Credentials whose published renewal rules differ, as starting points a
//! program copies and edits: figures change, and the board's current rule
//! is what binds the peer. Each preset says where its figures come from.

use super::category::{ETHICS, PEER_SUPPORT};
use super::rule::{Minimum, RenewalRule};

/// A preset: its stable key, the credential's usual name and board, the
/// rule, and where the figures come from.
#[derive(Debug, Clone, serde::Serialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CredentialPreset {
    pub key: &'static str,
    pub name: &'static str,
    pub board: &'static str,
    pub rule: RenewalRule,
    pub source: &'static str,
}

pub fn presets() -> Vec<CredentialPreset> {
    vec![
        CredentialPreset {
            key: "pennsylvania_cps",
            name: "Certified Peer Specialist (Pennsylvania)",
            board: "Pennsylvania Certification Board",
            rule: RenewalRule {
                total_hours: 36,
                minimums: vec![
                    Minimum {
                        category: PEER_SUPPORT.into(),
                        hours: 24,
                    },
                    Minimum {
                        category: ETHICS.into(),
                        hours: 3,
                    },
                ],
                ..RenewalRule::lasting(24)
            },
            source: "Pennsylvania certified peer specialists renew every two years with \
                     36 continuing-education hours: 24 on peer support or recovery, \
                     3 on ethics, 9 elective",
        },
        CredentialPreset {
            key: "wisconsin_cps",
            name: "Certified Peer Specialist (Wisconsin)",
            board: "Wisconsin Peer Specialist Certification",
            rule: RenewalRule {
                total_hours: 20,
                grace_days: 30,
                after_grace: Some("a late fee, then the exam again".into()),
                ..RenewalRule::lasting(24)
            },
            source: "Wisconsin certified peer specialists need 20 hours every two years, \
                     with a one-month grace period, then a late fee, then the exam again",
        },
        CredentialPreset {
            key: "mental_health_first_aid",
            name: "Mental Health First Aid",
            board: "Mental Health First Aid USA",
            rule: RenewalRule::lasting(36),
            source: "Mental Health First Aid certificates last three years; \
                     no continuing-education hours",
        },
    ]
}

/// The preset with this key.
pub fn find(key: &str) -> Option<CredentialPreset> {
    presets().into_iter().find(|p| p.key == key.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_preset_passes_the_checks_a_program_would_meet() {
        for preset in presets() {
            let checked = preset.rule.clone().checked().unwrap();
            assert_eq!(checked, preset.rule, "{} is stored as given", preset.key);
        }
    }

    #[test]
    fn presets_hold_their_boards_figures() {
        let pa = find("pennsylvania_cps").unwrap().rule;
        assert_eq!(
            (pa.period_months, pa.total_hours, pa.open_hours()),
            (24, 36, 9)
        );
        let wi = find("wisconsin_cps").unwrap().rule;
        assert_eq!((wi.total_hours, wi.grace_days), (20, 30));
        let mhfa = find("mental_health_first_aid").unwrap().rule;
        assert_eq!((mhfa.period_months, mhfa.total_hours), (36, 0));
        assert!(find("nowhere").is_none());
    }
}
