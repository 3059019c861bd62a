//! BKT-style ground truth: every skill is either learned or not.
//!
//! - **Answer.** From knowledge (`know`) with probability 1 − slip when the item's own skill
//!   and all its parts' skills are learned, else 0; so a right answer has probability
//!   1 − slip·(1 − guess) when everything is learned, else the guess probability.
//! - **Practice.** Every exercise gives each of the item's skills (its own and its parts') that
//!   is not learned one chance, with the learner's learn rate, to become learned — whether the
//!   answer was right or not (the learner sees the right answer).
//! - **Time.** Forgetful learners un-learn: each learned skill is lost with probability
//!   [`FORGET_PER_DAY`] per day without regard to practice (1 − (1 − f)^days over a gap);
//!   other learners do not forget.
//! - **True mastery.** The skill and all its parts are learned (then `know` = 1 − slip ≥ 0.9,
//!   since slip ≤ 0.1).
//!
//! | kind | learn rate (× pace) | slip |
//! | --- | --- | --- |
//! | fast | 0.30 | 0.05 |
//! | average | 0.18 | 0.08 |
//! | slow | 0.09 | 0.10 |
//! | forgetful | 0.18 | 0.08 |
//!
//! The learn rate is clamped to 0.02–0.6. These are in the range BKT fits on tutoring data
//! (P(T) 0.05–0.3, slip 0.05–0.1); graphemes learned beforehand start learned.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::{DAY_MS, LearnerKind, MASTERY, Profile, TrueLearner};
use crate::catalog::{Catalog, SkillFacts};
use kusoma_core::exercise::ExerciseKind;

/// Per-day probability that a forgetful learner loses a learned skill.
pub const FORGET_PER_DAY: f64 = 0.03;

/// A BKT-style learner.
#[derive(Debug, Clone)]
pub struct BktLearner {
    learned: Vec<bool>,
    /// Chance per practice that a skill becomes learned.
    pub learn: f64,
    /// Chance of a wrong answer despite knowing.
    pub slip: f64,
    /// Chance per day of losing a learned skill.
    pub forget_per_day: f64,
    clock_ms: i64,
}

impl BktLearner {
    /// The learner with this profile, at `start_ms`.
    pub fn new(catalog: &Catalog, profile: &Profile, start_ms: i64) -> BktLearner {
        let (learn, slip, forget_per_day) = match profile.kind {
            LearnerKind::Fast => (0.30, 0.05, 0.0),
            LearnerKind::Average => (0.18, 0.08, 0.0),
            LearnerKind::Slow => (0.09, 0.10, 0.0),
            LearnerKind::Forgetful => (0.18, 0.08, FORGET_PER_DAY),
        };
        let mut learned = vec![false; catalog.len()];
        for &g in &profile.prior {
            learned[g] = true;
        }
        BktLearner {
            learned,
            learn: (learn * profile.pace).clamp(0.02, 0.6),
            slip,
            forget_per_day,
            clock_ms: start_ms,
        }
    }

    /// Whether a skill is in the learned state.
    pub fn learned(&self, skill: usize) -> bool {
        self.learned[skill]
    }

    fn all_learned(&self, skills: &[usize]) -> bool {
        skills.iter().all(|&s| self.learned[s])
    }
}

impl TrueLearner for BktLearner {
    fn pass_time(&mut self, now_ms: i64, rng: &mut ChaCha8Rng) {
        if now_ms <= self.clock_ms {
            return;
        }
        let days = (now_ms - self.clock_ms) as f64 / DAY_MS as f64;
        self.clock_ms = now_ms;
        if self.forget_per_day <= 0.0 {
            return;
        }
        let lose = 1.0 - (1.0 - self.forget_per_day).powf(days);
        for learned in &mut self.learned {
            if *learned && rng.random_bool(lose) {
                *learned = false;
            }
        }
    }

    fn know(&self, _: &Catalog, item: &SkillFacts, _: ExerciseKind, _: i64) -> f64 {
        if self.all_learned(&item.skills) {
            1.0 - self.slip
        } else {
            0.0
        }
    }

    fn practise(
        &mut self,
        _: &Catalog,
        item: &SkillFacts,
        _correct: bool,
        _now_ms: i64,
        rng: &mut ChaCha8Rng,
    ) {
        for &s in &item.skills {
            if !self.learned[s] && rng.random_bool(self.learn) {
                self.learned[s] = true;
            }
        }
    }

    fn mastered(&self, catalog: &Catalog, skill: usize, _: i64) -> bool {
        self.all_learned(&catalog.skills[skill].skills) && 1.0 - self.slip >= MASTERY
    }
}
