//! Writing files so that a kill or a power cut at any moment leaves either the old state or the
//! new one: a file is written under a temporary name in its own folder, flushed to the disk,
//! and renamed over its final name; the folder is flushed after the rename so the rename
//! itself survives a power cut. A half-written file only ever exists under its temporary name.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Flushes a folder's entries (a rename or a new file in it) to the disk. Where a folder cannot
/// be opened or flushed (Windows; some file systems answer EINVAL), the rename is as durable as
/// the platform makes it: nothing more can be done there, so that is not an error.
pub fn sync_dir(dir: &Path) -> Result<()> {
    let Ok(folder) = fs::File::open(dir) else {
        return Ok(());
    };
    match folder.sync_all() {
        Err(e) if e.kind() != std::io::ErrorKind::InvalidInput => Err(Error::Io {
            path: dir.to_path_buf(),
            source: e,
        }),
        _ => Ok(()),
    }
}

/// The folder a path is in (`.` for a bare file name).
pub fn parent_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// The temporary name a file is written under before it is renamed to `path`: beside it, in
/// the same folder (a rename is atomic only within one file system), marked so it is never
/// mistaken for an export. The same name every time, so a leftover from a killed export is
/// replaced by the next one rather than piling up.
pub fn partial_name(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_owned();
    name.push(".partial");
    parent_of(path).join(name)
}

/// Refuses an existing `path` unless `replace`: an export never silently overwrites a file.
pub fn refuse_existing(path: &Path, replace: bool) -> Result<()> {
    if !replace && fs::symlink_metadata(path).is_ok() {
        return Err(Error::InvalidInput(format!(
            "{} already exists; choose a new file name, or replace it (--force)",
            path.display()
        )));
    }
    Ok(())
}

/// Flushes the file at `partial` and renames it to `path` (replacing it only when `replace`),
/// then flushes the folder. The existence check and the rename are two steps: a file created
/// at `path` between them by someone else is replaced, which one writer per phone makes moot.
pub fn commit(partial: &Path, path: &Path, replace: bool) -> Result<()> {
    let file = fs::OpenOptions::new()
        .read(true)
        .open(partial)
        .map_err(io_err(partial))?;
    file.sync_all().map_err(io_err(partial))?;
    drop(file);
    if let Err(e) = refuse_existing(path, replace) {
        let _ = fs::remove_file(partial);
        return Err(e);
    }
    fs::rename(partial, path).map_err(io_err(path))?;
    sync_dir(&parent_of(path))
}

/// A file written to its partial name and renamed over its final name only when complete.
/// Dropped without [`AtomicFile::finish`] (an error on the way), the partial file is removed.
pub struct AtomicFile {
    final_path: PathBuf,
    partial: PathBuf,
    replace: bool,
    out: Option<BufWriter<fs::File>>,
}

impl AtomicFile {
    /// Starts writing `path`; refused at once if it exists and `replace` is false.
    pub fn create(path: &Path, replace: bool) -> Result<AtomicFile> {
        refuse_existing(path, replace)?;
        let partial = partial_name(path);
        let file = fs::File::create(&partial).map_err(io_err(&partial))?;
        Ok(AtomicFile {
            final_path: path.to_path_buf(),
            partial,
            replace,
            out: Some(BufWriter::with_capacity(64 * 1024, file)),
        })
    }

    /// Appends bytes.
    pub fn write(&mut self, bytes: &[u8]) -> Result<()> {
        match self.out.as_mut() {
            Some(out) => out.write_all(bytes).map_err(io_err(&self.partial)),
            None => Ok(()),
        }
    }

    /// Flushes everything to the disk and renames the file into place.
    pub fn finish(mut self) -> Result<()> {
        let Some(out) = self.out.take() else {
            return Ok(());
        };
        let file = out.into_inner().map_err(|e| Error::Io {
            path: self.partial.clone(),
            source: e.into_error(),
        })?;
        file.sync_all().map_err(io_err(&self.partial))?;
        drop(file);
        commit(&self.partial, &self.final_path, self.replace)
    }
}

impl Drop for AtomicFile {
    fn drop(&mut self) {
        if self.out.take().is_some() {
            let _ = fs::remove_file(&self.partial);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_appears_only_when_finished_and_an_existing_one_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        let mut f = AtomicFile::create(&path, false).unwrap();
        f.write(b"[1]").unwrap();
        assert!(!path.exists(), "nothing at the final name before finish");
        f.finish().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"[1]");
        assert!(!partial_name(&path).exists());
        assert!(AtomicFile::create(&path, false).is_err());
        let mut f = AtomicFile::create(&path, true).unwrap();
        f.write(b"[2]").unwrap();
        f.finish().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"[2]");
    }

    #[test]
    fn a_file_dropped_unfinished_leaves_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.csv");
        let mut f = AtomicFile::create(&path, false).unwrap();
        f.write(b"half").unwrap();
        drop(f);
        assert!(!path.exists());
        assert!(!partial_name(&path).exists());
    }
}
