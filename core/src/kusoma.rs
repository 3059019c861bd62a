//! The core facade: open a data directory, load packs, manage learner profiles. Sessions are in
//! `session.rs`, progress summaries in `progress.rs`.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use unic_langid::LanguageIdentifier;

use crate::assessment::ActiveAssessments;
use crate::clock::{Clock, SystemClock};
use crate::engine::Engine;
use crate::error::{Error, Result};
use crate::l10n::{Arg, Localizer};
use crate::model::ItemBank;
pub use crate::pack::PackSummary;
use crate::pack::{Direction, Pack, Problem};
use crate::packs::PackSlot;
use crate::policy::SelectionPolicy;
use crate::profile::SignedIn;
use crate::session::ActiveSession;
use crate::store::Store;

/// The database file inside a data directory.
pub const DATABASE_FILE: &str = "kusoma.db";
/// The folder of installed packs inside a data directory.
pub const PACKS_FOLDER: &str = "packs";

/// How to open Kusoma.
pub struct OpenOptions {
    /// More folders to load packs from: each is a pack folder or a folder of pack folders.
    pub pack_dirs: Vec<PathBuf>,
    /// The device's preferred interface locales, most preferred first.
    pub locales: Vec<String>,
    /// The clock (the system's by default).
    pub clock: Arc<dyn Clock>,
    /// The selection policy.
    pub policy: Box<dyn SelectionPolicy>,
}

impl Default for OpenOptions {
    fn default() -> Self {
        OpenOptions {
            pack_dirs: Vec::new(),
            locales: vec!["en".into()],
            clock: Arc::new(SystemClock),
            policy: Box::new(Engine::default()),
        }
    }
}

/// A pack folder that was refused, with every problem found.
#[derive(Debug, Clone)]
pub struct RejectedPack {
    /// The folder.
    pub path: PathBuf,
    /// What is wrong.
    pub problems: Vec<Problem>,
}

/// Kusoma's core, opened on a data directory.
pub struct Kusoma {
    /// Held while open: no other process opens the same data directory.
    _lock: crate::lock::DataDirLock,
    pub(crate) data_dir: PathBuf,
    pub(crate) store: Store,
    pub(crate) packs: BTreeMap<String, PackSlot>,
    rejected: Vec<RejectedPack>,
    pub(crate) l10n: Localizer,
    pub(crate) ui: Vec<LanguageIdentifier>,
    pub(crate) policy: Box<dyn SelectionPolicy>,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) sessions: HashMap<String, ActiveSession>,
    /// Item difficulties per pack, loaded when a session first needs them.
    pub(crate) banks: HashMap<String, ItemBank>,
    /// Who is signed in (learner, facilitator).
    pub(crate) signed_in: SignedIn,
    /// Assessment runs in progress.
    pub(crate) assessments: ActiveAssessments,
}

impl std::fmt::Debug for Kusoma {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Kusoma")
            .field("store", &self.store.path())
            .field("packs", &self.packs.keys())
            .finish()
    }
}

