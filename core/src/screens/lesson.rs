//! A learning session as the exercise screen runs it: the core picks each exercise and checks
//! each answer; this keeps what the learner has tapped, times her answer on the core's clock and
//! moves through the phases. The same flow runs a pass-the-phone turn's session and a placement
//! test (whose summary says which units she was placed past).

use crate::error::Error;
use crate::l10n::Arg;
use crate::{
    Answer, AnswerMode, Exercise, Feedback, Kusoma, Result, SessionOptions, SessionSummary,
};

/// Where the session is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LessonPhase {
    /// Before [`Lesson::start`].
    NotStarted,
    /// An exercise waits for her answer.
    Answering,
    /// The core's feedback on the answer just given.
    Answered,
    /// The session is over: its summary.
    Finished,
}

/// What the exercise and summary screens draw.
#[derive(Debug, Clone, PartialEq)]
pub struct LessonState {
    /// The phase.
    pub phase: LessonPhase,
    /// The exercise shown (answering and answered).
    pub exercise: Option<Exercise>,
    /// Its 1-based place in the session.
    pub number: u32,
    /// The session's length.
    pub total: u32,
    /// The choice tapped (tap-one exercises).
    pub selected: Option<u32>,
    /// The tiles placed so far, in order (tile exercises).
    pub placed: Vec<u32>,
    /// The answer is complete enough to check.
    pub can_submit: bool,
    /// The core's feedback (answered).
    pub feedback: Option<Feedback>,
    /// The session's summary (finished).
    pub summary: Option<SessionSummary>,
}

/// A tap on the exercise screen that builds the answer (the same for a session and a group
/// turn's exercise): one vocabulary that both flows take, so a shell forwards it as it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tap {
    /// Choice `index` (0-based), on a tap-one exercise.
    Select {
        /// The choice.
        index: u32,
    },
    /// Tile `index` (0-based) after those placed.
    Place {
        /// The tile.
        index: u32,
    },
    /// The placed tile at `position` taken back.
    Unplace {
        /// Its place among those placed.
        position: u32,
    },
    /// Every placed tile taken back.
    ClearTiles,
}

/// How the session is opened.
#[derive(Debug, Clone)]
enum Opening {
    /// A new session for a learner in a pack.
    New {
        learner: String,
        pack: String,
        options: SessionOptions,
    },
    /// A placement test for a learner in a pack.
    Placement {
        learner: String,
        pack: String,
        seed: Option<u64>,
    },
    /// A session the core already started (a pass-the-phone turn).
    Existing(String),
}

/// The session flow.
#[derive(Debug)]
pub struct Lesson {
    opening: Opening,
    session: Option<String>,
    shown_at_ms: i64,
    state: LessonState,
}

impl Lesson {
    /// A session for `learner` in `pack`, not yet started.
    pub fn new(learner: &str, pack: &str, options: SessionOptions) -> Lesson {
        let total = options.exercises;
        Lesson::with(
            Opening::New {
                learner: learner.to_owned(),
                pack: pack.to_owned(),
                options,
            },
            total,
        )
    }

    /// A placement test for `learner` in `pack`, not yet started; its length is the core's
    /// (the letters it tests), known once started.
    pub fn placement(learner: &str, pack: &str, seed: Option<u64>) -> Lesson {
        let opening = Opening::Placement {
            learner: learner.to_owned(),
            pack: pack.to_owned(),
            seed,
        };
        Lesson::with(opening, 0)
    }

    /// The session `session` the core already started, `total` exercises long (a turn).
    pub fn existing(session: &str, total: u32) -> Lesson {
        Lesson::with(Opening::Existing(session.to_owned()), total)
    }

    fn with(opening: Opening, total: u32) -> Lesson {
        Lesson {
            opening,
            session: None,
            shown_at_ms: 0,
            state: LessonState {
                phase: LessonPhase::NotStarted,
                exercise: None,
                number: 0,
                total,
                selected: None,
                placed: Vec::new(),
                can_submit: false,
                feedback: None,
                summary: None,
            },
        }
    }

    /// What the screens draw now.
    pub fn state(&self) -> &LessonState {
        &self.state
    }

    /// The session's id, once started.
    pub fn session(&self) -> Option<&str> {
        self.session.as_deref()
    }

    /// Starts the session and shows its first exercise (ignored once started).
    pub fn start(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.session.is_some() {
            return Ok(());
        }
        let session = match &self.opening {
            Opening::New {
                learner,
                pack,
                options,
            } => k.start_session(learner, pack, options)?,
            Opening::Placement {
                learner,
                pack,
                seed,
            } => {
                let id = k.start_placement(learner, pack, *seed)?;
                self.state.total = k.session_length(&id)?;
                id
            }
            Opening::Existing(id) => id.clone(),
        };
        self.session = Some(session);
        self.advance(k)
    }

    /// Taps choice `index` (tap-one exercises); tapping another changes the choice.
    pub fn select(&mut self, index: u32) -> Result<()> {
        let Some(exercise) = self.answering() else {
            return Ok(());
        };
        check_index(exercise, index)?;
        if exercise.mode == AnswerMode::TapOne {
            self.state.selected = Some(index);
            self.update_can_submit();
        }
        Ok(())
    }

