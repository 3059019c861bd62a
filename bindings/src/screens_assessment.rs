//! The assessment screens' view-models (`kusoma_core::screens::assessment` and `::aser`), one
//! object each, holding the core's model behind a mutex. Thin: each method locks, calls the
//! core and hands back the state the screen draws. The core's enums and state structs cross as
//! they are (`uniffi::remote` mirrors of their shape, no copies), so a shell switches on typed
//! subtasks, phases and levels, never on their stored names.

use std::sync::{Arc, Mutex, MutexGuard};

use kusoma_core::Kusoma;
use kusoma_core::assess::{AserLevel, RunPhase};
use kusoma_core::screens::aser::{AserModel as CoreAser, AserScreenState};
use kusoma_core::screens::assessment::{
    AssessmentModel as CoreAssessment, AssessmentScreenState, Score, Subtask,
};

use crate::engine::KusomaEngine;
use crate::error::KusomaError;
use crate::flow::held;

type Result<T> = std::result::Result<T, KusomaError>;

// An assessment a facilitator can give: EGRA's subtasks and the ASER probe.
#[uniffi::remote(Enum)]
pub enum Subtask {
    LetterSounds,
    FamiliarWords,
    Nonwords,
    OralReading,
    Comprehension,
    Aser,
}

// Where a timed run is: Ready (clock not started), Running, AwaitingLastItem (time is up: mark
// the last item read), Done (ready to score).
#[uniffi::remote(Enum)]
pub enum RunPhase {
    Ready,
    Running,
    AwaitingLastItem,
    Done,
}

// An ASER reading level, lowest first.
#[uniffi::remote(Enum)]
pub enum AserLevel {
    Beginner,
    Letter,
    Word,
    Paragraph,
    Story,
}

// A stored score as shown: correct, attempted (or asked), per minute (comprehension: share).
#[uniffi::remote(Record)]
pub struct Score {
    pub correct: u32,
    pub attempted: u32,
    pub per_minute: f64,
}

// What the timed-subtask screen draws; items and questions by 0-based index (the core's docs
// on `AssessmentScreenState` say what each field means).
#[uniffi::remote(Record)]
pub struct AssessmentScreenState {
    pub subtask: Subtask,
    pub items: Vec<String>,
    pub columns: u32,
    pub phase: RunPhase,
    pub seconds_left: u32,
    pub wrong: Vec<bool>,
    pub last_item: Option<u32>,
    pub marking_last: bool,
    pub offer_autostop: bool,
    pub autostop_after: u32,
    pub result: Option<Score>,
    pub questions: Vec<String>,
    pub answers: Vec<Option<bool>>,
    pub can_save: bool,
    pub comprehension: Option<Score>,
}

// What the ASER screen draws.
#[uniffi::remote(Record)]
pub struct AserScreenState {
    pub shown: u32,
    pub letters_right: u32,
    pub words_right: u32,
    pub paragraph_mistakes: Option<u32>,
    pub story_mistakes: Option<u32>,
    pub level: Option<AserLevel>,
}

/// What the choice screen offers, in the order a facilitator gives them.
#[uniffi::export]
pub fn assessment_choices() -> Vec<Subtask> {
    Subtask::CHOICES.to_vec()
}

/// A timed EGRA subtask on the screen (then, after a passage, its comprehension questions).
/// Every tap returns the state to draw; a tap that does not apply now is ignored.
#[derive(uniffi::Object)]
pub struct AssessmentModel {
    inner: Mutex<CoreAssessment>,
}

impl AssessmentModel {
    fn lock(&self) -> MutexGuard<'_, CoreAssessment> {
        held(&self.inner)
    }

    /// Runs one action with the engine locked (model first, then engine, as LrsSyncSession).
    fn act(
        &self,
        engine: &KusomaEngine,
        action: impl FnOnce(&mut CoreAssessment, &mut Kusoma) -> kusoma_core::Result<()>,
    ) -> Result<AssessmentScreenState> {
        let mut model = self.lock();
        action(&mut model, &mut engine.core())?;
        Ok(model.state().clone())
    }
}

