//! Pass-the-phone turns (`kusoma_core::screens::turns`) behind one object; each turn's
//! exercises run on a `LessonFlow` over the turn's session. Every action returns what the turn
//! screens draw next.

use std::sync::{Arc, Mutex, MutexGuard};

use kusoma_core::screens::turns::{TurnPhase, Turns, TurnsState};

use crate::engine::KusomaEngine;
use crate::error::KusomaError;
use crate::facilitator_records::{GroupSessionInfo, TurnInfo};
use crate::flow::held;

type Result<T> = std::result::Result<T, KusomaError>;

// The core's phase, crossing as it is.
#[uniffi::remote(Enum)]
pub enum TurnPhase {
    Passing,
    Playing,
    Ending,
    Ended,
}

/// What the turn screens draw.
#[derive(Debug, Clone, uniffi::Record)]
pub struct TurnsScreen {
    /// Where the group session is.
    pub phase: TurnPhase,
    /// The turn shown (none once ended).
    pub turn: Option<TurnInfo>,
    /// The facilitator's notes as typed.
    pub notes: String,
    /// The ended session.
    pub ended: Option<GroupSessionInfo>,
}

impl From<&TurnsState> for TurnsScreen {
    fn from(s: &TurnsState) -> Self {
        TurnsScreen {
            phase: s.phase,
            turn: s.turn.clone().map(Into::into),
            notes: s.notes.clone(),
            ended: s.ended.clone().map(Into::into),
        }
    }
}

/// The turns of one group session.
#[derive(uniffi::Object)]
pub struct TurnsFlow {
    inner: Mutex<Turns>,
}

impl TurnsFlow {
    fn turns(&self) -> MutexGuard<'_, Turns> {
        held(&self.inner)
    }

    fn act(
        &self,
        action: impl FnOnce(&mut Turns) -> kusoma_core::Result<()>,
    ) -> Result<TurnsScreen> {
        let mut turns = self.turns();
        action(&mut turns)?;
        Ok(turns.state().into())
    }
}

#[uniffi::export]
impl TurnsFlow {
    /// The group session `group_session`, at the hand-over of its current turn.
    #[uniffi::constructor]
    pub fn new(engine: Arc<KusomaEngine>, group_session: String) -> Result<Arc<Self>> {
        let turns = Turns::new(&mut engine.core(), &group_session)?;
        Ok(Arc::new(TurnsFlow {
            inner: Mutex::new(turns),
        }))
    }

    /// What the screens draw now.
    pub fn state(&self) -> TurnsScreen {
        self.turns().state().into()
    }

    /// The learner holding the phone starts her turn.
    pub fn start_turn(&self) -> TurnsScreen {
        let mut turns = self.turns();
        turns.start_turn();
        turns.state().into()
    }

    /// After an answer's feedback: true when her turn is over (the hand-over shows); false when
    /// the shell shows her next exercise.
    pub fn after_answer(&self, engine: Arc<KusomaEngine>) -> Result<bool> {
        Ok(self.turns().after_answer(&mut engine.core())?)
    }

    /// Her turn ends early (the shell ended its lesson).
    pub fn end_turn(&self, engine: Arc<KusomaEngine>) -> Result<TurnsScreen> {
        self.act(|t| t.end_turn(&mut engine.core()))
    }

    /// The facilitator asks to end the session.
    pub fn begin_ending(&self) -> TurnsScreen {
        let mut turns = self.turns();
        turns.begin_ending();
        turns.state().into()
    }

    /// Back from ending to the hand-over.
    pub fn cancel_ending(&self) -> TurnsScreen {
        let mut turns = self.turns();
        turns.cancel_ending();
        turns.state().into()
    }

    /// The notes as typed.
    pub fn set_notes(&self, notes: String) -> TurnsScreen {
        let mut turns = self.turns();
        turns.set_notes(&notes);
        turns.state().into()
    }

    /// Ends the group session with the notes.
    pub fn end(&self, engine: Arc<KusomaEngine>) -> Result<TurnsScreen> {
        self.act(|t| t.end(&mut engine.core()))
    }
}
