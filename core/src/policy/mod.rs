//! Selection policies: what to practise next and how an answer changes the learner's skills.
//! The facade holds a policy behind this trait so the adaptive engine can replace the first one.

mod first;

pub use first::FirstPolicy;

use rand_chacha::ChaCha8Rng;

use crate::exercise::{ExerciseKind, ItemRef};
use crate::model::LearnerModel;
use crate::pack::Pack;

/// One answer given earlier in the current session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Turn {
    /// The item practised.
    pub item: ItemRef,
    /// Whether the answer was right.
    pub correct: bool,
}

/// What a policy needs to choose.
pub struct Context<'a> {
    /// The pack.
    pub pack: &'a Pack,
    /// The learner's skills in it.
    pub model: &'a LearnerModel,
    /// This session's answers so far, oldest first.
    pub history: &'a [Turn],
}

/// A choice of what to practise: the item and, in order of preference, the kinds to try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// The item.
    pub item: ItemRef,
    /// Exercise kinds to try in order; the first one the pack has material for is used.
    pub kinds: Vec<ExerciseKind>,
}

/// A selection policy.
pub trait SelectionPolicy: Send + Sync {
    /// A short name, for logs and reports.
    fn name(&self) -> &'static str;

    /// What to practise next, or `None` when the pack has nothing to offer.
    fn choose(&self, ctx: &Context, rng: &mut ChaCha8Rng) -> Option<Pick>;

    /// Updates the states of `skills` after an answer and returns the skills whose state
    /// changed, with the ones that became mastered flagged.
    fn observe(
        &self,
        model: &mut LearnerModel,
        skills: &[String],
        correct: bool,
        response_ms: i64,
        now_ms: i64,
    ) -> Vec<Observed>;

    /// Whether the unit at index `unit` counts as mastered.
    fn unit_mastered(&self, pack: &Pack, model: &LearnerModel, unit: usize) -> bool;
}

/// A skill whose state an answer changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observed {
    /// The skill id.
    pub skill: String,
    /// Whether this answer made it mastered.
    pub newly_mastered: bool,
}
