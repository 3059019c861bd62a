//! Layer 1, acquisition: Bayesian Knowledge Tracing per (learner, skill).
//!
//! A skill is learned or not; an answer is right with probability 1 − slip when learned and
//! guess when not. After each answer the posterior P(learned | answer) is computed, then the
//! learner may learn (probability `learn`) or forget (probability `forget`) before the next one.
//! This is the standard model, as in pyBKT; `tests/parity` checks the two agree.

pub use crate::pack::BktParams;

impl BktParams {
    /// The guess probability for a `choices`-way exercise: never below 1/k, since picking at
    /// random succeeds that often. `choices` 0 (tiles, typing) keeps the parameter.
    pub fn guess_for(&self, choices: usize) -> f64 {
        if choices > 0 {
            self.guess.max(1.0 / choices as f64)
        } else {
            self.guess
        }
    }

    /// P(right answer) when the skill is learned with probability `p_learned`.
    pub fn p_correct(&self, p_learned: f64, choices: usize) -> f64 {
        let guess = self.guess_for(choices);
        p_learned * (1.0 - self.slip) + (1.0 - p_learned) * guess
    }

    /// P(learned) after observing an answer, before any learning.
    pub fn posterior(&self, p_learned: f64, correct: bool, choices: usize) -> f64 {
        let guess = self.guess_for(choices);
        let (if_learned, if_not) = if correct {
            (1.0 - self.slip, guess)
        } else {
            (self.slip, 1.0 - guess)
        };
        let numerator = p_learned * if_learned;
        let denominator = numerator + (1.0 - p_learned) * if_not;
        if denominator > 0.0 {
            numerator / denominator
        } else {
            p_learned
        }
    }

    /// P(learned) before the next answer, given the posterior after this one.
    pub fn transition(&self, posterior: f64) -> f64 {
        posterior * (1.0 - self.forget) + (1.0 - posterior) * self.learn
    }

    /// One answer: (predicted P(right) before it, P(learned) after it and the transition).
    pub fn step(&self, p_learned: f64, correct: bool, choices: usize) -> (f64, f64) {
        let predicted = self.p_correct(p_learned, choices);
        (
            predicted,
            self.transition(self.posterior(p_learned, correct, choices)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::mastery::MASTERY_P;

    #[test]
    fn right_answers_raise_and_wrong_answers_lower_the_estimate() {
        let p = BktParams::GRAPHEME;
        let (predicted, after_right) = p.step(p.prior, true, 3);
        assert!(
            (predicted - (0.1 * 0.9 + 0.9 * (1.0 / 3.0))).abs() < 1e-12,
            "guess floored at 1/3"
        );
        assert!(after_right > p.prior);
        let (_, after_wrong) = p.step(p.prior, false, 3);
        assert!(after_wrong < after_right);
        // Hand-worked: posterior after a right answer with guess 0.2, slip 0.1, P(L) 0.5.
        let q = BktParams {
            prior: 0.5,
            learn: 0.0,
            guess: 0.2,
            slip: 0.1,
            forget: 0.0,
        };
        assert!((q.posterior(0.5, true, 0) - 0.45 / 0.55).abs() < 1e-12);
        assert!((q.posterior(0.5, false, 0) - 0.05 / 0.45).abs() < 1e-12);
    }

    #[test]
    fn a_run_of_right_answers_reaches_mastery_and_forgetting_pulls_back() {
        let p = BktParams::GRAPHEME;
        let mut l = p.prior;
        let mut n = 0;
        while l < MASTERY_P {
            l = p.step(l, true, 3).1;
            n += 1;
        }
        assert!((3..=8).contains(&n), "{n} right answers to mastery");
        let forgetful = BktParams { forget: 0.1, ..p };
        assert!(forgetful.transition(0.99) < 0.99);
    }
}
