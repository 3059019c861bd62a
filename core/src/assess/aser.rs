//! ASER-style reading levels: beginner, letter, word, paragraph, story.
//!
//! ASER's tool is given top-down: the learner tries the paragraph; if they read it they try the
//! story, otherwise they go down to words, and failing those to letters. So the level is the
//! highest one passed, the story counts only after the paragraph was passed, and the word
//! level does not need the letters (they are not given to a learner who reads words).

use crate::error::{Error, Result};

/// The most mistakes a learner may make and still pass the paragraph or the story.
pub const ASER_MAX_MISTAKES: usize = 3;

/// An ASER reading level, lowest first (so levels compare with `<`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AserLevel {
    /// Cannot yet recognise 4 of 5 letters.
    Beginner,
    /// Recognises letters (at least 4 of 5).
    Letter,
    /// Reads simple words (at least 4 of 5).
    Word,
    /// Reads a short paragraph with at most 3 mistakes.
    Paragraph,
    /// Reads a longer story with at most 3 mistakes.
    Story,
}

impl AserLevel {
    /// Every level, lowest first.
    pub const ALL: [AserLevel; 5] = [
        AserLevel::Beginner,
        AserLevel::Letter,
        AserLevel::Word,
        AserLevel::Paragraph,
        AserLevel::Story,
    ];

    /// The stable name stored with results.
    pub fn as_str(self) -> &'static str {
        match self {
            AserLevel::Beginner => "beginner",
            AserLevel::Letter => "letter",
            AserLevel::Word => "word",
            AserLevel::Paragraph => "paragraph",
            AserLevel::Story => "story",
        }
    }

    /// The level with this stored name.
    pub fn parse(name: &str) -> Result<AserLevel> {
        AserLevel::ALL
            .into_iter()
            .find(|l| l.as_str() == name)
            .ok_or_else(|| {
                Error::InvalidInput(format!(
                    "unknown ASER level {name:?} (beginner, letter, word, paragraph or story)"
                ))
            })
    }
}

/// What the facilitator recorded on an ASER probe. A part not given is 0 shown or `None`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AserProbe {
    /// Letters shown (ASER: the learner picks 5).
    pub letters_shown: usize,
    /// Letters recognised.
    pub letters_right: usize,
    /// Words shown (ASER: 5).
    pub words_shown: usize,
    /// Words read correctly.
    pub words_right: usize,
    /// Mistakes reading the paragraph, `None` if not given.
    pub paragraph_mistakes: Option<usize>,
    /// Mistakes reading the story, `None` if not given.
    pub story_mistakes: Option<usize>,
}

impl AserProbe {
    /// The highest level passed. Letters and words pass at 4 of 5 — generalised as at least
    /// 80 % of those shown, so 4 of 5 passes and 3 of 5 fails — and nothing shown never
    /// passes; the paragraph and story pass with at most [`ASER_MAX_MISTAKES`] mistakes.
    pub fn level(&self) -> Result<AserLevel> {
        let letters = passes_share("letters", self.letters_right, self.letters_shown)?;
        let words = passes_share("words", self.words_right, self.words_shown)?;
        let read = |mistakes: Option<usize>| mistakes.is_some_and(|m| m <= ASER_MAX_MISTAKES);
        Ok(if read(self.paragraph_mistakes) {
            if read(self.story_mistakes) {
                AserLevel::Story
            } else {
                AserLevel::Paragraph
            }
        } else if words {
            AserLevel::Word
        } else if letters {
            AserLevel::Letter
        } else {
            AserLevel::Beginner
        })
    }
}

/// Whether `right` of `shown` is at least 4 in 5; refuses more right than shown.
fn passes_share(what: &str, right: usize, shown: usize) -> Result<bool> {
    if right > shown {
        return Err(Error::InvalidInput(format!(
            "{right} {what} right out of {shown} shown"
        )));
    }
    // Integer form of right / shown ≥ 4 / 5, exact at the boundary.
    Ok(shown > 0 && right.saturating_mul(5) >= shown.saturating_mul(4))
}
