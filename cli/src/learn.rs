//! `kusoma learn`: the terminal learner. Choose or create a learner, choose a pack, then answer
//! exercises by typing a choice number, tile numbers in order, or the answer itself. Works the
//! same with piped input, and ends the session cleanly at end of input.

use std::time::Instant;

use clap::Args;
use kusoma_core::exercise::{Typed, read_typed};
use kusoma_core::l10n::Arg;
use kusoma_core::pack::Picture;
use kusoma_core::{Answer, AnswerMode, Error, Exercise, Kusoma, Learner, Media, SessionOptions};

use crate::error::{CliError, Result, usage};
use crate::term::{Input, Voice, say};

/// Arguments of `kusoma learn`.
#[derive(Debug, Args)]
pub struct LearnArgs {
    /// The learner's name or id; a new name creates the learner.
    #[arg(long)]
    pub learner: Option<String>,
    /// The pack id (e.g. `sw`).
    #[arg(long)]
    pub pack: Option<String>,
    /// Exercises in the session.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u32).range(1..=500))]
    pub exercises: u32,
    /// Choices per exercise.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u32).range(2..=6))]
    pub choices: u32,
    /// Seed for the exercises (the same seed and history give the same exercises).
    #[arg(long)]
    pub seed: Option<u64>,
    /// End the session after this many minutes, even before the exercises are done.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1..=180))]
    pub minutes: Option<u32>,
    /// Take the placement test instead of a lesson: a few letters from across the course, to
    /// skip the units already known.
    #[arg(long)]
    pub placement: bool,
    /// Say prompts aloud through espeak-ng, when it is installed.
    #[arg(long)]
    pub speak: bool,
}

/// Finds a learner by id or by name (ignoring case).
pub fn find_learner(kusoma: &Kusoma, key: &str) -> Result<Option<Learner>> {
    let learners = kusoma.learners()?;
    let key = key.trim();
    Ok(learners
        .into_iter()
        .find(|l| l.id == key || l.name.to_lowercase() == key.to_lowercase()))
}

/// Runs a learning session.
/// Runs a learning session. `interface_chosen`: the user named an interface language
/// (`--lang`); otherwise the interface follows the chosen pack's language.
pub fn run(kusoma: &mut Kusoma, args: &LearnArgs, interface_chosen: bool) -> Result<()> {
    let mut input = Input::stdin();
    let voice = Voice::new(args.speak);
    say(&kusoma.tr("shell-welcome", &[]));
    if args.speak && !voice.available() {
        say(&kusoma.tr("shell-no-speech", &[]));
    }
    let Some(learner) = choose_learner(kusoma, args, &mut input)? else {
        return Ok(());
    };
    if learner.is_protected() && !sign_in(kusoma, &learner, &mut input)? {
        return Ok(());
    }
    let Some(pack) = choose_pack(kusoma, args, &mut input)? else {
        return Ok(());
    };
    let info = kusoma.pack(&pack)?;
    if !interface_chosen {
        // A learner who chose a language reads its interface too, when Kusoma has it.
        let mut locales = vec![info.manifest.language.clone()];
        locales.extend(kusoma.ui_locales());
        let locales: Vec<&str> = locales.iter().map(String::as_str).collect();
        kusoma.set_locales(&locales);
    }
    // How to stop, once, before the first exercise: `q` ends the session and keeps progress.
    say(&kusoma.tr("shell-quit-hint", &[]));
    let options = SessionOptions {
        exercises: args.exercises,
        choices: args.choices,
        seed: args.seed,
        minutes: args.minutes,
    };
    // A placement test says what it is and counts its own letters, not `--exercises`.
    let total = if args.placement {
        let letters = kusoma_core::engine::placement::plan(&info).len();
        say(&kusoma.tr(
            "shell-placement-intro",
            &[(
                "count",
                Arg::from(i64::try_from(letters).unwrap_or(i64::MAX)),
            )],
        ));
        u32::try_from(letters).unwrap_or(u32::MAX)
    } else {
        args.exercises
    };
    let session = if args.placement {
        kusoma.start_placement(&learner.id, &pack, args.seed)
    } else {
        kusoma.start_session(&learner.id, &pack, &options)
    };
    let session = session?;
    let mut number = 0;
    while let Some(exercise) = kusoma.next_exercise(&session)? {
        number += 1;
        show(&exercise, number, total, &voice);
        let shown = Instant::now();
        let feedback = loop {
            let Some(answer) = read_answer(kusoma, &exercise, &mut input) else {
                break None;
            };
            let elapsed = i64::try_from(shown.elapsed().as_millis()).unwrap_or(i64::MAX);
            match kusoma.submit(&session, &answer, elapsed) {
                Ok(feedback) => break Some(feedback),
                // The answer does not fit the exercise (a tile used twice): ask again.
                Err(Error::InvalidInput(_)) => say(&not_understood(kusoma, exercise.choices.len())),
                Err(e) => return Err(e.into()),
            }
        };
        let Some(feedback) = feedback else { break };
        let mark = if feedback.correct { "✔" } else { "✘" };
        say(&format!("{mark} {}", feedback.message));
        voice.speak(&exercise.language, &feedback.expected);
        println!();
    }
    let summary = kusoma.end_session(&session)?;
    say(&summary.message);
    if args.placement {
        // The result, however the test ended (all letters, or three misses in a row).
        say(&kusoma.placement_result_text(&summary.placed));
    }
    crate::progress::run(
        kusoma,
        &crate::progress::ProgressArgs {
            learner: learner.id.clone(),
            pack: Some(pack),
        },
    )?;
    say(&kusoma.tr("shell-goodbye", &[]));
    Ok(())
}

