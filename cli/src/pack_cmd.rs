//! `kusoma pack …`: check, build, install and describe language packs.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kusoma_core::l10n::Localizer;
use kusoma_core::pack::{self, Pack, container};

/// Checks each folder and prints every problem with file and line; exit 1 if any.
pub fn check(dirs: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for dir in dirs {
        // Loading checks every file; a nonword grid is drawn and verified on top, since that
        // needs the lexicon, which a phone reads only when it draws a grid; and the interface
        // messages are checked against English as a phone checks them at install.
        let loaded = pack::load(dir).and_then(|p| {
            let mut problems = kusoma_core::assess::nonwords::check_grid(&p);
            if let Err(more) = Localizer::builtin().add_pack(&p.manifest.language, &p.ftl) {
                problems.extend(more);
            }
            if problems.is_empty() {
                Ok(p)
            } else {
                Err(problems)
            }
        });
        match loaded {
            Ok(p) => println!(
                "{}: ok — pack `{}` ({}), {} units, {} graphemes, {} words, {} sentences, {} stories",
                dir.display(),
                p.id(),
                p.manifest.name_en,
                p.units.len(),
                p.graphemes.len(),
                p.words.len(),
                p.sentences.len(),
                p.stories.len()
            ),
            Err(problems) => {
                failed = true;
                print_problems(dir, &problems);
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

fn print_problems(dir: &Path, problems: &[pack::Problem]) {
    for problem in problems {
        println!("{}/{problem}", dir.display());
    }
    let args = [
        ("dir", dir.display().to_string().into()),
        ("count", crate::words::n(problems.len())),
    ];
    println!("{}", crate::words::tr("cli-pack-problems", &args));
}

/// Checks a pack folder and writes it as one file.
pub fn build(dir: &Path, out: &Path) -> ExitCode {
    let pack = match pack::load(dir) {
        Ok(p) => p,
        Err(problems) => {
            print_problems(dir, &problems);
            return ExitCode::FAILURE;
        }
    };
    match container::build(&pack, out) {
        Ok(hash) => {
            let size = std::fs::metadata(out).map(|m| m.len()).unwrap_or(0);
            println!(
                "{}: pack `{}` {} — {} files, {size} bytes, content hash {hash}",
                out.display(),
                pack.id(),
                pack.manifest.version,
                pack.files().len()
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Prints what a pack teaches, unit by unit, and what it lacks.
pub fn stats(dir: &Path) -> ExitCode {
    let pack = match pack::load(dir) {
        Ok(p) => p,
        Err(problems) => {
            print_problems(dir, &problems);
            return ExitCode::FAILURE;
        }
    };
    print!("{}", describe(&pack));
    ExitCode::SUCCESS
}

/// The statistics of a loaded pack as text.
pub fn describe(pack: &Pack) -> String {
    let mut out = String::new();
    let m = &pack.manifest;
    out += &format!(
        "pack `{}` — {} ({}), {}, {:?}, version {}\n\n",
        m.id, m.name, m.name_en, m.script, m.direction, m.version
    );
    out += "| unit | title | new graphemes | words | sentences | questions | stories |\n";
    out += "| --- | --- | --- | --- | --- | --- | --- |\n";
    for (u, unit) in pack.units.iter().enumerate() {
        let words = pack.words.iter().filter(|w| w.unit == u).count();
        let sentences = pack.sentences.iter().filter(|s| s.unit == u).count();
        let questions = pack
            .sentences
            .iter()
            .filter(|s| s.unit == u && s.question.is_some())
            .count();
        let stories = pack.stories.iter().filter(|s| s.unit == u).count();
        let graphemes: Vec<&str> = unit
            .graphemes
            .iter()
            .map(|&g| pack.graphemes[g].text.as_str())
            .collect();
        out += &format!(
            "| {} | {} | {} ({}) | {words} | {sentences} | {questions} | {stories} |\n",
            unit.id,
            unit.title,
            graphemes.len(),
            graphemes.join(" ")
        );
    }
    let pictured = pack.words.iter().filter(|w| w.picture.is_some()).count();
    let questions = pack
        .sentences
        .iter()
        .filter(|s| s.question.is_some())
        .count();
    out += &format!(
        "\ntotal: {} units, {} graphemes, {} words ({pictured} with a picture), {} sentences ({questions} with a question), {} stories\n",
        pack.units.len(),
        pack.graphemes.len(),
        pack.words.len(),
        pack.sentences.len(),
        pack.stories.len()
    );
    let sight: Vec<&str> = pack
        .words
        .iter()
        .filter(|w| w.sight)
        .map(|w| w.text.as_str())
        .collect();
    if sight.is_empty() {
        out += "decodability: every word, sentence and story is decodable in the unit where it is placed (checked on load)\n";
    } else {
        out += &format!(
            "decodability: every word but the sight words, and every sentence and story, is decodable in the unit where it is placed (checked on load)\nsight words (taught whole, not decoded): {} — {}\n",
            sight.len(),
            sight.join(", ")
        );
    }
    let recorded = |n: usize, of: usize, what: &str| format!("{n} of {of} {what}");
    out += &format!(
        "recordings: {}, {}, {}; the rest are spoken by the phone's text-to-speech ({})\n",
        recorded(
            pack.graphemes.iter().filter(|g| g.audio.is_some()).count(),
            pack.graphemes.len(),
            "graphemes"
        ),
        recorded(
            pack.words.iter().filter(|w| w.audio.is_some()).count(),
            pack.words.len(),
            "words"
        ),
        recorded(
            pack.sentences.iter().filter(|s| s.audio.is_some()).count(),
            pack.sentences.len(),
            "sentences"
        ),
        m.language
    );
    let in_sentences: BTreeSet<usize> = pack
        .sentences
        .iter()
        .flat_map(|s| s.words.iter().copied())
        .collect();
    let unused_graphemes: Vec<&str> = (0..pack.graphemes.len())
        .filter(|&g| !pack.words.iter().any(|w| w.graphemes.contains(&g)))
        .map(|g| pack.graphemes[g].id.as_str())
        .collect();
    out += &format!(
        "words in no sentence: {} of {}\n",
        pack.words.len() - in_sentences.len(),
        pack.words.len()
    );
    if !unused_graphemes.is_empty() {
        out += &format!("graphemes in no word: {}\n", unused_graphemes.join(" "));
    }
    out
}
