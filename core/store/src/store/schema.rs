//! Versioned migrations. The schema version lives in SQLite's `user_version`;
//! each migration runs in its own transaction together with the version bump.
//! A store newer than this build is refused before anything is written.

use crate::error::{Error, Result};
use rusqlite::{Connection, Transaction};

/// One step of the schema: its SQL, then (where SQL alone can't say it) a
/// function that fills what the SQL added, in the same transaction.
struct Migration {
    sql: &'static str,
    then: Option<fn(&Transaction<'_>) -> Result<()>>,
}

const fn sql(sql: &'static str) -> Migration {
    Migration { sql, then: None }
}

/// Migrations in order; entry `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[Migration] = &[
    sql(include_str!("migrations/0001_initial.sql")),
    sql(include_str!("migrations/0002_disclosures_backups.sql")),
    sql(include_str!("migrations/0003_caseload_index.sql")),
    sql(include_str!("migrations/0004_timeline_indexes.sql")),
    sql(include_str!(
        "migrations/0005_timeline_covering_indexes.sql"
    )),
    Migration {
        sql: include_str!("migrations/0006_external_id_key.sql"),
        then: Some(fill_external_keys),
    },
    sql(include_str!(
        "migrations/0007_participant_status_changes.sql"
    )),
    sql(include_str!("migrations/0008_drafts.sql")),
    sql(include_str!("migrations/0009_signed_notes.sql")),
    sql(include_str!("migrations/0010_payers.sql")),
    sql(include_str!("migrations/0011_recovery_plans.sql")),
    sql(include_str!("migrations/0012_note_goals.sql")),
    sql(include_str!("migrations/0013_note_parts.sql")),
    sql(include_str!("migrations/0014_plan_countersignatures.sql")),
    sql(include_str!("migrations/0015_group_notes.sql")),
    sql(include_str!("migrations/0016_peer_credentials.sql")),
    sql(include_str!("migrations/0017_team.sql")),
    sql(include_str!("migrations/0018_supervision_sessions.sql")),
    Migration {
        sql: include_str!("migrations/0019_partners.sql"),
        then: Some(fill_partners),
    },
];

pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn version(conn: &Connection) -> Result<i64> {
    Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?)
}

/// Refuses a store written by a newer build. Reads only.
pub fn check_not_newer(conn: &Connection) -> Result<i64> {
    let found = version(conn)?;
    if found > LATEST_VERSION {
        return Err(Error::SchemaTooNew {
            found,
            known: LATEST_VERSION,
        });
    }
    Ok(found)
}

pub fn migrate(conn: &mut Connection) -> Result<()> {
    migrate_up_to(conn, LATEST_VERSION)
}

/// Applies the migrations that take the store to `target`.
pub fn migrate_up_to(conn: &mut Connection, target: i64) -> Result<()> {
    let current = check_not_newer(conn)?;
    for (index, migration) in MIGRATIONS
        .iter()
        .enumerate()
        .take(target as usize)
        .skip(current as usize)
    {
        let tx = conn.transaction()?;
        tx.execute_batch(migration.sql)?;
        if let Some(fill) = migration.then {
            fill(&tx)?;
        }
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
        tx.commit()?;
    }
    Ok(())
}

/// Fills the comparison key of every participant (migration 0006 added the
/// column; SQL has no Unicode case fold).
fn fill_external_keys(tx: &Transaction<'_>) -> Result<()> {
    let ids: Vec<(String, String)> = tx
        .prepare("SELECT id, external_id FROM participants")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut update = tx.prepare("UPDATE participants SET external_key = ?2 WHERE id = ?1")?;
    for (id, external_id) in ids {
        update.execute(rusqlite::params![
            id,
            crate::text::external_id_key(&external_id)
        ])?;
    }
    Ok(())
}

