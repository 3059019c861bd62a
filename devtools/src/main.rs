//! `kusoma-dev`: the developer tools, kept out of the learners' `kusoma` binary and out of the
//! phone library — the learner simulator, the reference-parity runner for tests/parity, and the
//! budget benchmarks for docs/benchmarks.md.

mod bench;
mod bench_phone;
mod parity;
// The same defaults as `kusoma` (`$KUSOMA_PACKS`, else the bundled lessons/), from the same
// file rather than a copy; only the pack folders are used here.
#[allow(dead_code)]
#[path = "../../cli/src/paths.rs"]
mod paths;
mod simulate;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// Kusoma's developer tools: the simulator, reference parity and benchmarks.
#[derive(Debug, Parser)]
#[command(name = "kusoma-dev", version, about)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
struct Global {
    /// The data directory `bench` opens as it is (default: a fresh one in the temporary folder),
    /// the filled phone of `bench-phone`.
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// A pack folder, or a folder of packs, to load; repeatable (default: $KUSOMA_PACKS, else
    /// the bundled lessons/).
    #[arg(long = "packs", global = true, value_name = "DIR")]
    packs: Vec<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Measure the foundation's budgets (open, next exercise, submit) beside a SQLite baseline.
    Bench(bench::BenchArgs),
    /// A facilitator phone's budgets: reports, exports, merge and sync batches on many attempts.
    BenchPhone {
        #[command(subcommand)]
        command: bench_phone::PhoneBench,
    },
    /// Simulated learners: the engine against fixed order, Leitner boxes and random practice.
    Simulate(simulate::SimulateArgs),
    /// Run the learner models on JSON Lines cases from stdin, for tests/parity.
    Parity(parity::ParityArgs),
}

impl Global {
    /// The pack folders to load: those given with --packs, else the defaults.
    fn pack_dirs(&self) -> Vec<PathBuf> {
        if self.packs.is_empty() {
            paths::default_pack_dirs()
        } else {
            self.packs.clone()
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Parity(args) => return parity::run(&args),
        Command::Simulate(args) => simulate::run(&args),
        Command::BenchPhone { command } => {
            let data = cli
                .global
                .data_dir
                .clone()
                .ok_or_else(|| "give the bench's data directory with --data-dir".to_owned());
            let packs = cli.global.pack_dirs();
            data.and_then(|data| match command {
                bench_phone::PhoneBench::Fill(args) => bench_phone::fill(&data, &packs, &args),
                bench_phone::PhoneBench::Run(args) => bench_phone::run(&data, &packs, &args),
            })
        }
        Command::Bench(args) => match cli.global.data_dir.clone() {
            Some(dir) => bench::run(&bench::Target::AsIs(dir), cli.global.packs.clone(), &args),
            None => bench::run(
                &bench::Target::Scratch(std::env::temp_dir()),
                cli.global.pack_dirs(),
                &args,
            ),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
