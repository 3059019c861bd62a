//! Selection policies: what to practise next and how an answer changes the learner's state.
//! The facade holds a policy behind this trait; the adaptive engine (`crate::engine`) is the
//! default, the first policy stays for comparison, and the simulator's baselines implement it too.

mod first;

pub use first::FirstPolicy;

use rand_chacha::ChaCha8Rng;

use crate::exercise::{ExerciseKind, ItemRef};
use crate::model::{ItemBank, LearnerModel};
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
    /// The learner's state in it.
    pub model: &'a LearnerModel,
    /// The pack's item difficulties.
    pub bank: &'a ItemBank,
    /// This session's answers so far, oldest first.
    pub history: &'a [Turn],
    /// Exercises planned for the session.
    pub session_length: usize,
    /// Now, ms since the Unix epoch.
    pub now_ms: i64,
}

/// A choice of what to practise: the item and, in order of preference, the kinds to try.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pick {
    /// The item.
    pub item: ItemRef,
    /// Exercise kinds to try in order; the first one the pack has material for is used.
    pub kinds: Vec<ExerciseKind>,
}

/// An answer, as a policy sees it.
#[derive(Debug, Clone, Copy)]
pub struct Observation<'a> {
    /// The item's key.
    pub item: &'a str,
    /// The exercise kind.
    pub kind: ExerciseKind,
    /// The skills exercised, the item's own first.
    pub skills: &'a [String],
    /// Whether the answer was right.
    pub correct: bool,
    /// How long the learner took, ms.
    pub response_ms: i64,
    /// When, ms since the Unix epoch.
    pub now_ms: i64,
    /// Choices offered (a guess succeeds one time in this many); 0 for tiles or typing.
    pub choices: usize,
}

/// A selection policy.
pub trait SelectionPolicy: Send + Sync {
    /// A short name, for logs and reports.
    fn name(&self) -> &'static str;

    /// What to practise next, or `None` when the pack has nothing to offer.
    fn choose(&self, ctx: &Context, rng: &mut ChaCha8Rng) -> Option<Pick>;

    /// Updates the learner's state in `pack` (and the pack's item bank) after an answer; returns
    /// the skills whose state changed, with the ones that became mastered flagged. The pack is
    /// given because it may set the policy's parameters (`[engine]` in pack.toml).
    fn observe(
        &self,
        pack: &Pack,
        model: &mut LearnerModel,
        bank: &mut ItemBank,
        obs: &Observation,
    ) -> Vec<Observed>;

    /// Whether the unit at index `unit` counts as mastered.
    fn unit_mastered(&self, pack: &Pack, model: &LearnerModel, unit: usize) -> bool;

    /// The predicted probability that the learner answers this item in this kind correctly.
    fn predict(
        &self,
        pack: &Pack,
        model: &LearnerModel,
        bank: &ItemBank,
        item: &str,
        kind: ExerciseKind,
        choices: usize,
    ) -> f64 {
        let _ = (pack, bank, kind);
        let state = model.skill(item);
        let guess = if choices > 0 {
            1.0 / choices as f64
        } else {
            0.0
        };
        if state.mastered { 0.95 } else { guess }
    }

    /// The policy's estimate of the learner's recall of `skill` at `now_ms` (the probability of
    /// answering its own item from memory, guessing aside), or `None` when the policy has no
    /// such estimate. The simulator compares it with the truth for skills the policy counts as
    /// mastered.
    fn predicted_recall(
        &self,
        pack: &Pack,
        model: &LearnerModel,
        skill: &str,
        now_ms: i64,
    ) -> Option<f64> {
        let _ = (pack, model, skill, now_ms);
        None
    }

    /// Whether the policy counts `skill` as mastered (what it reports to the learner).
    fn counts_as_mastered(&self, pack: &Pack, model: &LearnerModel, skill: &str) -> bool {
        let _ = pack;
        model.mastered(skill)
    }
}

/// Whether every letter (grapheme) of a unit is mastered: what "unit mastered" means for every
/// policy here.
pub fn letters_mastered(pack: &Pack, model: &LearnerModel, unit: usize) -> bool {
    pack.units[unit]
        .graphemes
        .iter()
        .all(|&g| model.mastered(ItemRef::Grapheme(g).key_str(pack)))
}

/// The exercise kinds that fit an item, rotated to start after the one used `attempts` times
/// ago, so that practice varies.
pub fn rotated_kinds(item: ItemRef, attempts: u32) -> Vec<ExerciseKind> {
    let cycle = crate::exercise::kinds_for(item);
    let start = attempts as usize % cycle.len();
    cycle[start..]
        .iter()
        .chain(&cycle[..start])
        .copied()
        .collect()
}

/// A skill whose state an answer changed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Observed {
    /// The skill id.
    pub skill: String,
    /// Whether this answer made it mastered.
    pub newly_mastered: bool,
}
