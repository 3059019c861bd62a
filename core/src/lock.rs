//! One writer per data directory: an operating-system lock on `kusoma.lock` in the data
//! directory, held for as long as a [`crate::Kusoma`] is open.
//!
//! Two processes writing one database each keep their own copy of learner state in memory,
//! so their answers overwrite each other's derived state; the second open is therefore refused
//! with [`Error::InUse`]. The lock is `flock`-style (std's `File::try_lock`): it belongs to the
//! open file, so the operating system drops it when the process dies, even by `kill -9`, and a
//! second open in the *same* process is refused too (share one `Kusoma` across threads
//! instead, as the bindings do behind their mutex).

use std::fs;
use std::path::Path;

use crate::error::{Error, Result};

/// The lock file inside a data directory.
pub const LOCK_FILE: &str = "kusoma.lock";

/// The held lock; dropping it releases the data directory.
#[derive(Debug)]
pub struct DataDirLock {
    _file: fs::File,
}

impl DataDirLock {
    /// Takes the data directory's lock without waiting, or says who holds it.
    pub fn acquire(data_dir: &Path) -> Result<DataDirLock> {
        let path = data_dir.join(LOCK_FILE);
        let file = fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .read(true)
            .write(true)
            .open(&path)
            .map_err(|source| Error::Io {
                path: path.clone(),
                source,
            })?;
        match file.try_lock() {
            Ok(()) => Ok(DataDirLock { _file: file }),
            Err(fs::TryLockError::WouldBlock) => Err(Error::InUse {
                path: data_dir.to_path_buf(),
            }),
            // A file system without locks (some removable cards) cannot enforce it: the
            // phone's own app storage always can, so open rather than refuse there.
            Err(fs::TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported => {
                Ok(DataDirLock { _file: file })
            }
            Err(fs::TryLockError::Error(source)) => Err(Error::Io { path, source }),
        }
    }
}