    /// Places tile `index` after those placed; each tile is placed once, up to the answer's
    /// length.
    pub fn place(&mut self, index: u32) -> Result<()> {
        let Some(exercise) = self.answering() else {
            return Ok(());
        };
        check_index(exercise, index)?;
        let full = self.state.placed.len() >= exercise.answer_length;
        if exercise.mode == AnswerMode::OrderTiles && !full && !self.state.placed.contains(&index) {
            self.state.placed.push(index);
            self.update_can_submit();
        }
        Ok(())
    }

    /// Takes the placed tile at `position` back; those after it keep their order.
    pub fn unplace(&mut self, position: u32) {
        let position = position as usize;
        if self.state.phase == LessonPhase::Answering && position < self.state.placed.len() {
            self.state.placed.remove(position);
            self.update_can_submit();
        }
    }

    /// Takes every placed tile back.
    pub fn clear_tiles(&mut self) {
        if self.state.phase == LessonPhase::Answering {
            self.state.placed.clear();
            self.update_can_submit();
        }
    }

    /// One tap that builds the answer ([`Lesson::select`], [`Lesson::place`], [`Lesson::unplace`],
    /// [`Lesson::clear_tiles`]).
    pub fn tap(&mut self, tap: Tap) -> Result<()> {
        match tap {
            Tap::Select { index } => self.select(index)?,
            Tap::Place { index } => self.place(index)?,
            Tap::Unplace { position } => self.unplace(position),
            Tap::ClearTiles => self.clear_tiles(),
        }
        Ok(())
    }

    /// Sends the answer; the core stores it before it answers with feedback. Ignored until the
    /// answer is complete.
    pub fn submit(&mut self, k: &mut Kusoma) -> Result<()> {
        let (Some(session), Some(exercise)) = (&self.session, &self.state.exercise) else {
            return Ok(());
        };
        if self.state.phase != LessonPhase::Answering || !self.state.can_submit {
            return Ok(());
        }
        let answer = match (exercise.mode, self.state.selected) {
            (AnswerMode::TapOne, Some(choice)) => Answer::Choice(choice),
            (AnswerMode::TapOne, None) => return Ok(()),
            (AnswerMode::OrderTiles, _) => Answer::Tiles(self.state.placed.clone()),
        };
        let response_ms = (k.now_ms() - self.shown_at_ms).max(0);
        let feedback = k.submit(session, &answer, response_ms)?;
        self.state.feedback = Some(feedback);
        self.state.phase = LessonPhase::Answered;
        self.state.can_submit = false;
        Ok(())
    }

    /// After feedback: the next exercise, or the summary when the session is complete.
    pub fn next(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.state.phase != LessonPhase::Answered {
            return Ok(());
        }
        self.advance(k)
    }

    /// Ends the session now (or after its last exercise) and shows the summary.
    pub fn end(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.state.phase == LessonPhase::Finished {
            return Ok(());
        }
        let Some(session) = &self.session else {
            return Err(Error::InvalidInput("the session has not started".into()));
        };
        let mut summary = k.end_session(session)?;
        if matches!(self.opening, Opening::Placement { .. }) {
            // What a placement test's summary says is what it placed, not a score.
            summary.message = k.placement_result_text(&summary.placed);
        }
        self.state = LessonState {
            phase: LessonPhase::Finished,
            exercise: None,
            selected: None,
            placed: Vec::new(),
            can_submit: false,
            feedback: None,
            summary: Some(summary),
            ..self.state.clone()
        };
        Ok(())
    }

    /// The exercise waiting for an answer, if any.
    fn answering(&self) -> Option<&Exercise> {
        match self.state.phase {
            LessonPhase::Answering => self.state.exercise.as_ref(),
            _ => None,
        }
    }

    fn advance(&mut self, k: &mut Kusoma) -> Result<()> {
        let Some(session) = &self.session else {
            return Ok(());
        };
        match k.next_exercise(session)? {
            None => self.end(k),
            Some(exercise) => {
                self.shown_at_ms = k.now_ms();
                self.state.number += 1;
                self.state.total = self.state.total.max(self.state.number);
                self.state.exercise = Some(exercise);
                self.state.phase = LessonPhase::Answering;
                self.state.selected = None;
                self.state.placed.clear();
                self.state.feedback = None;
                self.state.can_submit = false;
                Ok(())
            }
        }
    }

    fn update_can_submit(&mut self) {
        self.state.can_submit = match &self.state.exercise {
            Some(e) if e.mode == AnswerMode::TapOne => self.state.selected.is_some(),
            Some(e) => self.state.placed.len() == e.answer_length,
            None => false,
        };
    }
}

/// Refuses an index that names no choice or tile of `exercise`.
fn check_index(exercise: &Exercise, index: u32) -> Result<()> {
    if (index as usize) < exercise.choices.len() {
        Ok(())
    } else {
        Err(Error::InvalidInput(format!(
            "this exercise has {} choices, numbered from 0; {index} is not one",
            exercise.choices.len()
        )))
    }
}

impl Kusoma {
    /// What the end of a placement test says: the units `placed` past (titles, in order), or
    /// that she starts at the beginning. The CLI and the summary screen say the same.
    pub fn placement_result_text(&self, placed: &[String]) -> String {
        if placed.is_empty() {
            return self.tr("shell-placement-none", &[]);
        }
        let count = Arg::from(i64::try_from(placed.len()).unwrap_or(i64::MAX));
        let units = Arg::from(placed.join(", ").as_str());
        self.tr(
            "shell-placement-result",
            &[("count", count), ("units", units)],
        )
    }
}
