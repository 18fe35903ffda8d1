//! Record ids: UUIDv7, so they sort by creation time, one type per kind so a
//! contact id can't be passed where a participant id is meant.

use serde::{Deserialize, Serialize};
use std::fmt;
use uuid::Uuid;

macro_rules! id_type {
    ($($name:ident),* $(,)?) => {$(
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub Uuid);

        // Written by hand: the derive can't read `serde(transparent)`. The
        // id is a UUID string in TypeScript, under its own alias.
        #[cfg(feature = "bindings")]
        impl ts_rs::TS for $name {
            type WithoutGenerics = Self;
            type OptionInnerType = Self;
            fn name(_: &ts_rs::Config) -> String {
                stringify!($name).into()
            }
            fn inline(_: &ts_rs::Config) -> String {
                "string".into()
            }
            fn decl(_: &ts_rs::Config) -> String {
                concat!("type ", stringify!($name), " = string;").into()
            }
            fn decl_concrete(cfg: &ts_rs::Config) -> String {
                Self::decl(cfg)
            }
            fn output_path() -> Option<std::path::PathBuf> {
                Some(concat!(stringify!($name), ".ts").into())
            }
        }

        impl $name {
            pub fn new() -> Self {
                $name(Uuid::now_v7())
            }

            pub fn parse(text: &str) -> Option<Self> {
                Uuid::parse_str(text.trim()).ok().map($name)
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }

        impl fmt::Debug for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(self.0.to_string()))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                Uuid::parse_str(text)
                    .map($name)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    )*};
}

id_type!(
    ParticipantId,
    ContactId,
    GroupId,
    SessionId,
    BoundaryId,
    CheckInId,
    FollowUpId,
    ReferralId,
    ConsentId,
    SelfCheckId,
    DisclosureId,
    AddendumId,
    PayerId,
    PlanVersionId,
    PlanGoalId,
    PlanGoalKey,
    CredentialId,
    TrainingId,
    SupervisionId,
    PartnerId,
    AgreementId,
    RestrictionId,
    IncidentId,
    MeetingId,
    DecisionId,
);
