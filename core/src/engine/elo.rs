//! Layer 2, difficulty: an Elo-style ability per learner and difficulty per (item, kind), on one
//! logit scale, P(right) = σ(ability − difficulty). The step size shrinks as evidence grows
//! (large while little is known, as in Glicko): a new learner or item moves quickly, a well
//! known one barely.

use crate::model::Estimate;

/// Largest step, for an estimate with no evidence yet.
const STEP_MAX: f64 = 0.6;
/// Smallest step, however much evidence.
const STEP_MIN: f64 = 0.05;
/// Evidence at which the step has halved.
const HALF_AT: f64 = 10.0;

/// The logistic function.
pub fn sigmoid(x: f64) -> f64 {
    1.0 / (1.0 + (-x).exp())
}

/// P(right) for this ability against this difficulty.
pub fn p_success(ability: f64, difficulty: f64) -> f64 {
    sigmoid(ability - difficulty)
}

/// The step size for an estimate shaped by `count` observations.
pub fn step(count: u32) -> f64 {
    (STEP_MAX / (1.0 + f64::from(count) / HALF_AT)).max(STEP_MIN)
}

/// Moves the learner's ability and the item's difficulty towards an answer.
pub fn update(ability: &mut Estimate, difficulty: &mut Estimate, correct: bool) {
    let surprise = f64::from(u8::from(correct)) - p_success(ability.value, difficulty.value);
    ability.value += step(ability.count) * surprise;
    difficulty.value -= step(difficulty.count) * surprise;
    ability.count = ability.count.saturating_add(1);
    difficulty.count = difficulty.count.saturating_add(1);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_right_answer_raises_ability_and_lowers_difficulty_less_as_evidence_grows() {
        let (mut a, mut d) = (Estimate::default(), Estimate::default());
        update(&mut a, &mut d, true);
        assert!((a.value - 0.3).abs() < 1e-12 && (d.value + 0.3).abs() < 1e-12);
        let first_step = a.value;
        let mut seasoned = Estimate {
            value: 0.0,
            count: 200,
        };
        let mut item = Estimate {
            value: 0.0,
            count: 200,
        };
        update(&mut seasoned, &mut item, true);
        assert!(seasoned.value < first_step / 5.0, "{}", seasoned.value);
        assert!(step(10_000) >= STEP_MIN);
    }

    #[test]
    fn estimates_converge_on_a_consistent_learner() {
        // A learner who is right 80 % of the time on an item ends near σ⁻¹(0.8) apart.
        let (mut a, mut d) = (Estimate::default(), Estimate::default());
        for i in 0..2000 {
            update(&mut a, &mut d, i % 5 != 0);
        }
        assert!(
            (p_success(a.value, d.value) - 0.8).abs() < 0.1,
            "{}",
            p_success(a.value, d.value)
        );
    }
}
