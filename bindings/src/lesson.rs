//! A learning session as the exercise screen runs it (`kusoma_core::screens::lesson`), behind one
//! object. Every action returns what the screen draws next.

use std::sync::{Arc, Mutex, MutexGuard};

use kusoma_core::SessionOptions;
use kusoma_core::screens::lesson::{Lesson, LessonPhase, LessonState};

use crate::engine::KusomaEngine;
use crate::error::KusomaError;
use crate::flow::held;
use crate::records::{AnswerFeedback, ExerciseView, SessionReport};

type Result<T> = std::result::Result<T, KusomaError>;

// The core's phase, crossing as it is.
#[uniffi::remote(Enum)]
pub enum LessonPhase {
    NotStarted,
    Answering,
    Answered,
    Finished,
}

/// What the exercise and summary screens draw.
#[derive(Debug, Clone, uniffi::Record)]
pub struct LessonScreen {
    /// Where the session is.
    pub phase: LessonPhase,
    /// The exercise shown (answering, answered).
    pub exercise: Option<ExerciseView>,
    /// Its 1-based place, and the session's length.
    pub number: u32,
    /// The session's length.
    pub total: u32,
    /// The choice tapped.
    pub selected: Option<u32>,
    /// The tiles placed, in order.
    pub placed: Vec<u32>,
    /// The answer may be checked.
    pub can_submit: bool,
    /// The core's feedback (answered).
    pub feedback: Option<AnswerFeedback>,
    /// The summary (finished).
    pub summary: Option<SessionReport>,
}

impl From<&LessonState> for LessonScreen {
    fn from(s: &LessonState) -> Self {
        LessonScreen {
            phase: s.phase,
            exercise: s.exercise.clone().map(Into::into),
            number: s.number,
            total: s.total,
            selected: s.selected,
            placed: s.placed.clone(),
            can_submit: s.can_submit,
            feedback: s.feedback.clone().map(Into::into),
            summary: s.summary.clone().map(Into::into),
        }
    }
}

/// One learning session on the exercise screen.
#[derive(uniffi::Object)]
pub struct LessonFlow {
    inner: Mutex<Lesson>,
}

impl LessonFlow {
    fn lesson(&self) -> MutexGuard<'_, Lesson> {
        held(&self.inner)
    }

    fn act(
        &self,
        action: impl FnOnce(&mut Lesson) -> kusoma_core::Result<()>,
    ) -> Result<LessonScreen> {
        let mut lesson = self.lesson();
        action(&mut lesson)?;
        Ok(lesson.state().into())
    }
}

#[uniffi::export]
impl LessonFlow {
    /// A session for `learner` in `pack`: `exercises` long (none: the core's default), with
    /// `choices` per tap exercise; `seed` makes it reproducible. Not started yet.
    #[uniffi::constructor]
    pub fn new(
        learner: String,
        pack: String,
        exercises: Option<u32>,
        choices: Option<u32>,
        seed: Option<u64>,
    ) -> Arc<Self> {
        let defaults = SessionOptions::default();
        let options = SessionOptions {
            exercises: exercises.unwrap_or(defaults.exercises),
            choices: choices.unwrap_or(defaults.choices),
            seed,
            ..defaults
        };
        Arc::new(LessonFlow {
            inner: Mutex::new(Lesson::new(&learner, &pack, options)),
        })
    }

    /// The session `session` the core already started (a pass-the-phone turn), `total` long.
    #[uniffi::constructor]
    pub fn existing(session: String, total: u32) -> Arc<Self> {
        Arc::new(LessonFlow {
            inner: Mutex::new(Lesson::existing(&session, total)),
        })
    }

    /// What the screen draws now.
    pub fn state(&self) -> LessonScreen {
        self.lesson().state().into()
    }

    /// The session's id, once started.
    pub fn session(&self) -> Option<String> {
        self.lesson().session().map(str::to_owned)
    }

    /// Starts the session: its first exercise.
    pub fn start(&self, engine: Arc<KusomaEngine>) -> Result<LessonScreen> {
        self.act(|l| l.start(&mut engine.core()))
    }

    /// Taps choice `index` (0-based).
    pub fn select(&self, index: u32) -> Result<LessonScreen> {
        self.act(|l| l.select(index))
    }

    /// Places tile `index` (0-based) after those placed.
    pub fn place(&self, index: u32) -> Result<LessonScreen> {
        self.act(|l| l.place(index))
    }

    /// Takes back the placed tile at `position`.
    pub fn unplace(&self, position: u32) -> LessonScreen {
        let mut lesson = self.lesson();
        lesson.unplace(position);
        lesson.state().into()
    }

    /// Takes every placed tile back.
    pub fn clear_tiles(&self) -> LessonScreen {
        let mut lesson = self.lesson();
        lesson.clear_tiles();
        lesson.state().into()
    }

    /// Sends the answer (timed on the core's clock from when the exercise was shown).
    pub fn submit(&self, engine: Arc<KusomaEngine>) -> Result<LessonScreen> {
        self.act(|l| l.submit(&mut engine.core()))
    }

    /// After feedback: the next exercise, or the summary.
    pub fn next(&self, engine: Arc<KusomaEngine>) -> Result<LessonScreen> {
        self.act(|l| l.next(&mut engine.core()))
    }

    /// Ends the session now: the summary.
    pub fn end(&self, engine: Arc<KusomaEngine>) -> Result<LessonScreen> {
        self.act(|l| l.end(&mut engine.core()))
    }
}
