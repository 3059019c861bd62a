//! Parameters learned from the learner's own answers: her letter-learning rate and slip rate,
//! shrunk towards the pack's values.
//!
//! Learners differ several-fold in how fast they learn letters, and one set of knowledge-tracing
//! parameters for everyone over-credits the slow and holds back the fast. So each learner's
//! letters use their own `learn` and `slip`, estimated online from her direct answers to
//! letters by expected counts — the E-step of EM (as pyBKT fits them), one answer at a time, so
//! that replaying the log (`kusoma rebuild`) gives the same estimate bit for bit:
//!
//! - **slip**: expected wrong answers while learned over expected answers while learned:
//!   `Σ P(L | wrong) / Σ P(L | answer)`;
//! - **learn**: expected transitions over chances to learn. Before answer t the skill was
//!   unlearned after answer t − 1 with probability `1 − q`, where `q` is that answer's
//!   posterior; the transition happened with probability `(1 − q)·λ·P(answer | L) / P(answer)`.
//!
//! Only a letter's first answer in each sitting is counted (the engine's caller decides; see
//! `Engine::observe`). Within a sitting a letter seen a minute ago is answered from short-term
//! memory: counting those answers would call a learner fast who only repeats well, and
//! mastering her letters sooner is then exactly wrong (measured: docs/benchmarks.md). Between
//! sittings, the transitions and slips are those of what she keeps; under a model without
//! forgetting they are as informative as any other answers.
//!
//! Each estimate is a Beta posterior mean whose prior is the pack's value worth
//! [`PRIOR_CHANCES`] (learn) or [`PRIOR_ANSWERS`] (slip) observations, so a new learner starts
//! at the pack's values and moves away only as her answers say; both are kept within bounds.
//! The guess rate is not fitted: for a tap it is floored at 1/k anyway. FSRS's parameters are
//! not fitted either: its optimizer needs hundreds of reviews per learner, and on short logs it
//! returns the defaults (or worse, overfits); a phone sees a few dozen letter reviews a month.

use super::bkt::BktParams;
pub use crate::model::LetterFit;

/// The pack's learn rate counts as this many chances to learn.
pub const PRIOR_CHANCES: f64 = 8.0;
/// The pack's slip rate counts as this many answers while learned.
pub const PRIOR_ANSWERS: f64 = 20.0;
/// Bounds of a fitted learn rate.
pub const LEARN_BOUNDS: (f64, f64) = (0.03, 0.6);
/// Bounds of a fitted slip rate.
pub const SLIP_BOUNDS: (f64, f64) = (0.02, 0.3);

impl LetterFit {
    /// The pack's letter parameters with this learner's learn and slip laid over them.
    pub fn apply(&self, pack: BktParams) -> BktParams {
        let learn = (pack.learn * PRIOR_CHANCES + self.learned) / (PRIOR_CHANCES + self.chances);
        let slip = (pack.slip * PRIOR_ANSWERS + self.slips) / (PRIOR_ANSWERS + self.answers);
        BktParams {
            learn: learn.clamp(LEARN_BOUNDS.0, LEARN_BOUNDS.1),
            slip: slip.clamp(SLIP_BOUNDS.0, SLIP_BOUNDS.1),
            ..pack
        }
    }

    /// Counts a direct answer to a letter: `before` is P(learned) before it, `first` whether it
    /// was the letter's first answer (no earlier posterior to learn from), `params` the
    /// learner's parameters in use.
    pub fn count(
        &mut self,
        params: &BktParams,
        before: f64,
        first: bool,
        correct: bool,
        choices: usize,
    ) {
        let guess = params.guess_for(choices);
        let (if_learned, if_not) = if correct {
            (1.0 - params.slip, guess)
        } else {
            (params.slip, 1.0 - guess)
        };
        let evidence = before * if_learned + (1.0 - before) * if_not;
        if evidence <= 0.0 {
            return;
        }
        let posterior = before * if_learned / evidence;
        self.answers += posterior;
        if !correct {
            self.slips += posterior;
        }
        if !first && params.learn < 1.0 {
            // `before` = q + (1 − q)·λ: the mass still unlearned after the last answer.
            let unlearned = ((1.0 - before) / (1.0 - params.learn)).clamp(0.0, 1.0);
            self.chances += unlearned;
            self.learned += unlearned * params.learn * if_learned / evidence;
        }
    }
}

#[cfg(test)]
mod tests {
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;

    use super::*;

    const PACK: BktParams = BktParams::GRAPHEME;

    /// A learner with true learn rate `learn` answers `letters` letters until each has been
    /// right three times in a row; returns her fitted parameters.
    fn fitted(learn: f64, slip: f64, letters: usize, seed: u64) -> BktParams {
        let mut rng = ChaCha8Rng::seed_from_u64(seed);
        let mut fit = LetterFit::default();
        for _ in 0..letters {
            let mut known = false;
            let mut p = PACK.prior;
            let mut streak = 0;
            let mut first = true;
            while streak < 3 {
                let params = fit.apply(PACK);
                let correct = if known {
                    !rng.random_bool(slip)
                } else {
                    rng.random_bool(1.0 / 3.0)
                };
                fit.count(&params, p, first, correct, 3);
                p = params.step(p, correct, 3).1;
                first = false;
                streak = if correct { streak + 1 } else { 0 };
                known = known || rng.random_bool(learn);
            }
        }
        fit.apply(PACK)
    }

    #[test]
    fn a_new_learner_starts_at_the_packs_values() {
        assert_eq!(LetterFit::default().apply(PACK), PACK);
    }

    #[test]
    fn a_fast_and_a_slow_learner_move_apart_from_the_packs_rate() {
        let fast = fitted(0.45, 0.05, 30, 1);
        let slow = fitted(0.08, 0.05, 30, 1);
        assert!(fast.learn > PACK.learn, "{fast:?}");
        assert!(slow.learn < PACK.learn, "{slow:?}");
        assert!(fast.learn > 2.0 * slow.learn, "{fast:?} {slow:?}");
    }

    #[test]
    fn a_careless_learner_gets_a_higher_slip() {
        let careful = fitted(0.3, 0.02, 40, 2);
        let careless = fitted(0.3, 0.25, 40, 2);
        assert!(careless.slip > careful.slip, "{careful:?} {careless:?}");
        assert!(careless.slip <= SLIP_BOUNDS.1 && careful.slip >= SLIP_BOUNDS.0);
    }
}
