//! Pass-the-phone turns (`kusoma_core::screens::turns`) behind one object, which holds the
//! turn's lesson too: a tap on her exercise, next and stop all go here, and every action returns
//! what the turn screens draw next.

use std::sync::{Arc, Mutex};

use kusoma_core::screens::lesson::Tap;
use kusoma_core::screens::turns::{TurnPhase, Turns};

use crate::engine::KusomaEngine;
use crate::error::KusomaError;
use crate::facilitator_records::{GroupSessionInfo, TurnInfo};
use crate::flow::{held, shown};
use crate::lesson::LessonScreen;

type Result<T> = std::result::Result<T, KusomaError>;

/// What the turn screens draw, by phase, with what each phase has.
// Built once per tap and lowered across the FFI at once: its size in Rust costs nothing, and
// uniffi has no boxed fields to shrink it with.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, uniffi::Enum)]
pub enum TurnsScreen {
    /// "Pass the phone to …": the turn's learner, and her Start button.
    Passing {
        /// Whose turn it is.
        turn: TurnInfo,
    },
    /// She answers her turn's exercises (the exercise screen draws `lesson`).
    Playing {
        /// Whose turn it is.
        turn: TurnInfo,
        /// Her exercise as the exercise screen draws it.
        lesson: LessonScreen,
    },
    /// The facilitator asked to end the session: her notes, then confirm (or go back).
    Ending {
        /// The turn the session would end after.
        turn: TurnInfo,
        /// The notes as typed.
        notes: String,
    },
    /// The session is ended.
    Ended {
        /// The ended group session.
        session: GroupSessionInfo,
    },
}

impl From<&Turns> for TurnsScreen {
    fn from(t: &Turns) -> Self {
        let s = t.state();
        let turn = TurnInfo::from(s.turn.clone());
        match (s.phase, &s.ended, t.lesson()) {
            (_, Some(ended), _) => TurnsScreen::Ended {
                session: ended.clone().into(),
            },
            (TurnPhase::Playing, None, Some(lesson)) => TurnsScreen::Playing {
                turn,
                lesson: lesson.state().into(),
            },
            (TurnPhase::Ending, ..) => TurnsScreen::Ending {
                turn,
                notes: s.notes.clone(),
            },
            _ => TurnsScreen::Passing { turn },
        }
    }
}

/// The turns of one group session.
#[derive(uniffi::Object)]
pub struct TurnsFlow {
    inner: Mutex<Turns>,
}

impl TurnsFlow {
    fn act(
        &self,
        action: impl FnOnce(&mut Turns) -> kusoma_core::Result<()>,
    ) -> Result<TurnsScreen> {
        shown(&self.inner, |t| TurnsScreen::from(t), action)
    }

    /// A change the core refuses never (ending, notes).
    fn change(&self, action: impl FnOnce(&mut Turns)) -> TurnsScreen {
        let mut turns = held(&self.inner);
        action(&mut turns);
        TurnsScreen::from(&*turns)
    }
}

#[uniffi::export]
impl TurnsFlow {
    /// The group session `group_session`, at the hand-over of its current turn; a turn's
    /// exercise screen counts `per_turn` exercises.
    #[uniffi::constructor]
    pub fn new(
        engine: Arc<KusomaEngine>,
        group_session: String,
        per_turn: u32,
    ) -> Result<Arc<Self>> {
        let turns = Turns::new(&mut engine.core(), &group_session, per_turn)?;
        Ok(Arc::new(TurnsFlow {
            inner: Mutex::new(turns),
        }))
    }

    /// What the screens draw now.
    pub fn state(&self) -> TurnsScreen {
        self.change(|_| ())
    }

    /// The learner holding the phone starts her turn: her first exercise.
    pub fn start_turn(&self, engine: Arc<KusomaEngine>) -> Result<TurnsScreen> {
        self.act(|t| t.start_turn(&mut engine.core()))
    }

    /// A tap on her exercise, as on a session's (`LessonFlow::tap`).
    pub fn tap(&self, tap: Tap) -> Result<TurnsScreen> {
        self.act(|t| t.tap(tap))
    }

    /// Sends her answer.
    pub fn submit(&self, engine: Arc<KusomaEngine>) -> Result<TurnsScreen> {
        self.act(|t| t.submit(&mut engine.core()))
    }

    /// After feedback: her next exercise, or the hand-over when her turn is over.
    pub fn next(&self, engine: Arc<KusomaEngine>) -> Result<TurnsScreen> {
        self.act(|t| t.next(&mut engine.core()))
    }

    /// Her turn ends early (Stop): her answers are kept, the phone passes on.
    pub fn end_turn(&self, engine: Arc<KusomaEngine>) -> Result<TurnsScreen> {
        self.act(|t| t.end_turn(&mut engine.core()))
    }

    /// The facilitator asks to end the session.
    pub fn begin_ending(&self) -> TurnsScreen {
        self.change(Turns::begin_ending)
    }

    /// Back from ending to the hand-over.
    pub fn cancel_ending(&self) -> TurnsScreen {
        self.change(Turns::cancel_ending)
    }

    /// The notes as typed.
    pub fn set_notes(&self, notes: String) -> TurnsScreen {
        self.change(|t| t.set_notes(&notes))
    }

    /// Ends the group session with the notes.
    pub fn end(&self, engine: Arc<KusomaEngine>) -> Result<TurnsScreen> {
        self.act(|t| t.end(&mut engine.core()))
    }
}
