//! Reading and checking `phonotactics.toml` (the source reader only; the phone reads the
//! checked result from the built form).

use std::collections::HashMap;
use std::path::Path;

use super::super::graphemes::{self, Inventory};
use super::super::problem::Problems;
use super::super::source::{MAX_TEXT_BYTES, Need, read_text};
use super::super::toml_doc::TomlDoc;

use super::{Compare, FILE, MAX_SYLLABLES, Phonotactics, SoundClass};

/// Reads `phonotactics.toml` if the pack has one.
pub fn read(root: &Path, inventory: &Inventory, problems: &mut Problems) -> Option<Phonotactics> {
    let text = read_text(root, FILE, MAX_TEXT_BYTES, Need::Optional, problems)?;
    let doc = TomlDoc::parse(FILE, &text, problems)?;
    let before = problems.len();
    let mut top = doc.root_fields(FILE);
    let syllables = top.strings("syllables", true, problems);
    let first = top.strings("first", false, problems);
    let last = top.strings("last", false, problems);
    let min = top.integer("min_syllables", true, problems);
    let max = top.integer("max_syllables", true, problems);
    let compare = top.string("compare", false, problems);
    let class_table = top.table("classes", problems);
    top.finish(problems);

    // Classes first, since shapes name them.
    let mut classes: Vec<SoundClass> = Vec::new();
    let mut class_of: HashMap<char, usize> = HashMap::new();
    match class_table {
        None => problems.file(
            FILE,
            "the file has no [classes] section saying which graphemes make up each class",
        ),
        Some((table, _)) => {
            let names: Vec<String> = table.iter().map(|(k, _)| k.get_ref().to_string()).collect();
            for name in names {
                // Class names are the pack's own, so they are read from the table directly
                // (the field reader knows only fixed key names).
                let Some(list) = class_strings(&doc, table, &name, problems) else {
                    continue;
                };
                let mut chars = name.chars();
                let (Some(letter), None) = (chars.next(), chars.next()) else {
                    problem_at_key(
                        &doc,
                        table,
                        &name,
                        problems,
                        format!(
                            "the class name `{name}` should be one capital letter (C, V, N…), as shapes spell classes letter by letter"
                        ),
                    );
                    continue;
                };
                if !letter.is_ascii_uppercase() {
                    problem_at_key(
                        &doc,
                        table,
                        &name,
                        problems,
                        format!("the class name `{name}` should be one capital letter (C, V, N…)"),
                    );
                    continue;
                }
                let mut members = Vec::new();
                for member in &list {
                    let mut seq = Vec::new();
                    for id in member.value.split(' ').filter(|s| !s.is_empty()) {
                        match inventory.by_id.get(id) {
                            Some(&g) => seq.push(g),
                            None => problems.at(
                                FILE,
                                member.line,
                                Some(member.column),
                                format!(
                                    "`{id}` in class {letter} is not a grapheme id in {}",
                                    graphemes::FILE
                                ),
                            ),
                        }
                    }
                    if seq.is_empty() {
                        problems.at(
                            FILE,
                            member.line,
                            Some(member.column),
                            format!("an empty member in class {letter}"),
                        );
                    } else if members.contains(&seq) {
                        problems.at(
                            FILE,
                            member.line,
                            Some(member.column),
                            format!("`{}` is listed twice in class {letter}", member.value),
                        );
                    } else {
                        members.push(seq);
                    }
                }
                if members.is_empty() {
                    problem_at_key(
                        &doc,
                        table,
                        &name,
                        problems,
                        format!("class {letter} has no members"),
                    );
                    continue;
                }
                class_of.insert(letter, classes.len());
                classes.push(SoundClass {
                    name: letter,
                    members,
                });
            }
        }
    }

    let mut shapes = |list: Option<Vec<super::super::problem::Located>>,
                      key: &str|
     -> Vec<Vec<usize>> {
        let mut out = Vec::new();
        for shape in list.unwrap_or_default() {
            if shape.value.is_empty() {
                problems.at(
                    FILE,
                    shape.line,
                    Some(shape.column),
                    format!("an empty shape in `{key}`"),
                );
                continue;
            }
            let mut resolved = Vec::new();
            for letter in shape.value.chars() {
                match class_of.get(&letter) {
                    Some(&c) => resolved.push(c),
                    None => problems.at(
                        FILE,
                        shape.line,
                        Some(shape.column),
                        format!(
                            "the shape `{}` in `{key}` uses `{letter}`, which is not a class of [classes]",
                            shape.value
                        ),
                    ),
                }
            }
            if resolved.len() == shape.value.chars().count() {
                out.push(resolved);
            }
        }
        out
    };
    let syllables_line = syllables.as_ref().and_then(|s| s.first()).map(|s| s.line);
    let syllables = shapes(syllables, "syllables");
    let first = shapes(first, "first");
    let last = shapes(last, "last");
    if syllables.is_empty() && problems.len() == before {
        problems.at(
            FILE,
            syllables_line.unwrap_or(1),
            None,
            "`syllables` lists no shape; give at least one, like \"CV\"",
        );
    }

    let mut count = |value: Option<(i64, u32)>, key: &str| -> Option<usize> {
        let (n, line) = value?;
        if n < 1 || n as usize > MAX_SYLLABLES {
            problems.at(
                FILE,
                line,
                None,
                format!("`{key}` is {n}; it should be from 1 to {MAX_SYLLABLES}"),
            );
            return None;
        }
        Some(n as usize)
    };
    let min_syllables = count(min, "min_syllables");
    let max_syllables = count(max, "max_syllables");
    if let (Some(lo), Some(hi), Some((_, line))) = (min_syllables, max_syllables, max)
        && lo > hi
    {
        problems.at(
            FILE,
            line,
            None,
            format!("`max_syllables` ({hi}) is smaller than `min_syllables` ({lo})"),
        );
    }
    let compare = match compare {
        None => Some(Compare::Exact),
        Some(c) => match c.value.as_str() {
            "exact" => Some(Compare::Exact),
            "letters" => Some(Compare::Letters),
            other => {
                problems.at(
                    FILE,
                    c.line,
                    Some(c.column),
                    format!("`compare` is \"exact\" or \"letters\", not \"{other}\""),
                );
                None
            }
        },
    };
    if problems.len() != before {
        return None;
    }
    Some(Phonotactics {
        classes,
        syllables,
        first,
        last,
        min_syllables: min_syllables?,
        max_syllables: max_syllables?,
        compare: compare?,
    })
}

