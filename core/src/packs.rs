//! The packs a [`Kusoma`](crate::Kusoma) knows: listed at open from each installed pack's
//! built header (`pack/built.rs`), their content read only when a session or screen first asks
//! for it, so that an unused pack costs neither time at open nor memory.
//!
//! An installed pack is checked in full once, when it is installed; afterwards the phone opens
//! its built form. A source folder (`--packs`, `lessons/`) is read and checked in full at
//! every open, so a localizer sees every change at once.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use crate::error::{Error, Result};
use crate::pack::built::{self, BUILT_FILE, BuiltError};
use crate::pack::{FtlFile, Pack, PackSummary, Problem};

/// One known pack: its summary always, its content once read.
#[derive(Debug)]
pub(crate) struct PackSlot {
    /// What lists and screens show of it.
    pub summary: PackSummary,
    /// The folder it was opened from.
    pub folder: PathBuf,
    content: OnceLock<Arc<Pack>>,
}

/// A pack found at open, with the Fluent files the interface negotiates over.
pub(crate) struct Found {
    /// The pack.
    pub slot: PackSlot,
    /// Its Fluent files (registered with the localizer at open).
    pub ftl: Vec<FtlFile>,
}

impl PackSlot {
    /// A pack whose content is already in memory (a source folder, or one just installed).
    pub fn loaded(pack: Pack) -> PackSlot {
        let slot = PackSlot {
            summary: PackSummary::of(&pack),
            folder: pack.root.clone(),
            content: OnceLock::new(),
        };
        let _ = slot.content.set(Arc::new(pack));
        slot
    }

    /// The pack's content, read from its built form the first time it is asked for.
    pub fn content(&self) -> Result<Arc<Pack>> {
        if let Some(pack) = self.content.get() {
            return Ok(Arc::clone(pack));
        }
        let pack = built::read(&self.folder).map_err(|e| damaged(&self.folder, &e))?;
        if PackSummary::of(&pack) != self.summary {
            return Err(damaged(
                &self.folder,
                &BuiltError::Damaged("it changed since the data directory was opened".into()),
            ));
        }
        Ok(Arc::clone(self.content.get_or_init(|| Arc::new(pack))))
    }
}

fn damaged(folder: &Path, e: &BuiltError) -> Error {
    Error::PackRejected {
        path: folder.to_path_buf(),
        problems: vec![problem(e)],
    }
}

fn problem(e: &BuiltError) -> Problem {
    Problem {
        file: BUILT_FILE.into(),
        line: None,
        column: None,
        message: e.to_string(),
    }
}

/// Opens an installed pack: from its built header when it has a valid one. A pack without one
/// (installed by an older Kusoma) or with a damaged one is checked from its sources and its
/// built form written again, where this build reads sources; elsewhere it is refused with a
/// message asking for the pack to be installed again.
pub(crate) fn open_installed(folder: &Path) -> std::result::Result<Found, Vec<Problem>> {
    let error = match built::read_header(folder) {
        Ok(h) => {
            return Ok(Found {
                slot: PackSlot {
                    summary: h.summary,
                    folder: folder.to_path_buf(),
                    content: OnceLock::new(),
                },
                ftl: h.ftl,
            });
        }
        Err(e) => e,
    };
    rebuild_installed(folder, &error)
}

#[cfg(feature = "source")]
fn rebuild_installed(folder: &Path, _why: &BuiltError) -> std::result::Result<Found, Vec<Problem>> {
    let found = open_source(folder)?;
    if let Some(pack) = found.slot.content.get() {
        // The pack is usable from its sources either way; a built form that cannot be written
        // (a full disk) is tried again at the next open.
        let _ = write_built(pack);
    }
    Ok(found)
}

#[cfg(not(feature = "source"))]
fn rebuild_installed(_folder: &Path, why: &BuiltError) -> std::result::Result<Found, Vec<Problem>> {
    let mut p = problem(why);
    p.message.push_str("; install the pack again");
    Err(vec![p])
}

/// Checks a pack folder in full without opening a data directory: its summary, or every
/// problem (in a build without the source reader, the one problem that it has none).
pub fn check_pack_folder(folder: &Path) -> Result<PackSummary> {
    open_source(folder)
        .map(|found| found.slot.summary)
        .map_err(|problems| Error::PackRejected {
            path: folder.to_path_buf(),
            problems,
        })
}

/// Reads and checks a source folder in full.
#[cfg(feature = "source")]
pub(crate) fn open_source(folder: &Path) -> std::result::Result<Found, Vec<Problem>> {
    let pack = crate::pack::load(folder)?;
    Ok(Found {
        ftl: pack.ftl.clone(),
        slot: PackSlot::loaded(pack),
    })
}

/// A build without the source reader opens installed packs only.
#[cfg(not(feature = "source"))]
pub(crate) fn open_source(folder: &Path) -> std::result::Result<Found, Vec<Problem>> {
    let _ = folder;
    Err(vec![Problem {
        file: "pack.toml".into(),
        line: None,
        column: None,
        message: "this build of Kusoma opens installed packs only; build the pack into a file \
                  with `kusoma pack build` and install it"
            .into(),
    }])
}

#[cfg(feature = "source")]
/// Writes `pack`'s built form into its folder, durably (a temporary name, flushed, renamed).
pub(crate) fn write_built(pack: &Pack) -> Result<()> {
    let mut file = crate::durable::AtomicFile::create(&pack.root.join(BUILT_FILE), true)?;
    file.write(&built::encode(pack))?;
    file.finish()
}
