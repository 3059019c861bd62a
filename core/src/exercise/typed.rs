//! Reading what a learner typed as an answer, the same way in every shell that has a keyboard:
//! choice numbers and tile orders in the digits of her own script (Western 0-9, Arabic-Indic
//! ٠-٩, Extended Arabic-Indic ۰-۹ as typed in Persian and Urdu keyboards, Devanagari ०-९),
//! tiles typed without spaces when that cannot be misread, and text matched against the choices.

use super::{Answer, AnswerMode, Exercise};
use crate::text;

/// What a typed line means for an exercise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Typed {
    /// An answer to check.
    Answer(Answer),
    /// A number outside the choices or tiles (1 to `max`): ask again.
    OutOfRange {
        /// The highest number there is.
        max: usize,
    },
    /// A tile given twice (its 1-based number): ask again, saying so.
    RepeatedTile(usize),
    /// Text that is none of the choices of a tap-one exercise: ask again rather than mark it
    /// wrong (a slip of the keyboard is not a reading error).
    NoSuchChoice,
    /// Nothing but spaces.
    Empty,
}

/// The value of a decimal digit in any of the scripts a learner may type in.
pub fn digit_value(c: char) -> Option<u32> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{0660}'..='\u{0669}' => '\u{0660}', // Arabic-Indic
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}', // Extended Arabic-Indic
        '\u{0966}'..='\u{096F}' => '\u{0966}', // Devanagari
        _ => return None,
    };
    Some(c as u32 - zero as u32)
}

/// A whole number written in digits of any one or more of those scripts; `None` when the text
/// has anything else, or more digits than any choice number needs.
pub fn parse_number(s: &str) -> Option<usize> {
    let digits: Vec<u32> = s.chars().map(digit_value).collect::<Option<_>>()?;
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    Some(digits.iter().fold(0, |n, &d| n * 10 + d as usize))
}

/// Reads `line` as an answer to `exercise`.
pub fn read_typed(exercise: &Exercise, line: &str) -> Typed {
    let line = line.trim();
    if line.is_empty() {
        return Typed::Empty;
    }
    let max = exercise.choices.len();
    match exercise.mode {
        AnswerMode::TapOne => {
            if let Some(n) = parse_number(line) {
                return if (1..=max).contains(&n) {
                    Typed::Answer(Answer::Choice((n - 1) as u32))
                } else {
                    Typed::OutOfRange { max }
                };
            }
            // Typed text counts as the choice it spells; anything else is asked again.
            match exercise.choices.iter().position(|c| {
                c.text
                    .as_deref()
                    .is_some_and(|t| same(line, t, exercise.ignore_case))
            }) {
                Some(i) => Typed::Answer(Answer::Choice(i as u32)),
                None => Typed::NoSuchChoice,
            }
        }
        AnswerMode::OrderTiles => {
            let tokens: Vec<&str> = line
                .split(|c: char| c.is_whitespace() || c == ',' || c == '\u{060C}')
                .filter(|t| !t.is_empty())
                .collect();
            let numbers: Option<Vec<usize>> = match tokens.as_slice() {
                // "2154" with nine tiles or fewer can only mean 2, 1, 5, 4.
                [one] if max <= 9 && one.chars().count() > 1 => one
                    .chars()
                    .map(|c| digit_value(c).map(|d| d as usize))
                    .collect(),
                _ => tokens.iter().map(|t| parse_number(t)).collect(),
            };
            let Some(numbers) = numbers else {
                // Not numbers: the word typed out, checked as a spelling.
                return Typed::Answer(Answer::Text(line.to_owned()));
            };
            if numbers.iter().any(|n| !(1..=max).contains(n)) {
                return Typed::OutOfRange { max };
            }
            for (i, n) in numbers.iter().enumerate() {
                if numbers[..i].contains(n) {
                    return Typed::RepeatedTile(*n);
                }
            }
            Typed::Answer(Answer::Tiles(
                numbers.iter().map(|&n| (n - 1) as u32).collect(),
            ))
        }
    }
}

/// Whether two texts are the same to a reader, folding case when the pack says case does not
/// matter.
pub(crate) fn same(given: &str, expected: &str, ignore_case: bool) -> bool {
    if ignore_case {
        text::same_text(&given.to_lowercase(), &expected.to_lowercase())
    } else {
        text::same_text(given, expected)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise(choices: &[&str], mode: AnswerMode, ignore_case: bool) -> Exercise {
        Exercise {
            ignore_case,
            ..crate::exercise::check::tests::exercise(choices, mode)
        }
    }

    #[test]
    fn choice_numbers_in_every_scripts_digits() {
        let ex = exercise(&["a", "b", "c"], AnswerMode::TapOne, false);
        for two in ["2", "٢", "۲", "२", " 2 "] {
            assert_eq!(
                read_typed(&ex, two),
                Typed::Answer(Answer::Choice(1)),
                "{two}"
            );
        }
        for out in ["0", "٤", "४", "10"] {
            assert_eq!(read_typed(&ex, out), Typed::OutOfRange { max: 3 }, "{out}");
        }
        assert_eq!(read_typed(&ex, "   "), Typed::Empty);
    }

    #[test]
    fn text_is_the_choice_it_spells_or_is_asked_again() {
        let ex = exercise(&["m", "n"], AnswerMode::TapOne, false);
        assert_eq!(read_typed(&ex, "n"), Typed::Answer(Answer::Choice(1)));
        assert_eq!(read_typed(&ex, "x"), Typed::NoSuchChoice);
        // Case matters unless the pack says it does not.
        assert_eq!(read_typed(&ex, "M"), Typed::NoSuchChoice);
        let ex = exercise(&["m", "n"], AnswerMode::TapOne, true);
        assert_eq!(read_typed(&ex, "M"), Typed::Answer(Answer::Choice(0)));
    }

    #[test]
    fn tiles_with_or_without_spaces_in_any_digits_and_a_repeat_named() {
        let ex = exercise(&["a", "b", "c", "d", "e"], AnswerMode::OrderTiles, false);
        let order = Typed::Answer(Answer::Tiles(vec![1, 0, 4, 3]));
        for typed in [
            "2 1 5 4",
            "2154",
            "٢١٥٤",
            "२ १ ५ ४",
            "2,1,5,4",
            "۲۱۵۴",
            "٢،١،٥،٤",
        ] {
            assert_eq!(read_typed(&ex, typed), order, "{typed}");
        }
        assert_eq!(read_typed(&ex, "2 1 2"), Typed::RepeatedTile(2));
        assert_eq!(read_typed(&ex, "212"), Typed::RepeatedTile(2));
        assert_eq!(read_typed(&ex, "2 6"), Typed::OutOfRange { max: 5 });
        assert_eq!(
            read_typed(&ex, "bad"),
            Typed::Answer(Answer::Text("bad".into()))
        );
        // With ten tiles or more "12" is tile twelve, never 1 then 2.
        let many: Vec<String> = (0..12).map(|i| i.to_string()).collect();
        let many: Vec<&str> = many.iter().map(String::as_str).collect();
        let ex = exercise(&many, AnswerMode::OrderTiles, false);
        assert_eq!(
            read_typed(&ex, "12"),
            Typed::Answer(Answer::Tiles(vec![11]))
        );
    }
}
