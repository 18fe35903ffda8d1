//! Opening after a crash: before anything is written (a checkpoint would
//! copy the write-ahead log into the database), every page the log holds is
//! read through SQLCipher, which decrypts it and checks its HMAC. A log from
//! another store, or a damaged frame, fails here and the store is refused.
//!
//! Only the logged pages are read, not the whole store: at a busy peer's
//! ten-year size a full `quick_check` took 4.4 s on every open after a power
//! cut; this takes milliseconds. The full structural check stays in
//! `peerlog verify`.

use crate::error::{Error, Result};
use rusqlite::Connection;
use std::collections::BTreeSet;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

const HEADER_BYTES: u64 = 32;
const FRAME_HEADER_BYTES: u64 = 24;
const MAGIC: [u32; 2] = [0x377f_0682, 0x377f_0683];

/// Reads every page the write-ahead log at `wal` holds through `conn`, a
/// read-write connection that has written nothing. SQLCipher answers a page
/// that fails its HMAC check with zeros and turns the connection read-only
/// for good; that is how the failure shows.
pub(super) fn check_logged_pages(conn: &Connection, wal: &Path) -> Result<()> {
    let pages = logged_pages(wal).map_err(|_| damaged())?;
    let mut read = conn.prepare("SELECT length(data) FROM sqlite_dbpage WHERE pgno = ?1")?;
    for page in pages {
        read.query_map([page], |row| row.get::<_, Option<i64>>(0))
            .and_then(|rows| rows.collect::<rusqlite::Result<Vec<_>>>())
            .map_err(|_| damaged())?;
        if conn.is_readonly(rusqlite::MAIN_DB)? {
            return Err(damaged());
        }
    }
    Ok(())
}

/// The page numbers of the log's frames that belong to its current header
/// (their salts match it); frames SQLite would ignore are left out. A log
/// whose header is not SQLite's is damage.
fn logged_pages(wal: &Path) -> std::io::Result<BTreeSet<u32>> {
    let mut file = std::fs::File::open(wal)?;
    let length = file.metadata()?.len();
    let mut header = [0u8; HEADER_BYTES as usize];
    if length < HEADER_BYTES {
        // A log cut short before its header holds no frames SQLite would use.
        return Ok(BTreeSet::new());
    }
    file.read_exact(&mut header)?;
    let word = |bytes: &[u8], at: usize| {
        u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]])
    };
    let page_size = u64::from(word(&header, 8));
    if !MAGIC.contains(&word(&header, 0)) || !(512..=65536).contains(&page_size) {
        return Err(std::io::Error::other("not a write-ahead log"));
    }
    let salts = (word(&header, 16), word(&header, 20));
    let frame_bytes = FRAME_HEADER_BYTES + page_size;
    let frames = (length - HEADER_BYTES) / frame_bytes;
    let mut pages = BTreeSet::new();
    let mut frame = [0u8; FRAME_HEADER_BYTES as usize];
    for index in 0..frames {
        file.seek(SeekFrom::Start(HEADER_BYTES + index * frame_bytes))?;
        file.read_exact(&mut frame)?;
        if (word(&frame, 8), word(&frame, 12)) == salts && word(&frame, 0) > 0 {
            pages.insert(word(&frame, 0));
        }
    }
    Ok(pages)
}

fn damaged() -> Error {
    Error::StoreDamaged(
        "the write-ahead log does not match the database, or a page is damaged".into(),
    )
}

#[cfg(test)]
pub(super) fn logged_pages_for_test(wal: &Path) -> usize {
    logged_pages(wal).unwrap().len()
}
