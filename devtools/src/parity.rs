//! `kusoma-dev parity <bkt|fsrs>`: runs the core's learner models on cases read from standard input,
//! so that `tests/parity/run_parity.py` can compare them with the reference implementations
//! (pyBKT for Bayesian Knowledge Tracing, py-fsrs for FSRS-6).
//!
//! Input is JSON Lines, one case a line (blank lines are skipped); output is one JSON line of
//! results a case, in the same order:
//!
//! - `bkt`: `{"params":{"prior":…,"learn":…,"guess":…,"slip":…,"forget":…},"observations":[1,0,…]}`
//!   → `{"predictions":[…],"states":[…]}`: P(right) and P(learned) before each observation.
//!   The guess parameter is used as given (no multiple-choice floor).
//! - `fsrs`: `{"reviews":[{"rating":3,"at_ms":…},…]}` → `{"states":[{"stability":…,"difficulty":…},…]}`
//!   after each review, from a new card, with FSRS-6's default parameters.
//!
//! A line that is not such a case stops the run: an error naming the line goes to standard
//! error and the exit code is 2.

use std::fmt;
use std::io::{self, BufRead, BufWriter, Write};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use kusoma_core::engine::bkt::BktParams;
use kusoma_core::engine::fsrs::{Fsrs, Rating};
use kusoma_core::model::Memory;
use serde::{Deserialize, Serialize};

/// Arguments of `kusoma-dev parity`.
#[derive(Debug, Args)]
pub struct ParityArgs {
    /// The model whose cases standard input holds.
    #[arg(value_enum)]
    pub model: ParityModel,
}

/// A learner model the core implements after a reference implementation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParityModel {
    /// Bayesian Knowledge Tracing (reference: pyBKT).
    Bkt,
    /// FSRS-6 (reference: py-fsrs).
    Fsrs,
}

/// The BKT parameters of one case, as given in the input.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BktParamsIn {
    prior: f64,
    learn: f64,
    guess: f64,
    slip: f64,
    forget: f64,
}

/// One BKT case: parameters and a sequence of answers (1 right, 0 wrong).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct BktCase {
    params: BktParamsIn,
    observations: Vec<i64>,
}

/// The results of one BKT case.
#[derive(Debug, Serialize, PartialEq)]
struct BktResult {
    predictions: Vec<f64>,
    states: Vec<f64>,
}

/// One review of an FSRS case.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ReviewIn {
    rating: i64,
    at_ms: i64,
}

/// One FSRS case: the reviews of a new card, in order.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FsrsCase {
    reviews: Vec<ReviewIn>,
}

/// The memory after one review.
#[derive(Debug, Serialize, PartialEq)]
struct FsrsState {
    stability: f64,
    difficulty: f64,
}

/// The results of one FSRS case.
#[derive(Debug, Serialize, PartialEq)]
struct FsrsResult {
    states: Vec<FsrsState>,
}

/// Why a run stopped.
#[derive(Debug)]
enum Failure {
    /// A line that is not a valid case (1-based line number, what is wrong).
    BadInput(usize, String),
    /// Standard input or output failed.
    Io(io::Error),
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Failure::BadInput(line, message) => write!(f, "input line {line}: {message}"),
            Failure::Io(e) => write!(f, "{e}"),
        }
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

/// Runs `kusoma-dev parity`: cases from standard input, results to standard output.
/// Exit code 0, 2 for bad input, 1 if standard input or output failed.
pub fn run(args: &ParityArgs) -> ExitCode {
    let stdin = io::stdin().lock();
    let stdout = BufWriter::new(io::stdout().lock());
    match process(args.model, stdin, stdout) {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure @ Failure::BadInput(..)) => {
            eprintln!("error: {failure}");
            ExitCode::from(2)
        }
        Err(failure @ Failure::Io(_)) => {
            eprintln!("error: {failure}");
            ExitCode::FAILURE
        }
    }
}

/// Reads every case from `input` and writes one result line for each to `output`.
fn process(model: ParityModel, input: impl BufRead, mut output: impl Write) -> Result<(), Failure> {
    for (index, line) in input.lines().enumerate() {
        let line = line?;
        let number = index + 1;
        if line.trim().is_empty() {
            continue;
        }
        let result = match model {
            ParityModel::Bkt => parse::<BktCase>(&line)
                .and_then(|case| run_bkt(&case))
                .and_then(|r| serde_json::to_string(&r).map_err(|e| e.to_string())),
            ParityModel::Fsrs => parse::<FsrsCase>(&line)
                .and_then(|case| run_fsrs(&case))
                .and_then(|r| serde_json::to_string(&r).map_err(|e| e.to_string())),
        }
        .map_err(|message| Failure::BadInput(number, message))?;
        writeln!(output, "{result}")?;
    }
    output.flush()?;
    Ok(())
}

/// Parses one line, with serde_json's message but only the column (the line is ours).
fn parse<T: for<'de> Deserialize<'de>>(line: &str) -> Result<T, String> {
    serde_json::from_str(line).map_err(|e| {
        let message = e.to_string();
        let position = format!(" at line {} column {}", e.line(), e.column());
        let message = message.strip_suffix(&position).unwrap_or(&message);
        format!("{message} (column {})", e.column())
    })
}

/// A probability parameter, checked to lie in 0–1.
fn probability(name: &str, value: f64) -> Result<f64, String> {
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!(
            "params.{name} is {value}, not a probability in 0–1"
        ))
    }
}

