//! Progress storage in SQLite: opening defensively, the migration ladder, and the tables'
//! read and write paths (one file per table group).
//!
//! An attempt acknowledged by the core is committed before the call returns: WAL with
//! `synchronous=FULL`, one transaction for the attempt and the state derived from it.

mod assessments;
mod attempts;
mod device;
mod export;
mod facilitators;
mod groups;
pub(crate) mod learners;
mod merge;
mod merge_check;
mod reports;
mod rowid;
pub mod schema;
pub use device::{INTERFACE_LANGUAGE, PROGRAMME_IRI};
mod sessions;
mod state;

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use assessments::AssessmentResult;
pub use attempts::{AttemptEffects, AttemptRecord, NewAttempt, Totals};
pub use export::{ExportAssessment, ExportAttempt};
pub use facilitators::Facilitator;
pub use groups::{AttendanceEntry, Group, GroupSessionRecord};
pub use learners::{Learner, SecretKind};
pub use merge::MergeReport;
pub use merge_check::{CLOCK_SKEW_MS, MAX_CHOICES};
pub use reports::MasteryCounts;
pub use reports::{RecentAttempt, WeekCount};
pub use sessions::{PLACEMENT, SessionRecord};

use crate::error::{Error, Result};

/// The first 16 bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// How long a write waits for another connection's lock before failing.
const BUSY_WAIT: std::time::Duration = std::time::Duration::from_secs(5);

/// An open Kusoma database.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database at `path` and upgrades it to the latest schema.
    /// A file that is not a Kusoma database, or one from a newer Kusoma, is refused and left
    /// byte-for-byte as it was.
    pub fn open(path: &Path) -> Result<Store> {
        refuse_foreign_file(path)?;
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
            // ATTACH of an export opens it read-only through a `file:` URI.
            | OpenFlags::SQLITE_OPEN_URI;
        let mut conn = Connection::open_with_flags(path, flags).map_err(Error::Storage)?;
        let version: i64 = conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(Error::Storage)?;
        let app_id: i32 = conn.pragma_query_value(None, "application_id", |r| r.get(0))?;
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| r.get(0))?;
        if app_id != schema::APPLICATION_ID && (app_id != 0 || tables > 0) {
            return Err(Error::NotADatabase {
                path: path.to_path_buf(),
                reason: "it is an SQLite database of another application".into(),
            });
        }
        if version > schema::latest() {
            return Err(Error::SchemaTooNew {
                path: path.to_path_buf(),
                found: version,
                supported: schema::latest(),
            });
        }
        // Only now, with the file known to be ours, change anything about it.
        conn.pragma_update(None, "journal_mode", "WAL")?;
        conn.pragma_update(None, "synchronous", "FULL")?;
        conn.pragma_update(None, "foreign_keys", "ON")?;
        // Android has no usable temporary directory.
        conn.pragma_update(None, "temp_store", "MEMORY")?;
        conn.pragma_update(None, "journal_size_limit", 4 * 1024 * 1024)?;
        // A deleted learner is gone for good, not left in free pages.
        conn.pragma_update(None, "secure_delete", "ON")?;
        conn.busy_timeout(BUSY_WAIT)?;
        // Damage met in an earlier session: check the file now (only now, so an ordinary open
        // costs nothing), keep it if it is whole (a false alarm loses nothing), else report it
        // as damage met at open, which moves it aside.
        let mark = crate::damage::marker(path);
        if mark.exists() {
            let verdict: String = conn.query_row("PRAGMA quick_check(1)", [], |r| r.get(0))?;
            if verdict != "ok" {
                return Err(Error::Storage(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT),
                    Some(format!("quick_check: {verdict}")),
                )));
            }
            let _ = fs::remove_file(&mark);
        }
        schema::migrate(&mut conn, version, schema::latest())?;
        crate::damage::opened(path);
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
        };
        // A deletion whose scrub a reader held off finishes now; still held, it waits again.
        if store.device_value(learners::SCRUB_PENDING)?.is_some() {
            match store.scrub() {
                Ok(()) | Err(Error::ScrubPending { .. }) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(store)
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))?)
    }
}

impl Drop for Store {
    fn drop(&mut self) {
        crate::damage::closed(&self.path);
    }
}

/// Refuses, before SQLite touches it, a non-empty file that does not start with SQLite's header.
fn refuse_foreign_file(path: &Path) -> Result<()> {
    let Ok(mut file) = fs::File::open(path) else {
        return Ok(()); // does not exist yet: SQLite creates it
    };
    let mut header = [0u8; 16];
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(source) => {
                return Err(Error::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        }
    }
    if read == 0 || &header == SQLITE_HEADER {
        return Ok(());
    }
    Err(Error::NotADatabase {
        path: path.to_path_buf(),
        reason: "it is not an SQLite database file".into(),
    })
}

/// Moves a damaged database (and its write-ahead log and shared-memory index, which belong to
/// it) aside to `<name>.corrupt-<now_ms>`, untouched, so a fresh one can be opened in its place
/// and the damaged one is still there for whoever can repair it. Returns the new path.
pub fn move_aside(path: &Path, now_ms: i64) -> Result<PathBuf> {
    let mut moved = path.as_os_str().to_owned();
    moved.push(format!(".corrupt-{now_ms}"));
    let moved = PathBuf::from(moved);
    for suffix in ["-wal", "-shm", ""] {
        let mut from = path.as_os_str().to_owned();
        from.push(suffix);
        let mut to = moved.as_os_str().to_owned();
        to.push(suffix);
        if fs::symlink_metadata(&from).is_ok() {
            fs::rename(&from, &to).map_err(|source| Error::Io {
                path: PathBuf::from(&from),
                source,
            })?;
        }
    }
    // The file it asked to check is gone: the fresh one is not suspect.
    let _ = fs::remove_file(crate::damage::marker(path));
    crate::durable::sync_dir(&crate::durable::parent_of(path))?;
    Ok(moved)
}

#[cfg(test)]
mod tests;
