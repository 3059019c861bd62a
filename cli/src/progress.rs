//! `kusoma progress LEARNER`: what a learner has learned in each pack.

use clap::Args;
use kusoma_core::Kusoma;
use kusoma_core::l10n::Arg;

use crate::error::{Result, usage};
use crate::learn::find_learner;
use crate::term::say;

/// Arguments of `kusoma progress`.
#[derive(Debug, Args)]
pub struct ProgressArgs {
    /// The learner's name or id.
    pub learner: String,
    /// Only this pack (default: every pack the learner has used).
    #[arg(long)]
    pub pack: Option<String>,
}

/// Prints the learner's progress.
pub fn run(kusoma: &Kusoma, args: &ProgressArgs) -> Result<()> {
    let learner = find_learner(kusoma, &args.learner)?
        .ok_or_else(|| usage(format!("no learner called `{}`", args.learner)))?;
    let packs: Vec<String> = match &args.pack {
        Some(id) => vec![id.clone()],
        None => kusoma.packs().into_iter().map(|p| p.id).collect(),
    };
    let mut shown = 0;
    for pack in packs {
        let progress = kusoma.progress(&learner.id, &pack)?;
        if progress.attempts == 0 && args.pack.is_none() {
            continue;
        }
        shown += 1;
        // The course by its name in its language (Kiswahili), not its id (sw).
        let title = kusoma
            .pack(&pack)
            .map(|p| p.manifest.name.clone())
            .unwrap_or_else(|_| pack.clone());
        say(&kusoma.tr(
            "shell-progress-title",
            &[
                ("name", Arg::from(learner.name.as_str())),
                ("pack", Arg::from(title.as_str())),
            ],
        ));
        say(&kusoma.tr(
            "shell-totals",
            &[
                ("attempts", Arg::from(progress.attempts)),
                ("sessions", Arg::from(progress.sessions)),
                ("correct", Arg::from(progress.correct)),
            ],
        ));
        for unit in &progress.units {
            // Learned means confirmed; letters mastered but not yet checked on a later day are
            // counted beside them.
            let mut line = kusoma.tr(
                "shell-unit-line",
                &[
                    ("unit", Arg::from(unit.title.as_str())),
                    ("mastered", Arg::from(unit.graphemes_confirmed)),
                    ("total", Arg::from(unit.graphemes_total)),
                ],
            );
            let to_check = unit.graphemes_mastered - unit.graphemes_confirmed;
            if to_check > 0 {
                let checking = kusoma.tr("shell-unit-checking", &[("count", Arg::from(to_check))]);
                line = format!("{line} ({checking})");
            }
            let mark = if unit.mastered {
                format!(" ✔ {}", kusoma.tr("shell-unit-done", &[]))
            } else if unit.current {
                format!(" ← {}", kusoma.tr("shell-unit-open", &[]))
            } else {
                String::new()
            };
            say(&format!("  {line}{mark}"));
        }
    }
    if shown == 0 {
        say(&kusoma.tr(
            "shell-totals",
            &[
                ("attempts", Arg::Num(0)),
                ("sessions", Arg::Num(0)),
                ("correct", Arg::Num(0)),
            ],
        ));
    }
    Ok(())
}