/// P(right) and P(learned) before each observation, from the prior on.
fn run_bkt(case: &BktCase) -> Result<BktResult, String> {
    let p = &case.params;
    let params = BktParams {
        prior: probability("prior", p.prior)?,
        learn: probability("learn", p.learn)?,
        guess: probability("guess", p.guess)?,
        slip: probability("slip", p.slip)?,
        forget: probability("forget", p.forget)?,
    };
    let mut predictions = Vec::with_capacity(case.observations.len());
    let mut states = Vec::with_capacity(case.observations.len());
    let mut p_learned = params.prior;
    for (i, &observation) in case.observations.iter().enumerate() {
        let correct = match observation {
            0 => false,
            1 => true,
            other => {
                return Err(format!(
                    "observations[{i}] is {other}, not 0 (wrong) or 1 (right)"
                ));
            }
        };
        // choices = 0: the guess parameter as given, as pyBKT has it.
        let (predicted, next) = params.step(p_learned, correct, 0);
        predictions.push(predicted);
        states.push(p_learned);
        p_learned = next;
    }
    Ok(BktResult {
        predictions,
        states,
    })
}

/// The memory after each review of a new card.
fn run_fsrs(case: &FsrsCase) -> Result<FsrsResult, String> {
    let fsrs = Fsrs::default();
    let mut memory: Option<Memory> = None;
    let mut states = Vec::with_capacity(case.reviews.len());
    for (i, review) in case.reviews.iter().enumerate() {
        let rating = match review.rating {
            1 => Rating::Again,
            2 => Rating::Hard,
            3 => Rating::Good,
            4 => Rating::Easy,
            other => {
                return Err(format!(
                    "reviews[{i}].rating is {other}, not 1–4 (Again, Hard, Good, Easy)"
                ));
            }
        };
        let next = fsrs.review(memory, rating, review.at_ms);
        states.push(FsrsState {
            stability: next.stability,
            difficulty: next.difficulty,
        });
        memory = Some(next);
    }
    Ok(FsrsResult { states })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn output_of(model: ParityModel, input: &str) -> Result<String, Failure> {
        let mut out = Vec::new();
        process(model, input.as_bytes(), &mut out)?;
        Ok(String::from_utf8(out).unwrap())
    }

    fn bad_input(model: ParityModel, input: &str) -> (usize, String) {
        match output_of(model, input) {
            Err(Failure::BadInput(line, message)) => (line, message),
            other => panic!("expected bad input, got {other:?}"),
        }
    }

    #[test]
    fn bkt_states_start_at_the_prior_and_follow_the_step() {
        let out = output_of(
            ParityModel::Bkt,
            r#"{"params":{"prior":0.5,"learn":0.0,"guess":0.2,"slip":0.1,"forget":0.0},"observations":[1,0]}"#,
        )
        .unwrap();
        let value: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        let states = value["states"].as_array().unwrap();
        assert_eq!(states[0].as_f64(), Some(0.5));
        assert!((states[1].as_f64().unwrap() - 0.45 / 0.55).abs() < 1e-12);
        assert!((value["predictions"][0].as_f64().unwrap() - 0.55).abs() < 1e-12);
    }

    #[test]
    fn fsrs_gives_one_state_per_review_and_skips_blank_lines() {
        let out = output_of(
            ParityModel::Fsrs,
            "\n{\"reviews\":[{\"rating\":3,\"at_ms\":0},{\"rating\":1,\"at_ms\":864000000}]}\n{\"reviews\":[]}\n",
        )
        .unwrap();
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(
            lines[0].starts_with(r#"{"states":[{"stability":2.3065,"#),
            "{}",
            lines[0]
        );
        assert_eq!(lines[1], r#"{"states":[]}"#);
    }

    #[test]
    fn bad_lines_are_named_with_their_number() {
        let good = r#"{"reviews":[{"rating":3,"at_ms":0}]}"#;
        let (line, message) = bad_input(
            ParityModel::Fsrs,
            &format!("{good}\n{good}\n{{\"reviews\":[{{\"rating\":5,\"at_ms\":0}}]}}"),
        );
        assert_eq!(line, 3);
        assert!(message.contains("rating is 5"), "{message}");
        let (line, message) = bad_input(ParityModel::Fsrs, "not json");
        assert_eq!(line, 1);
        assert!(message.contains("column"), "{message}");
        let (_, message) = bad_input(ParityModel::Fsrs, r#"{"reviews":[{"rating":3,"when":0}]}"#);
        assert!(message.contains("unknown field `when`"), "{message}");
        let (_, message) = bad_input(
            ParityModel::Bkt,
            r#"{"params":{"prior":1.5,"learn":0.1,"guess":0.2,"slip":0.1,"forget":0},"observations":[1]}"#,
        );
        assert!(message.contains("params.prior is 1.5"), "{message}");
        let (_, message) = bad_input(
            ParityModel::Bkt,
            r#"{"params":{"prior":0.5,"learn":0.1,"guess":0.2,"slip":0.1},"observations":[1]}"#,
        );
        assert!(message.contains("missing field `forget`"), "{message}");
        let (_, message) = bad_input(
            ParityModel::Bkt,
            r#"{"params":{"prior":0.5,"learn":0.1,"guess":0.2,"slip":0.1,"forget":0},"observations":[1,2]}"#,
        );
        assert!(message.contains("observations[1] is 2"), "{message}");
    }
}
