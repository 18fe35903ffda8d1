//! A member's public key as people pass it around: one string holding the
//! age recipient a message is encrypted to and the Ed25519 key its
//! signature is checked with, and a fingerprint short enough for two
//! people to read aloud to each other before trusting it.

use crate::validate::{Problem, ValidationError};
use data_encoding::BASE32_NOPAD;
use ed25519_dalek::VerifyingKey;
use sha2::{Digest, Sha256};
use std::fmt;
use std::str::FromStr;

const PREFIX: &str = "peerlog1";
const CHECK_LEN: usize = 4;

/// A member's two public keys. Its text form is `peerlog1` and base32 of
/// the X25519 key, the Ed25519 key and four bytes of checksum, so a
/// mistyped or truncated key is refused rather than trusted.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct MemberKey {
    agreement: [u8; 32],
    signing: [u8; 32],
}

impl MemberKey {
    pub(crate) fn new(recipient: &age::x25519::Recipient, signing: &VerifyingKey) -> MemberKey {
        // The recipient's bech32 text is the only public way age gives its
        // bytes; reading them back keeps the key string ours to define.
        let agreement =
            recipient_bytes(&recipient.to_string()).expect("age writes a well-formed recipient");
        MemberKey {
            agreement,
            signing: signing.to_bytes(),
        }
    }

    pub fn recipient(&self) -> age::x25519::Recipient {
        recipient_from_bytes(&self.agreement)
    }

    pub fn verifying_key(&self) -> Option<VerifyingKey> {
        VerifyingKey::from_bytes(&self.signing).ok()
    }

    fn bytes(&self) -> [u8; 64] {
        let mut all = [0u8; 64];
        all[..32].copy_from_slice(&self.agreement);
        all[32..].copy_from_slice(&self.signing);
        all
    }

    /// Six groups of five digits from the key's SHA-256: about 100 bits,
    /// read aloud in under a minute, the same in any language.
    pub fn fingerprint(&self) -> String {
        let digest = Sha256::digest(self.bytes());
        digest
            .chunks(4)
            .take(6)
            .map(|chunk| {
                let n = u32::from_be_bytes(chunk.try_into().expect("four bytes"));
                format!("{:05}", n % 100_000)
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// Parses a key a person pasted, naming `field` when it is not one.
    pub fn parse(field: &'static str, text: &str) -> Result<MemberKey, ValidationError> {
        text.trim().parse().map_err(|()| {
            ValidationError::new(
                field,
                Problem::BadFormat {
                    example: "peerlog1… as shown in the member's Settings",
                },
            )
        })
    }
}

impl fmt::Display for MemberKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let bytes = self.bytes();
        let check = &Sha256::digest(bytes)[..CHECK_LEN];
        let mut all = bytes.to_vec();
        all.extend_from_slice(check);
        write!(f, "{PREFIX}{}", BASE32_NOPAD.encode(&all).to_lowercase())
    }
}

impl fmt::Debug for MemberKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MemberKey({})", self.fingerprint())
    }
}

impl FromStr for MemberKey {
    type Err = ();

    fn from_str(text: &str) -> Result<MemberKey, ()> {
        let body = text
            .get(..PREFIX.len())
            .filter(|prefix| prefix.eq_ignore_ascii_case(PREFIX))
            .map(|_| &text[PREFIX.len()..])
            .ok_or(())?;
        let all = BASE32_NOPAD
            .decode(body.to_ascii_uppercase().as_bytes())
            .map_err(|_| ())?;
        if all.len() != 64 + CHECK_LEN {
            return Err(());
        }
        let (bytes, check) = all.split_at(64);
        if Sha256::digest(bytes)[..CHECK_LEN] != *check {
            return Err(());
        }
        let key = MemberKey {
            agreement: bytes[..32].try_into().expect("32 bytes"),
            signing: bytes[32..].try_into().expect("32 bytes"),
        };
        key.verifying_key().ok_or(())?;
        Ok(key)
    }
}

impl serde::Serialize for MemberKey {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

impl<'de> serde::Deserialize<'de> for MemberKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<MemberKey, D::Error> {
        let text = String::deserialize(d)?;
        text.parse()
            .map_err(|()| serde::de::Error::custom("not a member key"))
    }
}

impl rusqlite::ToSql for MemberKey {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        Ok(self.to_string().into())
    }
}

impl rusqlite::types::FromSql for MemberKey {
    fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
        let text = value.as_str()?;
        text.parse()
            .map_err(|()| rusqlite::types::FromSqlError::Other("not a member key".into()))
    }
}

fn recipient_bytes(text: &str) -> Option<[u8; 32]> {
    let (_, data) = bech32::decode(text).ok()?;
    data.try_into().ok()
}

// age's recipient text (bech32, "age1…") is the one public way into
// `age::x25519::Recipient`, so the bytes are carried across through it.
fn recipient_from_bytes(bytes: &[u8; 32]) -> age::x25519::Recipient {
    bech32::encode::<bech32::Bech32>(bech32::Hrp::parse_unchecked("age"), bytes)
        .expect("32 bytes fit a bech32 string")
        .parse()
        .expect("32 bytes always make an X25519 recipient")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn some_key() -> MemberKey {
        let opener = age::x25519::Identity::generate();
        let signer = ed25519_dalek::SigningKey::from_bytes(&[7u8; 32]);
        MemberKey::new(&opener.to_public(), &signer.verifying_key())
    }

    #[test]
    fn a_key_reads_back_as_itself_in_any_case() {
        let key = some_key();
        let text = key.to_string();
        assert!(text.starts_with("peerlog1"), "{text}");
        assert_eq!(MemberKey::parse("key", &text).unwrap(), key);
        assert_eq!(
            MemberKey::parse("key", &format!("  {}\n", text.to_uppercase())).unwrap(),
            key
        );
        assert_eq!(key.recipient().to_string(), key.recipient().to_string());
    }

    #[test]
    fn a_cut_or_changed_key_is_refused() {
        let text = some_key().to_string();
        assert!(MemberKey::parse("key", &text[..text.len() - 1]).is_err());
        let mut changed = text.into_bytes();
        changed[20] = if changed[20] == b'q' { b'p' } else { b'q' };
        let err = MemberKey::parse("key", &String::from_utf8(changed).unwrap()).unwrap_err();
        assert_eq!(err.field, "key");
    }

    #[test]
    fn a_fingerprint_is_six_groups_of_five_digits_and_differs_by_key() {
        let (a, b) = (some_key(), some_key());
        let print = a.fingerprint();
        let groups: Vec<&str> = print.split(' ').collect();
        assert_eq!(groups.len(), 6, "{print}");
        assert!(groups
            .iter()
            .all(|g| g.len() == 5 && g.bytes().all(|c| c.is_ascii_digit())));
        assert_ne!(print, b.fingerprint());
        assert_eq!(print, a.fingerprint());
    }
}
