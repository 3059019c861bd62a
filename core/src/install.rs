//! Installing a single-file pack into the data directory: verify the file, unpack it beside the
//! installed packs, run the full checker on it, and only then swap it in through a journal
//! (`install_journal.rs`), so that a kill at any step leaves exactly one version and the next
//! open finishes or rolls back the swap. On any failure the installed packs are left exactly as
//! they were.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::durable::sync_dir;
use crate::error::{Error, Result};
use crate::install_journal::{self, STAGING_PREFIX, Swap};
use crate::kusoma::{Kusoma, PACKS_FOLDER, PackSummary};
use crate::pack::built::{self, BUILT_FILE};
use crate::pack::container::{self, ContainerError};
use crate::pack::{Pack, Problem};
use crate::packs::PackSlot;

fn rejected(file: &Path, message: String) -> Error {
    let name = file.file_name().map_or_else(
        || file.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    Error::PackRejected {
        path: file.to_path_buf(),
        problems: vec![Problem {
            file: name,
            line: None,
            column: None,
            message,
        }],
    }
}

/// Flushes every folder of the unpacked tree (their entries: the files' names).
fn sync_tree(dir: &Path) -> Result<()> {
    sync_dir(dir)?;
    let entries = fs::read_dir(dir).map_err(|source| Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    for entry in entries.filter_map(|e| e.ok()) {
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            sync_tree(&entry.path())?;
        }
    }
    Ok(())
}

impl Kusoma {
    /// Installs the pack file at `file` (made by `kusoma pack build`), replacing an installed
    /// pack with the same id. The pack is usable at once.
    pub fn install_pack(&mut self, file: &Path) -> Result<PackSummary> {
        let contents = container::read(file).map_err(|e| match e {
            ContainerError::Io(m) => rejected(file, m),
            other => rejected(file, other.to_string()),
        })?;
        let id = contents.manifest.get("id").cloned().unwrap_or_default();
        if !crate::pack::manifest_id_is_valid(&id) {
            return Err(rejected(
                file,
                format!("its id `{}` is not a valid pack id", id.escape_debug()),
            ));
        }
        let packs = self.data_dir.join(PACKS_FOLDER);
        fs::create_dir_all(&packs).map_err(|source| Error::Io {
            path: packs.clone(),
            source,
        })?;
        // An earlier install killed half way is finished or rolled back first.
        install_journal::recover(&packs)?;
        let staging_name = format!("{STAGING_PREFIX}{}", uuid::Uuid::new_v4());
        let staging = packs.join(&staging_name);
        let result = self.unpack_and_swap(file, &id, &contents, &staging_name, &packs);
        if fs::symlink_metadata(&staging).is_ok() {
            let _ = fs::remove_dir_all(&staging);
        }
        result
    }

    fn unpack_and_swap(
        &mut self,
        file: &Path,
        id: &str,
        contents: &container::Contents,
        staging_name: &str,
        packs: &Path,
    ) -> Result<PackSummary> {
        let staging = &packs.join(staging_name);
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| Error::Io {
                path: path.clone(),
                source,
            }
        };
        for (rel, bytes) in &contents.files {
            let target = staging.join(rel);
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent).map_err(io(parent))?;
            }
            // Flushed now: after the swap commits, these are the pack's only copy.
            let mut f = fs::File::create(&target).map_err(io(&target))?;
            f.write_all(bytes).map_err(io(&target))?;
            f.sync_all().map_err(io(&target))?;
        }
        let mut loaded = check_unpacked(file, contents, staging)?;
        if loaded.id() != id {
            return Err(rejected(
                file,
                format!(
                    "its manifest says `{id}` but its pack.toml says `{}`",
                    loaded.id()
                ),
            ));
        }
        self.l10n
            .add_pack(&loaded.manifest.language, &loaded.ftl)
            .map_err(|problems| Error::PackRejected {
                path: file.to_path_buf(),
                problems,
            })?;
        // The built form the phone opens from now on, written from the checked pack.
        let built_path = staging.join(BUILT_FILE);
        let mut f = fs::File::create(&built_path).map_err(io(&built_path))?;
        f.write_all(&built::encode(&loaded))
            .map_err(io(&built_path))?;
        f.sync_all().map_err(io(&built_path))?;
        sync_tree(staging)?;

        Swap::new(id, staging_name).run(packs)?;
        loaded.root = packs.join(id);
        let summary = PackSummary::of(&loaded);
        self.packs.insert(id.to_owned(), PackSlot::loaded(loaded));
        // Attempts merged while this pack was missing left its state marked stale. A failed
        // replay keeps the mark for the next open; the install itself is done.
        let _ = self.rebuild_stale();
        Ok(summary)
    }

    /// Where installed packs live.
    pub fn packs_dir(&self) -> PathBuf {
        self.data_dir.join(PACKS_FOLDER)
    }
}

/// The full checker on the unpacked sources, where this build has it. The pack file's own
/// built form is not trusted over its sources: the checker's result is what gets installed.
#[cfg(feature = "source")]
fn check_unpacked(file: &Path, contents: &container::Contents, staging: &Path) -> Result<Pack> {
    let _ = contents;
    crate::pack::load(staging).map_err(|problems| Error::PackRejected {
        path: file.to_path_buf(),
        problems,
    })
}

/// Without the source reader (the phone library): the pack file's built form, which
/// `kusoma pack build` wrote from a pack that passed the full checker, decoded with every
/// index, count and reference checked again (`pack/built.rs`), and every asset it names
/// present in the file.
#[cfg(not(feature = "source"))]
fn check_unpacked(file: &Path, contents: &container::Contents, staging: &Path) -> Result<Pack> {
    let bytes = contents.files.get(BUILT_FILE).ok_or_else(|| {
        rejected(
            file,
            format!("it has no {BUILT_FILE}: build it again with a current `kusoma pack build`"),
        )
    })?;
    let pack =
        built::decode(bytes, staging.to_path_buf()).map_err(|e| rejected(file, e.to_string()))?;
    if let Some(missing) = pack
        .assets()
        .find(|a| !contents.files.contains_key(&format!("assets/{a}")))
    {
        return Err(rejected(
            file,
            format!(
                "it names the asset `{}` but does not hold it",
                missing.escape_debug()
            ),
        ));
    }
    Ok(pack)
}
