//! `kusoma-dev bench`: the foundation's budgets measured on this machine, each beside a baseline
//! measured in the same run (DESIGN.md §Budgets). Prints a Markdown table for
//! docs/benchmarks.md. Numbers, not assertions: tests never time anything.

use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::Args;
use kusoma_core::{Answer, Kusoma, MAX_SESSION_EXERCISES, OpenOptions, SessionOptions};

/// Arguments of `kusoma-dev bench`.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Pack to exercise.
    #[arg(long, default_value = "sw")]
    pub pack: String,
    /// Repetitions of each measurement.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u32).range(10..=100_000))]
    pub runs: u32,
}

/// Median and 99th percentile of samples in microseconds.
fn summary(mut micros: Vec<f64>) -> (f64, f64) {
    micros.sort_by(f64::total_cmp);
    let at = |q: f64| micros[((micros.len() as f64 - 1.0) * q).round() as usize];
    (at(0.5), at(0.99))
}

fn micros(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1e6
}

/// Where the measured data directory comes from.
pub enum Target {
    /// A fresh data directory under this scratch folder, its packs read from source folders:
    /// removed afterwards.
    Scratch(PathBuf),
    /// A data directory opened as it is, with the packs installed in it (a phone's path); the
    /// source folders are those given with `--packs`, none by default. A learner is added only
    /// when it has none.
    AsIs(PathBuf),
}

/// Runs the measurements on `target`, with `pack_dirs` as the source folders.
pub fn run(target: &Target, pack_dirs: Vec<PathBuf>, args: &BenchArgs) -> Result<(), String> {
    let err = |e: kusoma_core::Error| e.to_string();
    let (data, scratch) = match target {
        Target::Scratch(scratch) => {
            let data = scratch.join("bench-data");
            let _ = std::fs::remove_dir_all(&data);
            (data, scratch.clone())
        }
        Target::AsIs(dir) => {
            if !dir.join("kusoma.db").is_file() {
                return Err(format!(
                    "{} holds no Kusoma data directory (no kusoma.db)",
                    dir.display()
                ));
            }
            (dir.clone(), std::env::temp_dir())
        }
    };
    let options = || OpenOptions {
        pack_dirs: pack_dirs.clone(),
        ..OpenOptions::default()
    };
    let learner = {
        let mut k = Kusoma::open(&data, options()).map_err(err)?;
        if k.packs().iter().all(|p| p.id != args.pack) {
            let ids: Vec<String> = k.packs().into_iter().map(|p| p.id).collect();
            return Err(format!(
                "no pack `{}` in {}; it has: {}",
                args.pack,
                data.display(),
                ids.join(", ")
            ));
        }
        k.pack(&args.pack).map_err(err)?;
        match k.learners().map_err(err)?.into_iter().next() {
            Some(learner) => learner.id,
            None => k.create_learner("Bench", "").map_err(err)?.id,
        }
    };

    // 1. Open the data directory, load every pack, start a session, build the first exercise.
    let mut open_first = Vec::new();
    for i in 0..args.runs {
        let start = Instant::now();
        let mut k = Kusoma::open(&data, options()).map_err(err)?;
        let s = k
            .start_session(
                &learner,
                &args.pack,
                &SessionOptions {
                    seed: Some(i.into()),
                    ..SessionOptions::default()
                },
            )
            .map_err(err)?;
        k.next_exercise(&s).map_err(err)?;
        open_first.push(micros(start));
    }

    // 2 and 3. Next exercise and submit (checked, stored, committed with synchronous=FULL).
    let mut k = Kusoma::open(&data, options()).map_err(err)?;
    let packs = k.packs().len();
    let mut next = Vec::new();
    let mut submit = Vec::new();
    // Sessions of at most 500 exercises, until enough samples.
    while next.len() < args.runs as usize {
        let length = (args.runs - next.len() as u32).min(MAX_SESSION_EXERCISES);
        let opts = SessionOptions {
            exercises: length,
            seed: Some(next.len() as u64),
            ..SessionOptions::default()
        };
        let s = k.start_session(&learner, &args.pack, &opts).map_err(err)?;
        loop {
            let start = Instant::now();
            let Some(exercise) = k.next_exercise(&s).map_err(err)? else {
                break;
            };
            next.push(micros(start));
            let answer = match exercise.mode {
                kusoma_core::AnswerMode::TapOne => Answer::Choice(0),
                kusoma_core::AnswerMode::OrderTiles => {
                    Answer::Tiles((0..exercise.answer_length as u32).collect())
                }
            };
            let start = Instant::now();
            k.submit(&s, &answer, 1000).map_err(err)?;
            submit.push(micros(start));
        }
        k.end_session(&s).map_err(err)?;
    }

    // Baseline: a bare SQLite insert of a row of the same shape, WAL, synchronous=FULL.
    let baseline =
        baseline_insert(&scratch.join("baseline.db"), args.runs).map_err(|e| e.to_string())?;

    let rows = [
        (
            "open data dir + load packs + first exercise",
            summary(open_first),
            "≤ 20 ms",
        ),
        ("next exercise", summary(next), "≤ 200 µs p99"),
        (
            "submit: checked, stored, committed (synchronous=FULL)",
            summary(submit),
            "≤ 2 ms p99",
        ),
        (
            "baseline: bare SQLite insert, WAL, synchronous=FULL",
            summary(baseline),
            "—",
        ),
    ];
    println!(
        "| measure ({} runs, pack `{}`, {} pack(s) in the data directory) | median | p99 | floor |",
        args.runs, args.pack, packs
    );
    println!("| --- | --- | --- | --- |");
    for (name, (median, p99), floor) in rows {
        println!("| {name} | {median:.0} µs | {p99:.0} µs | {floor} |");
    }
    if matches!(target, Target::Scratch(_)) {
        let _ = std::fs::remove_dir_all(&data);
    }
    Ok(())
}

fn baseline_insert(path: &Path, runs: u32) -> rusqlite::Result<Vec<f64>> {
    let _ = std::fs::remove_file(path);
    let conn = rusqlite::Connection::open(path)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.execute_batch("CREATE TABLE t (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE, item TEXT, answer TEXT, correct INTEGER, ms INTEGER)")?;
    let mut out = Vec::new();
    for i in 0..runs {
        let start = Instant::now();
        conn.execute(
            "INSERT INTO t (uuid, item, answer, correct, ms) VALUES (?1, 'w:mama', 'mama', 1, 1000)",
            [format!("00000000-0000-4000-8000-{i:012}")],
        )?;
        out.push(micros(start));
    }
    drop(conn);
    let _ = std::fs::remove_file(path);
    Ok(out)
}
