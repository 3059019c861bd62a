//! A pack's word lists for invented words: `blocklist.tsv` (offensive and taboo words an
//! invented word must never be or contain) and `lexicon.txt` (a larger list of real words of
//! the language, from an openly licensed dictionary, that an invented word must not equal).
//!
//! The blocklist is small and read with the pack. The lexicon can hold thousands of words, so
//! it is read only when a nonword grid is drawn or checked ([`read_lexicon`]), not every time
//! the phone opens its packs.

use std::collections::HashSet;
use std::path::Path;

use super::phonotactics::Compare;
use super::problem::{Problem, Problems};
use super::source::{MAX_TEXT_BYTES, Need, read_text};
#[cfg(feature = "source")]
use super::tsv::{Column, Table};

/// The blocklist's file name.
pub const BLOCKLIST: &str = "blocklist.tsv";
/// The lexicon's file name.
pub const LEXICON: &str = "lexicon.txt";

#[cfg(feature = "source")]
const COLUMNS: &[Column] = &[
    Column {
        name: "word",
        required: true,
    },
    Column {
        name: "match",
        required: true,
    },
    Column {
        name: "gloss",
        required: true,
    },
];

/// One blocked word.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocked {
    /// The word, in comparison form (see [`comparison_form`]).
    pub text: String,
    /// Whether an invented word that merely contains it is blocked too (`contains`), or only
    /// one equal to it (`exact`).
    pub contains: bool,
}

/// Reads `blocklist.tsv` if the pack has one.
#[cfg(feature = "source")]
pub fn read_blocklist(root: &Path, compare: Compare, problems: &mut Problems) -> Vec<Blocked> {
    let Some(text) = read_text(root, BLOCKLIST, MAX_TEXT_BYTES, Need::Optional, problems) else {
        return Vec::new();
    };
    let table = Table::parse(BLOCKLIST, &text, COLUMNS, problems);
    let mut out: Vec<Blocked> = Vec::new();
    for row in &table.rows {
        let (Some(word), Some(how), Some(_gloss)) = (
            table.get(row, "word"),
            table.get(row, "match"),
            table.get(row, "gloss"),
        ) else {
            continue;
        };
        let contains = match how.text {
            "exact" => false,
            "contains" => true,
            other => {
                problems.at(
                    BLOCKLIST,
                    how.line,
                    Some(how.column),
                    format!("`match` is `exact` or `contains`, not `{other}`"),
                );
                continue;
            }
        };
        if word.text.contains(' ') {
            problems.at(
                BLOCKLIST,
                word.line,
                Some(word.column),
                "a blocked word is one word, without spaces",
            );
            continue;
        }
        let text = comparison_form(word.text, compare);
        if out.iter().any(|b| b.text == text) {
            problems.at(
                BLOCKLIST,
                word.line,
                Some(word.column),
                format!("`{}` is listed twice", word.text),
            );
            continue;
        }
        out.push(Blocked { text, contains });
    }
    out
}

/// The real words of `lexicon.txt` in comparison form, or the file's problems. A pack without
/// a lexicon has an empty one. The file must say where its words come from and under which
/// licence, in its first comment lines (`# source: …`, `# licence: …`).
pub fn read_lexicon(root: &Path, compare: Compare) -> Result<HashSet<String>, Vec<Problem>> {
    let mut problems = Problems::default();
    let Some(text) = read_text(root, LEXICON, MAX_TEXT_BYTES, Need::Optional, &mut problems) else {
        return if problems.is_empty() {
            Ok(HashSet::new())
        } else {
            Err(problems.into_vec())
        };
    };
    let header: Vec<&str> = text.lines().take_while(|l| l.starts_with('#')).collect();
    for key in ["# source:", "# licence:"] {
        if !header.iter().any(|l| l.starts_with(key)) {
            problems.at(
                LEXICON,
                1,
                None,
                format!(
                    "the lexicon's opening comments should have a line `{key} …` saying {}",
                    if key.contains("source") {
                        "where its words come from"
                    } else {
                        "under which licence they may be shipped"
                    }
                ),
            );
        }
    }
    let mut words = HashSet::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.contains(char::is_whitespace) {
            problems.at(
                LEXICON,
                super::problem::to_u32(i + 1),
                None,
                "one word per line, without spaces",
            );
            continue;
        }
        // The file is NFC already (read_text refuses it otherwise), so only case and marks
        // need folding; most lines need neither, and this runs over tens of thousands.
        let folded = if line.chars().any(char::is_uppercase) {
            line.to_lowercase()
        } else {
            line.to_owned()
        };
        words.insert(match compare {
            Compare::Exact => folded,
            Compare::Letters => folded.chars().filter(|&c| !is_arabic_mark(c)).collect(),
        });
    }
    if problems.is_empty() {
        Ok(words)
    } else {
        Err(problems.into_vec())
    }
}

/// A word as invented words are compared with it: NFC, lower case, and for
/// [`Compare::Letters`] without combining marks (harakat, shadda, sukun, tanwin).
pub fn comparison_form(word: &str, compare: Compare) -> String {
    let lower = crate::text::nfc(word.trim()).to_lowercase();
    match compare {
        Compare::Exact => lower,
        Compare::Letters => lower.chars().filter(|&c| !is_arabic_mark(c)).collect(),
    }
}

/// Arabic combining marks: harakat, tanwin, shadda, sukun, dagger alif and Quranic marks.
fn is_arabic_mark(c: char) -> bool {
    matches!(c, '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06ED}')
}
