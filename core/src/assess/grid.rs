//! A timed grid run as the facilitator records it: start the timer, mark errors, end with the
//! last item attempted, then score.
//!
//! # How a run ends
//!
//! - **The learner stops before the limit** (usually by reaching the final item): the facilitator
//!   taps the last item attempted → [`GridRun::stop_at`]`(position, now_ms)`. The clock stops
//!   and the run is ready to score.
//! - **Time runs out**: [`GridRun::time_up`]`(now_ms)` stops the clock at the limit, but the item
//!   being read when time ran out is not known yet, and EGRA counts only what the facilitator
//!   brackets. The run waits in [`RunPhase::AwaitingLastItem`] and [`GridRun::score`] refuses
//!   until [`GridRun::set_last_item`]`(position)` says where the learner was. Nothing past that
//!   item counts, whatever the timer did.
//! - **Autostop**: when the first line is all marked wrong, [`GridRun::autostopped`] turns true
//!   and the shell tells the facilitator to stop; they end the run as above (normally
//!   `stop_at(line, now_ms)`) and it scores 0.
//!
//! [`GridRun::set_last_item`] also corrects a mis-tapped last item after `stop_at`. Position 0
//! as the last item means the learner read nothing.

use super::{GridScore, SubtaskKind, check_last_item, check_position, tally};
use crate::error::{Error, Result};

/// Where a run is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RunPhase {
    /// Created; the timer has not started.
    Ready,
    /// The timer is running.
    Running,
    /// Time ran out; the facilitator must still mark the last item read.
    AwaitingLastItem,
    /// The clock is stopped and the last item known: the run can be scored.
    Done,
}

/// One timed grid (or passage) being administered.
#[derive(Debug, Clone)]
pub struct GridRun {
    kind: SubtaskKind,
    items: usize,
    limit_ms: i64,
    autostop_after: usize,
    /// Wrong marks by position − 1: EGRA marks errors only, so the default is right.
    wrong: Vec<bool>,
    started_ms: Option<i64>,
    /// Time on the clock when it stopped, clamped to `[0, limit_ms]`.
    used_ms: Option<i64>,
    /// The last item attempted (0 = none), once known.
    last_item: Option<usize>,
}

impl GridRun {
    /// A run of `items` items against `limit_ms`, discontinued when the first `autostop_after`
    /// items are all wrong (0 disables autostop). Comprehension is not timed and has no grid.
    pub fn new(
        kind: SubtaskKind,
        items: usize,
        limit_ms: i64,
        autostop_after: usize,
    ) -> Result<GridRun> {
        if !kind.is_timed() {
            return Err(Error::InvalidInput(format!(
                "{} is not a timed subtask; score it with assess::comprehension",
                kind.as_str()
            )));
        }
        if items == 0 {
            return Err(Error::InvalidInput("a grid needs at least one item".into()));
        }
        if limit_ms <= 0 {
            return Err(Error::InvalidInput(format!(
                "the time limit must be positive, not {limit_ms} ms"
            )));
        }
        if autostop_after > items {
            return Err(Error::InvalidInput(format!(
                "the autostop line ({autostop_after} items) is longer than the grid ({items} items)"
            )));
        }
        Ok(GridRun {
            kind,
            items,
            limit_ms,
            autostop_after,
            wrong: vec![false; items],
            started_ms: None,
            used_ms: None,
            last_item: None,
        })
    }

    /// A run with EGRA's standard grid for the kind: 100 letters / 60 s / autostop 10, or
    /// 50 words / 60 s / autostop 5. A passage or comprehension has no standard grid.
    pub fn standard(kind: SubtaskKind) -> Result<GridRun> {
        let (items, limit_ms, autostop) = kind.standard_grid().ok_or_else(|| {
            Error::InvalidInput(format!(
                "{} has no standard grid; give its length with GridRun::new",
                kind.as_str()
            ))
        })?;
        GridRun::new(kind, items, limit_ms, autostop)
    }

    /// The subtask.
    pub fn kind(&self) -> SubtaskKind {
        self.kind
    }

    /// Items on the grid.
    pub fn items(&self) -> usize {
        self.items
    }

    /// The time limit in ms.
    pub fn limit_ms(&self) -> i64 {
        self.limit_ms
    }

    /// The autostop line's length (0 = no autostop).
    pub fn autostop_after(&self) -> usize {
        self.autostop_after
    }

    /// Where the run is.
    pub fn phase(&self) -> RunPhase {
        match (self.started_ms, self.used_ms, self.last_item) {
            (None, _, _) => RunPhase::Ready,
            (Some(_), None, _) => RunPhase::Running,
            (Some(_), Some(_), None) => RunPhase::AwaitingLastItem,
            (Some(_), Some(_), Some(_)) => RunPhase::Done,
        }
    }

    /// The last item attempted, once known (0 = none).
    pub fn last_item(&self) -> Option<usize> {
        self.last_item
    }

    /// Whether the item at 1-based `position` is marked wrong (false outside the grid).
    pub fn is_marked_wrong(&self, position: usize) -> bool {
        position
            .checked_sub(1)
            .and_then(|i| self.wrong.get(i))
            .copied()
            .unwrap_or(false)
    }

