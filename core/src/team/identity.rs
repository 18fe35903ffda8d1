//! This store's own keys: an age X25519 identity that opens messages sent
//! to it and an Ed25519 key that signs what it sends. Made once, on the
//! first need (set-up, or the first team action of a store made before
//! teams), and kept inside the encrypted store, never in a file.

use super::key::MemberKey;
use crate::error::Result;
use crate::secret::random_bytes;
use crate::time::Timestamp;
use ed25519_dalek::SigningKey;
use rusqlite::{params, Connection, OptionalExtension};
use secrecy::ExposeSecret;
use std::str::FromStr;
use zeroize::Zeroizing;

pub struct Identity {
    pub(crate) opener: age::x25519::Identity,
    pub(crate) signer: SigningKey,
}

impl Identity {
    pub fn key(&self) -> MemberKey {
        MemberKey::new(&self.opener.to_public(), &self.signer.verifying_key())
    }
}

/// This store's identity, made and kept now if it has none.
pub fn ensure(conn: &Connection, now: Timestamp) -> Result<Identity> {
    if let Some(identity) = load(conn)? {
        return Ok(identity);
    }
    let opener = age::x25519::Identity::generate();
    let seed = random_bytes::<32>();
    conn.execute(
        "INSERT INTO team_identity (only, age_secret, signing_seed, created_at) VALUES (1, ?1, ?2, ?3)",
        params![
            opener.to_string().expose_secret(),
            seed.as_slice(),
            now.to_string()
        ],
    )?;
    Ok(Identity {
        opener,
        signer: SigningKey::from_bytes(&seed),
    })
}

pub fn load(conn: &Connection) -> Result<Option<Identity>> {
    let row: Option<(Zeroizing<String>, Zeroizing<Vec<u8>>)> = conn
        .query_row(
            "SELECT age_secret, signing_seed FROM team_identity WHERE only = 1",
            [],
            |row| Ok((Zeroizing::new(row.get(0)?), Zeroizing::new(row.get(1)?))),
        )
        .optional()?;
    let Some((age_secret, seed)) = row else {
        return Ok(None);
    };
    let damaged = || crate::Error::StoreDamaged("the team keys do not read".into());
    let opener = age::x25519::Identity::from_str(&age_secret).map_err(|_| damaged())?;
    let seed: Zeroizing<[u8; 32]> =
        Zeroizing::new(seed.as_slice().try_into().map_err(|_| damaged())?);
    Ok(Some(Identity {
        opener,
        signer: SigningKey::from_bytes(&seed),
    }))
}
