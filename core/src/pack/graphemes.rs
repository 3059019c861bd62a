//! `graphemes.tsv`: the inventory of teaching units and their sounds.

use std::collections::HashMap;
use std::path::Path;

use super::assets::{AssetKind, check_asset};
use super::model::{Grapheme, GraphemeKind};
use super::problem::Problems;
use super::source::{MAX_TEXT_BYTES, Need, read_text};
use super::toml_doc::Located;
use super::tsv::{Cell, Column, Table};

/// The file name.
pub const FILE: &str = "graphemes.tsv";

const COLUMNS: &[Column] = &[
    Column {
        name: "id",
        required: true,
    },
    Column {
        name: "text",
        required: true,
    },
    Column {
        name: "kind",
        required: true,
    },
    Column {
        name: "ipa",
        required: true,
    },
    Column {
        name: "say",
        required: true,
    },
    Column {
        name: "example",
        required: false,
    },
    Column {
        name: "confusable",
        required: false,
    },
    Column {
        name: "audio",
        required: false,
    },
];

/// The inventory as read, before units and words are known.
#[derive(Debug, Default)]
pub struct Inventory {
    /// The graphemes; `unit` and `example` are filled in by the loader once units and words exist.
    pub graphemes: Vec<Grapheme>,
    /// The line of each grapheme.
    pub lines: Vec<u32>,
    /// Each grapheme's `example` word as written.
    pub examples: Vec<Option<Located>>,
    /// Index by id.
    pub by_id: HashMap<String, usize>,
}

/// Reads the inventory and resolves confusable sets (made symmetric).
pub fn read(root: &Path, problems: &mut Problems) -> Inventory {
    let mut inventory = Inventory::default();
    let Some(text) = read_text(root, FILE, MAX_TEXT_BYTES, Need::Required, problems) else {
        return inventory;
    };
    let table = Table::parse(FILE, &text, COLUMNS, problems);
    if table.rows.is_empty() {
        problems.file(FILE, "the table has a header but no rows");
    }
    let mut confusables: Vec<Vec<Cell>> = Vec::new();
    for row in &table.rows {
        let (Some(id), Some(text), Some(kind), Some(ipa), Some(say)) = (
            table.get(row, "id"),
            table.get(row, "text"),
            table.get(row, "kind"),
            table.get(row, "ipa"),
            table.get(row, "say"),
        ) else {
            continue; // the empty required cell is already reported
        };
        if id.text.contains(' ') {
            problems.at(
                FILE,
                row.line,
                Some(id.column),
                format!("the id `{}` contains a space", id.text),
            );
            continue;
        }
        let kind = match GraphemeKind::NAMES.iter().find(|(n, _)| *n == kind.text) {
            Some((_, k)) => *k,
            None => {
                let names: Vec<&str> = GraphemeKind::NAMES.iter().map(|(n, _)| *n).collect();
                problems.at(
                    FILE,
                    row.line,
                    Some(kind.column),
                    format!(
                        "unknown kind `{}`; use one of: {}",
                        kind.text,
                        names.join(", ")
                    ),
                );
                continue;
            }
        };
        if let Some(first) = inventory.by_id.get(id.text) {
            let first_line = inventory.lines[*first];
            problems.at(
                FILE,
                row.line,
                Some(id.column),
                format!(
                    "the grapheme id `{}` is already used on line {first_line}",
                    id.text
                ),
            );
            continue;
        }
        let audio = table
            .get(row, "audio")
            .and_then(|a| check_asset(root, FILE, &a, AssetKind::Audio, problems));
        inventory
            .by_id
            .insert(id.text.to_owned(), inventory.graphemes.len());
        inventory.graphemes.push(Grapheme {
            id: id.text.to_owned(),
            text: text.text.to_owned(),
            kind,
            ipa: ipa.text.to_owned(),
            say: say.text.to_owned(),
            example: None,
            confusable: Vec::new(),
            audio,
            unit: usize::MAX,
        });
        inventory.lines.push(row.line);
        inventory
            .examples
            .push(table.get(row, "example").map(|c| c.located()));
        confusables.push(
            table
                .get(row, "confusable")
                .map(|c| vec![c])
                .unwrap_or_default(),
        );
    }
    resolve_confusables(&mut inventory, &confusables, problems);
    inventory
}

fn resolve_confusables(inventory: &mut Inventory, cells: &[Vec<Cell>], problems: &mut Problems) {
    for (i, cell) in cells.iter().enumerate() {
        for cell in cell {
            for other in cell.items() {
                match inventory.by_id.get(other) {
                    Some(&j) if j == i => problems.at(
                        FILE,
                        cell.line,
                        Some(cell.column),
                        format!("`{other}` is listed as confusable with itself"),
                    ),
                    Some(&j) => {
                        for (a, b) in [(i, j), (j, i)] {
                            if !inventory.graphemes[a].confusable.contains(&b) {
                                inventory.graphemes[a].confusable.push(b);
                            }
                        }
                    }
                    None => problems.at(
                        FILE,
                        cell.line,
                        Some(cell.column),
                        format!("the confusable `{other}` is not a grapheme id in this file"),
                    ),
                }
            }
        }
    }
}
