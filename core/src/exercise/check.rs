//! Checking an answer against the expected one: choices by index, spellings by text after NFC
//! normalization, compared by extended grapheme clusters.

use super::build::Expected;
use super::{Answer, Exercise};
use crate::error::{Error, Result};
use crate::text;

/// The result of checking an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    /// Whether it was right.
    pub correct: bool,
    /// What the learner gave, as text (stored with the attempt).
    pub given: String,
    /// For a wrong spelling, the 0-based index of the first grapheme cluster that differs.
    pub first_difference: Option<usize>,
}

/// Checks `answer` for `exercise`. An index outside the choices is an error, not a wrong answer:
/// it means the shell and the core disagree.
pub fn check(exercise: &Exercise, expected: &Expected, answer: &Answer) -> Result<Outcome> {
    let choice_text = |i: u32| -> Result<String> {
        let media = exercise.choices.get(i as usize).ok_or_else(|| {
            Error::InvalidInput(format!("choice {} does not exist; there are {} choices", i + 1, exercise.choices.len()))
        })?;
        Ok(media.text.clone().or_else(|| media.speak.clone()).unwrap_or_default())
    };
    match (expected, answer) {
        (Expected::Choice(right), Answer::Choice(i)) => {
            let given = choice_text(*i)?;
            Ok(Outcome { correct: *i as usize == *right, given, first_difference: None })
        }
        (Expected::Choice(right), Answer::Text(typed)) => {
            let right_text = choice_text(u32::try_from(*right).unwrap_or(u32::MAX))?;
            Ok(Outcome { correct: text::same_text(typed, &right_text), given: typed.clone(), first_difference: None })
        }
        (Expected::Spelling(word), Answer::Tiles(order)) => {
            let mut built = String::new();
            for (n, &i) in order.iter().enumerate() {
                if order[..n].contains(&i) {
                    return Err(Error::InvalidInput(format!("tile {} is used twice", i + 1)));
                }
                built.push_str(&choice_text(i)?);
            }
            spelled(built, word)
        }
        (Expected::Spelling(word), Answer::Text(typed)) => spelled(typed.clone(), word),
        (Expected::Choice(_), Answer::Tiles(_)) => Err(Error::InvalidInput("this exercise takes one choice, not tiles".into())),
        (Expected::Spelling(_), Answer::Choice(_)) => Err(Error::InvalidInput("this exercise takes tiles in order, not one choice".into())),
    }
}

fn spelled(given: String, word: &str) -> Result<Outcome> {
    let first_difference = text::first_difference(&given, word);
    Ok(Outcome { correct: first_difference.is_none(), given, first_difference })
}
