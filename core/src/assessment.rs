//! Running assessments on the phone: a sheet of items drawn from a pack, the facilitator
//! marking (or the learner answering) against EGRA's clock, and the scored result stored.
//!
//! The scoring rules live in [`crate::assess`]; this file holds the runs in progress and
//! stores what they score.

use std::collections::HashMap;

use crate::assess::{GridRun, RunPhase, SubtaskKind};

// Defined with the scoring so that the store's merge check can use it.
pub use crate::assess::ASER_SUBTASK;

/// Who marks an assessment's items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkedBy {
    /// The facilitator listens and marks errors (EGRA's way).
    Facilitator,
    /// The learner answers on the phone and the core marks.
    Learner,
}

impl MarkedBy {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            MarkedBy::Facilitator => "facilitator",
            MarkedBy::Learner => "learner",
        }
    }
}

/// What the shell shows for a timed subtask: the items in order and the rules of the run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssessmentSheet {
    /// The run's id.
    pub id: String,
    /// The subtask.
    pub subtask: SubtaskKind,
    /// The items, in grid order (letters, words, or the passage's words).
    pub items: Vec<String>,
    /// Time limit, ms.
    pub limit_ms: i64,
    /// The first this many items all wrong stop the subtask (0: no autostop).
    pub autostop_after: u32,
    /// For a passage: the comprehension questions.
    pub questions: Vec<String>,
    /// For a passage: where each question's sentence ends (1-based word position); a question
    /// is asked only if the learner read that far.
    pub question_ends: Vec<u32>,
}

/// A run's state for the shell's timer and buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunState {
    /// Where the run is.
    pub phase: RunPhase,
    /// Time left on the clock, ms.
    pub remaining_ms: i64,
    /// Whether the autostop rule applies now (the shell offers to stop).
    pub autostopped: bool,
}

/// A run in progress, kept in memory until finished.
#[derive(Debug)]
pub(crate) struct ActiveAssessment {
    pub(crate) learner: String,
    pub(crate) pack: String,
    pub(crate) marked_by: MarkedBy,
    pub(crate) group_session: Option<String>,
    pub(crate) items: Vec<String>,
    pub(crate) run: GridRun,
    pub(crate) started_ms: Option<i64>,
}

/// The runs in progress, by id.
pub(crate) type ActiveAssessments = HashMap<String, ActiveAssessment>;
