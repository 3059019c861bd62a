//! The folder swap of a pack install, journalled so that a kill at any step leaves exactly one
//! version of the pack, and the next open finishes or rolls back what was interrupted.
//!
//! Installing `sw` over an installed `sw`, in `packs/`:
//!
//! 1. the new version is unpacked and checked in `.install-<u>` (every file flushed);
//! 2. the journal `.swap-<u>` names the pack, the staging folder and the aside folder
//!    `.old-<u>`; it is flushed, and so is `packs/`, before anything moves;
//! 3. `sw` is renamed to `.old-<u>`;
//! 4. `.install-<u>` is renamed to `sw` and `packs/` flushed: **the commit point**;
//! 5. `.old-<u>` is removed, then the journal.
//!
//! Recovery ([`recover`], at every open and before every install) reads each journal: while the
//! staging folder still exists the swap did not commit, so the old folder is put back (if it
//! was moved) and the staging folder removed; once it is gone, the swap committed and only the
//! old folder is left to remove. Folders whose names start with `.` are never loaded as packs
//! (`kusoma::pack_folders`), so a staging or aside folder never shows up as a second `sw`.
//! A staging or aside folder no journal names is a leftover (of an install killed before its
//! journal, or of an older Kusoma) and is removed.

use std::fs;
use std::path::{Path, PathBuf};

use crate::durable::sync_dir;
use crate::error::{Error, Result};

/// The prefix of a staging folder.
pub(crate) const STAGING_PREFIX: &str = ".install-";
/// The prefix of the folder an old version is moved to.
pub(crate) const ASIDE_PREFIX: &str = ".old-";
/// The prefix of a journal file.
const JOURNAL_PREFIX: &str = ".swap-";
/// The first line of a journal.
const MAGIC: &str = "kusoma-pack-swap 1";

fn io(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// One swap: the pack's folder name and the two hidden folders, all inside `packs`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Swap {
    id: String,
    staging: String,
    aside: String,
}

impl Swap {
    /// A swap of the pack `id` from the staging folder `staging` (a name in `packs`).
    pub(crate) fn new(id: &str, staging: &str) -> Swap {
        let tag = staging.strip_prefix(STAGING_PREFIX).unwrap_or(staging);
        Swap {
            id: id.to_owned(),
            staging: staging.to_owned(),
            aside: format!("{ASIDE_PREFIX}{tag}"),
        }
    }

    fn journal_name(&self) -> String {
        let tag = self.aside.strip_prefix(ASIDE_PREFIX).unwrap_or(&self.aside);
        format!("{JOURNAL_PREFIX}{tag}")
    }

    fn parse(text: &str) -> Option<Swap> {
        let mut lines = text.lines();
        if lines.next()? != MAGIC {
            return None;
        }
        let (id, staging, aside) = (lines.next()?, lines.next()?, lines.next()?);
        // Only plain names inside `packs/`: a journal is ours, but it is still read from disk.
        let plain = |n: &str| !n.is_empty() && !n.contains(['/', '\\']) && n != "." && n != "..";
        (plain(id)
            && plain(staging)
            && plain(aside)
            && staging.starts_with(STAGING_PREFIX)
            && aside.starts_with(ASIDE_PREFIX)
            && lines.next() == Some("end"))
        .then(|| Swap {
            id: id.to_owned(),
            staging: staging.to_owned(),
            aside: aside.to_owned(),
        })
    }

    /// Swaps the staging folder in (steps 2–5 of the module docs).
    pub(crate) fn run(&self, packs: &Path) -> Result<()> {
        let journal = packs.join(self.journal_name());
        let text = format!(
            "{MAGIC}\n{}\n{}\n{}\nend\n",
            self.id, self.staging, self.aside
        );
        {
            let file = fs::File::create(&journal).map_err(io(&journal))?;
            std::io::Write::write_all(&mut &file, text.as_bytes()).map_err(io(&journal))?;
            file.sync_all().map_err(io(&journal))?;
        }
        sync_dir(packs)?;
        let target = packs.join(&self.id);
        let staging = packs.join(&self.staging);
        let aside = packs.join(&self.aside);
        let had_old = fs::symlink_metadata(&target).is_ok();
        if had_old {
            fs::rename(&target, &aside).map_err(io(&target))?;
        }
        if let Err(source) = fs::rename(&staging, &target) {
            // Not committed: undo now rather than at the next open.
            let _ = self.recover(packs);
            return Err(Error::Io {
                path: target,
                source,
            });
        }
        sync_dir(packs)?;
        self.recover(packs)
    }

    /// Finishes or rolls back this swap, whichever side of the commit point it stopped on,
    /// and removes its journal last.
    fn recover(&self, packs: &Path) -> Result<()> {
        let target = packs.join(&self.id);
        let staging = packs.join(&self.staging);
        let aside = packs.join(&self.aside);
        let exists = |p: &Path| fs::symlink_metadata(p).is_ok();
        if !exists(&target) && exists(&aside) {
            // Stopped between steps 3 and 4: the old version goes back.
            fs::rename(&aside, &target).map_err(io(&aside))?;
            sync_dir(packs)?;
        }
        if exists(&staging) {
            fs::remove_dir_all(&staging).map_err(io(&staging))?;
        }
        if exists(&aside) {
            fs::remove_dir_all(&aside).map_err(io(&aside))?;
        }
        let journal = packs.join(self.journal_name());
        if exists(&journal) {
            fs::remove_file(&journal).map_err(io(&journal))?;
        }
        sync_dir(packs)
    }
}

