//! Passage reading scored after the fact: oral reading fluency from the facilitator's marks, and
//! comprehension over the questions the learner could be asked.

use super::{GridScore, check_last_item, check_position, tally};
use crate::error::{Error, Result};

/// Oral reading fluency (words correct per minute) for a passage of `passage_words` words:
/// `last_word_read` is the bracketed last word (0 = none), `incorrect_words` the 1-based
/// positions marked wrong (repeats count once, positions after the last word are ignored),
/// `used_ms` the time on the clock (clamped to `limit_ms`; negative means the clock went
/// backwards). Same rules as a grid: the rate is adjusted for time remaining only when the
/// learner read to the end before the limit.
///
/// EGRA's first-line early stop needs the passage's line breaks; a live run with it is a
/// [`super::GridRun`] of kind `OralReading` with the first line's length as its autostop.
pub fn oral_reading(
    passage_words: usize,
    last_word_read: usize,
    incorrect_words: &[usize],
    used_ms: i64,
    limit_ms: i64,
) -> Result<GridScore> {
    if passage_words == 0 {
        return Err(Error::InvalidInput(
            "a passage needs at least one word".into(),
        ));
    }
    if limit_ms <= 0 {
        return Err(Error::InvalidInput(format!(
            "the time limit must be positive, not {limit_ms} ms"
        )));
    }
    if used_ms < 0 {
        return Err(Error::InvalidInput(format!(
            "{used_ms} ms used: the clock went backwards"
        )));
    }
    let used = used_ms.min(limit_ms);
    check_last_item(last_word_read, passage_words, used)?;
    let mut wrong = vec![false; passage_words];
    for &position in incorrect_words {
        check_position(position, passage_words)?;
        if let Some(slot) = wrong.get_mut(position - 1) {
            *slot = true;
        }
    }
    let incorrect = wrong.iter().take(last_word_read).filter(|&&w| w).count();
    Ok(tally(
        passage_words,
        limit_ms,
        last_word_read,
        incorrect,
        used,
        None,
    ))
}

/// A comprehension score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ComprehensionScore {
    /// Questions answered correctly.
    pub correct: usize,
    /// Questions asked: only those on text the learner reached.
    pub asked: usize,
    /// `correct / asked`, in 0..=1; 0 when nothing was asked (a learner who read nothing
    /// could be asked nothing; `asked == 0` tells that apart from all wrong).
    pub share: f64,
}

/// Scores comprehension as correct out of the questions asked.
pub fn comprehension(correct: usize, asked: usize) -> Result<ComprehensionScore> {
    if correct > asked {
        return Err(Error::InvalidInput(format!(
            "{correct} correct answers out of {asked} questions asked"
        )));
    }
    let share = if asked == 0 {
        0.0
    } else {
        correct as f64 / asked as f64
    };
    Ok(ComprehensionScore {
        correct,
        asked,
        share,
    })
}

/// How many questions may be asked: those whose answer lies in text the learner reached.
/// `question_ends` holds, per question, the 1-based position of the last passage word it needs;
/// `last_word_read` is the bracketed last word.
pub fn questions_reached(question_ends: &[usize], last_word_read: usize) -> usize {
    question_ends
        .iter()
        .filter(|&&end| end <= last_word_read)
        .count()
}
