//! `kusoma pack check DIR…`: every problem of every pack, with file and line; exit 1 if any.

use std::path::PathBuf;
use std::process::ExitCode;

use kusoma_core::pack;

/// Checks each folder and prints what it finds.
pub fn run(dirs: &[PathBuf]) -> ExitCode {
    let mut failed = false;
    for dir in dirs {
        match pack::load(dir) {
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
                for problem in &problems {
                    println!("{}/{problem}", dir.display());
                }
                println!(
                    "{}: {} problem(s); the pack cannot be used until they are fixed",
                    dir.display(),
                    problems.len()
                );
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
