//! `kusoma-dev bench-phone`: the facilitator phone's budgets (DESIGN.md §Budgets) on a phone holding
//! many learners — group report time, and export, merge and sync batching in bounded memory.
//!
//! `fill` writes a realistic database once (learners through the core, attempts through one
//! SQL transaction — replaying a million durable submits would take an hour and measure nothing
//! new). Each `run` step then runs in its own process and prints its time and the process's peak
//! resident memory (VmHWM), so steps do not inherit each other's memory; `bench/phone.sh` runs
//! them all and prints the table for docs/benchmarks.md. Numbers, not assertions.

use std::path::{Path, PathBuf};
use std::time::Instant;

use clap::{Args, Subcommand, ValueEnum};
use kusoma_core::clock::Clock;
use kusoma_core::{Kusoma, OpenOptions, TurnRule};
use rand::{Rng, SeedableRng};

/// `kusoma-dev bench-phone …`
#[derive(Debug, Subcommand)]
pub enum PhoneBench {
    /// Fill a data directory with learners, groups and attempts.
    Fill(FillArgs),
    /// Measure one step on a filled data directory.
    Run(RunArgs),
}

/// Arguments of `fill`.
#[derive(Debug, Args)]
pub struct FillArgs {
    /// Learners.
    #[arg(long, default_value_t = 500)]
    pub learners: u32,
    /// Attempts per learner.
    #[arg(long, default_value_t = 2000)]
    pub attempts: u32,
    /// Pack the attempts are in.
    #[arg(long, default_value = "sw")]
    pub pack: String,
}

/// Steps `run` measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Step {
    /// Baseline: read every attempt row once with a bare SQL query.
    ScanBaseline,
    /// The report of the 30-learner group.
    GroupReport,
    /// The report of a group holding every learner on the phone.
    GroupReportAll,
    /// The programme report.
    ProgrammeReport,
    /// CSV export of everything.
    ExportCsv,
    /// xAPI export of everything.
    ExportXapi,
    /// Snapshot for another phone.
    Snapshot,
    /// Merge the snapshot (made by `snapshot`) into an empty phone, with the state replay.
    Merge,
    /// Every sync batch of 500 statements built and committed (no network).
    SyncBatches,
}

/// Arguments of `run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// What to measure.
    #[arg(long, value_enum)]
    pub step: Step,
    /// Pack of the reports.
    #[arg(long, default_value = "sw")]
    pub pack: String,
    /// Where exports are written (default: next to the data directory).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

fn open(data: &Path, packs: &[PathBuf]) -> Result<Kusoma, String> {
    Kusoma::open(
        data,
        OpenOptions {
            pack_dirs: packs.to_vec(),
            ..OpenOptions::default()
        },
    )
    .map_err(|e| e.to_string())
}

/// The process's peak resident memory in KiB (Linux), or 0 where /proc is missing.
fn peak_rss_kib() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or(0)
}

