//! Language packs: the source-form reader and checker, and the immutable content model.
//!
//! [`load`] reads a pack folder (format in docs/pack-format.md), checks every rule and returns
//! either the pack or every problem found, each with its file and line.

#[cfg(feature = "source")]
mod assets;
mod bkt_params;
pub mod built;
pub mod container;
mod ftl;
#[cfg(feature = "source")]
mod graphemes;
#[cfg(feature = "source")]
mod manifest;
mod model;
pub mod phonotactics;
mod rules;
// The problem type sits below pack (the crate's error names it): see crate::problem.
use crate::problem;
#[cfg(feature = "source")]
mod sentences;
mod source;
pub mod spelling;
#[cfg(feature = "source")]
mod toml_doc;
#[cfg(feature = "source")]
mod tsv;
mod unit_set;
#[cfg(feature = "source")]
mod units;
pub mod wordlists;
#[cfg(feature = "source")]
mod words;

#[cfg(feature = "source")]
use std::path::Path;

pub use bkt_params::BktParams;
pub use model::{
    BktOverride, Direction, FtlFile, Grapheme, GraphemeKind, Manifest, Pack, PackIndex,
    PackSummary, Picture, Question, SKILL_KINDS, Sentence, Story, Unit, Word,
};
pub use phonotactics::Phonotactics;
pub use problem::Problem;
use problem::Problems;
pub use rules::{FORMAT, MAX_LINE_BYTES, MAX_ROWS, asset_name_is_safe, parse_version};
pub use unit_set::{MAX_UNITS, UnitGraph};
pub use wordlists::{Blocked, read_lexicon};

/// Reads and checks the pack in `root`. Returns every problem found when there is any.
#[cfg(feature = "source")]
pub fn load(root: &Path) -> Result<Pack, Vec<Problem>> {
    let mut problems = Problems::default();
    if !root.is_dir() {
        problems.file(&root.display().to_string(), "this is not a pack folder");
        return Err(problems.into_vec());
    }
    let manifest = manifest::read(root, &mut problems);
    let mut inventory = graphemes::read(root, &mut problems);
    let units = units::read(root, &mut inventory, &mut problems);
    // Built once, for every decodability check below; not kept in the pack.
    let graph = UnitGraph::of(&units);
    let words = words::read(root, &inventory, &units, &graph, &mut problems);
    for (gi, example) in inventory.examples.iter().enumerate() {
        if let Some(example) = example {
            match words.by_text.get(&example.value) {
                Some(&wi) => inventory.graphemes[gi].example = Some(wi),
                None => problems.at(
                    graphemes::FILE,
                    example.line,
                    Some(example.column),
                    format!(
                        "the example `{}` is not a word in {}",
                        example.value,
                        words::FILE
                    ),
                ),
            }
        }
    }
    let (sentences, sentence_ids) = sentences::read(root, &words, &graph, &mut problems);
    let stories = sentences::read_stories(root, &sentences, &sentence_ids, &graph, &mut problems);
    let ftl = ftl::read(root, &mut problems);
    let phonotactics = phonotactics::read(root, &inventory, &mut problems);
    let compare = phonotactics
        .as_ref()
        .map_or(phonotactics::Compare::Exact, |p| p.compare);
    let blocklist = wordlists::read_blocklist(root, compare, &mut problems);
    match manifest {
        Some(manifest) if problems.is_empty() => Ok(Pack {
            index: PackIndex::build(&inventory.graphemes, &words.words, &sentences, &units),
            manifest,
            graphemes: inventory.graphemes,
            units,
            words: words.words,
            sentences,
            stories,
            ftl,
            phonotactics,
            blocklist,
            root: root.to_path_buf(),
        }),
        _ => Err(problems.into_vec()),
    }
}

/// Whether `id` can be a pack id (and so a folder name): lowercase a–z, digits, '-', ≤ 32.
pub fn manifest_id_is_valid(id: &str) -> bool {
    rules::valid_id(id)
}

/// Checks an untrusted FTL text (depth, then syntax), returning its problems.
pub fn check_ftl(name: &str, text: &str) -> Vec<Problem> {
    let mut problems = Problems::default();
    ftl::check(name, text, &mut problems);
    problems.into_vec()
}
