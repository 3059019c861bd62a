//! Damage met after open: SQLite reports a page of `kusoma.db` corrupt in the middle of a
//! session. The call fails with [`Error::Damaged`](crate::Error::Damaged), and a marker file
//! beside the database (`kusoma.db.damaged`) asks the next open to check the file with
//! `PRAGMA quick_check`; only a file that fails the check is moved aside, so a false alarm
//! loses nothing, and an open without a marker (every ordinary open) checks nothing.
//!
//! The error is recognised where every SQLite error the core passes on is converted
//! (`From<rusqlite::Error> for Error` in `error.rs`), which has no connection at hand; so the open stores of
//! this process are listed here, and the marker is written beside each of them. A phone or a
//! `kusoma` command has one open; where a process has several (tests), the others get a marker
//! too, which costs their next open one `quick_check` and nothing else.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// The databases open in this process.
static OPEN: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The marker beside `db` that asks the next open to check it.
pub fn marker(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push(".damaged");
    PathBuf::from(name)
}

fn open_list() -> std::sync::MutexGuard<'static, Vec<PathBuf>> {
    // A panic while the list was held leaves a list of paths, still whole.
    OPEN.lock().unwrap_or_else(|p| p.into_inner())
}

/// Lists `db` as open.
pub(crate) fn opened(db: &Path) {
    open_list().push(db.to_path_buf());
}

/// Takes `db` off the list (its store was dropped).
pub(crate) fn closed(db: &Path) {
    let mut open = open_list();
    if let Some(i) = open.iter().position(|p| p == db) {
        open.swap_remove(i);
    }
}

/// SQLite met damage: marks every open database to be checked at its next open, flushed so the
/// mark survives the app being killed right after, and returns the database named in the
/// error (the one open database, as on a phone).
pub(crate) fn seen() -> PathBuf {
    let open = open_list();
    for db in open.iter() {
        // Best effort: without the mark the next read of the damaged page fails again and
        // marks it then.
        // The folder is flushed by hand, not through `durable.rs`: that module's errors are
        // `Error`s, and `error.rs` calls this, so using it would make an import cycle.
        if let Ok(file) = fs::File::create(marker(db)) {
            let _ = file.sync_all();
            if let Some(dir) = db.parent().and_then(|d| fs::File::open(d).ok()) {
                let _ = dir.sync_all();
            }
        }
    }
    // None open: the damage was met while a store was being opened, where the caller names
    // the file (`Kusoma::open` moves it aside).
    open.first()
        .cloned()
        .unwrap_or_else(|| PathBuf::from("kusoma.db"))
}