fn choose_learner(
    kusoma: &mut Kusoma,
    args: &LearnArgs,
    input: &mut Input,
) -> Result<Option<Learner>> {
    if let Some(key) = &args.learner {
        return match find_learner(kusoma, key)? {
            Some(l) => Ok(Some(l)),
            None => kusoma
                .create_learner(key, "")
                .map(Some)
                .map_err(CliError::from),
        };
    }
    let learners = kusoma.learners()?;
    loop {
        if learners.is_empty() {
            let Some(name) = input.ask(&kusoma.tr("shell-ask-name", &[])) else {
                return Ok(None);
            };
            match kusoma.create_learner(&name, "") {
                Ok(l) => return Ok(Some(l)),
                Err(e) => {
                    say(&e.to_string());
                    continue;
                }
            }
        }
        say(&kusoma.tr("shell-choose-learner", &[]));
        for (i, l) in learners.iter().enumerate() {
            println!("  {}) {}", i + 1, l.name);
        }
        println!(
            "  {}) {}",
            learners.len() + 1,
            kusoma.tr("shell-new-learner", &[])
        );
        let Some(line) = input.ask(">") else {
            return Ok(None);
        };
        match line.parse::<usize>() {
            Ok(n) if (1..=learners.len()).contains(&n) => return Ok(Some(learners[n - 1].clone())),
            Ok(n) if n == learners.len() + 1 => {
                let Some(name) = input.ask(&kusoma.tr("shell-ask-name", &[])) else {
                    return Ok(None);
                };
                match kusoma.create_learner(&name, "") {
                    Ok(l) => return Ok(Some(l)),
                    Err(e) => say(&e.to_string()),
                }
            }
            Ok(_) => say(&not_understood(kusoma, learners.len() + 1)),
            // A name typed instead of a number: that learner, or a new one.
            Err(_) if !line.is_empty() => {
                return match find_learner(kusoma, &line)? {
                    Some(l) => Ok(Some(l)),
                    None => kusoma
                        .create_learner(&line, "")
                        .map(Some)
                        .map_err(CliError::from),
                };
            }
            Err(_) => {}
        }
    }
}

/// Asks a protected learner for her pictures and PIN until they are right, the profile locks,
/// or input ends; returns whether she is signed in.
fn sign_in(kusoma: &mut Kusoma, learner: &Learner, input: &mut Input) -> Result<bool> {
    loop {
        let pictures = if learner.has_pictures {
            let Some(line) = input.ask(&kusoma.tr("shell-ask-pictures", &[])) else {
                return Ok(false);
            };
            // People count pictures from 1; the core numbers them from 0. Anything else is
            // passed on as an impossible picture: the core counts it as a wrong try.
            Some(
                line.split([' ', ','])
                    .filter(|p| !p.is_empty())
                    .map(|p| {
                        p.parse::<u8>()
                            .ok()
                            .and_then(|n| n.checked_sub(1))
                            .unwrap_or(u8::MAX)
                    })
                    .collect::<Vec<u8>>(),
            )
        } else {
            None
        };
        let pin = if learner.has_pin {
            let Some(line) = input.ask(&kusoma.tr("shell-ask-pin", &[])) else {
                return Ok(false);
            };
            Some(line)
        } else {
            None
        };
        match kusoma.sign_in_learner(&learner.id, pictures.as_deref(), pin.as_deref()) {
            Ok(_) => return Ok(true),
            Err(Error::Locked { .. }) => {
                say(&kusoma.tr("shell-locked", &[]));
                return Ok(false);
            }
            Err(Error::Denied(_) | Error::InvalidInput(_)) => {
                say(&kusoma.tr("shell-wrong-secret", &[]));
            }
            Err(e) => return Err(e.into()),
        }
    }
}

