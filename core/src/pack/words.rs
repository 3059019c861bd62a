//! `words.tsv`: the words, their segmentation into taught units, and where each is first used.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use super::assets::{AssetKind, check_asset, picture};
use super::graphemes::{self, Inventory};
use super::model::{Unit, Word};
use super::problem::Problems;
use super::source::{MAX_TEXT_BYTES, Need, read_text};
use super::tsv::{Column, Table};
use super::unit_set::UnitGraph;
use super::units;

/// The file name.
pub const FILE: &str = "words.tsv";

const COLUMNS: &[Column] = &[
    Column {
        name: "word",
        required: true,
    },
    Column {
        name: "units",
        required: true,
    },
    Column {
        name: "unit",
        required: false,
    },
    Column {
        name: "gloss",
        required: true,
    },
    Column {
        name: "picture",
        required: false,
    },
    Column {
        name: "audio",
        required: false,
    },
    Column {
        name: "tags",
        required: false,
    },
];

/// The words as read, with their lines for later problems.
#[derive(Debug, Default)]
pub struct WordList {
    /// The words.
    pub words: Vec<Word>,
    /// Index by text.
    pub by_text: HashMap<String, usize>,
}

/// Reads the words, checks each segmentation against the inventory and places each word in a
/// unit where it is decodable.
pub fn read(
    root: &Path,
    inventory: &Inventory,
    units: &[Unit],
    graph: &UnitGraph,
    problems: &mut Problems,
) -> WordList {
    let mut list = WordList::default();
    let Some(text) = read_text(root, FILE, MAX_TEXT_BYTES, Need::Required, problems) else {
        return list;
    };
    let table = Table::parse(FILE, &text, COLUMNS, problems);
    if table.rows.is_empty() {
        problems.file(FILE, "the table has a header but no rows");
    }
    let mut lines: Vec<u32> = Vec::new();
    for row in &table.rows {
        let (Some(word), Some(segmentation), Some(gloss)) = (
            table.get(row, "word"),
            table.get(row, "units"),
            table.get(row, "gloss"),
        ) else {
            continue;
        };
        if let Some(&first) = list.by_text.get(word.text) {
            problems.at(
                FILE,
                row.line,
                Some(word.column),
                format!(
                    "the word `{}` is already listed on line {}",
                    word.text, lines[first]
                ),
            );
            continue;
        }
        let mut pieces = Vec::new();
        let mut unknown = false;
        for id in segmentation.items() {
            match inventory.by_id.get(id) {
                Some(&gi) => pieces.push(gi),
                None => {
                    unknown = true;
                    problems.at(
                        FILE,
                        row.line,
                        Some(segmentation.column),
                        format!(
                            "`{}` is split into `{id}`, which is not a grapheme in {}",
                            word.text,
                            graphemes::FILE
                        ),
                    );
                }
            }
        }
        if unknown || units.is_empty() {
            continue;
        }
        let spelled: String = pieces
            .iter()
            .map(|&g| inventory.graphemes[g].text.as_str())
            .collect();
        if spelled != word.text {
            problems.at(
                FILE,
                row.line,
                Some(segmentation.column),
                format!(
                    "the split `{}` spells `{spelled}`, not the word `{}`",
                    segmentation.text, word.text
                ),
            );
            continue;
        }
        let needed: BTreeSet<usize> = pieces
            .iter()
            .map(|&g| inventory.graphemes[g].unit)
            .collect();
        if needed.contains(&usize::MAX) {
            continue; // a grapheme no unit teaches: reported against graphemes.tsv
        }
        let tags: Vec<String> = table
            .get(row, "tags")
            .map(|c| c.items().map(str::to_owned).collect())
            .unwrap_or_default();
        // A sight word (irregular: the, you, said) is taught as a whole word, not decoded, so
        // it may be placed before the unit that teaches its letters' sounds; it is never
        // counted as decodable (`pack stats` lists them).
        let sight = tags.iter().any(|t| t == SIGHT_TAG);
        let unit = match table.get(row, "unit") {
            Some(cell) => {
                let Some(ui) = graph.position(cell.text) else {
                    problems.at(
                        FILE,
                        row.line,
                        Some(cell.column),
                        format!("`{}` is not a unit id in {}", cell.text, units::FILE),
                    );
                    continue;
                };
                let mut missing: Vec<&str> = Vec::new();
                for &g in &pieces {
                    let id = inventory.graphemes[g].id.as_str();
                    if !graph.stands_on(ui, inventory.graphemes[g].unit) && !missing.contains(&id) {
                        missing.push(id);
                    }
                }
                if !missing.is_empty() && !sight {
                    problems.at(
                        FILE,
                        row.line,
                        Some(cell.column),
                        format!(
                            "`{}` is used in unit `{}` but needs {} which that unit has not taught yet (not decodable there); tag it `sight` if it is taught as a whole word",
                            word.text,
                            cell.text,
                            quoted(&missing)
                        ),
                    );
                    continue;
                }
                ui
            }
            None => match graph.earliest_within(&needed) {
                Some(ui) => ui,
                None => {
                    problems.at(
                        FILE,
                        row.line,
                        Some(segmentation.column),
                        format!(
                            "no unit has taught all of `{}` (not decodable anywhere)",
                            segmentation.text
                        ),
                    );
                    continue;
                }
            },
        };
        if let Some(bad) = tags.iter().find(|t| {
            !t.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
        }) {
            problems.at(
                FILE,
                row.line,
                None,
                format!("the tag `{bad}` should use only lowercase a–z, digits, '_' and '-'"),
            );
        }
        list.by_text.insert(word.text.to_owned(), list.words.len());
        lines.push(row.line);
        list.words.push(Word {
            text: word.text.to_owned(),
            graphemes: pieces,
            unit,
            gloss: gloss.text.to_owned(),
            picture: table
                .get(row, "picture")
                .and_then(|c| picture(root, FILE, &c, problems)),
            audio: table
                .get(row, "audio")
                .and_then(|c| check_asset(root, FILE, &c, AssetKind::Audio, problems)),
            tags,
            sight,
        });
    }
    list
}

/// The tag of a sight word: irregular, taught as a whole word rather than decoded.
pub const SIGHT_TAG: &str = "sight";

/// `a`, `b` and `c` as a readable list.
pub fn quoted(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("`{i}`")).collect();
    quoted.join(", ")
}
