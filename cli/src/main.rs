//! `kusoma`: the terminal learner and the tools for localizers and facilitators.
//!
//! Every word a learner sees comes from the core's Fluent messages; this shell only draws
//! exercises, reads answers and (with `--speak`) says prompts through espeak-ng.

// Every `print!`/`println!` of this crate goes through `term::out`: escaped controls, quiet
// end on a closed pipe (see term.rs). Defined before the modules so they all see it.
macro_rules! println {
    () => {
        $crate::term::out(format_args!(""), true)
    };
    ($($arg:tt)*) => {
        $crate::term::out(format_args!($($arg)*), true)
    };
}
macro_rules! print {
    ($($arg:tt)*) => {
        $crate::term::out(format_args!($($arg)*), false)
    };
}
// And every `eprintln!` through `term::err`: an error names what came from outside (a pack's
// path or field, a learner in an import file), which must not steer the terminal either.
macro_rules! eprintln {
    ($($arg:tt)*) => {
        $crate::term::err(format_args!($($arg)*))
    };
}

mod assess_cmd;
mod error;
mod exchange_cmd;
mod group_cmd;
mod l10n_cmd;
mod learn;
mod pack_cmd;
mod paths;
mod people;
mod progress;
mod report_cmd;
mod term;
mod words;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use crate::error::{CliError, Result, usage};
use clap::{Args, Parser, Subcommand};
use kusoma_core::clock::{Clock, SystemClock};
use kusoma_core::{Kusoma, OpenOptions};

/// Kusoma: learn to read in your own language.
#[derive(Debug, Parser)]
#[command(name = "kusoma", version, about)]
struct Cli {
    #[command(flatten)]
    global: Global,
    #[command(subcommand)]
    command: Command,
}

/// Options every command takes.
#[derive(Debug, Args)]
struct Global {
    /// Where progress is kept (default: $KUSOMA_DATA_DIR, else the user's data directory).
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,
    /// A pack folder, or a folder of packs, to load besides the installed ones; repeatable
    /// (default: $KUSOMA_PACKS, else the bundled lessons/).
    #[arg(long = "packs", global = true, value_name = "DIR")]
    packs: Vec<PathBuf>,
    /// Interface language, a BCP 47 tag like `sw` (default: from $LC_ALL, $LC_MESSAGES, $LANG).
    #[arg(long, global = true, value_name = "TAG")]
    lang: Option<String>,
    /// The facilitator acting, when the phone has several (PIN in $KUSOMA_FACILITATOR_PIN).
    #[arg(long, global = true, value_name = "NAME")]
    facilitator: Option<String>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Learn: choose or create a learner, choose a pack, do exercises.
    Learn(learn::LearnArgs),
    /// Language-pack tools.
    Pack {
        #[command(subcommand)]
        command: PackCommand,
    },
    /// Show a learner's progress.
    Progress(progress::ProgressArgs),
    /// Interface translations: check them against English, or show how complete they are.
    L10n {
        #[command(subcommand)]
        command: L10nCommand,
    },
    /// Rebuild all learner state from the attempt log and report whether it matched.
    Rebuild {
        /// Only this pack (default: every loaded pack).
        #[arg(long)]
        pack: Option<String>,
    },
    /// Facilitator profiles.
    Facilitator {
        #[command(subcommand)]
        command: people::FacilitatorCommand,
    },
    /// Learner profiles: enrol (picture login, PIN, demographics with consent), list, delete.
    Learner {
        #[command(subcommand)]
        command: people::LearnerCommand,
    },
    /// Groups, rosters and group sessions with attendance and pass-the-phone turns.
    Group {
        #[command(subcommand)]
        command: group_cmd::GroupCommand,
    },
    /// Record an EGRA subtask, a comprehension score or an ASER probe from the marking sheet.
    Assess(assess_cmd::AssessArgs),
    /// Reports for a learner, a group or the programme, as text, CSV or HTML.
    Report {
        #[command(subcommand)]
        command: report_cmd::ReportCommand,
    },
    /// Export this phone's data: a snapshot for another phone, CSV, or xAPI statements.
    Export(exchange_cmd::ExportArgs),
    /// Merge another phone's snapshot (from `kusoma export --format kusoma`) into this one.
    Import {
        /// The snapshot file.
        file: PathBuf,
    },
    /// Send xAPI statements not yet sent to a Learning Record Store, resuming where the last
    /// sync stopped.
    Sync(exchange_cmd::SyncArgs),
}