fn choose_pack(kusoma: &Kusoma, args: &LearnArgs, input: &mut Input) -> Result<Option<String>> {
    let packs = kusoma.packs();
    if let Some(id) = &args.pack {
        kusoma.pack(id)?;
        return Ok(Some(id.clone()));
    }
    match packs.len() {
        0 => return Err(usage("no language packs are loaded; pass --packs DIR")),
        1 => return Ok(Some(packs[0].id.clone())),
        _ => {}
    }
    loop {
        say(&kusoma.tr("shell-choose-pack", &[]));
        for (i, p) in packs.iter().enumerate() {
            println!("  {}) {} ({})", i + 1, p.name, p.id);
        }
        let Some(line) = input.ask(">") else {
            return Ok(None);
        };
        if let Some(p) = packs.iter().find(|p| p.id == line) {
            return Ok(Some(p.id.clone()));
        }
        match line.parse::<usize>() {
            Ok(n) if (1..=packs.len()).contains(&n) => return Ok(Some(packs[n - 1].id.clone())),
            _ => say(&not_understood(kusoma, packs.len())),
        }
    }
}

pub(crate) fn show(exercise: &Exercise, number: u32, total: u32, voice: &Voice) {
    if total == 0 {
        say(&format!("[{number}] {}", exercise.instruction));
    } else {
        say(&format!("[{number}/{total}] {}", exercise.instruction));
    }
    show_media(&exercise.prompt, "  ", exercise, voice);
    if let Some(question) = &exercise.question {
        show_media(question, "  ? ", exercise, voice);
    }
    for (i, choice) in exercise.choices.iter().enumerate() {
        say(&format!("  {}) {}", i + 1, label(choice)));
    }
}

fn show_media(media: &Media, indent: &str, exercise: &Exercise, voice: &Voice) {
    if let Some(text) = &media.text {
        say(&format!("{indent}» {text} «"));
    }
    if let Some(Picture::Emoji(e) | Picture::File(e)) = &media.picture {
        say(&format!("{indent}{e}"));
    }
    if let Some(speak) = &media.speak {
        say(&format!("{indent}🔊 \"{speak}\""));
        voice.speak(&exercise.language, speak);
    }
}

/// How a choice is drawn in the terminal: its text, else its picture, else its sound.
fn label(choice: &Media) -> String {
    let mut parts = Vec::new();
    if let Some(text) = &choice.text {
        // A vowel sign or haraka alone (a tile) is drawn on a dotted circle, as elsewhere.
        parts.push(kusoma_core::text::on_dotted_circle(text));
    }
    if let Some(Picture::Emoji(p) | Picture::File(p)) = &choice.picture {
        parts.push(p.clone());
    }
    if parts.is_empty()
        && let Some(speak) = &choice.speak
    {
        parts.push(format!("🔊 \"{speak}\""));
    }
    parts.join("  ")
}

/// Reads an answer: numbers pick choices (or tiles in order); anything else is typed text.
/// Re-asks until the input can be an answer; `None` at end of input or on `q`.
pub(crate) fn read_answer(
    kusoma: &Kusoma,
    exercise: &Exercise,
    input: &mut Input,
) -> Option<Answer> {
    let prompt = match exercise.mode {
        AnswerMode::TapOne => kusoma.tr("shell-answer-choice", &[]),
        AnswerMode::OrderTiles => kusoma.tr("shell-answer-tiles", &[]),
    };
    let max = exercise.choices.len();
    loop {
        let line = input.ask(&format!(
            "{} >",
            prompt.replace(['\u{2068}', '\u{2069}'], "")
        ))?;
        if line.eq_ignore_ascii_case("q") {
            return None;
        }
        // The core reads digits of every script, tiles without spaces and text that names
        // a choice; anything that cannot be an answer is asked again with a reason.
        match read_typed(exercise, &line) {
            Typed::Answer(answer) => return Some(answer),
            Typed::Empty => continue,
            Typed::OutOfRange { max } => say(&not_understood(kusoma, max)),
            Typed::RepeatedTile(tile) => say(&kusoma.tr(
                "shell-tile-repeated",
                &[("tile", Arg::from(i64::try_from(tile).unwrap_or(i64::MAX)))],
            )),
            Typed::NoSuchChoice => say(&kusoma.tr(
                "shell-no-such-choice",
                &[("max", Arg::from(i64::try_from(max).unwrap_or(i64::MAX)))],
            )),
        }
    }
}

pub(crate) fn not_understood(kusoma: &Kusoma, max: usize) -> String {
    kusoma.tr(
        "shell-not-understood",
        &[("max", Arg::from(i64::try_from(max).unwrap_or(i64::MAX)))],
    )
}
