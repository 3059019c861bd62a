//! `kusoma group …`: groups, rosters, and a group session from the terminal — attendance by
//! naming who is absent, then pass-the-phone turns answered like `kusoma learn`.

use std::time::Instant;

use clap::{Args, Subcommand};
use kusoma_core::l10n::Arg;
use kusoma_core::{Error, Kusoma, TurnRule};

use crate::error::{Result, usage};
use crate::learn::{read_answer, show};
use crate::people::find;
use crate::term::{Input, Voice, say};
use crate::words::{n, tr};

/// `kusoma group …`
#[derive(Debug, Subcommand)]
pub enum GroupCommand {
    /// Create a group.
    Create {
        /// Its name.
        name: String,
    },
    /// Put learners (names or ids) on a group's roster.
    Add {
        /// The group's name or id.
        group: String,
        /// Learners.
        #[arg(required_unless_present = "all")]
        learners: Vec<String>,
        /// Every learner on the phone.
        #[arg(long)]
        all: bool,
    },
    /// List the groups, or a group's roster.
    List {
        /// A group's name or id.
        group: Option<String>,
    },
    /// Run a group session: attendance, then pass-the-phone turns read from standard input.
    Session(SessionArgs),
}

/// Arguments of `kusoma group session`.
#[derive(Debug, Args)]
pub struct SessionArgs {
    /// The group's name or id.
    pub group: String,
    /// The pack the group works in.
    #[arg(long)]
    pub pack: String,
    /// Learners absent today (names or ids, comma-separated); everyone else is present.
    #[arg(long, value_delimiter = ',')]
    pub absent: Vec<String>,
    /// Pass the phone after this many exercises.
    #[arg(long, conflicts_with = "turn_minutes")]
    pub turn_exercises: Option<u32>,
    /// Pass the phone after this many minutes.
    #[arg(long)]
    pub turn_minutes: Option<u32>,
    /// Stop after this many turns (default: one round of everyone present).
    #[arg(long)]
    pub turns: Option<u32>,
    /// The facilitator's notes, stored when the session ends.
    #[arg(long, default_value = "")]
    pub notes: String,
}

fn find_group(kusoma: &Kusoma, key: &str) -> Result<kusoma_core::store::Group> {
    let groups = kusoma.groups()?;
    groups
        .into_iter()
        .find(|g| g.id == key || g.name.to_lowercase() == key.to_lowercase())
        .ok_or_else(|| usage(format!("no group named {key:?}")))
}

/// Runs `kusoma group …` (the facilitator tools are already unlocked).
pub fn run(kusoma: &mut Kusoma, command: &GroupCommand) -> Result<()> {
    match command {
        GroupCommand::Create { name } => {
            let g = kusoma.create_group(name)?;
            println!("group {} ({})", g.name, g.id);
        }
        GroupCommand::Add {
            group,
            learners,
            all,
        } => {
            let g = find_group(kusoma, group)?;
            let ids: Vec<String> = if *all {
                kusoma.learners()?.into_iter().map(|l| l.id).collect()
            } else {
                learners
                    .iter()
                    .map(|l| find(kusoma, l).map(|l| l.id))
                    .collect::<Result<_>>()?
            };
            let g = kusoma.add_to_group(&g.id, &ids)?;
            println!(
                "{}",
                tr(
                    "cli-group-members",
                    &[("name", g.name.as_str().into()), ("count", n(g.members))]
                )
            );
        }
        GroupCommand::List { group: None } => {
            for g in kusoma.groups()? {
                let members = tr("cli-learners", &[("count", n(g.members))]);
                println!("{}\t{}\t{members}", g.id, g.name);
            }
        }
        GroupCommand::List { group: Some(key) } => {
            let g = find_group(kusoma, key)?;
            for l in kusoma.roster(&g.id)? {
                println!("{}\t{}", l.id, l.name);
            }
        }
        GroupCommand::Session(args) => session(kusoma, args)?,
    }
    Ok(())
}

fn session(kusoma: &mut Kusoma, args: &SessionArgs) -> Result<()> {
    let g = find_group(kusoma, &args.group)?;
    let rule = match (args.turn_exercises, args.turn_minutes) {
        (Some(n), _) => Some(TurnRule::Exercises(n)),
        (None, Some(m)) => Some(TurnRule::Minutes(m)),
        (None, None) => None,
    };
    let absent: Vec<String> = args
        .absent
        .iter()
        .map(|l| find(kusoma, l).map(|l| l.id))
        .collect::<Result<_>>()?;
    let gs = kusoma.start_group_session(&g.id, &args.pack, rule, &absent)?;
    // The learners read the pack's language; the interface follows it, as in `kusoma learn`.
    let language = kusoma.pack(&args.pack)?.manifest.language.clone();
    let mut locales = vec![language];
    locales.extend(kusoma.ui_locales());
    let locales: Vec<&str> = locales.iter().map(String::as_str).collect();
    kusoma.set_locales(&locales);
    // Stored with the session itself: a kill cannot leave the absent marked present.
    let attendance = kusoma.attendance(&gs.id)?;
    let present = attendance.iter().filter(|a| a.present).count();
    println!(
        "group session {} of {}: {present} of {} present",
        gs.id,
        g.name,
        attendance.len()
    );
    if rule.is_some() && present > 0 {
        let turns = args.turns.unwrap_or(present as u32);
        run_turns(kusoma, &gs.id, turns)?;
    }
    let ended = kusoma.end_group_session(&gs.id, &args.notes)?;
    println!("group session {} ended", ended.id);
    Ok(())
}

/// Plays `turns` pass-the-phone turns, reading answers from standard input.
fn run_turns(kusoma: &mut Kusoma, group_session: &str, turns: u32) -> Result<()> {
    let mut input = Input::stdin();
    let voice = Voice::new(false);
    let mut started = 0;
    let mut in_turn = 0;
    loop {
        let turn = kusoma.group_turn(group_session)?;
        if turn.changed {
            started += 1;
            if started > turns {
                return Ok(());
            }
            in_turn = 0;
            say(&kusoma.tr(
                "shell-pass-phone",
                &[("name", Arg::from(turn.learner.name.as_str()))],
            ));
        }
        let Some(exercise) = kusoma.next_exercise(&turn.session)? else {
            // The turn's exercises are done: the next call passes the phone.
            continue;
        };
        in_turn += 1;
        show(&exercise, in_turn, 0, &voice);
        let shown = Instant::now();
        loop {
            let Some(answer) = read_answer(kusoma, &exercise, &mut input) else {
                return Ok(());
            };
            let elapsed = i64::try_from(shown.elapsed().as_millis()).unwrap_or(i64::MAX);
            match kusoma.submit(&turn.session, &answer, elapsed) {
                Ok(feedback) => {
                    let mark = if feedback.correct { "✔" } else { "✘" };
                    say(&format!("{mark} {}", feedback.message));
                    break;
                }
                Err(Error::InvalidInput(_)) => {
                    say(&crate::learn::not_understood(
                        kusoma,
                        exercise.choices.len(),
                    ));
                }
                Err(e) => return Err(e.into()),
            }
        }
    }
}