    /// Milliseconds left on the timer at `now_ms`, for display: the full limit before the
    /// start, what the stopped clock left after the stop, never below 0 or above the limit.
    pub fn remaining_ms(&self, now_ms: i64) -> i64 {
        let used = match (self.started_ms, self.used_ms) {
            (None, _) => 0,
            (Some(_), Some(used)) => used,
            (Some(start), None) => now_ms.saturating_sub(start).clamp(0, self.limit_ms),
        };
        self.limit_ms - used
    }

    /// Starts the timer: the learner reads the first item.
    pub fn start(&mut self, now_ms: i64) -> Result<()> {
        if self.started_ms.is_some() {
            return Err(Error::InvalidInput("the run has already started".into()));
        }
        self.started_ms = Some(now_ms);
        Ok(())
    }

    /// Marks the item at 1-based `position` wrong (`correct == false`) or right again (a
    /// self-correction). Allowed from the start until scoring, also after the stop, because
    /// facilitators finish their marks once the learner is done; marks past the last item are
    /// kept (the last item may be corrected) but do not count.
    pub fn mark(&mut self, position: usize, correct: bool) -> Result<()> {
        check_position(position, self.items)?;
        if self.started_ms.is_none() {
            return Err(Error::InvalidInput(
                "start the run before marking items".into(),
            ));
        }
        // check_position keeps position − 1 in range; `get_mut` keeps that from being a panic.
        if let Some(slot) = self.wrong.get_mut(position - 1) {
            *slot = !correct;
        }
        Ok(())
    }

    /// The learner stopped before time ran out (normally at the final item, or on an autostop):
    /// `position` is the last item attempted (0 = none) and the clock stops at `now_ms`. A
    /// `now_ms` past the limit counts as the full limit, as if time had run out there.
    pub fn stop_at(&mut self, position: usize, now_ms: i64) -> Result<()> {
        let used = self.stop_clock(now_ms, "stop")?;
        check_last_item(position, self.items, used)?;
        self.used_ms = Some(used);
        self.last_item = Some(position);
        Ok(())
    }

    /// The timer ran out at `now_ms`: the clock stops at the full limit (`now_ms` only has to
    /// be no earlier than the start; a timer firing a little early still used the minute). The
    /// run then waits for [`GridRun::set_last_item`].
    pub fn time_up(&mut self, now_ms: i64) -> Result<()> {
        self.stop_clock(now_ms, "time up")?;
        self.used_ms = Some(self.limit_ms);
        Ok(())
    }

    /// Sets (or corrects) the last item attempted once the clock has stopped: the bracket the
    /// facilitator draws after time is up. 0 = the learner read nothing.
    pub fn set_last_item(&mut self, position: usize) -> Result<()> {
        let Some(used) = self.used_ms else {
            return Err(Error::InvalidInput(
                "the clock is still running (or not started): use stop_at or time_up first".into(),
            ));
        };
        check_last_item(position, self.items, used)?;
        self.last_item = Some(position);
        Ok(())
    }

    /// Whether the subtask is discontinued: every item of the first line (the first
    /// `autostop_after`, not any run of that many) is marked wrong, and the learner got at
    /// least that far (once the last item is known, marks after it do not count).
    pub fn autostopped(&self) -> bool {
        let line = self.autostop_after;
        line > 0
            && self.last_item.is_none_or(|last| last >= line)
            && self.wrong.iter().take(line).all(|&w| w)
    }

    /// The score, once the run is [`RunPhase::Done`].
    pub fn score(&self) -> Result<GridScore> {
        let (used, last) = match (self.phase(), self.used_ms, self.last_item) {
            (RunPhase::Done, Some(used), Some(last)) => (used, last),
            (RunPhase::AwaitingLastItem, _, _) => {
                return Err(Error::InvalidInput(
                    "time is up but the last item read is not marked yet: call set_last_item"
                        .into(),
                ));
            }
            _ => {
                return Err(Error::InvalidInput(
                    "the run is not finished: start it, then stop_at or time_up".into(),
                ));
            }
        };
        let incorrect = self.wrong.iter().take(last).filter(|&&w| w).count();
        let line = self.autostopped().then_some(self.autostop_after);
        Ok(tally(
            self.items,
            self.limit_ms,
            last,
            incorrect,
            used,
            line,
        ))
    }

    /// Stops the clock at `now_ms` and returns the time used, clamped to `[0, limit]`; refuses
    /// a run not running and a clock earlier than the start.
    fn stop_clock(&self, now_ms: i64, what: &str) -> Result<i64> {
        let Some(start) = self.started_ms else {
            return Err(Error::InvalidInput(format!(
                "{what} before the run started: call start first"
            )));
        };
        if self.used_ms.is_some() {
            return Err(Error::InvalidInput(format!(
                "{what}: the clock has already stopped"
            )));
        }
        if now_ms < start {
            return Err(Error::InvalidInput(format!(
                "{what} at {now_ms} ms is before the start at {start} ms: the clock went backwards"
            )));
        }
        Ok(now_ms.saturating_sub(start).min(self.limit_ms))
    }
}
