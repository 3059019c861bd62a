//! The BKT parameters of a skill as a pack gives them: the defaults per skill kind and a
//! pack's overrides laid over them. The model's arithmetic on them is the engine's
//! (`engine/bkt.rs`); the type sits here so that a pack can name its defaults without
//! depending on the engine.

use super::model::BktOverride;

/// The four (five) BKT parameters of a skill.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BktParams {
    /// P(learned) before the first answer.
    pub prior: f64,
    /// P(not learned → learned) after an answer.
    pub learn: f64,
    /// P(right | not learned).
    pub guess: f64,
    /// P(wrong | learned).
    pub slip: f64,
    /// P(learned → not learned) after an answer.
    pub forget: f64,
}

impl BktParams {
    /// Defaults for a grapheme–sound link: few adults know letters they were never taught.
    pub const GRAPHEME: BktParams = BktParams {
        prior: 0.1,
        learn: 0.2,
        guess: 0.2,
        slip: 0.1,
        forget: 0.0,
    };
    /// Defaults for a word (learned faster once its letters are known).
    pub const WORD: BktParams = BktParams {
        prior: 0.1,
        learn: 0.25,
        guess: 0.2,
        slip: 0.1,
        forget: 0.0,
    };
    /// Defaults for a sentence.
    pub const SENTENCE: BktParams = BktParams {
        prior: 0.1,
        learn: 0.3,
        guess: 0.2,
        slip: 0.1,
        forget: 0.0,
    };

    /// These parameters with a pack's overrides laid over them.
    pub fn overridden(self, by: &BktOverride) -> BktParams {
        BktParams {
            prior: by.prior.unwrap_or(self.prior),
            learn: by.learn.unwrap_or(self.learn),
            guess: by.guess.unwrap_or(self.guess),
            slip: by.slip.unwrap_or(self.slip),
            forget: by.forget.unwrap_or(self.forget),
        }
    }
}
