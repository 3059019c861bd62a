//! `units.toml`: the curriculum — units in teaching order, what each introduces, what it requires.

use std::collections::HashMap;
use std::path::Path;

use super::graphemes::{self, Inventory};
use super::model::Unit;
use super::problem::Problems;
use super::source::{MAX_TEXT_BYTES, Need, read_text};
use super::toml_doc::TomlDoc;

/// The file name.
pub const FILE: &str = "units.toml";

pub use super::unit_set::MAX_UNITS;

/// Reads the units and assigns each grapheme its unit (`unit_set.rs` works out who stands on
/// whom).
pub fn read(root: &Path, inventory: &mut Inventory, problems: &mut Problems) -> Vec<Unit> {
    let Some(text) = read_text(root, FILE, MAX_TEXT_BYTES, Need::Required, problems) else {
        return Vec::new();
    };
    let Some(doc) = TomlDoc::parse(FILE, &text, problems) else {
        return Vec::new();
    };
    let mut top = doc.root_fields("units.toml");
    let tables = top.tables("unit", problems);
    top.finish(problems);
    if tables.len() > MAX_UNITS {
        problems.file(
            FILE,
            format!(
                "the pack has {} units; a pack may have at most {MAX_UNITS} (split the course into several packs)",
                tables.len()
            ),
        );
        return Vec::new();
    }

    let mut units: Vec<Unit> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut taught_at: HashMap<usize, (String, u32)> = HashMap::new();
    for (table, span) in tables {
        let mut f = doc.fields(table, span.clone(), "a [[unit]]");
        let id = f.string("id", true, problems);
        let title = f.string("title", true, problems);
        let gloss = f.string("gloss", true, problems);
        let grapheme_ids = f.strings("graphemes", true, problems);
        let requires = f.strings("requires", false, problems);
        let confusable_ok = f.string("confusable_ok", false, problems);
        f.finish(problems);
        let (Some(id), Some(title), Some(gloss), Some(grapheme_ids)) =
            (id, title, gloss, grapheme_ids)
        else {
            continue;
        };
        if let Some(&first) = by_id.get(&id.value) {
            problems.at(
                FILE,
                id.line,
                Some(id.column),
                format!(
                    "the unit id `{}` is already used by unit {}",
                    id.value,
                    first + 1
                ),
            );
            continue;
        }
        let index = units.len();
        if grapheme_ids.is_empty() {
            problems.at(
                FILE,
                id.line,
                None,
                format!("unit `{}` introduces no graphemes", id.value),
            );
        }
        let mut graphemes = Vec::new();
        for g in &grapheme_ids {
            let Some(&gi) = inventory.by_id.get(&g.value) else {
                problems.at(
                    FILE,
                    g.line,
                    Some(g.column),
                    format!("`{}` is not a grapheme id in {}", g.value, graphemes::FILE),
                );
                continue;
            };
            if let Some((other, line)) = taught_at.get(&gi) {
                problems.at(FILE, g.line, Some(g.column), format!("`{}` is already taught in unit `{other}` (line {line}); teach each grapheme once", g.value));
                continue;
            }
            taught_at.insert(gi, (id.value.clone(), g.line));
            inventory.graphemes[gi].unit = index;
            graphemes.push(gi);
        }
        check_confusables(
            inventory,
            &id.value,
            &grapheme_ids,
            confusable_ok.as_ref(),
            problems,
        );
        let mut direct = Vec::new();
        match requires {
            Some(list) => {
                for r in list {
                    match by_id.get(&r.value) {
                        Some(&ri) => direct.push(ri),
                        None => problems.at(
                            FILE,
                            r.line,
                            Some(r.column),
                            format!(
                                "unit `{}` requires `{}`, which is not a unit listed before it",
                                id.value, r.value
                            ),
                        ),
                    }
                }
            }
            None if index > 0 => direct.push(index - 1),
            None => {}
        }
        by_id.insert(id.value.clone(), index);
        units.push(Unit {
            id: id.value,
            title: title.value,
            gloss: gloss.value,
            graphemes,
            requires: direct,
        });
    }
    if units.is_empty() && problems.is_empty() {
        problems.file(FILE, "the pack has no [[unit]]; add at least one");
    }
    for (gi, g) in inventory.graphemes.iter().enumerate() {
        if g.unit == usize::MAX && !units.is_empty() {
            problems.at(
                graphemes::FILE,
                inventory.lines[gi],
                None,
                format!("no unit in {FILE} teaches the grapheme `{}`", g.id),
            );
        }
    }
    units
}

/// Two graphemes a learner easily confuses (a confusable set of graphemes.tsv) introduced in
/// one unit are a problem: the learner meets both new at once and cannot tell which is which
/// (the reason primers teach b and d apart). A unit may keep them together when its
/// `confusable_ok` field says why (an empty reason does not count).
fn check_confusables(
    inventory: &Inventory,
    unit: &str,
    listed: &[super::problem::Located],
    confusable_ok: Option<&super::problem::Located>,
    problems: &mut Problems,
) {
    if let Some(reason) = confusable_ok {
        if reason.value.trim().is_empty() {
            problems.at(
                FILE,
                reason.line,
                Some(reason.column),
                "`confusable_ok` should say why the unit teaches confusable graphemes together",
            );
        } else {
            return;
        }
    }
    for (i, later) in listed.iter().enumerate() {
        let Some(&b) = inventory.by_id.get(&later.value) else {
            continue;
        };
        for earlier in &listed[..i] {
            let Some(&a) = inventory.by_id.get(&earlier.value) else {
                continue;
            };
            if inventory.graphemes[a].confusable.contains(&b) {
                problems.at(
                    FILE,
                    later.line,
                    Some(later.column),
                    format!(
                        "unit `{unit}` introduces `{}` and `{}`, which {} marks as confusable; teach them in different units, or say why in `confusable_ok = \"…\"`",
                        earlier.value,
                        later.value,
                        graphemes::FILE
                    ),
                );
            }
        }
    }
}
