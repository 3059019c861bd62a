//! Assessment: EGRA subtasks and ASER levels, scored by the published rules. Pure and
//! deterministic: no storage, no clock (times come in as i64 milliseconds), no bindings.
//!
//! # EGRA (Early Grade Reading Assessment, toolkit 2nd edition, RTI 2015/2016)
//!
//! - **Timed grids** ([`GridRun`]): letter sounds (100 items), familiar words (50), nonwords (50),
//!   each 60 seconds. The facilitator marks only errors (every item is right until marked wrong,
//!   a self-correction un-marks it) and, at the end, the last item the learner attempted — the
//!   bracket "]" on the paper form.
//! - **Items attempted** is the position of that last item (1-based); **correct** is attempted
//!   minus the items marked wrong up to it. Marks after it are ignored.
//! - **Correct per minute** is `correct / (limit − time remaining) × 60`. Time remaining is
//!   recorded only when the learner reaches the final item before the limit; otherwise the rate
//!   is over the full limit.
//! - **Early stop (autostop)**: if the *first* line — the first 10 letters or the first 5 words —
//!   is all wrong, the subtask is discontinued and scores 0 correct, 0 per minute, with the line
//!   counted as attempted.
//! - **Oral reading fluency** ([`oral_reading`]): the same rules over a passage of N words.
//! - **Comprehension** ([`comprehension`]): correct out of the questions asked, and only questions
//!   on text the learner reached are asked ([`questions_reached`]).
//!
//! # ASER (Annual Status of Education Report)
//!
//! [`AserProbe::level`] places a learner at the highest level passed: beginner, letter, word,
//! paragraph, story ([`AserLevel`]).

mod aser;
mod grid;
pub mod items;
pub mod nonwords;
mod reading;

pub use aser::{ASER_MAX_MISTAKES, AserLevel, AserProbe};
pub use grid::{GridRun, RunPhase};
pub use reading::{ComprehensionScore, comprehension, oral_reading, questions_reached};

use crate::error::{Error, Result};

/// The subtask name an ASER probe is stored under, beside EGRA's [`SubtaskKind`] names.
pub const ASER_SUBTASK: &str = "aser";

/// EGRA's time limit for every timed subtask: 60 seconds.
pub const TIME_LIMIT_MS: i64 = 60_000;
/// Items on EGRA's letter-sound grid.
pub const LETTER_ITEMS: usize = 100;
/// Items on EGRA's familiar-word and nonword grids.
pub const WORD_ITEMS: usize = 50;
/// Letters in the first line of the letter grid: all wrong stops the subtask.
pub const LETTER_AUTOSTOP: usize = 10;
/// Words in the first line of a word grid: all wrong stops the subtask.
pub const WORD_AUTOSTOP: usize = 5;

/// The EGRA subtasks Kusoma scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SubtaskKind {
    /// Say the sound of each letter on a timed grid.
    LetterSounds,
    /// Read familiar words on a timed grid.
    FamiliarWords,
    /// Decode invented words on a timed grid.
    Nonwords,
    /// Read a passage aloud for a minute (oral reading fluency).
    OralReading,
    /// Answer questions about the passage read; untimed.
    Comprehension,
}

impl SubtaskKind {
    /// Every kind, in the order EGRA gives them.
    pub const ALL: [SubtaskKind; 5] = [
        SubtaskKind::LetterSounds,
        SubtaskKind::FamiliarWords,
        SubtaskKind::Nonwords,
        SubtaskKind::OralReading,
        SubtaskKind::Comprehension,
    ];

    /// The stable name stored with results.
    pub fn as_str(self) -> &'static str {
        match self {
            SubtaskKind::LetterSounds => "letter-sounds",
            SubtaskKind::FamiliarWords => "familiar-words",
            SubtaskKind::Nonwords => "nonwords",
            SubtaskKind::OralReading => "oral-reading",
            SubtaskKind::Comprehension => "comprehension",
        }
    }

    /// The kind with this stored name.
    pub fn parse(name: &str) -> Result<SubtaskKind> {
        SubtaskKind::ALL
            .into_iter()
            .find(|k| k.as_str() == name)
            .ok_or_else(|| Error::InvalidInput(format!("unknown EGRA subtask {name:?}")))
    }

    /// Whether the subtask runs against the clock (all but comprehension).
    pub fn is_timed(self) -> bool {
        self != SubtaskKind::Comprehension
    }

    /// EGRA's standard grid for the kind as (items, time limit in ms, autostop line), or `None`
    /// when there is no standard one: a passage's length is the passage's, and comprehension
    /// is not a grid.
    pub fn standard_grid(self) -> Option<(usize, i64, usize)> {
        match self {
            SubtaskKind::LetterSounds => Some((LETTER_ITEMS, TIME_LIMIT_MS, LETTER_AUTOSTOP)),
            SubtaskKind::FamiliarWords | SubtaskKind::Nonwords => {
                Some((WORD_ITEMS, TIME_LIMIT_MS, WORD_AUTOSTOP))
            }
            SubtaskKind::OralReading | SubtaskKind::Comprehension => None,
        }
    }
}

