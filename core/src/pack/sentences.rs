//! `sentences.tsv` and `stories.tsv`: sentences with comprehension questions, and short stories.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use super::assets::{AssetKind, check_asset};
use super::model::{Question, Sentence, Story};
use super::problem::Problems;
use super::source::{MAX_TEXT_BYTES, Need, read_text};
use super::tsv::{Cell, Column, Table};
use super::unit_set::UnitGraph;
use super::units;
use super::words::{self, WordList, quoted};
use crate::text::sentence_words;

/// The sentences file.
pub const FILE: &str = "sentences.tsv";
/// The stories file.
pub const STORIES: &str = "stories.tsv";

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
        name: "unit",
        required: false,
    },
    Column {
        name: "gloss",
        required: true,
    },
    Column {
        name: "question",
        required: false,
    },
    Column {
        name: "answer",
        required: false,
    },
    Column {
        name: "choices",
        required: false,
    },
    Column {
        name: "audio",
        required: false,
    },
];

const STORY_COLUMNS: &[Column] = &[
    Column {
        name: "id",
        required: true,
    },
    Column {
        name: "title",
        required: true,
    },
    Column {
        name: "gloss",
        required: true,
    },
    Column {
        name: "sentences",
        required: true,
    },
    Column {
        name: "unit",
        required: false,
    },
    Column {
        name: "first_line",
        required: false,
    },
];

/// Where a unit cell places an item, given the units its parts need. Reports an unknown unit id
/// and parts not yet taught there; without a cell, the earliest unit where all are taught.
fn place(
    file: &str,
    what: &str,
    cell: Option<Cell>,
    needed: &BTreeSet<usize>,
    graph: &UnitGraph,
    line: u32,
    problems: &mut Problems,
) -> Option<usize> {
    match cell {
        Some(cell) => {
            let Some(ui) = graph.position(cell.text) else {
                problems.at(
                    file,
                    line,
                    Some(cell.column),
                    format!("`{}` is not a unit id in {}", cell.text, units::FILE),
                );
                return None;
            };
            let late: Vec<&str> = needed
                .iter()
                .filter(|&&n| !graph.stands_on(ui, n))
                .map(|&n| graph.id(n))
                .collect();
            if !late.is_empty() {
                problems.at(
                    file,
                    line,
                    Some(cell.column),
                    format!("{what} is placed in unit `{}` but uses words first taught in unit {} (not decodable there)", cell.text, quoted(&late)),
                );
                return None;
            }
            Some(ui)
        }
        None => {
            let found = graph.earliest_within(needed);
            if found.is_none() {
                problems.at(
                    file,
                    line,
                    None,
                    format!("no unit has taught everything {what} uses (not decodable anywhere)"),
                );
            }
            found
        }
    }
}

/// Reads the sentences: every word must be in `words.tsv` and decodable where the sentence is.
pub fn read(
    root: &Path,
    words: &WordList,
    graph: &UnitGraph,
    problems: &mut Problems,
) -> (Vec<Sentence>, HashMap<String, usize>) {
    let mut sentences = Vec::new();
    let mut by_id = HashMap::new();
    let Some(text) = read_text(root, FILE, MAX_TEXT_BYTES, Need::Required, problems) else {
        return (sentences, by_id);
    };
    let table = Table::parse(FILE, &text, COLUMNS, problems);
    for row in &table.rows {
        let (Some(id), Some(body), Some(gloss)) = (
            table.get(row, "id"),
            table.get(row, "text"),
            table.get(row, "gloss"),
        ) else {
            continue;
        };
        if by_id.contains_key(id.text) {
            problems.at(
                FILE,
                row.line,
                Some(id.column),
                format!("the sentence id `{}` is already used", id.text),
            );
            continue;
        }
        let mut word_ids = Vec::new();
        let mut unknown = Vec::new();
        for w in sentence_words(body.text) {
            match words.by_text.get(&w) {
                Some(&wi) => word_ids.push(wi),
                None => unknown.push(w),
            }
        }
        if !unknown.is_empty() {
            let names: Vec<&str> = unknown.iter().map(String::as_str).collect();
            problems.at(
                FILE,
                row.line,
                Some(body.column),
                format!(
                    "the sentence uses {} which {} not in {}",
                    quoted(&names),
                    if names.len() == 1 { "is" } else { "are" },
                    words::FILE
                ),
            );
            continue;
        }
        if word_ids.is_empty() {
            problems.at(
                FILE,
                row.line,
                Some(body.column),
                "the sentence has no words",
            );
            continue;
        }
        let question = read_question(&table, row, words, problems);
        let mut needed: BTreeSet<usize> = word_ids.iter().map(|&w| words.words[w].unit).collect();
        if let Some(Some(q)) = &question {
            needed.extend(
                std::iter::once(q.answer)
                    .chain(q.choices.iter().copied())
                    .map(|w| words.words[w].unit),
            );
        }
        let Some(unit) = place(
            FILE,
            "the sentence",
            table.get(row, "unit"),
            &needed,
            graph,
            row.line,
            problems,
        ) else {
            continue;
        };
        let Some(question) = question else { continue };
        by_id.insert(id.text.to_owned(), sentences.len());
        sentences.push(Sentence {
            id: id.text.to_owned(),
            text: body.text.to_owned(),
            unit,
            gloss: gloss.text.to_owned(),
            words: word_ids,
            question,
            audio: table
                .get(row, "audio")
                .and_then(|c| check_asset(root, FILE, &c, AssetKind::Audio, problems)),
        });
    }
    (sentences, by_id)
}

