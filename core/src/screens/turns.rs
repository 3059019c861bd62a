//! Pass-the-phone turns in a group session, as the turn screen shows them: the hand-over to the
//! learner whose turn it is, her turn's exercises (on the ordinary lesson flow, over the session
//! the core opened for the turn), and the facilitator ending the group session with her notes
//! after confirming it. The core decides whose turn it is and when a turn is over.

use crate::store::GroupSessionRecord;
use crate::{Kusoma, Result, Turn};

/// Where the group session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TurnPhase {
    /// "Pass the phone to …": the next learner, and her Start button.
    Passing,
    /// She answers her turn's exercises.
    Playing,
    /// The facilitator asked to end the session: notes, then confirm (or go back).
    Ending,
    /// The session is ended.
    Ended,
}

/// What the turn screens draw (the exercises themselves come from the turn's lesson).
#[derive(Debug, Clone, PartialEq)]
pub struct TurnsState {
    /// The phase.
    pub phase: TurnPhase,
    /// The turn shown: whose it is, its session, its number (not once ended).
    pub turn: Option<Turn>,
    /// The facilitator's notes as typed.
    pub notes: String,
    /// The ended session (ended only).
    pub ended: Option<GroupSessionRecord>,
}

/// The turns flow of one group session.
#[derive(Debug)]
pub struct Turns {
    group_session: String,
    state: TurnsState,
}

impl Turns {
    /// The group session `group_session`, at the hand-over of its current turn.
    pub fn new(k: &mut Kusoma, group_session: &str) -> Result<Turns> {
        let turn = k.group_turn(group_session)?;
        Ok(Turns {
            group_session: group_session.to_owned(),
            state: TurnsState {
                phase: TurnPhase::Passing,
                turn: Some(turn),
                notes: String::new(),
                ended: None,
            },
        })
    }

    /// What the screens draw now.
    pub fn state(&self) -> &TurnsState {
        &self.state
    }

    /// The learner holding the phone starts her turn (its session is `state().turn`'s).
    pub fn start_turn(&mut self) {
        if self.state.phase == TurnPhase::Passing {
            self.state.phase = TurnPhase::Playing;
        }
    }

    /// After an answer's feedback: whether her turn is over. When it is, the hand-over to the
    /// next learner shows (the core has ended the finished turn's session); when not, the shell
    /// shows her next exercise.
    pub fn after_answer(&mut self, k: &mut Kusoma) -> Result<bool> {
        if self.state.phase != TurnPhase::Playing {
            return Ok(false);
        }
        let turn = k.group_turn(&self.group_session)?;
        let over = turn.changed;
        if over {
            self.state.phase = TurnPhase::Passing;
        }
        self.state.turn = Some(turn);
        Ok(over)
    }

    /// Her turn ends early (the shell has ended its lesson): the phone passes on.
    pub fn end_turn(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.state.phase == TurnPhase::Playing {
            self.state.turn = Some(k.group_turn(&self.group_session)?);
            self.state.phase = TurnPhase::Passing;
        }
        Ok(())
    }

    /// The facilitator asks to end the session (from the hand-over).
    pub fn begin_ending(&mut self) {
        if self.state.phase == TurnPhase::Passing {
            self.state.phase = TurnPhase::Ending;
        }
    }

    /// Back from ending to the hand-over.
    pub fn cancel_ending(&mut self) {
        if self.state.phase == TurnPhase::Ending {
            self.state.phase = TurnPhase::Passing;
        }
    }

    /// The notes as typed.
    pub fn set_notes(&mut self, notes: &str) {
        notes.clone_into(&mut self.state.notes);
    }

    /// Ends the group session with the notes (only after [`Turns::begin_ending`]).
    pub fn end(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.state.phase != TurnPhase::Ending {
            return Ok(());
        }
        let ended = k.end_group_session(&self.group_session, &self.state.notes)?;
        self.state = TurnsState {
            phase: TurnPhase::Ended,
            turn: None,
            notes: self.state.notes.clone(),
            ended: Some(ended),
        };
        Ok(())
    }
}
