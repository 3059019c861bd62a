//! `KusomaEngine`: the core facade behind a mutex, exported as one object.

use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard};

use kusoma_core::{Kusoma, OpenOptions, SessionOptions};

use crate::error::KusomaError;
use crate::records::*;

/// Kusoma's engine, opened on a data directory. Safe to share between threads; calls are
/// synchronous, so shells make them off the main thread.
#[derive(uniffi::Object)]
pub struct KusomaEngine {
    inner: Mutex<Kusoma>,
}

type Result<T> = std::result::Result<T, KusomaError>;

impl KusomaEngine {
    pub(crate) fn core(&self) -> MutexGuard<'_, Kusoma> {
        // A panic in an earlier call poisons the lock; the store is transactional, so the
        // state behind it is still whole: keep serving.
        crate::flow::held(&self.inner)
    }
}

#[uniffi::export]
impl KusomaEngine {
    /// Opens the data directory (created if needed) with the installed packs and those in
    /// `pack_dirs`, speaking the first of `locales` the core has.
    #[uniffi::constructor]
    pub fn open(
        data_dir: String,
        pack_dirs: Vec<String>,
        locales: Vec<String>,
    ) -> Result<Arc<Self>> {
        let options = OpenOptions {
            pack_dirs: pack_dirs.into_iter().map(PathBuf::from).collect(),
            locales,
            ..OpenOptions::default()
        };
        let core = Kusoma::open(&PathBuf::from(data_dir), options)?;
        Ok(Arc::new(KusomaEngine {
            inner: Mutex::new(core),
        }))
    }

    /// The loaded packs.
    pub fn packs(&self) -> Vec<PackInfo> {
        self.core().packs().into_iter().map(Into::into).collect()
    }

    /// Pack folders refused at open, with their problems.
    pub fn rejected_packs(&self) -> Vec<RejectedPackInfo> {
        self.core()
            .rejected_packs()
            .iter()
            .map(Into::into)
            .collect()
    }

    /// The absolute path of an asset named by an exercise.
    pub fn asset_path(&self, pack: String, asset: String) -> Result<String> {
        Ok(self.core().asset_path(&pack, &asset)?.display().to_string())
    }

    /// Every learner profile, oldest first.
    pub fn learners(&self) -> Result<Vec<LearnerProfile>> {
        Ok(self
            .core()
            .learners()?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Creates a learner profile.
    pub fn create_learner(&self, name: String, icon: String) -> Result<LearnerProfile> {
        Ok(self.core().create_learner(&name, &icon)?.into())
    }

    /// Renames a learner.
    pub fn rename_learner(&self, learner: String, name: String) -> Result<LearnerProfile> {
        Ok(self.core().rename_learner(&learner, &name)?.into())
    }

    /// Deletes a learner and all of their data.
    pub fn delete_learner(&self, learner: String) -> Result<()> {
        Ok(self.core().delete_learner(&learner)?)
    }

    /// Starts a session; returns its id. `seed` makes the exercises reproducible.
    pub fn start_session(
        &self,
        learner: String,
        pack: String,
        exercises: u32,
        choices: u32,
        seed: Option<u64>,
    ) -> Result<String> {
        Ok(self.core().start_session(
            &learner,
            &pack,
            &SessionOptions {
                exercises,
                choices,
                seed,
                minutes: None,
            },
        )?)
    }

    /// Starts a placement test (10–12 letters across the course) for a new learner; ending it
    /// places her past the units she already knows.
    pub fn start_placement(
        &self,
        learner: String,
        pack: String,
        seed: Option<u64>,
    ) -> Result<String> {
        Ok(self.core().start_placement(&learner, &pack, seed)?)
    }

    /// The next exercise, or nothing when the session is complete.
    pub fn next_exercise(&self, session: String) -> Result<Option<ExerciseView>> {
        Ok(self.core().next_exercise(&session)?.map(Into::into))
    }

    /// Checks, stores (durably, before returning) and gives feedback on an answer.
    pub fn submit(
        &self,
        session: String,
        answer: LearnerAnswer,
        response_ms: i64,
    ) -> Result<AnswerFeedback> {
        Ok(self
            .core()
            .submit(&session, &answer.into(), response_ms)?
            .into())
    }

    /// Ends a session.
    pub fn end_session(&self, session: String) -> Result<SessionReport> {
        Ok(self.core().end_session(&session)?.into())
    }

    /// A learner's progress in a pack.
    pub fn progress(&self, learner: String, pack: String) -> Result<ProgressReport> {
        Ok(self.core().progress(&learner, &pack)?.into())
    }

    /// Changes the interface language (preferred locales, most preferred first).
    pub fn set_locales(&self, locales: Vec<String>) {
        let locales: Vec<&str> = locales.iter().map(String::as_str).collect();
        self.core().set_locales(&locales);
    }

    /// The platform's locales again (changed, or packs installed that bring new interface
    /// languages), the language chosen in settings still first.
    pub fn set_platform_locales(&self, locales: Vec<String>) -> Result<()> {
        Ok(self.core().set_platform_locales(&locales)?)
    }

    /// The interface language chosen in settings: used now, and kept for every later opening
    /// on this phone (before the platform's locales).
    pub fn choose_interface_language(&self, tag: String) -> Result<()> {
        Ok(self.core().choose_interface_language(&tag)?)
    }

    /// The writing direction of the interface language in use (lay screens out mirrored for RTL).
    pub fn ui_direction(&self) -> TextDirection {
        self.core().ui_direction().into()
    }

    /// Interface-language problems worth showing a facilitator (a locale without plural data).
    pub fn l10n_warnings(&self) -> Vec<String> {
        self.core().l10n_warnings()
    }

    /// Checks and installs a single-file pack (from `kusoma pack build`); usable at once.
    pub fn install_pack(&self, file: String) -> Result<PackInfo> {
        Ok(self.core().install_pack(&PathBuf::from(file))?.into())
    }

    /// The interface locale chain in use.
    pub fn ui_locales(&self) -> Vec<String> {
        self.core().ui_locales()
    }

    /// An interface message in the interface language.
    pub fn message(&self, id: String, args: Vec<MessageArg>) -> String {
        let args = fluent_args(args);
        self.core().tr(&id, &borrowed(&args))
    }
}