/// The question of a row: `Some(None)` when it has none, `None` when it is broken (reported).
fn read_question(
    table: &Table,
    row: &super::tsv::Row,
    words: &WordList,
    problems: &mut Problems,
) -> Option<Option<Question>> {
    let question = table.get(row, "question");
    let answer = table.get(row, "answer");
    let choices = table.get(row, "choices");
    let Some(question) = question else {
        if let Some(cell) = answer.or(choices) {
            problems.at(
                FILE,
                row.line,
                Some(cell.column),
                "an answer or choices are given but no question",
            );
            return None;
        }
        return Some(None);
    };
    let Some(answer) = answer else {
        problems.at(
            FILE,
            row.line,
            Some(question.column),
            "the question has no `answer` (a word from words.tsv)",
        );
        return None;
    };
    let mut ok = true;
    let mut lookup = |cell: &Cell, w: &str| match words.by_text.get(w) {
        Some(&wi) => Some(wi),
        None => {
            ok = false;
            problems.at(
                FILE,
                row.line,
                Some(cell.column),
                format!("`{w}` is not a word in {}", words::FILE),
            );
            None
        }
    };
    let answer_index = lookup(&answer, answer.text);
    let mut choice_indices = Vec::new();
    if let Some(cell) = &choices {
        for w in cell.items() {
            if w == answer.text {
                problems.at(
                    FILE,
                    row.line,
                    Some(cell.column),
                    format!("the answer `{w}` is also listed among the other choices"),
                );
                return None;
            }
            choice_indices.extend(lookup(cell, w));
        }
    }
    if !ok {
        return None;
    }
    Some(Some(Question {
        text: question.text.to_owned(),
        answer: answer_index?,
        choices: choice_indices,
    }))
}

/// Reads the optional stories file.
pub fn read_stories(
    root: &Path,
    sentences: &[Sentence],
    by_id: &HashMap<String, usize>,
    graph: &UnitGraph,
    problems: &mut Problems,
) -> Vec<Story> {
    let mut stories: Vec<Story> = Vec::new();
    let Some(text) = read_text(root, STORIES, MAX_TEXT_BYTES, Need::Optional, problems) else {
        return stories;
    };
    let table = Table::parse(STORIES, &text, STORY_COLUMNS, problems);
    for row in &table.rows {
        let (Some(id), Some(title), Some(gloss), Some(list)) = (
            table.get(row, "id"),
            table.get(row, "title"),
            table.get(row, "gloss"),
            table.get(row, "sentences"),
        ) else {
            continue;
        };
        if stories.iter().any(|s| s.id == id.text) {
            problems.at(
                STORIES,
                row.line,
                Some(id.column),
                format!("the story id `{}` is already used", id.text),
            );
            continue;
        }
        let mut parts = Vec::new();
        for s in list.items() {
            match by_id.get(s) {
                Some(&si) => parts.push(si),
                None => problems.at(
                    STORIES,
                    row.line,
                    Some(list.column),
                    format!("`{s}` is not a sentence id in {FILE}"),
                ),
            }
        }
        if parts.len() != list.items().count() {
            continue;
        }
        let needed: BTreeSet<usize> = parts.iter().map(|&s| sentences[s].unit).collect();
        let Some(unit) = place(
            STORIES,
            "the story",
            table.get(row, "unit"),
            &needed,
            graph,
            row.line,
            problems,
        ) else {
            continue;
        };
        let words: usize = parts
            .iter()
            .map(|&s| sentence_words(&sentences[s].text).len())
            .sum();
        let first_line = match table.get(row, "first_line") {
            None => None,
            Some(cell) => match cell.text.parse::<usize>() {
                Ok(n) if (1..=words).contains(&n) => Some(n),
                _ => {
                    problems.at(
                        STORIES,
                        row.line,
                        Some(cell.column),
                        format!(
                            "`first_line` is the number of words on the story's first printed line, from 1 to {words}, not `{}`",
                            cell.text
                        ),
                    );
                    continue;
                }
            },
        };
        stories.push(Story {
            id: id.text.to_owned(),
            title: title.text.to_owned(),
            gloss: gloss.text.to_owned(),
            sentences: parts,
            unit,
            first_line,
        });
    }
    stories
}
