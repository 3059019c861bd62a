//! Forgetting-curve ground truth: a memory strength per skill, grown most by spaced practice.
//!
//! - **Recall.** A practised skill's recall is `R = exp(−Δt · speed / S)`, Δt the days since it
//!   was last practised, S its strength in days and `speed` the learner's forgetting speed; a
//!   skill never practised has R = 0, a grapheme known beforehand starts with S =
//!   [`PRIOR_STRENGTH`].
//! - **Answer.** `know` = the item's own recall × the weakest recall among its parts (taken the
//!   same way, so a sentence needs its words and their letters).
//! - **Practice.** Each of the item's skills (its own and its parts'): the first practice sets S
//!   to the learner's initial strength S₀; later ones set
//!   `S ← S · (1 + g · (1 − R^k) · w) + m`, with R the recall just before, k =
//!   [`SPACING_EXPONENT`], `g` the learner's spacing gain, `m` a small gain of repetition
//!   itself, and `w` = 1 after a right answer; after a wrong one `w` = [`WRONG_WEIGHT`] for the
//!   item's own skill and `WRONG_WEIGHT + (1 − WRONG_WEIGHT) · R` for a part (a letter well
//!   recalled was likely retrieved even if the word was missed). `1 − R^k` is the
//!   spacing effect: next to nothing for a repetition a minute later (R ≈ 1), 0.4 at R = 0.9,
//!   0.97 at R = 0.5 — so a review after some forgetting multiplies strength by up to 1 + g,
//!   and reviews a day apart keep adding about g·k days of strength per day. S is capped at
//!   [`MAX_STRENGTH`].
//! - **True mastery.** Recall of the item (parts included) a day from now is still ≥ 0.9: a
//!   skill seen a minute ago is remembered now whatever its strength, so the day ahead keeps
//!   short-term memory from counting (it takes S ≥ 9.5 days · speed). Still mastered 30 days
//!   later takes S ≥ 294 days · speed.
//!
//! | kind | S₀ (days, × pace) | g | m (days, × pace) | speed |
//! | --- | --- | --- | --- | --- |
//! | fast | 1.0 | 2.0 | 0.15 | 1 |
//! | average | 0.6 | 1.5 | 0.10 | 1 |
//! | slow | 0.35 | 1.0 | 0.05 | 1 |
//! | forgetful | 0.6 | 1.5 | 0.10 | 2.5 |
//!
//! So an average learner who meets a new letter four times in one sitting recalls it a third
//! of the time the next day; after a review on each of the next three days it counts as
//! mastered (until the next morning), after five it stays mastered from one day to the next,
//! and practised every day for two months it is still known a month later. Massed repetition
//! alone builds almost nothing.

use rand_chacha::ChaCha8Rng;

use super::{DAY_MS, LearnerKind, MASTERY, Profile, TrueLearner, has_parts};
use crate::catalog::{Catalog, SkillFacts};
use kusoma_core::exercise::ExerciseKind;

/// Strength (days) of a grapheme known before the first session.
pub const PRIOR_STRENGTH: f64 = 3650.0;
/// The highest strength, days.
pub const MAX_STRENGTH: f64 = 36_500.0;
/// Share of the spacing gain a wrong answer (then seeing the right one) still gives.
pub const WRONG_WEIGHT: f64 = 0.3;
/// The exponent k of the spacing effect `1 − R^k`.
pub const SPACING_EXPONENT: i32 = 5;
/// How far ahead true mastery looks, ms.
pub const HORIZON_MS: i64 = DAY_MS;

/// A learner under the forgetting-curve model.
#[derive(Debug, Clone)]
pub struct MemoryLearner {
    strength: Vec<f64>,
    last_ms: Vec<i64>,
    /// Strength after the first practice, days.
    pub initial: f64,
    /// Spacing gain.
    pub gain: f64,
    /// Massed-repetition gain, days.
    pub massed: f64,
    /// Forgetting speed (1 = normal).
    pub speed: f64,
}

impl MemoryLearner {
    /// The learner with this profile, at `start_ms`.
    pub fn new(catalog: &Catalog, profile: &Profile, start_ms: i64) -> MemoryLearner {
        let (initial, gain, massed, speed) = match profile.kind {
            LearnerKind::Fast => (1.0, 2.0, 0.15, 1.0),
            LearnerKind::Average => (0.6, 1.5, 0.10, 1.0),
            LearnerKind::Slow => (0.35, 1.0, 0.05, 1.0),
            LearnerKind::Forgetful => (0.6, 1.5, 0.10, 2.5),
        };
        let mut strength = vec![0.0; catalog.len()];
        for &g in &profile.prior {
            strength[g] = PRIOR_STRENGTH;
        }
        MemoryLearner {
            strength,
            last_ms: vec![start_ms; catalog.len()],
            initial: initial * profile.pace,
            gain,
            massed: massed * profile.pace,
            speed,
        }
    }

    /// A skill's memory strength, days (0 when never practised).
    pub fn strength(&self, skill: usize) -> f64 {
        self.strength[skill]
    }

    /// A skill's own recall at `now_ms`.
    pub fn recall(&self, skill: usize, now_ms: i64) -> f64 {
        let s = self.strength[skill];
        if s <= 0.0 {
            return 0.0;
        }
        let days = (now_ms - self.last_ms[skill]).max(0) as f64 / DAY_MS as f64;
        (-days * self.speed / s).exp()
    }

    /// An item's recall with its parts: its own × its weakest part's.
    pub fn item_recall(&self, catalog: &Catalog, skill: usize, now_ms: i64) -> f64 {
        let facts = &catalog.skills[skill];
        let own = self.recall(skill, now_ms);
        if !has_parts(facts) || own == 0.0 {
            return own;
        }
        let weakest = facts
            .parts()
            .iter()
            .map(|&p| self.item_recall(catalog, p, now_ms))
            .fold(1.0, f64::min);
        own * weakest
    }
}

impl TrueLearner for MemoryLearner {
    fn pass_time(&mut self, _: i64, _: &mut ChaCha8Rng) {}

    fn know(&self, catalog: &Catalog, item: &SkillFacts, _: ExerciseKind, now_ms: i64) -> f64 {
        self.item_recall(catalog, item.skills[0], now_ms)
    }

    fn practise(
        &mut self,
        _: &Catalog,
        item: &SkillFacts,
        correct: bool,
        now_ms: i64,
        _: &mut ChaCha8Rng,
    ) {
        for (i, &s) in item.skills.iter().enumerate() {
            let before = self.strength[s];
            let recall = self.recall(s, now_ms);
            // A wrong answer weakens the gain of the item's own skill; a part that was well
            // recalled was probably retrieved all the same (the word failed, not its letter).
            let weight = match (correct, i) {
                (true, _) => 1.0,
                (false, 0) => WRONG_WEIGHT,
                (false, _) => WRONG_WEIGHT + (1.0 - WRONG_WEIGHT) * recall,
            };
            self.strength[s] = if before <= 0.0 {
                self.initial
            } else {
                let spacing = 1.0 - recall.powi(SPACING_EXPONENT);
                (before * (1.0 + self.gain * spacing * weight) + self.massed).min(MAX_STRENGTH)
            };
            self.last_ms[s] = now_ms;
        }
    }

    fn mastered(&self, catalog: &Catalog, skill: usize, now_ms: i64) -> bool {
        self.item_recall(catalog, skill, now_ms + HORIZON_MS) >= MASTERY
    }
}