/// The list of strings under `[classes] name`.
fn class_strings(
    doc: &TomlDoc<'_>,
    table: &toml::de::DeTable<'_>,
    name: &str,
    problems: &mut Problems,
) -> Option<Vec<super::super::problem::Located>> {
    let (_, value) = table.iter().find(|(k, _)| k.get_ref() == name)?;
    let (line, column) = doc.locate(&value.span());
    let toml::de::DeValue::Array(items) = value.get_ref() else {
        problems.at(
            FILE,
            line,
            Some(column),
            format!("class `{name}` should be a list in brackets, like [\"m\", \"n b\"]"),
        );
        return None;
    };
    let mut out = Vec::new();
    for item in items.iter() {
        let (line, column) = doc.locate(&item.span());
        match item.get_ref() {
            toml::de::DeValue::String(s) => out.push(super::super::problem::Located {
                value: s.to_string(),
                line,
                column,
            }),
            _ => problems.at(
                FILE,
                line,
                Some(column),
                format!("each member of class `{name}` should be grapheme ids in quotes"),
            ),
        }
    }
    Some(out)
}

fn problem_at_key(
    doc: &TomlDoc<'_>,
    table: &toml::de::DeTable<'_>,
    name: &str,
    problems: &mut Problems,
    message: String,
) {
    if let Some((key, _)) = table.iter().find(|(k, _)| k.get_ref() == name) {
        doc.problem(problems, &key.span(), message);
    }
}