/// Finishes or rolls back every interrupted swap in `packs`, then removes staging and aside
/// folders no journal names. A journal that cannot be read was being written when the install
/// was killed, before anything moved: it is removed. Returns the pack ids whose swap was found
/// interrupted.
pub(crate) fn recover(packs: &Path) -> Result<Vec<String>> {
    let Ok(entries) = fs::read_dir(packs) else {
        return Ok(Vec::new()); // no packs folder yet
    };
    let mut journals = Vec::new();
    let mut leftovers: Vec<PathBuf> = Vec::new();
    for entry in entries.filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with(JOURNAL_PREFIX) {
            journals.push(entry.path());
        } else if name.starts_with(STAGING_PREFIX) || name.starts_with(ASIDE_PREFIX) {
            leftovers.push(entry.path());
        }
    }
    journals.sort();
    let nothing_to_recover = leftovers.is_empty() && journals.is_empty();
    let mut interrupted = Vec::new();
    for journal in journals {
        // A journal is a few lines; anything bigger is not one of ours.
        let text = match fs::metadata(&journal) {
            Ok(m) if m.len() <= 4096 => fs::read_to_string(&journal).unwrap_or_default(),
            _ => String::new(),
        };
        match Swap::parse(&text) {
            Some(swap) => {
                swap.recover(packs)?;
                interrupted.push(swap.id);
            }
            None => fs::remove_file(&journal).map_err(io(&journal))?,
        }
    }
    for path in leftovers {
        if fs::symlink_metadata(&path).is_err() {
            continue; // a journal's recovery removed it
        }
        let removed = if path.is_dir() && !path.is_symlink() {
            fs::remove_dir_all(&path)
        } else {
            fs::remove_file(&path)
        };
        removed.map_err(io(&path))?;
    }
    // Only when something was changed here: an open with nothing to recover writes nothing
    // (a directory fsync is most of a phone's open time).
    if !nothing_to_recover {
        sync_dir(packs)?;
    }
    Ok(interrupted)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(packs: &Path, name: &str, version: &str) {
        fs::create_dir_all(packs.join(name)).unwrap();
        fs::write(packs.join(name).join("version"), version).unwrap();
    }

    fn version(packs: &Path, name: &str) -> String {
        fs::read_to_string(packs.join(name).join("version")).unwrap()
    }

    fn names(packs: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(packs)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    /// Writes the journal as step 2 does, then stops after `step` (2, 3 or 4).
    fn stopped_after(packs: &Path, step: u32) -> Swap {
        folder(packs, "sw", "old");
        folder(packs, ".install-1", "new");
        let swap = Swap::new("sw", ".install-1");
        let text = format!("{MAGIC}\nsw\n.install-1\n.old-1\nend\n");
        fs::write(packs.join(swap.journal_name()), text).unwrap();
        if step >= 3 {
            fs::rename(packs.join("sw"), packs.join(".old-1")).unwrap();
        }
        if step >= 4 {
            fs::rename(packs.join(".install-1"), packs.join("sw")).unwrap();
        }
        swap
    }

    #[test]
    fn a_swap_stopped_before_its_commit_rolls_back_to_the_old_version() {
        for step in [2, 3] {
            let dir = tempfile::tempdir().unwrap();
            stopped_after(dir.path(), step);
            assert_eq!(recover(dir.path()).unwrap(), vec!["sw".to_owned()]);
            assert_eq!(names(dir.path()), vec!["sw"], "step {step}");
            assert_eq!(version(dir.path(), "sw"), "old", "step {step}");
        }
    }

    #[test]
    fn a_swap_stopped_after_its_commit_finishes_with_the_new_version() {
        let dir = tempfile::tempdir().unwrap();
        stopped_after(dir.path(), 4);
        recover(dir.path()).unwrap();
        assert_eq!(names(dir.path()), vec!["sw"]);
        assert_eq!(version(dir.path(), "sw"), "new");
    }

    #[test]
    fn a_torn_journal_and_unnamed_leftovers_are_removed_and_the_pack_kept() {
        let dir = tempfile::tempdir().unwrap();
        folder(dir.path(), "sw", "old");
        folder(dir.path(), ".install-2", "new");
        folder(dir.path(), ".old-3", "older");
        fs::write(dir.path().join(".swap-2"), format!("{MAGIC}\nsw\n.inst")).unwrap();
        recover(dir.path()).unwrap();
        assert_eq!(names(dir.path()), vec!["sw"]);
        assert_eq!(version(dir.path(), "sw"), "old");
    }

    #[test]
    fn a_whole_swap_leaves_only_the_new_version() {
        let dir = tempfile::tempdir().unwrap();
        folder(dir.path(), "sw", "old");
        folder(dir.path(), ".install-9", "new");
        Swap::new("sw", ".install-9").run(dir.path()).unwrap();
        assert_eq!(names(dir.path()), vec!["sw"]);
        assert_eq!(version(dir.path(), "sw"), "new");
    }

    #[test]
    fn a_journal_naming_paths_outside_the_folder_is_not_followed() {
        assert!(Swap::parse(&format!("{MAGIC}\n../x\n.install-1\n.old-1\nend\n")).is_none());
        assert!(Swap::parse(&format!("{MAGIC}\nsw\n/tmp\n.old-1\nend\n")).is_none());
        assert!(Swap::parse(&format!("{MAGIC}\nsw\n.install-1\n.old-1\n")).is_none());
    }
}
