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
            Error::InvalidInput(format!(
                "choice {} does not exist; there are {} choices",
                i + 1,
                exercise.choices.len()
            ))
        })?;
        Ok(media
            .text
            .clone()
            .or_else(|| media.speak.clone())
            .unwrap_or_default())
    };
    match (expected, answer) {
        (Expected::Choice(right), Answer::Choice(i)) => {
            let given = choice_text(*i)?;
            Ok(Outcome {
                correct: *i as usize == *right,
                given,
                first_difference: None,
            })
        }
        (Expected::Choice(right), Answer::Text(typed)) => {
            let right_text = choice_text(u32::try_from(*right).unwrap_or(u32::MAX))?;
            Ok(Outcome {
                correct: super::typed::same(typed, &right_text, exercise.ignore_case),
                given: typed.clone(),
                first_difference: None,
            })
        }
        (Expected::Spelling(word), Answer::Tiles(order)) => {
            let mut built = String::new();
            for (n, &i) in order.iter().enumerate() {
                if order[..n].contains(&i) {
                    return Err(Error::InvalidInput(format!("tile {} is used twice", i + 1)));
                }
                built.push_str(&choice_text(i)?);
            }
            spelled(built, word, exercise.ignore_case)
        }
        (Expected::Spelling(word), Answer::Text(typed)) => {
            spelled(typed.clone(), word, exercise.ignore_case)
        }
        (Expected::Choice(_), Answer::Tiles(_)) => Err(Error::InvalidInput(
            "this exercise takes one choice, not tiles".into(),
        )),
        (Expected::Spelling(_), Answer::Choice(_)) => Err(Error::InvalidInput(
            "this exercise takes tiles in order, not one choice".into(),
        )),
    }
}

fn spelled(given: String, word: &str, ignore_case: bool) -> Result<Outcome> {
    // Case is folded only where the pack says its script's case does not matter.
    let first_difference = if ignore_case {
        text::first_difference(&given.to_lowercase(), &word.to_lowercase())
    } else {
        text::first_difference(&given, word)
    };
    Ok(Outcome {
        correct: first_difference.is_none(),
        given,
        first_difference,
    })
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::exercise::{AnswerMode, ExerciseKind, Media};
    use crate::pack::Direction;

    /// An exercise with these text choices (the typed-answer tests use it too).
    pub(crate) fn exercise(choices: &[&str], mode: AnswerMode) -> Exercise {
        Exercise {
            kind: ExerciseKind::BuildWord,
            item: "w:x".into(),
            skills: vec!["w:x".into()],
            instruction: String::new(),
            prompt: Media::default(),
            question: None,
            choices: choices
                .iter()
                .map(|c| Media {
                    text: Some((*c).into()),
                    ..Media::default()
                })
                .collect(),
            mode,
            answer_length: 1,
            direction: Direction::Ltr,
            language: "und".into(),
            ignore_case: false,
        }
    }

    #[test]
    fn a_choice_is_right_only_at_its_index() {
        let ex = exercise(&["n", "m", "b"], AnswerMode::TapOne);
        let expected = Expected::Choice(1);
        assert!(check(&ex, &expected, &Answer::Choice(1)).unwrap().correct);
        let wrong = check(&ex, &expected, &Answer::Choice(0)).unwrap();
        assert!(!wrong.correct);
        assert_eq!(wrong.given, "n");
        assert!(
            check(&ex, &expected, &Answer::Text("m".into()))
                .unwrap()
                .correct,
            "typing the answer works too"
        );
    }

    #[test]
    fn out_of_range_and_mismatched_answers_are_errors_not_wrong_answers() {
        let ex = exercise(&["n", "m"], AnswerMode::TapOne);
        assert!(matches!(
            check(&ex, &Expected::Choice(0), &Answer::Choice(2)),
            Err(Error::InvalidInput(_))
        ));
        assert!(matches!(
            check(&ex, &Expected::Choice(0), &Answer::Tiles(vec![0])),
            Err(Error::InvalidInput(_))
        ));
        let tiles = exercise(&["m", "a"], AnswerMode::OrderTiles);
        let word = Expected::Spelling("ma".into());
        assert!(matches!(
            check(&tiles, &word, &Answer::Choice(0)),
            Err(Error::InvalidInput(_))
        ));
        assert!(matches!(
            check(&tiles, &word, &Answer::Tiles(vec![0, 0])),
            Err(Error::InvalidInput(_))
        ));
        assert!(matches!(
            check(&tiles, &word, &Answer::Tiles(vec![5])),
            Err(Error::InvalidInput(_))
        ));
    }

    #[test]
    fn tiles_are_compared_as_the_text_they_spell() {
        // "mama": two identical tiles of each letter; either order of the twins is right.
        let ex = exercise(&["m", "a", "m", "a", "n"], AnswerMode::OrderTiles);
        let expected = Expected::Spelling("mama".into());
        assert!(
            check(&ex, &expected, &Answer::Tiles(vec![0, 1, 2, 3]))
                .unwrap()
                .correct
        );
        assert!(
            check(&ex, &expected, &Answer::Tiles(vec![2, 3, 0, 1]))
                .unwrap()
                .correct
        );
        let wrong = check(&ex, &expected, &Answer::Tiles(vec![0, 1, 4, 3])).unwrap();
        assert_eq!((wrong.correct, wrong.first_difference), (false, Some(2)));
    }

    #[test]
    fn typed_spellings_are_compared_after_nfc_by_grapheme_cluster() {
        let latin = exercise(&[], AnswerMode::OrderTiles);
        let cafe = Expected::Spelling("caf\u{e9}".into());
        assert!(
            check(&latin, &cafe, &Answer::Text("cafe\u{301}".into()))
                .unwrap()
                .correct
        );
        // Devanagari: कम (no vowel sign) is wrong for काम in the first cluster.
        let kaam = Expected::Spelling("काम".into());
        let wrong = check(&latin, &kaam, &Answer::Text("कम".into())).unwrap();
        assert_eq!((wrong.correct, wrong.first_difference), (false, Some(0)));
        assert!(
            check(&latin, &kaam, &Answer::Text("का\u{092e}".into()))
                .unwrap()
                .correct
        );
        // Tiles of an abugida: consonant and vowel sign are separate tiles but one cluster.
        let tiles = exercise(&["क", "ा", "म"], AnswerMode::OrderTiles);
        assert!(
            check(&tiles, &kaam, &Answer::Tiles(vec![0, 1, 2]))
                .unwrap()
                .correct
        );
        assert!(
            !check(&tiles, &kaam, &Answer::Tiles(vec![0, 2, 1]))
                .unwrap()
                .correct
        );
    }

    #[test]
    fn case_is_folded_only_where_the_pack_says_it_does_not_matter() {
        let mut ex = exercise(&["m", "a"], AnswerMode::OrderTiles);
        let expected = Expected::Spelling("mama".into());
        let typed = Answer::Text("Mama".into());
        assert!(!check(&ex, &expected, &typed).unwrap().correct);
        ex.ignore_case = true;
        assert!(check(&ex, &expected, &typed).unwrap().correct);
        let choice = Expected::Choice(0);
        assert!(
            check(&ex, &choice, &Answer::Text("M".into()))
                .unwrap()
                .correct
        );
    }
}