impl Kusoma {
    /// Opens the data directory (creating it if needed): the database, the installed packs in
    /// `packs/` and those in `options.pack_dirs`. A pack that fails its checks is set aside
    /// (see [`Kusoma::rejected_packs`]); the others still load.
    ///
    /// Refused with [`Error::InUse`] while another `Kusoma` (in this process or another) has
    /// the data directory open. A damaged database is moved aside and reported as
    /// [`Error::Corrupt`]; opening again then starts a fresh one.
    pub fn open(data_dir: &Path, options: OpenOptions) -> Result<Kusoma> {
        fs::create_dir_all(data_dir).map_err(|source| Error::Io {
            path: data_dir.to_path_buf(),
            source,
        })?;
        // Before anything is read or repaired: only one Kusoma writes a data directory.
        let lock = crate::lock::DataDirLock::acquire(data_dir)?;
        let db = data_dir.join(DATABASE_FILE);
        let store = match Store::open(&db) {
            Err(e) if e.is_corruption() => {
                let moved_to = crate::store::move_aside(&db, options.clock.now_ms())?;
                return Err(Error::Corrupt { path: db, moved_to });
            }
            other => other?,
        };
        // An install killed half way is finished or rolled back before any pack is loaded.
        crate::install_journal::recover(&data_dir.join(PACKS_FOLDER))?;
        let mut dirs = vec![data_dir.join(PACKS_FOLDER)];
        dirs.extend(options.pack_dirs);
        let mut packs = BTreeMap::new();
        let mut rejected = Vec::new();
        let mut l10n = Localizer::builtin();
        let installed = data_dir.join(PACKS_FOLDER);
        for folder in pack_folders(&dirs) {
            let found = if folder.starts_with(&installed) {
                crate::packs::open_installed(&folder)
            } else {
                crate::packs::open_source(&folder)
            };
            match found {
                Ok(found) if packs.contains_key(&found.slot.summary.id) => {
                    rejected.push(RejectedPack {
                        path: folder,
                        problems: vec![Problem {
                            file: "pack.toml".into(),
                            line: None,
                            column: None,
                            message: format!(
                                "another pack with the id `{}` is already loaded",
                                found.slot.summary.id
                            ),
                        }],
                    })
                }
                Ok(found) => match l10n.add_pack(&found.slot.summary.language, &found.ftl) {
                    Ok(()) => {
                        packs.insert(found.slot.summary.id.clone(), found.slot);
                    }
                    Err(problems) => rejected.push(RejectedPack {
                        path: folder,
                        problems,
                    }),
                },
                Err(problems) => rejected.push(RejectedPack {
                    path: folder,
                    problems,
                }),
            }
        }
        // The language chosen on this phone comes before the ones the platform asks for: a
        // learner who chose Kiswahili keeps it after a restart on a phone set to English.
        let chosen = store.device_value(crate::store::INTERFACE_LANGUAGE)?;
        let ui = l10n.negotiate(&chosen_first(chosen.as_deref(), &options.locales));
        let mut kusoma = Kusoma {
            _lock: lock,
            data_dir: data_dir.to_path_buf(),
            store,
            packs,
            rejected,
            l10n,
            ui,
            policy: options.policy,
            clock: options.clock,
            sessions: HashMap::new(),
            banks: HashMap::new(),
            signed_in: SignedIn::default(),
            assessments: ActiveAssessments::default(),
        };
        // An import or deletion killed before its replay left its packs marked stale: replay
        // them before anything reads their state. A replay that fails keeps its mark (it is
        // tried again at the next open or merge) rather than keeping the phone from opening.
        let _ = kusoma.rebuild_stale();
        Ok(kusoma)
    }

    /// Replays every loaded pack whose derived state is marked stale (after a merge or a
    /// deletion); each replay clears its pack's mark in the transaction that stores it. A
    /// stale pack that is not loaded keeps its mark until it is.
    pub(crate) fn rebuild_stale(&mut self) -> Result<()> {
        for pack in self.store.stale_packs()? {
            if self.packs.contains_key(&pack) {
                self.rebuild(&pack)?;
            }
        }
        Ok(())
    }

    /// The loaded packs, by id.
    pub fn packs(&self) -> Vec<PackSummary> {
        self.packs.values().map(|p| p.summary.clone()).collect()
    }

    /// A loaded pack, its content read from its built form the first time it is asked for
    /// (an error if that file was damaged since the directory was opened).
    pub fn pack(&self, id: &str) -> Result<Arc<Pack>> {
        self.slot(id)?.content()
    }

    /// Pack `id`'s slot, without reading its content; `NotFound` when no such pack is loaded.
    pub(crate) fn slot(&self, id: &str) -> Result<&PackSlot> {
        self.packs
            .get(id)
            .ok_or_else(|| Error::NotFound(format!("no pack with id `{id}` is loaded")))
    }

    /// Pack folders that were refused at open, with their problems.
    pub fn rejected_packs(&self) -> &[RejectedPack] {
        &self.rejected
    }

    /// Formats an interface message in the negotiated interface locales.
    pub fn tr(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.l10n.format(&self.ui, id, args)
    }

    /// The time on the core's clock, ms since the Unix epoch (a test's manual clock in tests).
    pub fn now_ms(&self) -> i64 {
        self.clock.now_ms()
    }

    /// Message `id` in the interface language, or `None` when no locale of the chain has it
    /// (where [`Kusoma::tr`] shows the id).
    pub fn try_tr(&self, id: &str, args: &[(&str, Arg)]) -> Option<String> {
        self.l10n.try_format(&self.ui, id, args)
    }

