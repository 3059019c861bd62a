//! Logistic ground truth: a latent level per skill against the difficulty of the item and kind.
//!
//! - **Answer.** `know` = σ(level_eff − difficulty), where the difficulty is the item's base
//!   difficulty from its features ([`crate::catalog::base_difficulty`]) plus the kind's
//!   offset ([`super::kind_offset`]), and an item's effective level mixes recognising it whole
//!   and decoding it from its weakest part: a grapheme's is its level; a word's or sentence's is
//!   `0.4 · own + 0.6 · min(effective level of its parts)`.
//! - **Practice.** Every exercise raises the level of each of the item's skills (its own and
//!   its parts') by the learner's rate, right answer or not, up to [`LEVEL_CAP`].
//! - **Time.** Levels sink linearly by the learner's decay per day, never below where they
//!   started.
//! - **True mastery.** σ(level_eff − base difficulty) ≥ 0.9, i.e. the effective level is at
//!   least 2.2 logits above the item's base difficulty.
//!
//! Every skill starts at [`START_LEVEL`] (σ(−3) ≈ 5 %, knowledge of a letter never seen);
//! graphemes known beforehand at [`PRIOR_LEVEL`].
//!
//! | kind | rate per practice (× pace) | decay per day |
//! | --- | --- | --- |
//! | fast | 0.60 | 0.01 |
//! | average | 0.40 | 0.02 |
//! | slow | 0.25 | 0.03 |
//! | forgetful | 0.40 | 0.06 |
//!
//! So an average learner needs about 13 practices of a new letter (as itself or inside words) to
//! master it, a fast one 9, a slow one 21; a four-letter word whose letters are well known
//! about 6 more.

use rand_chacha::ChaCha8Rng;

use super::{DAY_MS, LearnerKind, MASTERY, Profile, TrueLearner, has_parts, kind_offset};
use crate::catalog::{Catalog, SkillFacts};
use kusoma_core::exercise::ExerciseKind;

/// The level of a skill never practised.
pub const START_LEVEL: f64 = -3.0;
/// The level of a grapheme known before the first session.
pub const PRIOR_LEVEL: f64 = 3.5;
/// The highest level.
pub const LEVEL_CAP: f64 = 5.0;
/// The weight of an item's own level in its effective level (the rest is its weakest part's).
pub const OWN_WEIGHT: f64 = 0.4;

/// A learner under the logistic model.
#[derive(Debug, Clone)]
pub struct LogisticLearner {
    levels: Vec<f64>,
    floors: Vec<f64>,
    /// Level gained per practice.
    pub rate: f64,
    /// Level lost per day.
    pub decay_per_day: f64,
    clock_ms: i64,
}

fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

impl LogisticLearner {
    /// The learner with this profile, at `start_ms`.
    pub fn new(catalog: &Catalog, profile: &Profile, start_ms: i64) -> LogisticLearner {
        let (rate, decay_per_day) = match profile.kind {
            LearnerKind::Fast => (0.60, 0.01),
            LearnerKind::Average => (0.40, 0.02),
            LearnerKind::Slow => (0.25, 0.03),
            LearnerKind::Forgetful => (0.40, 0.06),
        };
        let mut levels = vec![START_LEVEL; catalog.len()];
        for &g in &profile.prior {
            levels[g] = PRIOR_LEVEL;
        }
        LogisticLearner {
            floors: levels.clone(),
            levels,
            rate: rate * profile.pace,
            decay_per_day,
            clock_ms: start_ms,
        }
    }

    /// A skill's own level.
    pub fn level(&self, skill: usize) -> f64 {
        self.levels[skill]
    }

    /// An item's effective level: its own, mixed with its weakest part's.
    pub fn effective(&self, catalog: &Catalog, skill: usize) -> f64 {
        let facts = &catalog.skills[skill];
        let own = self.levels[skill];
        if !has_parts(facts) {
            return own;
        }
        let weakest = facts
            .parts()
            .iter()
            .map(|&p| self.effective(catalog, p))
            .fold(f64::INFINITY, f64::min);
        OWN_WEIGHT * own + (1.0 - OWN_WEIGHT) * weakest
    }
}

impl TrueLearner for LogisticLearner {
    fn pass_time(&mut self, now_ms: i64, _: &mut ChaCha8Rng) {
        if now_ms <= self.clock_ms {
            return;
        }
        let days = (now_ms - self.clock_ms) as f64 / DAY_MS as f64;
        self.clock_ms = now_ms;
        let drop = self.decay_per_day * days;
        for (level, floor) in self.levels.iter_mut().zip(&self.floors) {
            *level = (*level - drop).max(*floor);
        }
    }

    fn know(&self, catalog: &Catalog, item: &SkillFacts, kind: ExerciseKind, _: i64) -> f64 {
        let skill = item.skills[0];
        sigmoid(self.effective(catalog, skill) - item.difficulty - kind_offset(kind))
    }

    fn practise(
        &mut self,
        _: &Catalog,
        item: &SkillFacts,
        _correct: bool,
        _now_ms: i64,
        _: &mut ChaCha8Rng,
    ) {
        for &s in &item.skills {
            self.levels[s] = (self.levels[s] + self.rate).min(LEVEL_CAP);
        }
    }

    fn mastered(&self, catalog: &Catalog, skill: usize, _: i64) -> bool {
        sigmoid(self.effective(catalog, skill) - catalog.skills[skill].difficulty) >= MASTERY
    }
}