/// Makes one partner per recipient named in a consent and links every
/// consent to it (migration 0019). Recipients are the same partner when
/// their names share a `text::partner_key` (trimmed, NFKC, case-folded);
/// the partner keeps the spelling of the earliest consent. Partners whose
/// keys differ but whose `text::partner_skeleton`s collide are flagged
/// `needs_review`: only the peer can tell whether "Treatment Court" typed
/// with a Cyrillic "о" is the same court. The partner's `created_at` is the
/// earliest consent's, so the step reads no clock.
fn fill_partners(tx: &Transaction<'_>) -> Result<()> {
    use std::collections::BTreeMap;
    let consents: Vec<(String, String, String)> = tx
        .prepare("SELECT id, recipient, created_at FROM consents ORDER BY created_at, id")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut partner_of_key: BTreeMap<String, String> = BTreeMap::new();
    let mut keys_of_skeleton: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut insert = tx.prepare(
        "INSERT INTO partners (id, name, name_key, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)",
    )?;
    let mut link = tx.prepare("UPDATE consents SET partner_id = ?2 WHERE id = ?1")?;
    for (consent_id, recipient, created_at) in consents {
        let key = crate::text::partner_key(&recipient);
        let partner_id = match partner_of_key.get(&key) {
            Some(id) => id.clone(),
            None => {
                let id = peerlog_base::ids::PartnerId::new().to_string();
                insert.execute(rusqlite::params![id, recipient.trim(), key, created_at])?;
                keys_of_skeleton
                    .entry(crate::text::partner_skeleton(&recipient))
                    .or_default()
                    .push(key.clone());
                partner_of_key.insert(key, id.clone());
                id
            }
        };
        link.execute(rusqlite::params![consent_id, partner_id])?;
    }
    let mut flag = tx.prepare("UPDATE partners SET needs_review = 1 WHERE name_key = ?1")?;
    for keys in keys_of_skeleton.values().filter(|keys| keys.len() > 1) {
        for key in keys {
            flag.execute([key])?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::MIGRATIONS;
    use sha2::{Digest, Sha256};

    /// The SHA-256 of every migration as released. Stores out in the world
    /// ran these exact statements: editing one would leave them with a schema
    /// no build describes. A change to the schema is a new migration,
    /// appended here with its hash.
    const RELEASED: &[&str] = &[
        "65825a92973c9d06ddcf5612dea46169b1d710db20e5a379481ec65688932b8b",
        "35c981e6de4373c020dd37c19f3874529b01a805144141c38c182de04c604776",
        "b40afed99a1b9522375d8a0379a89694667094adfa229f60c295474613ceec78",
        "70551435a1cf0fffd02d36ceea8a4edd123daa0aa0486d0060ab5d222d2fe596",
        "8a2c35121db89ef98285506b24d36f1838b1b567f728cf23e7f020ae0ae469db",
        "131111fd059013019bb8d42cac3f186021b4acb564093071bf29af42436d6e6d",
        "12f40347e536f2aa698f3f52ca5b070257d7e1d06b4839385a2319ff12f32884",
        "39464bfcfd95b0e5155c2c85118d11555cb5a26c0502fa2c982472e06f853d84",
        "3b45bb2d104f8712efbaba1216f71ecf53b440f83c71082202eefafa88388dac",
        "cc96541f25df66623577c420f4be5078e316fde966257cc8609ee97206678042",
        "ad4ad5a27cd47bd38c4ceb43ed09604745b46af65e261db63f6bbbeff0a1977e",
        "108121cf2df40405ca9998e8f21e389964663b5419ec2ce0f22d6eb3c7cf2720",
        "e968882fd25998268a75942a5b551622b6fb3a136f8505d8821aa5fe16087453",
        "2a86577f916b13fc8bc55299e5c471f299382b1b3106ad1f73be516decc9b61c",
        "67adfd11111ab98e6475e2dfc0f74985d3fda6f1e196ffd7d0d4343c98c6ddec",
        "ef85ec878d49f94313a19d8c2c44c8b6cb7001a2d9ef5a5a0bf01c7361b6d720",
        "64c3703d77c1a59b9321f646204c832c3b1a3556974b6882f902cbc343b13836",
        "e8cba6af7b37d85a589500c23eeb09aa3233211fea6462ba1cfc972447931857",
        "e690b5d013e6c61b003e7d141a77cdfcc3e3a213868452e6cdeeeaf1f5af69ec",
    ];

    #[test]
    fn released_migrations_are_never_edited() {
        assert_eq!(
            MIGRATIONS.len(),
            RELEASED.len(),
            "a new migration: append its SHA-256 to RELEASED"
        );
        for (index, (migration, released)) in MIGRATIONS.iter().zip(RELEASED).enumerate() {
            let hash = hex::encode(Sha256::digest(migration.sql.as_bytes()));
            assert_eq!(
                &hash,
                released,
                "migration {} was edited after release",
                index + 1
            );
        }
    }
}
