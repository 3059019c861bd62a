//! A learning session as the exercise screen runs it (`kusoma_core::screens::lesson`), behind one
//! object. Every action returns what the screen draws next.

use std::sync::{Arc, Mutex, MutexGuard};

use kusoma_core::SessionOptions;
use kusoma_core::screens::lesson::{Lesson, LessonPhase, LessonState, Tap};

use crate::engine::KusomaEngine;
use crate::error::KusomaError;
use crate::flow::{held, shown};
use crate::records::{AnswerFeedback, ExerciseView, SessionReport};

type Result<T> = std::result::Result<T, KusomaError>;

// The core's taps, crossing as they are.
#[uniffi::remote(Enum)]
pub enum Tap {
    Select { index: u32 },
    Place { index: u32 },
    Unplace { position: u32 },
    ClearTiles,
}

/// What the exercise and summary screens draw, by phase, with what each phase has: the shells
/// switch on it and draw, with no mapping of their own.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum LessonScreen {
    /// Not started yet.
    NotStarted,
    /// An exercise waits for her answer.
    Answering {
        /// The exercise shown.
        exercise: ExerciseView,
        /// Its 1-based place in the session.
        number: u32,
        /// The session's length.
        total: u32,
        /// The choice tapped.
        selected: Option<u32>,
        /// The tiles placed, in order.
        placed: Vec<u32>,
        /// The answer may be checked.
        can_submit: bool,
    },
    /// The core's feedback on the answer just given, over the exercise as she answered it.
    Answered {
        /// The exercise answered.
        exercise: ExerciseView,
        /// Its 1-based place in the session.
        number: u32,
        /// The session's length.
        total: u32,
        /// The choice sent.
        selected: Option<u32>,
        /// The tiles sent, in order.
        placed: Vec<u32>,
        /// The core's feedback.
        feedback: AnswerFeedback,
    },
    /// The session is over.
    Finished {
        /// Its summary.
        report: SessionReport,
    },
}

impl From<&LessonState> for LessonScreen {
    fn from(s: &LessonState) -> Self {
        let exercise = s.exercise.clone().map(ExerciseView::from);
        let (number, total) = (s.number, s.total);
        let (selected, placed) = (s.selected, s.placed.clone());
        match (s.phase, exercise, s.feedback.clone(), s.summary.clone()) {
            (LessonPhase::Finished, _, _, Some(summary)) => LessonScreen::Finished {
                report: summary.into(),
            },
            (LessonPhase::Answered, Some(exercise), Some(feedback), _) => LessonScreen::Answered {
                exercise,
                number,
                total,
                selected,
                placed,
                feedback: feedback.into(),
            },
            (LessonPhase::Answering, Some(exercise), _, _) => LessonScreen::Answering {
                exercise,
                number,
                total,
                selected,
                placed,
                can_submit: s.can_submit,
            },
            _ => LessonScreen::NotStarted,
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
        shown(&self.inner, |l| l.state().into(), action)
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

    /// A placement test for `learner` in `pack` (`seed` makes it reproducible), on the same
    /// screens as a session; its summary says which units she was placed past. Not started yet.
    #[uniffi::constructor]
    pub fn placement(learner: String, pack: String, seed: Option<u64>) -> Arc<Self> {
        Arc::new(LessonFlow {
            inner: Mutex::new(Lesson::placement(&learner, &pack, seed)),
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

    /// A tap that builds the answer (a choice, a tile placed or taken back); one out of range
    /// is refused and changes nothing.
    pub fn tap(&self, tap: Tap) -> Result<LessonScreen> {
        self.act(|l| l.tap(tap))
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
