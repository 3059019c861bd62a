//! Layer 3, retention: the FSRS-6 memory model with its published default parameters.
//!
//! Written from the FSRS-6 formulas as py-fsrs 6 implements them (`tests/parity` compares the two
//! on random review histories): whole days elapsed decide between the same-day (short-term) and
//! the long-term stability update, stability is at least 0.001 and difficulty is kept in 1–10.
//! The `fsrs` crate is not used: it brings a machine-learning framework into a phone library.

use crate::clock::DAY_MS;
use crate::model::Memory;

/// FSRS-6's default parameters w0…w20.
pub const DEFAULT_PARAMETERS: [f64; 21] = [
    0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, 1.4835,
    0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
];

const STABILITY_MIN: f64 = 0.001;

/// How a review went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rating {
    /// Forgotten: a wrong answer.
    Again = 1,
    /// Remembered with effort: right but slow.
    Hard = 2,
    /// Remembered: right.
    Good = 3,
    /// Remembered easily (unused by Kusoma's answers, kept for parity).
    Easy = 4,
}

/// The FSRS-6 scheduler's formulas.
#[derive(Debug, Clone)]
pub struct Fsrs {
    w: [f64; 21],
    decay: f64,
    factor: f64,
}

impl Default for Fsrs {
    fn default() -> Self {
        Fsrs::new(DEFAULT_PARAMETERS)
    }
}

impl Fsrs {
    /// A scheduler with these parameters.
    pub fn new(w: [f64; 21]) -> Self {
        let decay = -w[20];
        Fsrs {
            w,
            decay,
            factor: 0.9f64.powf(1.0 / decay) - 1.0,
        }
    }

    /// Whole days between two times, as FSRS counts them (rounded down).
    pub fn elapsed_days(from_ms: i64, to_ms: i64) -> i64 {
        (to_ms - from_ms).div_euclid(DAY_MS)
    }

    /// Probability of recall after `elapsed_days` at stability `stability`.
    pub fn retrievability_after(&self, elapsed_days: f64, stability: f64) -> f64 {
        (1.0 + self.factor * elapsed_days.max(0.0) / stability).powf(self.decay)
    }

    /// Probability of recall of `memory` at `now_ms`.
    pub fn retrievability(&self, memory: &Memory, now_ms: i64) -> f64 {
        self.retrievability_after(
            Self::elapsed_days(memory.last_review_ms, now_ms) as f64,
            memory.stability,
        )
    }

    /// Whether `memory` is due at `now_ms`: its recall probability has fallen below
    /// `retention`. Cheaper than computing the probability: the interval is linear in stability.
    pub fn is_due(&self, memory: &Memory, now_ms: i64, retention: f64) -> bool {
        self.is_due_scaled(memory, now_ms, self.interval_scale(retention))
    }

    /// [`Fsrs::is_due`] with the retention's part of the interval computed once
    /// ([`Fsrs::interval_scale`]): a planner asking of thousands of memories pays one `powf`,
    /// not one each, and gets the same answers bit for bit.
    pub fn is_due_scaled(&self, memory: &Memory, now_ms: i64, scale: f64) -> bool {
        let elapsed = Self::elapsed_days(memory.last_review_ms, now_ms) as f64;
        elapsed > memory.stability / self.factor * scale
    }

    /// The factor of the interval that depends on `retention` alone.
    pub fn interval_scale(&self, retention: f64) -> f64 {
        retention.powf(1.0 / self.decay) - 1.0
    }

    /// Days until recall probability falls to `retention`.
    pub fn interval_days(&self, stability: f64, retention: f64) -> f64 {
        stability / self.factor * self.interval_scale(retention)
    }

    /// The memory after a review at `now_ms` (the first review when `memory` is `None`).
    pub fn review(&self, memory: Option<Memory>, rating: Rating, now_ms: i64) -> Memory {
        let Some(m) = memory else {
            return Memory {
                stability: self.initial_stability(rating),
                difficulty: self.initial_difficulty(rating).clamp(1.0, 10.0),
                last_review_ms: now_ms,
                lapses: 0,
            };
        };
        let days = Self::elapsed_days(m.last_review_ms, now_ms);
        let stability = if days < 1 {
            self.short_term_stability(m.stability, rating)
        } else {
            let r = self.retrievability_after(days as f64, m.stability);
            self.next_stability(m.difficulty, m.stability, r, rating)
        };
        Memory {
            stability,
            difficulty: self.next_difficulty(m.difficulty, rating),
            last_review_ms: now_ms,
            lapses: m.lapses + u32::from(rating == Rating::Again),
        }
    }

