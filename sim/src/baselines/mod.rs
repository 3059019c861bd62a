//! The simple policies the engine is compared with. They implement [`SelectionPolicy`] like the
//! engine and keep their bookkeeping in the learner model they are given: only the item's own
//! skill is updated (attempts, correct answers, streak, last practice), and a skill counts as
//! mastered after [`STREAK`] right answers in a row (as in the first policy). They use the
//! trait's default prediction (0.95 when mastered, else the guess rate), which is only there so
//! every policy is scored the same way.
//!
//! - [`FixedOrder`]: a sequence fixed in advance, as a fixed-sequence app has it: each unit's
//!   letters (interleaved, four times), its words, its sentences, with a short review block of
//!   earlier units' letters and words before each new unit.
//! - [`Leitner`]: the letters as cards in five Leitner boxes (1, 2, 4, 8, 16 days), new letters
//!   in curriculum order whenever nothing is due, and words of units whose letters are all in
//!   box 2 or above as practice.
//! - [`RandomPolicy`]: any item of the pack, uniformly.
//!
//! For all three a unit counts as mastered (what they would report, and what the trait's
//! `unit_mastered` answers) when every letter it introduces is mastered by the streak rule; the
//! fixed order and random ignore it, Leitner opens words on its own box rule. Neither decides
//! the measured outcome, which the simulator reads from the hidden truth. They give no predicted
//! recall (`predicted_recall` is `None`).
//!
//! Exercise kinds rotate with the item's attempts (a grapheme: sound → grapheme, grapheme →
//! sound; a word: hear → written, read → picture, build from tiles), the same as the first policy.

mod fixed;
mod leitner;
mod random;
mod states;

pub use fixed::FixedOrder;
pub use leitner::Leitner;
pub use random::RandomPolicy;

use kusoma_core::exercise::ItemRef;
use kusoma_core::model::LearnerModel;
use kusoma_core::pack::Pack;
use kusoma_core::policy::{
    Observation, Observed, Pick, SelectionPolicy, letters_mastered, rotated_kinds,
};

/// Right answers in a row after which a baseline counts a skill as mastered.
pub const STREAK: u32 = 3;

/// The three baselines, in table order.
pub fn all() -> Vec<Box<dyn SelectionPolicy>> {
    vec![
        Box::new(FixedOrder::default()),
        Box::new(Leitner::default()),
        Box::new(RandomPolicy),
    ]
}

/// A pick of `item` with its kinds rotated by its attempts in `model`.
pub fn pick(pack: &Pack, model: &LearnerModel, item: ItemRef) -> Pick {
    let attempts = model.skills.get(&item.key(pack)).map_or(0, |s| s.attempts);
    Pick {
        item,
        kinds: rotated_kinds(item, attempts),
    }
}

/// The baselines' bookkeeping of an answer: the item's own skill only.
pub fn record(model: &mut LearnerModel, obs: &Observation) -> Vec<Observed> {
    let Some(skill) = obs.skills.first() else {
        return Vec::new();
    };
    let state = model.skills.entry(skill.clone()).or_default();
    let was = state.mastered;
    state.count(obs.correct, obs.now_ms);
    state.mastered = state.streak >= STREAK;
    vec![Observed {
        skill: skill.clone(),
        newly_mastered: state.mastered && !was,
    }]
}

/// A unit counts as mastered when every grapheme it introduces is.
pub fn unit_mastered(pack: &Pack, model: &LearnerModel, unit: usize) -> bool {
    letters_mastered(pack, model, unit)
}

#[cfg(test)]
mod tests;
