//! A training's certificate: a PDF or an image, kept as bytes inside the
//! encrypted store, never as a file beside it. Its type is read from its
//! first bytes, not from a name or a claim, and its size is bounded, so
//! what is kept is what it says it is. The bytes are read only by
//! [`certificate`], on purpose; nothing that lists trainings loads them.

use super::kept_file::KeptFiles;
use crate::error::Result;
use crate::ids::TrainingId;
use crate::store::Store;
use crate::validate::{Checked, Problem, ValidationError};
use rusqlite::Connection;
use serde::{Deserialize, Serialize};

/// The largest certificate kept: a scanned page or two.
pub const MAX_BYTES: usize = 10 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
pub enum MediaType {
    #[serde(rename = "application/pdf")]
    Pdf,
    #[serde(rename = "image/png")]
    Png,
    #[serde(rename = "image/jpeg")]
    Jpeg,
}

impl MediaType {
    pub fn code(self) -> &'static str {
        match self {
            MediaType::Pdf => "application/pdf",
            MediaType::Png => "image/png",
            MediaType::Jpeg => "image/jpeg",
        }
    }

    pub fn parse(code: &str) -> Option<MediaType> {
        [MediaType::Pdf, MediaType::Png, MediaType::Jpeg]
            .into_iter()
            .find(|m| m.code() == code)
    }

    /// The usual file extension, for a file the peer saves on purpose.
    pub fn extension(self) -> &'static str {
        match self {
            MediaType::Pdf => "pdf",
            MediaType::Png => "png",
            MediaType::Jpeg => "jpg",
        }
    }

    /// The type its first bytes say, if it is one kept.
    pub fn sniff(bytes: &[u8]) -> Option<MediaType> {
        if bytes.starts_with(b"%PDF-") {
            Some(MediaType::Pdf)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(MediaType::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(MediaType::Jpeg)
        } else {
            None
        }
    }
}

/// What is known of a certificate without reading it: its type and size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "bindings", derive(ts_rs::TS))]
#[serde(rename_all = "camelCase")]
pub struct CertificateInfo {
    pub media_type: MediaType,
    pub size: u64,
}

/// A certificate's type, when its bytes may be kept; refused by `field`
/// when empty, too large, or not a PDF, PNG or JPEG.
pub fn checked(field: &'static str, bytes: &[u8]) -> Checked<MediaType> {
    if bytes.is_empty() || bytes.len() > MAX_BYTES {
        return Err(ValidationError::new(
            field,
            Problem::OutOfRange {
                min: 1,
                max: MAX_BYTES as i64,
            },
        ));
    }
    MediaType::sniff(bytes).ok_or_else(|| {
        ValidationError::new(
            field,
            Problem::UnknownValue {
                expected: "PDF, PNG, JPEG".into(),
            },
        )
    })
}

const KEPT: KeptFiles = KeptFiles {
    table: "training_certificates",
    key: "training_id",
};

/// Keeps a certificate for a training, replacing one kept before. Called
/// inside the training's own transaction.
pub(crate) fn put(
    conn: &Connection,
    training_id: TrainingId,
    media_type: MediaType,
    bytes: &[u8],
    now: &str,
) -> Result<()> {
    KEPT.put(conn, &training_id, media_type, bytes, now)
}

/// Attaches (or replaces) the certificate of a training kept already.
pub fn attach(store: &mut Store, training_id: TrainingId, bytes: &[u8]) -> Result<CertificateInfo> {
    let media_type = checked("certificate", bytes)?;
    let now = store.now().to_string();
    store.write(|tx| {
        super::training::require(tx, "training", training_id)?;
        put(tx, training_id, media_type, bytes, &now)
    })?;
    Ok(CertificateInfo {
        media_type,
        size: bytes.len() as u64,
    })
}

/// A training's certificate: its type and its bytes, read on purpose.
pub fn certificate(store: &Store, training_id: TrainingId) -> Result<Option<(MediaType, Vec<u8>)>> {
    let row = KEPT.read(store.conn(), &training_id)?;
    row.map(|(code, bytes)| {
        let media_type = MediaType::parse(&code).ok_or_else(|| {
            crate::Error::StoreDamaged("a certificate's type is not one Peerlog keeps".into())
        })?;
        Ok((media_type, bytes))
    })
    .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_type_is_read_from_the_bytes_and_anything_else_is_refused() {
        assert_eq!(checked("certificate", b"%PDF-1.7\n"), Ok(MediaType::Pdf));
        assert_eq!(
            checked("certificate", b"\x89PNG\r\n\x1a\nrest"),
            Ok(MediaType::Png)
        );
        assert_eq!(
            checked("certificate", &[0xFF, 0xD8, 0xFF, 0xE0]),
            Ok(MediaType::Jpeg)
        );
        for bad in [&b""[..], b"GIF89a", b"<html>", b"PK\x03\x04"] {
            let err = checked("certificate", bad).unwrap_err();
            assert_eq!(err.field, "certificate");
        }
        let mut big = b"%PDF-".to_vec();
        big.resize(MAX_BYTES + 1, b' ');
        assert_eq!(
            checked("certificate", &big).unwrap_err().problem.code(),
            "out_of_range"
        );
    }
}
