//! Installing a single-file pack into the data directory: verify the file, unpack it beside the
//! installed packs, run the full checker on it, and only then swap it in. On any failure the
//! installed packs are left exactly as they were.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::error::{Error, Result};
use crate::kusoma::{Kusoma, PACKS_FOLDER, PackSummary};
use crate::pack::container::{self, ContainerError};
use crate::pack::{self, Problem};

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

impl Kusoma {
    /// Installs the pack file at `file` (made by `kusoma pack build`), replacing an installed
    /// pack with the same id. The pack is usable at once.
    pub fn install_pack(&mut self, file: &Path) -> Result<PackSummary> {
        let contents = container::read(file).map_err(|e| match e {
            ContainerError::Io(m) => rejected(file, m),
            other => rejected(file, other.to_string()),
        })?;
        let id = contents.manifest.get("id").cloned().unwrap_or_default();
        if !pack::manifest_id_is_valid(&id) {
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
        let staging = packs.join(format!(".install-{}", uuid::Uuid::new_v4()));
        let result = self.unpack_and_swap(file, &id, &contents, &staging, &packs);
        let _ = fs::remove_dir_all(&staging);
        result
    }

    fn unpack_and_swap(
        &mut self,
        file: &Path,
        id: &str,
        contents: &container::Contents,
        staging: &Path,
        packs: &Path,
    ) -> Result<PackSummary> {
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
            fs::write(&target, bytes).map_err(io(&target))?;
        }
        let loaded = pack::load(staging).map_err(|problems| Error::PackRejected {
            path: file.to_path_buf(),
            problems,
        })?;
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

        // Swap: the old folder moves aside, the new one takes its name, the old one goes.
        let target = packs.join(id);
        let aside = packs.join(format!(".old-{}", uuid::Uuid::new_v4()));
        let had_old = target.exists();
        if had_old {
            fs::rename(&target, &aside).map_err(io(&target))?;
        }
        if let Err(source) = fs::rename(staging, &target) {
            if had_old {
                let _ = fs::rename(&aside, &target);
            }
            return Err(Error::Io {
                path: target,
                source,
            });
        }
        if had_old {
            let _ = fs::remove_dir_all(&aside);
        }
        let installed = pack::load(&target).map_err(|problems| Error::PackRejected {
            path: target.clone(),
            problems,
        })?;
        let summary = PackSummary::of(&installed);
        self.packs.insert(id.to_owned(), Arc::new(installed));
        Ok(summary)
    }

    /// Where installed packs live.
    pub fn packs_dir(&self) -> PathBuf {
        self.data_dir.join(PACKS_FOLDER)
    }
}
