//! `kusoma-dev simulate`: simulated learners practise with the engine and the baselines under four
//! truth models; prints Markdown tables and writes one SVG chart per model.

use std::path::PathBuf;
use std::time::Instant;

use clap::Args;
use kusoma_sim::{self as sim, SimConfig};

/// Options of `kusoma-dev simulate`.
#[derive(Debug, Args)]
pub struct SimulateArgs {
    /// The pack folder (e.g. lessons/sw).
    #[arg(long, value_name = "DIR")]
    pack: PathBuf,
    /// Simulated learners per truth model (the same learners for every policy).
    #[arg(long, default_value_t = 500)]
    learners: usize,
    /// Seed of every random stream.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Days of practice, one session a day.
    #[arg(long, default_value_t = 60)]
    days: usize,
    /// Exercises per session.
    #[arg(long, default_value_t = 20)]
    session: usize,
    /// Threads (default: the machine's cores).
    #[arg(long)]
    threads: Option<usize>,
    /// Where to write simulate-<model>.svg (default: the current folder).
    #[arg(long, value_name = "DIR", default_value = ".")]
    out: PathBuf,
}

/// Runs the simulation and prints its tables.
pub fn run(args: &SimulateArgs) -> Result<(), String> {
    if args.learners == 0 || args.days == 0 || args.session == 0 {
        return Err("--learners, --days and --session must be at least 1".into());
    }
    let pack = kusoma_core::pack::load(&args.pack).map_err(|problems| {
        let lines: Vec<String> = problems.iter().map(|p| format!("  {p}")).collect();
        format!(
            "the pack in {} has problems:\n{}",
            args.pack.display(),
            lines.join("\n")
        )
    })?;
    let threads = args.threads.unwrap_or_else(|| {
        std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get)
    });
    let config = SimConfig {
        learners: args.learners,
        seed: args.seed,
        days: args.days,
        session_length: args.session,
        threads,
        ..SimConfig::default()
    };
    let policies = sim::standard_policies();
    let started = Instant::now();
    let report = sim::simulate(&pack, &config, &policies);
    let elapsed = started.elapsed();
    print!("{}", report.to_markdown());
    std::fs::create_dir_all(&args.out)
        .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    for model in &report.models {
        let path = args
            .out
            .join(format!("simulate-{}.svg", model.model.name()));
        std::fs::write(&path, sim::mastery_chart(model, &config))
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        println!("wrote {}", path.display());
    }
    println!(
        "simulated {} learners × {} truth models × {} policies ({} exercises) in {:.1} s on {} threads",
        config.learners,
        report.models.len(),
        policies.len(),
        report
            .models
            .iter()
            .flat_map(|m| &m.policies)
            .map(|p| p.exercises)
            .sum::<u64>(),
        elapsed.as_secs_f64(),
        threads
    );
    Ok(())
}