    /// Changes the interface language: `locales` are the preferred locales, most preferred first.
    /// Sessions already started keep their language.
    pub fn set_locales(&mut self, locales: &[&str]) {
        self.ui = self.l10n.negotiate(locales);
    }

    /// The platform's locales again (they changed, or installed packs brought messages in new
    /// languages): negotiated as at opening, the language chosen on this phone first.
    pub fn set_platform_locales(&mut self, locales: &[String]) -> Result<()> {
        let chosen = self.store.device_value(crate::store::INTERFACE_LANGUAGE)?;
        self.ui = self
            .l10n
            .negotiate(&chosen_first(chosen.as_deref(), locales));
        Ok(())
    }

    /// A person chose the interface language `tag` on this phone's settings: it is used now and,
    /// being stored, before the platform's locales every time the phone opens Kusoma again. An
    /// unknown or malformed tag is refused and nothing is stored.
    pub fn choose_interface_language(&mut self, tag: &str) -> Result<()> {
        let id: LanguageIdentifier = tag
            .parse()
            .map_err(|_| Error::InvalidInput(format!("`{tag}` is not a language tag")))?;
        let chain = self.l10n.negotiate(&[tag]);
        if chain
            .first()
            .is_none_or(|first| first.language != id.language)
        {
            return Err(Error::InvalidInput(format!(
                "the interface has no translation for `{tag}`"
            )));
        }
        self.store
            .set_device_value(crate::store::INTERFACE_LANGUAGE, tag)?;
        self.ui = chain;
        Ok(())
    }

    /// The file of an asset named by an exercise (`Media::audio` or a picture file) in a pack.
    /// The path was checked when the pack was loaded; this only refuses names the pack never
    /// checked.
    pub fn asset_path(&self, pack_id: &str, asset: &str) -> Result<PathBuf> {
        let pack = self.pack(pack_id)?;
        if !crate::pack::asset_name_is_safe(asset) {
            return Err(Error::InvalidInput(format!(
                "`{asset}` is not an asset name"
            )));
        }
        let path = pack.root.join("assets").join(asset);
        if !path.is_file() {
            return Err(Error::NotFound(format!(
                "the pack `{pack_id}` has no asset `{asset}`"
            )));
        }
        Ok(path)
    }

    /// The writing direction of the interface locale in use.
    pub fn ui_direction(&self) -> Direction {
        self.ui.first().map_or(Direction::Ltr, Localizer::direction)
    }

    /// Problems with the interface languages that do not stop Kusoma but should be fixed: a
    /// locale (built in or from a pack) whose plural rules the CLDR data lacks.
    pub fn l10n_warnings(&self) -> Vec<String> {
        self.l10n.plural_problems()
    }

    /// Adds interface messages for `locale` that a tool brings (the CLI's report pages, which
    /// a phone never writes and so does not carry), checked as a pack's messages are.
    pub fn add_ui_messages(
        &mut self,
        locale: &str,
        files: &[crate::pack::FtlFile],
    ) -> std::result::Result<(), Vec<Problem>> {
        self.l10n.add_pack(locale, files)
    }

    /// The interface locale chain in use, most preferred first.
    pub fn ui_locales(&self) -> Vec<String> {
        self.ui.iter().map(ToString::to_string).collect()
    }
}

/// The locales to negotiate: the language chosen on this phone, if any, then the platform's.
fn chosen_first<'a>(chosen: Option<&'a str>, platform: &'a [String]) -> Vec<&'a str> {
    chosen
        .into_iter()
        .chain(platform.iter().map(String::as_str))
        .collect()
}

/// Expands folders into pack folders: a folder with a `pack.toml` (or an installed pack's
/// `pack.built`) is a pack; otherwise each of
/// its sub-folders is tried, in name order. Missing folders are skipped, and so are hidden
/// sub-folders (names starting with `.`): an install's staging and aside folders are never
/// loaded as packs.
pub fn pack_folders(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in dirs {
        if dir.join("pack.toml").is_file() || dir.join(crate::pack::built::BUILT_FILE).is_file() {
            out.push(dir.clone());
            continue;
        }
        let Ok(entries) = fs::read_dir(dir) else {
            continue;
        };
        let mut subs: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        subs.sort();
        out.extend(subs);
    }
    out
}