/// The score of a timed subtask (a grid or a passage), by EGRA's rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct GridScore {
    /// Items attempted: the position of the last item attempted (1-based), 0 if none; the
    /// autostop line's length when autostopped.
    pub attempted: usize,
    /// Items attempted and not marked wrong; 0 when autostopped.
    pub correct: usize,
    /// Items attempted and marked wrong.
    pub incorrect: usize,
    /// Seconds on the clock from start to stop, clamped to the limit.
    pub seconds_used: f64,
    /// EGRA's "time remaining": the seconds left when the learner reached the final item
    /// before the limit, otherwise 0 (so it need not equal limit − used when the subtask was
    /// discontinued before the end).
    pub seconds_remaining: f64,
    /// Correct items per minute: `correct / (limit − seconds_remaining) × 60`; 0 when
    /// autostopped or nothing was attempted.
    pub per_minute: f64,
    /// The first line was all wrong and the subtask was discontinued.
    pub autostopped: bool,
    /// The learner reached the final item before the limit.
    pub finished_early: bool,
}

/// Scores a timed subtask once its facts are known and checked: `items` on the grid,
/// `attempted` (last item attempted), `incorrect` marks up to it, the clock's `used_ms`
/// (already clamped to `[0, limit_ms]`), and the autostop line's length if the subtask was
/// discontinued. One function for grids and passages so the two cannot drift apart.
fn tally(
    items: usize,
    limit_ms: i64,
    attempted: usize,
    incorrect: usize,
    used_ms: i64,
    autostop_line: Option<usize>,
) -> GridScore {
    let seconds_used = used_ms as f64 / 1000.0;
    if let Some(line) = autostop_line {
        // EGRA scores a discontinued subtask as 0 correct over the line it stopped on; no
        // time remaining is recorded because the learner did not finish.
        return GridScore {
            attempted: line,
            correct: 0,
            incorrect: line,
            seconds_used,
            seconds_remaining: 0.0,
            per_minute: 0.0,
            autostopped: true,
            finished_early: false,
        };
    }
    let correct = attempted.saturating_sub(incorrect);
    // Time remaining is only recorded when the learner got to the end before the limit: a
    // learner who stopped part-way (the facilitator ended the subtask) is rated over the full
    // minute, as EGRA's hesitation rule would have kept them going.
    let finished_early = attempted == items && attempted > 0 && used_ms < limit_ms;
    let rate_ms = if finished_early { used_ms } else { limit_ms };
    let remaining_ms = limit_ms - rate_ms;
    // rate_ms is > 0 here: stopping at a positive item with no time used is refused on input,
    // and the guard keeps a zero from ever reaching the division.
    let per_minute = if correct == 0 || rate_ms <= 0 {
        0.0
    } else {
        correct as f64 * 60_000.0 / rate_ms as f64
    };
    GridScore {
        attempted,
        correct,
        incorrect,
        seconds_used,
        seconds_remaining: remaining_ms as f64 / 1000.0,
        per_minute,
        autostopped: false,
        finished_early,
    }
}

/// Checks a 1-based item position against a grid of `items`.
fn check_position(position: usize, items: usize) -> Result<()> {
    if position == 0 || position > items {
        return Err(Error::InvalidInput(format!(
            "item position {position} is outside the grid (1..={items})"
        )));
    }
    Ok(())
}

/// Checks a last-item position (0 = nothing read) against a grid of `items`, and that a
/// learner who read something used some time (else the rate would divide by zero).
fn check_last_item(last: usize, items: usize, used_ms: i64) -> Result<()> {
    if last > items {
        return Err(Error::InvalidInput(format!(
            "last item {last} is beyond the grid of {items} items"
        )));
    }
    if last > 0 && used_ms <= 0 {
        return Err(Error::InvalidInput(format!(
            "{last} item(s) read in no time: the clock did not advance since the start"
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
