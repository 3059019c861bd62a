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
    /// A wrong picture sequence or PIN, or a facilitator's action without the facilitator PIN.
    #[error("not allowed: {0}")]
    Denied(String),
    /// Too many wrong tries: the profile is locked until the given time.
    #[error("locked after too many wrong tries, until {}", lock_end(*until_ms))]
    Locked {
        /// When the lock ends, ms since the Unix epoch.
        until_ms: i64,
    },
    /// SQLite failed.
    #[error("storage error: {0}")]
    Storage(#[from] rusqlite::Error),
    /// A file or folder could not be read or written.
    #[error("{}: {source}", path.display())]
    Io {
        /// The path.
        path: PathBuf,
        /// The cause.
        source: std::io::Error,
    },
}

/// The core's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// When a lock ends, as a person reads it (`2026-12-02 15:04 UTC`), not milliseconds: the core
/// has no time zone data, so the time is given in UTC and says so.
fn lock_end(until_ms: i64) -> String {
    let iso = crate::exchange::time::iso_timestamp(until_ms);
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
