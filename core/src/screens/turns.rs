//! Pass-the-phone turns in a group session, as the turn screen shows them: the hand-over to the
//! learner whose turn it is, her turn's exercises (on the ordinary lesson flow, over the session
//! the core opened for the turn, held here), and the facilitator ending the group session with
//! her notes after confirming it. The core decides whose turn it is and when a turn is over.

use crate::screens::lesson::{Lesson, LessonPhase, Tap};
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

/// What the turn screens draw (the exercises themselves are the turn's lesson, [`Turns::lesson`]).
#[derive(Debug, Clone, PartialEq)]
pub struct TurnsState {
    /// The phase.
    pub phase: TurnPhase,
    /// The turn shown: whose it is, its session, its number (once ended, the last turn).
    pub turn: Turn,
    /// The facilitator's notes as typed.
    pub notes: String,
    /// The ended session (ended only).
    pub ended: Option<GroupSessionRecord>,
}

/// The turns flow of one group session.
#[derive(Debug)]
pub struct Turns {
    group_session: String,
    /// Exercises a turn shows, for counting them on screen (the core ends the turn).
    per_turn: u32,
    /// The turn's exercises while one is played.
    lesson: Option<Lesson>,
    state: TurnsState,
}

impl Turns {
    /// The group session `group_session`, at the hand-over of its current turn; a turn's
    /// screens count `per_turn` exercises.
    pub fn new(k: &mut Kusoma, group_session: &str, per_turn: u32) -> Result<Turns> {
        let turn = k.group_turn(group_session)?;
        Ok(Turns {
            group_session: group_session.to_owned(),
            per_turn,
            lesson: None,
            state: TurnsState {
                phase: TurnPhase::Passing,
                turn,
                notes: String::new(),
                ended: None,
            },
        })
    }

    /// What the screens draw now.
    pub fn state(&self) -> &TurnsState {
        &self.state
    }

    /// The turn's exercises while she plays it.
    pub fn lesson(&self) -> Option<&Lesson> {
        self.lesson.as_ref()
    }

    /// A tap on her exercise (choose, place, take back): ignored when no turn is played.
    pub fn tap(&mut self, tap: Tap) -> Result<()> {
        self.lesson.as_mut().map_or(Ok(()), |l| l.tap(tap))
    }

    /// Sends her answer: ignored when no turn is played.
    pub fn submit(&mut self, k: &mut Kusoma) -> Result<()> {
        self.lesson.as_mut().map_or(Ok(()), |l| l.submit(k))
    }

    /// The learner holding the phone starts her turn: its first exercise, on the session the
    /// core opened for it.
    pub fn start_turn(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.state.phase != TurnPhase::Passing {
            return Ok(());
        }
        let mut lesson = Lesson::existing(&self.state.turn.session, self.per_turn);
        lesson.start(k)?;
        self.lesson = Some(lesson);
        self.state.phase = TurnPhase::Playing;
        Ok(())
    }

    /// After an answer's feedback: her next exercise, or, when the core says her turn is over
    /// (it has ended the turn's session), the hand-over to the next learner.
    pub fn next(&mut self, k: &mut Kusoma) -> Result<()> {
        let Some(lesson) = &mut self.lesson else {
            return Ok(());
        };
        if lesson.state().phase != LessonPhase::Answered {
            return Ok(());
        }
        let turn = k.group_turn(&self.group_session)?;
        if turn.changed {
            self.lesson = None;
            self.state.phase = TurnPhase::Passing;
        } else {
            lesson.next(k)?;
        }
        self.state.turn = turn;
        Ok(())
    }

    /// Her turn ends early (she or the facilitator pressed Stop): her answers are kept and the
    /// phone passes on.
    pub fn end_turn(&mut self, k: &mut Kusoma) -> Result<()> {
        let Some(lesson) = &mut self.lesson else {
            return Ok(());
        };
        lesson.end(k)?;
        self.state.turn = k.group_turn(&self.group_session)?;
        self.lesson = None;
        self.state.phase = TurnPhase::Passing;
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
        self.state.phase = TurnPhase::Ended;
        self.state.ended = Some(ended);
        Ok(())
    }
}