#[uniffi::export]
impl AssessmentModel {
    /// Draws `subtask`'s sheet from `pack` for `learner`; a timed subtask only.
    #[uniffi::constructor]
    pub fn new(
        engine: Arc<KusomaEngine>,
        learner: String,
        pack: String,
        subtask: Subtask,
        group_session: Option<String>,
    ) -> Result<Self> {
        let model = CoreAssessment::start(
            &mut engine.core(),
            &learner,
            &pack,
            subtask,
            group_session.as_deref(),
        )?;
        Ok(AssessmentModel {
            inner: Mutex::new(model),
        })
    }

    /// What to draw now.
    pub fn state(&self) -> AssessmentScreenState {
        self.lock().state().clone()
    }

    /// Start: the clock runs.
    pub fn begin(&self, engine: Arc<KusomaEngine>) -> Result<AssessmentScreenState> {
        self.act(&engine, CoreAssessment::begin)
    }

    /// Item `index` (0-based, as drawn) touched.
    pub fn touch(&self, engine: Arc<KusomaEngine>, index: u32) -> Result<AssessmentScreenState> {
        self.act(&engine, |m, k| m.touch(k, index))
    }

    /// Stop: the next touch marks the last item read.
    pub fn stop(&self) -> AssessmentScreenState {
        let mut model = self.lock();
        model.stop();
        model.state().clone()
    }

    /// Once a second: the time left, time up at 0.
    pub fn tick(&self, engine: Arc<KusomaEngine>) -> Result<AssessmentScreenState> {
        self.act(&engine, CoreAssessment::tick)
    }

    /// Done: scores and stores the run.
    pub fn finish(&self, engine: Arc<KusomaEngine>) -> Result<AssessmentScreenState> {
        self.act(&engine, CoreAssessment::finish)
    }

    /// Comprehension question `index` (0-based) marked right or wrong.
    pub fn mark_question(&self, index: u32, right: bool) -> Result<AssessmentScreenState> {
        let mut model = self.lock();
        model.mark_question(index, right)?;
        Ok(model.state().clone())
    }

    /// Save: stores the comprehension score.
    pub fn save_comprehension(&self, engine: Arc<KusomaEngine>) -> Result<AssessmentScreenState> {
        self.act(&engine, CoreAssessment::save_comprehension)
    }

    /// Leaving: drops a run not yet scored.
    pub fn cancel(&self, engine: Arc<KusomaEngine>) -> Result<()> {
        Ok(self.lock().cancel(&mut engine.core())?)
    }
}

/// An ASER probe on the screen. Every tap returns the state to draw.
#[derive(uniffi::Object)]
pub struct AserModel {
    inner: Mutex<CoreAser>,
}

impl AserModel {
    /// Applies one change to the form and returns it.
    fn edit(&self, change: impl FnOnce(&mut CoreAser)) -> AserScreenState {
        let mut model = held(&self.inner);
        change(&mut model);
        *model.state()
    }
}

#[uniffi::export]
impl AserModel {
    /// An empty form for `learner` in `pack`.
    #[uniffi::constructor]
    pub fn new(learner: String, pack: String, group_session: Option<String>) -> Self {
        AserModel {
            inner: Mutex::new(CoreAser::new(&learner, &pack, group_session.as_deref())),
        }
    }

    /// What to draw now.
    pub fn state(&self) -> AserScreenState {
        self.edit(|_| {})
    }

    /// Letters read right.
    pub fn set_letters(&self, right: u32) -> AserScreenState {
        self.edit(|m| m.set_letters(right))
    }

    /// Words read right.
    pub fn set_words(&self, right: u32) -> AserScreenState {
        self.edit(|m| m.set_words(right))
    }

    /// Mistakes in the paragraph, or none: not read.
    pub fn set_paragraph(&self, mistakes: Option<u32>) -> AserScreenState {
        self.edit(|m| m.set_paragraph(mistakes))
    }

    /// Mistakes in the story, or none: not read.
    pub fn set_story(&self, mistakes: Option<u32>) -> AserScreenState {
        self.edit(|m| m.set_story(mistakes))
    }

    /// Save: stores the probe; the state then holds its level.
    pub fn save(&self, engine: Arc<KusomaEngine>) -> Result<AserScreenState> {
        let mut model = held(&self.inner);
        model.save(&mut engine.core())?;
        Ok(*model.state())
    }
}