#[derive(Debug, Subcommand)]
enum L10nCommand {
    /// Missing and obsolete messages, variables and plural categories, syntax and depth, for
    /// every interface locale and every pack's Fluent files; exit 1 on any finding.
    Check {
        /// The folder of interface locales (default: core/l10n of this source tree).
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    /// A table of how complete each interface locale is.
    Coverage {
        /// The folder of interface locales (default: core/l10n of this source tree).
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum PackCommand {
    /// Check pack folders and print every problem with its file and line; exit 1 if any.
    Check {
        /// Pack folders to check.
        #[arg(required = true, value_name = "DIR")]
        dirs: Vec<PathBuf>,
    },
    /// Check a pack folder and write it as one file for sharing (SQLite, assets inside).
    Build {
        /// The pack folder.
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// The file to write (e.g. sw.kpack).
        #[arg(short, long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Check a pack file and install it into the data directory (replacing the same pack).
    Install {
        /// The pack file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
    },
    /// What a pack teaches, unit by unit: graphemes, words, sentences, recordings.
    Stats {
        /// The pack folder.
        #[arg(value_name = "DIR")]
        dir: PathBuf,
    },
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

    /// Opens the core on the data directory with the chosen packs and interface language.
    fn open(&self) -> Result<Kusoma> {
        self.open_with(Arc::new(SystemClock))
    }

    /// Opens the core and unlocks the facilitator tools (when the phone has a facilitator).
    fn open_facilitator(&self) -> Result<Kusoma> {
        let mut kusoma = self.open()?;
        people::unlock(&mut kusoma, self.facilitator.as_deref())?;
        Ok(kusoma)
    }

    /// Opens the core on a given clock.
    fn open_with(&self, clock: Arc<dyn Clock>) -> Result<Kusoma> {
        let data_dir = match &self.data_dir {
            Some(d) => d.clone(),
            None => paths::default_data_dir()
                .ok_or_else(|| usage("no data directory: set --data-dir or $KUSOMA_DATA_DIR"))?,
        };
        let pack_dirs = self.pack_dirs();
        let locales = match &self.lang {
            Some(tag) => vec![tag.clone()],
            None => paths::env_locales(),
        };
        let mut kusoma = Kusoma::open(
            &data_dir,
            OpenOptions {
                pack_dirs,
                locales,
                clock,
                ..OpenOptions::default()
            },
        )?;
        words::add_report_messages(&mut kusoma);
        if let Some(tag) = &self.lang {
            // An unknown --lang would silently fall back to English: say so instead.
            let language = tag.split(['-', '_']).next().unwrap_or_default();
            let chain = kusoma.ui_locales();
            let served = chain
                .iter()
                .any(|l| l == tag || l.split('-').next() == Some(language));
            if !served {
                let known: Vec<&str> = kusoma_core::l10n::Localizer::builtin_sources()
                    .iter()
                    .map(|(locale, _)| *locale)
                    .collect();
                return Err(usage(format!(
                    "there is no interface in `{tag}`; --lang takes one of: {}, or the test languages en-XA and ar-XB",
                    known.join(", ")
                )));
            }
        }
        for rejected in kusoma.rejected_packs() {
            let args = [
                ("dir", rejected.path.display().to_string().into()),
                ("count", words::n(rejected.problems.len())),
            ];
            eprintln!("{}", words::tr("cli-pack-not-loaded", &args));
        }
        Ok(kusoma)
    }
}

/// Replays the attempt log of each pack and stores the rebuilt state.
fn rebuild(kusoma: &mut Kusoma, pack: Option<String>) -> Result<()> {
    let packs = match pack {
        Some(id) => vec![id],
        None => kusoma.packs().into_iter().map(|p| p.id).collect(),
    };
    for id in packs {
        let report = kusoma.rebuild(&id)?;
        let verdict = if report.matched {
            "matched the stored state"
        } else {
            "differed from the stored state, which was rewritten"
        };
        let args = [
            ("pack", report.pack.as_str().into()),
            ("attempts", words::n(report.attempts)),
            ("learners", words::n(report.learners)),
            ("verdict", verdict.into()),
        ];
        println!("{}", words::tr("cli-rebuilt", &args));
    }
    Ok(())
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Pack {
            command: PackCommand::Check { dirs },
        } => return pack_cmd::check(&dirs),
        Command::Pack {
            command: PackCommand::Build { dir, out },
        } => return pack_cmd::build(&dir, &out),
        Command::Pack {
            command: PackCommand::Stats { dir },
        } => return pack_cmd::stats(&dir),
        Command::Pack {
            command: PackCommand::Install { file },
        } => cli.global.open().and_then(|mut k| {
            let installed = k.install_pack(&file).map_err(CliError::PackFile)?;
            println!(
                "installed pack `{}` ({}) in {}",
                installed.id,
                installed.name_en,
                k.packs_dir().display()
            );
            Ok(())
        }),
        Command::Learn(args) => cli
            .global
            .open()
            .and_then(|mut k| learn::run(&mut k, &args, cli.global.lang.is_some())),
        Command::Progress(args) => cli.global.open().and_then(|k| progress::run(&k, &args)),
        Command::L10n {
            command: L10nCommand::Check { dir },
        } => {
            let packs = cli.global.pack_dirs();
            return l10n_cmd::check(dir.as_deref(), &packs);
        }
        Command::L10n {
            command: L10nCommand::Coverage { dir },
        } => return l10n_cmd::coverage(dir.as_deref()),
        Command::Rebuild { pack } => cli.global.open().and_then(|mut k| rebuild(&mut k, pack)),
        Command::Facilitator { command } => cli.global.open().and_then(|mut k| {
            people::facilitator(&mut k, &command, cli.global.facilitator.as_deref())
        }),
        Command::Learner { command } => cli
            .global
            .open()
            .and_then(|mut k| people::learner(&mut k, &command, cli.global.facilitator.as_deref())),
        Command::Group { command } => cli
            .global
            .open_facilitator()
            .and_then(|mut k| group_cmd::run(&mut k, &command)),
        Command::Assess(args) => {
            let clock = assess_cmd::clock();
            cli.global.open_with(clock.clone()).and_then(|mut k| {
                people::unlock(&mut k, cli.global.facilitator.as_deref())?;
                assess_cmd::run(&mut k, &clock, &args)
            })
        }
        Command::Report { command } => cli
            .global
            .open_facilitator()
            .and_then(|k| report_cmd::run(&k, &command)),
        Command::Export(args) => cli
            .global
            .open_facilitator()
            .and_then(|k| exchange_cmd::export(&k, &args)),
        Command::Import { file } => cli
            .global
            .open_facilitator()
            .and_then(|mut k| exchange_cmd::import(&mut k, &file)),
        Command::Sync(args) => cli
            .global
            .open_facilitator()
            .and_then(|mut k| exchange_cmd::sync(&mut k, &args)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
