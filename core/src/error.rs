//! The core's error type: what went wrong, in terms a shell can act on.

use std::path::PathBuf;

use crate::pack::Problem;

/// Everything that can go wrong in the core.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// An answer or argument from the shell does not fit (an index out of range, an empty name).
    // Said to a learner or facilitator as it is: the sentence is already plain.
    #[error("{0}")]
    InvalidInput(String),
    /// A learner, pack, session or other record does not exist.
    #[error("not found: {0}")]
    NotFound(String),
    /// A pack failed its checks; every problem is listed.
    #[error("the pack in {} has {} problem(s); the first: {}", path.display(), problems.len(), problems.first().map(ToString::to_string).unwrap_or_default())]
    PackRejected {
        /// The pack folder.
        path: PathBuf,
        /// Every problem found.
        problems: Vec<Problem>,
    },
    /// The database was written by a newer Kusoma; it is left untouched.
    #[error("the database {} has schema version {found}, newer than this Kusoma understands ({supported}); update Kusoma", path.display())]
    SchemaTooNew {
        /// The database file.
        path: PathBuf,
        /// Its version.
        found: i64,
        /// The newest this code knows.
        supported: i64,
    },
    /// The file is not a Kusoma database (not SQLite, or another application's); it is left untouched.
    #[error("{} is not a Kusoma database: {reason}", path.display())]
    NotADatabase {
        /// The file.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// The data directory is open in another process (another app, or the CLI beside the app):
    /// one writer per data directory. Close the other one and try again.
    #[error("{} is in use by another Kusoma (another app or a `kusoma` command); close it and try again", path.display())]
    InUse {
        /// The data directory.
        path: PathBuf,
    },
    /// The database was damaged (SQLite reports it corrupt). It was moved aside to `moved_to`,
    /// untouched; opening again starts a fresh database, into which a facilitator's export can
    /// be imported.
    #[error("the database {} was damaged and has been moved to {}; open again to start a fresh one, then import a facilitator's export to get progress back", path.display(), moved_to.display())]
    Corrupt {
        /// Where the database was.
        path: PathBuf,
        /// Where the damaged file is now.
        moved_to: PathBuf,
    },
    /// A learner was deleted, but another program kept reading the database past the wait,
    /// so her old pages are still in its write-ahead log; they are scrubbed when it closes (at
    /// the latest when Kusoma next opens).
    #[error("the learner was deleted, but another program is reading {}; her data is scrubbed from the files when it closes or Kusoma next opens", path.display())]
    ScrubPending {
        /// The database file.
        path: PathBuf,
    },
    /// A wrong picture sequence or PIN, or a facilitator's action without the facilitator PIN.
    #[error("not allowed: {0}")]
    Denied(String),
    /// Too many wrong tries: the profile is locked until the given time.
    #[error("locked after too many wrong tries, until {}", lock_end(*until_ms))]
    Locked {
        /// When the lock ends, ms since the Unix epoch.
        until_ms: i64,
    },
    /// SQLite found the open database damaged during a call (a page read mid-session, not at
    /// open). Nothing more can be trusted from it: a marker beside it asks the next open to
    /// check it, and if the check fails, to move it aside (as [`Error::Corrupt`] says). The
    /// shell should say so and close and open Kusoma again.
    #[error("the database {} is damaged ({source}); close Kusoma and open it again: a damaged file is then moved aside and a fresh database started, into which a facilitator's export can be imported", path.display())]
    Damaged {
        /// The database file.
        path: PathBuf,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// SQLite failed.
    #[error("storage error: {0}")]
    Storage(rusqlite::Error),
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

impl Error {
    /// Whether SQLite found the database damaged (corrupt, or not readable as a database
    /// although it starts like one).
    pub fn is_corruption(&self) -> bool {
        match self {
            Error::Damaged { .. } => true,
            Error::Storage(e) => is_corrupt_code(e),
            _ => false,
        }
    }
}

/// Whether SQLite's error says the database file is damaged.
fn is_corrupt_code(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

/// Every SQLite error the core passes on with `?` comes through here, so this is where damage
/// met mid-session is recognised, whichever call met it: it becomes [`Error::Damaged`], and the
/// open database is marked to be checked at the next open (`damage.rs`). Files other
/// than `kusoma.db` (exports being checked, pack files) map their SQLite errors explicitly and
/// never pass here.
impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        if !is_corrupt_code(&e) {
            return Error::Storage(e);
        }
        Error::Damaged {
            path: crate::damage::seen(),
            source: e,
        }
    }
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// When a lock ends, as a person reads it (`2026-12-02 15:04 UTC`), not milliseconds: the core
/// has no time zone data, so the time is given in UTC and says so.
fn lock_end(until_ms: i64) -> String {
    let iso = crate::time::iso_timestamp(until_ms);
    // 2026-12-02T15:04:05.123Z → 2026-12-02 15:04 UTC
    format!("{} {} UTC", &iso[..10], &iso[11..16])
}

#[cfg(test)]
mod tests {
    use super::Error;

    #[test]
    fn a_lock_says_when_it_ends_as_a_date_and_time() {
        let text = Error::Locked {
            until_ms: 1_800_000_000_000,
        }
        .to_string();
        assert_eq!(
            text,
            "locked after too many wrong tries, until 2027-01-15 08:00 UTC"
        );
        assert_eq!(
            Error::InvalidInput("a name cannot be empty".into()).to_string(),
            "a name cannot be empty"
        );
    }
}