    fn initial_stability(&self, rating: Rating) -> f64 {
        self.w[rating as usize - 1].max(STABILITY_MIN)
    }

    fn initial_difficulty(&self, rating: Rating) -> f64 {
        self.w[4] - (self.w[5] * (rating as i32 - 1) as f64).exp() + 1.0
    }

    fn short_term_stability(&self, stability: f64, rating: Rating) -> f64 {
        let mut increase = (self.w[17] * (rating as i32 as f64 - 3.0 + self.w[18])).exp()
            * stability.powf(-self.w[19]);
        if rating != Rating::Again {
            increase = increase.max(1.0);
        }
        (stability * increase).max(STABILITY_MIN)
    }

    fn next_difficulty(&self, difficulty: f64, rating: Rating) -> f64 {
        let delta = -(self.w[6] * (rating as i32 as f64 - 3.0));
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        let easy = self.initial_difficulty(Rating::Easy);
        (self.w[7] * easy + (1.0 - self.w[7]) * damped).clamp(1.0, 10.0)
    }

    fn next_stability(&self, difficulty: f64, stability: f64, r: f64, rating: Rating) -> f64 {
        let next = if rating == Rating::Again {
            let long = self.w[11]
                * difficulty.powf(-self.w[12])
                * ((stability + 1.0).powf(self.w[13]) - 1.0)
                * ((1.0 - r) * self.w[14]).exp();
            let short = stability / (self.w[17] * self.w[18]).exp();
            long.min(short)
        } else {
            let hard = if rating == Rating::Hard {
                self.w[15]
            } else {
                1.0
            };
            let easy = if rating == Rating::Easy {
                self.w[16]
            } else {
                1.0
            };
            stability
                * (1.0
                    + self.w[8].exp()
                        * (11.0 - difficulty)
                        * stability.powf(-self.w[9])
                        * (((1.0 - r) * self.w[10]).exp() - 1.0)
                        * hard
                        * easy)
        };
        next.max(STABILITY_MIN)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = DAY_MS;

    #[test]
    fn first_reviews_use_the_initial_parameters() {
        let f = Fsrs::default();
        let good = f.review(None, Rating::Good, 0);
        assert_eq!(good.stability, 2.3065);
        assert!((good.difficulty - (6.4133 - (0.8334f64 * 2.0).exp() + 1.0)).abs() < 1e-12);
        assert_eq!(f.review(None, Rating::Again, 0).stability, 0.212);
    }

    #[test]
    fn retrievability_is_ninety_percent_after_one_stability() {
        let f = Fsrs::default();
        assert!((f.retrievability_after(10.0, 10.0) - 0.9).abs() < 1e-9);
        assert!((f.interval_days(10.0, 0.9) - 10.0).abs() < 1e-9);
        assert!(f.retrievability_after(30.0, 10.0) < 0.9);
    }

    #[test]
    fn spaced_success_grows_stability_and_a_lapse_shrinks_it() {
        let f = Fsrs::default();
        let m = f.review(None, Rating::Good, 0);
        let later = f.review(Some(m), Rating::Good, 3 * DAY);
        assert!(later.stability > m.stability * 2.0, "{later:?}");
        let hard = f.review(Some(m), Rating::Hard, 3 * DAY);
        assert!(hard.stability < later.stability && hard.difficulty > later.difficulty);
        let lapse = f.review(Some(later), Rating::Again, 20 * DAY);
        assert!(lapse.stability < later.stability);
        assert_eq!(lapse.lapses, 1);
        // The same day: the short-term formula, never a decrease for a success.
        let same_day = f.review(Some(m), Rating::Good, 2 * 3_600_000);
        assert!(same_day.stability >= m.stability);
    }

    #[test]
    fn elapsed_days_round_down_like_python_timedelta_days() {
        assert_eq!(Fsrs::elapsed_days(0, DAY - 1), 0);
        assert_eq!(Fsrs::elapsed_days(0, DAY), 1);
        assert_eq!(Fsrs::elapsed_days(DAY, 0), -1);
    }
}
