//! A certification the peer holds: its name, the board that issued it, its
//! number, when it was issued and when it expires, and the rule for
//! renewing it. Renewing moves the expiry on; the period the hours count in
//! is the one that ends at the expiry.

use super::rule::RenewalRule;
use crate::domain::registry::{Demo, Export, RecordKind, Search, Timeline};
use crate::error::Result;
use crate::ids::CredentialId;
use crate::store::Store;
use crate::validate::{
    not_before, optional_text, plausible_date, required_text, Checked, Problem, ValidationError,
};
use chrono::{Months, NaiveDate};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct Credential {
    pub id: CredentialId,
    pub name: String,
    pub board: Option<String>,
    pub number: Option<String>,
    pub issued_on: NaiveDate,
    /// The last day it is valid.
    pub expires_on: NaiveDate,
    pub rule: RenewalRule,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CredentialInput {
    pub name: String,
    #[serde(default)]
    pub board: Option<String>,
    #[serde(default)]
    pub number: Option<String>,
    pub issued_on: NaiveDate,
    /// As printed on the certificate; without it, one period after issue.
    #[serde(default)]
    pub expires_on: Option<NaiveDate>,
    pub rule: RenewalRule,
}

/// The last day of the period of `months` that starts on `from`.
pub fn period_end(from: NaiveDate, months: u32) -> NaiveDate {
    from.checked_add_months(Months::new(months))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::MAX)
}

impl CredentialInput {
    pub fn checked(self, today: NaiveDate) -> Checked<Credential> {
        let rule = self.rule.checked()?;
        plausible_date("issued_on", self.issued_on, Some(today))?;
        let expires_on = self
            .expires_on
            .unwrap_or_else(|| period_end(self.issued_on, rule.period_months));
        not_before("expires_on", expires_on, "issued_on", self.issued_on)?;
        Ok(Credential {
            id: CredentialId::new(),
            name: required_text("name", &self.name, 120)?,
            board: optional_text("board", self.board.as_deref(), 120)?,
            number: optional_text("number", self.number.as_deref(), 60)?,
            issued_on: self.issued_on,
            expires_on,
            rule,
        })
    }
}

const COLUMNS: &str = "id, name, board, number, issued_on, expires_on, rule";

fn from_row(row: &Row<'_>) -> rusqlite::Result<(Credential, String)> {
    Ok((
        Credential {
            id: row.get(0)?,
            name: row.get(1)?,
            board: row.get(2)?,
            number: row.get(3)?,
            issued_on: row.get(4)?,
            expires_on: row.get(5)?,
            rule: RenewalRule::lasting(1),
        },
        row.get(6)?,
    ))
}

fn with_rule((mut credential, json): (Credential, String)) -> Result<Credential> {
    credential.rule = serde_json::from_str(&json).map_err(|_| {
        crate::Error::StoreDamaged("a credential's rule does not read as Peerlog wrote it".into())
    })?;
    Ok(credential)
}

fn rule_json(rule: &RenewalRule) -> Result<String> {
    serde_json::to_string(rule)
        .map_err(|_| crate::Error::Database("the credential's rule could not be written".into()))
}

/// Adds a credential, in one transaction.
pub fn add(store: &mut Store, input: CredentialInput) -> Result<Credential> {
    let now = store.now();
    let credential = input.checked(now.local_date())?;
    store.write(|tx| {
        tx.execute(
            &format!(
                "INSERT INTO credentials ({COLUMNS}, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)"
            ),
            params![
                credential.id,
                credential.name,
                credential.board,
                credential.number,
                credential.issued_on,
                credential.expires_on,
                rule_json(&credential.rule)?,
                now.to_string(),
            ],
        )?;
        Ok(())
    })?;
    Ok(credential)
}

/// Every credential, soonest expiry first.
pub fn list(store: &Store) -> Result<Vec<Credential>> {
    let rows = store
        .conn()
        .prepare_cached(&format!(
            "SELECT {COLUMNS} FROM credentials ORDER BY expires_on, name"
        ))?
        .query_map([], from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    rows.into_iter().map(with_rule).collect()
}

pub fn get(conn: &Connection, id: CredentialId) -> Result<Credential> {
    find(conn, id)?.ok_or(crate::Error::NotFound("credential"))
}

pub fn find(conn: &Connection, id: CredentialId) -> Result<Option<Credential>> {
    conn.prepare_cached(&format!("SELECT {COLUMNS} FROM credentials WHERE id = ?1"))?
        .query_row([id], from_row)
        .optional()?
        .map(with_rule)
        .transpose()
}

/// A credential the peer names in `field`, refused by that field when it
/// is not there.
pub fn require(conn: &Connection, field: &'static str, id: CredentialId) -> Result<Credential> {
    find(conn, id)?.ok_or_else(|| ValidationError::new(field, Problem::NoSuchRecord).into())
}

/// Records a renewal: the credential now expires on `expires_on` (given,
/// or one period after the current expiry), so a new period begins.
pub fn renew(
    store: &mut Store,
    id: CredentialId,
    expires_on: Option<NaiveDate>,
) -> Result<Credential> {
    let now = store.now();
    store.write(|tx| {
        let current = require(tx, "credential", id)?;
        let next = expires_on.unwrap_or_else(|| {
            period_end(
                current.expires_on.succ_opt().unwrap_or(current.expires_on),
                current.rule.period_months,
            )
        });
        if next <= current.expires_on {
            return Err(ValidationError::new(
                "expires_on",
                Problem::OutOfOrder {
                    after: "expires_on",
                },
            )
            .into());
        }
        tx.execute(
            "UPDATE credentials SET expires_on = ?2, updated_at = ?3 WHERE id = ?1",
            params![id, next, now.to_string()],
        )?;
        get(tx, id)
    })
}

pub const KIND: RecordKind = RecordKind {
    name: "credential",
    tables: &["credentials"],
    timeline: Timeline::NotShown("a credential is the peer's own record, not a participant's"),
    search: Search::NotIndexed("the peer's own record is private to the peer and never searched"),
    export: Export::Never("credentials are the peer's own record, private to the peer"),
    demo: Demo::NotGenerated("a credential is the peer's own, not part of a caseload"),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_period_ends_the_day_before_the_same_date_months_later() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(period_end(d(2025, 3, 1), 24), d(2027, 2, 28));
        // The end of a month stays within the month it lands in.
        assert_eq!(period_end(d(2024, 1, 31), 1), d(2024, 2, 28));
    }
}