/// Runs `fill`.
pub fn fill(data: &Path, packs: &[PathBuf], args: &FillArgs) -> Result<(), String> {
    let err = |e: kusoma_core::Error| e.to_string();
    if data.join(kusoma_core::DATABASE_FILE).exists() {
        return Err(format!(
            "{} is not empty; fill a new data directory",
            data.display()
        ));
    }
    let started = Instant::now();
    let mut k = open(data, packs)?;
    let pack = k.pack(&args.pack).map_err(err)?;
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(1);
    let mut ids = Vec::with_capacity(args.learners as usize);
    for i in 0..args.learners {
        let gender = ["female", "male", "unspecified"][i as usize % 3];
        let age = ["15-24", "25-34", "35-49", "50+"][i as usize % 4];
        let l = k
            .enrol_learner(&kusoma_core::Enrolment {
                name: format!("Learner {i}"),
                demographics: Some(kusoma_core::Demographics {
                    gender: kusoma_core::Gender::parse(gender)
                        .unwrap_or(kusoma_core::Gender::Unspecified),
                    age_band: kusoma_core::AgeBand::parse(age)
                        .unwrap_or(kusoma_core::AgeBand::Unspecified),
                }),
                ..Default::default()
            })
            .map_err(err)?;
        ids.push(l.id);
    }
    let small = k.create_group("Thirty").map_err(err)?;
    k.add_to_group(&small.id, &ids[..ids.len().min(30)])
        .map_err(err)?;
    let all = k.create_group("Everyone").map_err(err)?;
    k.add_to_group(&all.id, &ids).map_err(err)?;
    for g in [&small.id, &all.id] {
        for _ in 0..4 {
            let gs = k
                .start_group_session(g, &args.pack, Some(TurnRule::Exercises(5)), &[])
                .map_err(err)?;
            k.end_group_session(&gs.id, "").map_err(err)?;
        }
    }
    drop(k);

    // Attempts: one session per 20 attempts, a day apart, items from the pack, ~70 % right.
    let mut db = rusqlite::Connection::open(data.join(kusoma_core::DATABASE_FILE))
        .map_err(|e| e.to_string())?;
    let tx = db.transaction().map_err(|e| e.to_string())?;
    {
        let sql = |e: rusqlite::Error| e.to_string();
        let mut session = tx
            .prepare(
                "INSERT INTO sessions (uuid, learner_id, pack_id, seed, started_ms, ended_ms, kind)
                 VALUES (?1, (SELECT id FROM learners WHERE uuid = ?2), ?3, 1, ?4, ?5, 'learn')",
            )
            .map_err(sql)?;
        let mut attempt = tx
            .prepare(
                "INSERT INTO attempts (uuid, learner_id, session_id, pack_id, pack_version, item, kind, skills,
                                       answer, expected, correct, response_ms, created_ms, engine_version, choices)
                 VALUES (?1, (SELECT id FROM learners WHERE uuid = ?2), ?3, ?4, ?5, ?6, ?7, ?6, ?8, ?8, ?9, ?10, ?11, ?12, 3)",
            )
            .map_err(sql)?;
        let keys: Vec<&String> = pack
            .index
            .grapheme_keys
            .iter()
            .chain(&pack.index.word_keys)
            .collect();
        // The newest attempts are from today, so reports see active learners.
        let days = i64::from(args.attempts / 20 + 1);
        let start_ms = kusoma_core::clock::SystemClock.now_ms() - days * 86_400_000;
        for id in &ids {
            let mut session_row = 0;
            for a in 0..args.attempts {
                let at = start_ms + i64::from(a / 20) * 86_400_000 + i64::from(a % 20) * 4_000;
                if a % 20 == 0 {
                    session
                        .execute(rusqlite::params![
                            uuid::Uuid::new_v4().to_string(),
                            id,
                            args.pack,
                            at,
                            at + 80_000
                        ])
                        .map_err(sql)?;
                    session_row = tx.last_insert_rowid();
                }
                let key = keys[rng.random_range(0..keys.len())];
                let text = key.split_once(':').map_or(key.as_str(), |k| k.1);
                attempt
                    .execute(rusqlite::params![
                        uuid::Uuid::new_v4().to_string(),
                        id,
                        session_row,
                        args.pack,
                        pack.manifest.version,
                        key,
                        if key.starts_with("g:") {
                            "sound-to-grapheme"
                        } else {
                            "word-to-written"
                        },
                        text,
                        rng.random_bool(0.7),
                        rng.random_range(600..6_000i64),
                        at,
                        kusoma_core::ENGINE_VERSION,
                    ])
                    .map_err(sql)?;
            }
        }
    }
    tx.commit().map_err(|e| e.to_string())?;
    println!(
        "filled {} with {} learners × {} attempts in {:.1} s",
        data.display(),
        args.learners,
        args.attempts,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// Runs one measured step and prints `step | seconds | peak RSS MiB | detail`.
pub fn run(data: &Path, packs: &[PathBuf], args: &RunArgs) -> Result<(), String> {
    let err = |e: kusoma_core::Error| e.to_string();
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| data.with_extension("exports"));
    std::fs::create_dir_all(&out).map_err(|e| e.to_string())?;
    let mut k = open(data, packs)?;
    let group = |k: &Kusoma, name: &str| -> Result<String, String> {
        k.groups()
            .map_err(err)?
            .into_iter()
            .find(|g| g.name == name)
            .map(|g| g.id)
            .ok_or_else(|| format!("no group {name}: run fill first"))
    };
    let start = Instant::now();
    let detail = match args.step {
        Step::ScanBaseline => {
            let db = rusqlite::Connection::open(data.join(kusoma_core::DATABASE_FILE))
                .map_err(|e| e.to_string())?;
            let mut stmt = db
                .prepare("SELECT uuid, item, correct, created_ms FROM attempts")
                .map_err(|e| e.to_string())?;
            let mut rows = stmt.query([]).map_err(|e| e.to_string())?;
            let mut n = 0u64;
            while let Some(r) = rows.next().map_err(|e| e.to_string())? {
                let id: String = r.get(0).map_err(|e| e.to_string())?;
                n += id.len() as u64 / 36;
            }
            format!("{n} rows read")
        }
        Step::GroupReport | Step::GroupReportAll => {
            let g = group(
                &k,
                if args.step == Step::GroupReport {
                    "Thirty"
                } else {
                    "Everyone"
                },
            )?;
            let r = k.group_report(&g, &args.pack).map_err(err)?;
            format!(
                "{} learners, {} need help",
                r.learners.len(),
                r.needs_help.len()
            )
        }
        Step::ProgrammeReport => {
            let r = k.programme_report(None).map_err(err)?;
            format!("{} learners", r.total.learners)
        }
        Step::ExportCsv => {
            let n = k.export_csv(&out.join("csv"), true).map_err(err)?;
            format!("{} attempts", n.attempts)
        }
        Step::ExportXapi => {
            let path = out.join("statements.json");
            let _ = std::fs::remove_file(&path);
            format!("{} statements", k.export_xapi(&path, true).map_err(err)?)
        }
        Step::Snapshot => {
            let path = out.join("phone.kexport");
            let _ = std::fs::remove_file(&path);
            k.export_snapshot(&path, true).map_err(err)?;
            let size = std::fs::metadata(&path).map_or(0, |m| m.len());
            format!("{:.0} MB file", size as f64 / 1e6)
        }
        Step::Merge => {
            let target = out.join("merged");
            let _ = std::fs::remove_dir_all(&target);
            drop(k);
            k = open(&target, packs)?;
            let r = k.merge(&out.join("phone.kexport")).map_err(err)?;
            format!("{} attempts merged and replayed", r.attempts_added)
        }
        Step::SyncBatches => {
            let target = format!("bench://{}", uuid::Uuid::new_v4());
            let mut n = 0u64;
            loop {
                let b = k.xapi_batch(&target, 500).map_err(err)?;
                if b.count == 0 {
                    break;
                }
                n += u64::from(b.count);
                k.commit_xapi_batch(&target, &b).map_err(err)?;
            }
            format!("{n} statements in batches of 500")
        }
    };
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "| {:?} | {seconds:.3} s | {:.1} MiB | {detail} |",
        args.step,
        peak_rss_kib() as f64 / 1024.0
    );
    Ok(())
}
