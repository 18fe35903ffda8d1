//! Record ids: UUIDv7, so they sort by creation time, one type per kind so a
//! contact id can't be passed where a participant id is meant.
//!
//! The ids of the kinds that came before [`id_type!`](crate::id_type) was
//! exported are declared here; a new kind declares its own in its module.

/// What [`id_type!`](crate::id_type) expands to needs, reachable from the
/// crate that invokes it.
#[doc(hidden)]
pub mod reexport {
    pub use rusqlite;
    pub use serde;
    pub use uuid;
}

/// Declares record id types: `peerlog_base::id_type!(MilestoneId);`. The
/// TypeScript binding follows the invoking crate's `bindings` feature, as
/// `text_enum!` does.
#[macro_export]
macro_rules! id_type {
    ($($name:ident),* $(,)?) => {$(
        #[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct $name(pub $crate::ids::reexport::uuid::Uuid);

        // Written by hand, not derived, so the invoking crate needs no serde
        // of its own: the id is its UUID's string.
        impl $crate::ids::reexport::serde::Serialize for $name {
            fn serialize<S>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error>
            where
                S: $crate::ids::reexport::serde::Serializer,
            {
                $crate::ids::reexport::serde::Serialize::serialize(&self.0, serializer)
            }
        }

        impl<'de> $crate::ids::reexport::serde::Deserialize<'de> for $name {
            fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
            where
                D: $crate::ids::reexport::serde::Deserializer<'de>,
            {
                <$crate::ids::reexport::uuid::Uuid as $crate::ids::reexport::serde::Deserialize>::deserialize(deserializer).map($name)
            }
        }

        // Written by hand for the same reason: the id is a UUID string in
        // TypeScript, under its own alias.
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
            fn output_path() -> Option<::std::path::PathBuf> {
                Some(concat!(stringify!($name), ".ts").into())
            }
        }

        impl $name {
            pub fn new() -> Self {
                $name($crate::ids::reexport::uuid::Uuid::now_v7())
            }

            pub fn parse(text: &str) -> Option<Self> {
                $crate::ids::reexport::uuid::Uuid::parse_str(text.trim()).ok().map($name)
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl ::std::fmt::Display for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                ::std::fmt::Display::fmt(&self.0, f)
            }
        }

        impl ::std::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}({})", stringify!($name), self.0)
            }
        }

        impl $crate::ids::reexport::rusqlite::ToSql for $name {
            fn to_sql(&self) -> $crate::ids::reexport::rusqlite::Result<$crate::ids::reexport::rusqlite::types::ToSqlOutput<'_>> {
                Ok($crate::ids::reexport::rusqlite::types::ToSqlOutput::from(self.0.to_string()))
            }
        }

        impl $crate::ids::reexport::rusqlite::types::FromSql for $name {
            fn column_result(value: $crate::ids::reexport::rusqlite::types::ValueRef<'_>) -> $crate::ids::reexport::rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                $crate::ids::reexport::uuid::Uuid::parse_str(text)
                    .map($name)
                    .map_err(|e| $crate::ids::reexport::rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    )*};
}

crate::id_type!(
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
