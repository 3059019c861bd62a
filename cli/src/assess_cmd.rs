//! `kusoma assess`: record an assessment marked by a facilitator — a timed EGRA subtask from
//! the marks on the sheet (wrong items, last item read, seconds used), a comprehension score or
//! an ASER probe — scored by the core by EGRA's rules and stored.
//!
//! The phone runs the clock live; here the facilitator enters what the sheet says, so the run
//! is replayed on a clock that moves by the seconds recorded.

use std::sync::Arc;

use clap::Args;
use kusoma_core::assess::{AserProbe, SubtaskKind};
use kusoma_core::clock::{Clock, ManualClock, SystemClock};
use kusoma_core::{Kusoma, MarkedBy};

use crate::error::{CliError, Result, usage};
use crate::people::find;
use crate::words::{n, tr};

/// Arguments of `kusoma assess`.
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// The learner's name or id.
    pub learner: String,
    /// The pack the items come from.
    #[arg(long)]
    pub pack: String,
    /// letter-sounds, familiar-words, nonwords, oral-reading, comprehension or aser.
    #[arg(long)]
    pub subtask: String,
    /// Items marked wrong (1-based positions, comma-separated).
    #[arg(long, value_delimiter = ',')]
    pub wrong: Vec<u32>,
    /// The last item the learner read (0: none).
    #[arg(long)]
    pub last: Option<u32>,
    /// Seconds on the clock when the learner stopped (60 or more: the time ran out).
    #[arg(long, default_value_t = 60.0)]
    pub seconds: f64,
    /// Comprehension: questions answered correctly.
    #[arg(long)]
    pub correct: Option<u32>,
    /// Comprehension: questions asked.
    #[arg(long)]
    pub asked: Option<u32>,
    /// ASER: letters right of shown, e.g. `4/5`.
    #[arg(long)]
    pub letters: Option<String>,
    /// ASER: words right of shown, e.g. `3/5`.
    #[arg(long)]
    pub words: Option<String>,
    /// ASER: mistakes reading the paragraph (omit if not read).
    #[arg(long)]
    pub paragraph_mistakes: Option<u32>,
    /// ASER: mistakes reading the story (omit if not read).
    #[arg(long)]
    pub story_mistakes: Option<u32>,
    /// Show the items of the sheet and stop (nothing is stored).
    #[arg(long)]
    pub sheet: bool,
    /// Seed of the items and their order. The same seed gives the same sheet, so marks entered
    /// later refer to the sheet that was printed; `--sheet` prints the seed it used.
    #[arg(long, default_value_t = DEFAULT_SEED)]
    pub seed: u64,
}

/// The seed a sheet is drawn with unless `--seed` says otherwise: fixed, so `--sheet` and the
/// marks entered from it later see the same items.
pub const DEFAULT_SEED: u64 = 1;

/// The clock `kusoma assess` runs on: the system's time, moved by hand.
pub fn clock() -> Arc<ManualClock> {
    Arc::new(ManualClock::new(SystemClock.now_ms()))
}

fn fraction(text: &Option<String>, what: &str) -> Result<(usize, usize)> {
    let Some(text) = text else {
        return Ok((0, 0));
    };
    let (right, shown) = text
        .split_once('/')
        .ok_or_else(|| usage(format!("--{what} is RIGHT/SHOWN, like 4/5")))?;
    let n = |s: &str| {
        s.trim()
            .parse::<usize>()
            .map_err(|_| usage(format!("--{what} is RIGHT/SHOWN, like 4/5")))
    };
    Ok((n(right)?, n(shown)?))
}

/// Runs `kusoma assess` (the facilitator tools are already unlocked).
pub fn run(kusoma: &mut Kusoma, clock: &ManualClock, args: &AssessArgs) -> Result<()> {
    let learner = find(kusoma, &args.learner)?;
    let result = match args.subtask.as_str() {
        "aser" => {
            let (letters_right, letters_shown) = fraction(&args.letters, "letters")?;
            let (words_right, words_shown) = fraction(&args.words, "words")?;
            let probe = AserProbe {
                letters_shown,
                letters_right,
                words_shown,
                words_right,
                paragraph_mistakes: args.paragraph_mistakes.map(|m| m as usize),
                story_mistakes: args.story_mistakes.map(|m| m as usize),
            };
            kusoma.record_aser(&learner.id, &args.pack, &probe, None)?
        }
        "comprehension" => {
            let (Some(correct), Some(asked)) = (args.correct, args.asked) else {
                return Err(usage("comprehension needs --correct and --asked"));
            };
            kusoma.record_comprehension(&learner.id, &args.pack, correct, asked, None)?
        }
        name => {
            let subtask = SubtaskKind::parse(name)?;
            if !args.seconds.is_finite() || !(0.0..=3600.0).contains(&args.seconds) {
                return Err(usage("--seconds is between 0 and 3600"));
            }
            let sheet = kusoma.start_assessment(
                &learner.id,
                &args.pack,
                subtask,
                MarkedBy::Facilitator,
                None,
                Some(args.seed),
            )?;
            if args.sheet {
                // The seed goes on the sheet so the marks can be entered against the same
                // items later (`--seed`), whoever enters them.
                let head = [
                    ("pack", args.pack.as_str().into()),
                    ("subtask", subtask.as_str().into()),
                    ("seed", args.seed.to_string().into()),
                    ("count", n(sheet.items.len())),
                ];
                println!("{}", tr("cli-assess-sheet", &head));
                for (i, item) in sheet.items.iter().enumerate() {
                    println!("{:>3}  {item}", i + 1);
                }
                return kusoma.cancel_assessment(&sheet.id).map_err(CliError::from);
            }
            let last = args.last.ok_or_else(|| {
                usage("a timed subtask needs --last (the last item read; 0 for none)")
            })?;
            kusoma.begin_assessment(&sheet.id)?;
            for &w in &args.wrong {
                kusoma.mark_assessment_item(&sheet.id, w, false)?;
            }
            clock.advance((args.seconds * 1000.0).round() as i64);
            if args.seconds * 1000.0 >= sheet.limit_ms as f64 {
                kusoma.assessment_time_up(&sheet.id)?;
                kusoma.set_assessment_last_item(&sheet.id, last)?;
            } else {
                kusoma.stop_assessment(&sheet.id, last)?;
            }
            kusoma.finish_assessment(&sheet.id)?
        }
    };
    let figure = match result.subtask.as_str() {
        "aser" => format!("ASER level: {}", result.level.as_deref().unwrap_or("?")),
        "comprehension" => tr(
            "cli-assess-comprehension",
            &[
                ("correct", n(result.correct)),
                ("asked", n(result.attempted)),
            ],
        ),
        _ => format!(
            "{}{}",
            tr(
                "cli-assess-timed",
                &[
                    ("correct", n(result.correct)),
                    ("attempted", n(result.attempted)),
                    ("items", n(result.items)),
                    ("rate", format!("{:.1}", result.per_minute).into()),
                ]
            ),
            if result.autostopped {
                ", stopped early: the first line was all wrong"
            } else {
                ""
            }
        ),
    };
    println!("{} {}: {figure}", learner.name, result.subtask);
    Ok(())
}
