//! Sending a phone's xAPI statements to a Learning Record Store: the policy as a state machine
//! with no network in it, so the CLI and the apps drive the same rules with their own HTTP.
//!
//! A driver asks [`LrsSync::next`] what to do — post a body to `<endpoint>/statements`, wait, or
//! stop — and tells [`LrsSync::answer`] what the LRS said. The rules:
//! - batches come from [`Kusoma::xapi_batch`]; a batch is committed (its watermark stored)
//!   only when every statement in it was accepted, so an interrupted sync resumes before it,
//!   and sending again is harmless since statement ids are stable;
//! - a network failure, 429 or another status not named below is tried again after a pause
//!   that doubles from [`SyncPolicy::first_pause_ms`] up to [`SyncPolicy::max_pause_ms`],
//!   [`SyncPolicy::tries`] times in all, then the sync stops and says why;
//! - 400, 409, 413 or 422 refuse the content: the part is halved and each half sent, until
//!   the one refused statement is found and named; 413 (too large) is healed the same way;
//! - 401 or 403 stop at once: the credentials are wrong, and trying again would not help.

use std::collections::VecDeque;
use std::ops::Range;

use super::{MAX_BATCH, XapiBatch};
use crate::error::{Error, Result};
use crate::kusoma::Kusoma;

/// How a sync sends and retries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncPolicy {
    /// Statements per batch (1 to [`MAX_BATCH`]).
    pub batch: u32,
    /// Tries per request before the sync stops (1 to 20).
    pub tries: u32,
    /// The pause after the first failed try, in ms.
    pub first_pause_ms: u64,
    /// The longest pause, in ms.
    pub max_pause_ms: u64,
}

impl Default for SyncPolicy {
    fn default() -> Self {
        SyncPolicy {
            batch: 500,
            tries: 5,
            first_pause_ms: 500,
            max_pause_ms: 30_000,
        }
    }
}

/// What the LRS said to a post.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LrsAnswer {
    /// An HTTP status and the start of its body.
    Status {
        /// The HTTP status code.
        code: u16,
        /// The response body (only its start is kept in messages).
        body: String,
    },
    /// No answer: the network failed or timed out.
    Unreachable {
        /// What the platform said.
        reason: String,
    },
}

/// What the driver does next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncStep {
    /// POST `body` (a JSON array of statements) to `<endpoint>/statements`, then call
    /// [`LrsSync::answer`].
    Post {
        /// The request body.
        body: String,
        /// Statements in it.
        statements: u32,
    },
    /// Wait `ms`, then call [`LrsSync::next`] again (it posts the same part).
    Wait {
        /// How long.
        ms: u64,
        /// Why: the failed try, for the facilitator.
        reason: String,
    },
    /// Everything was sent.
    Done {
        /// Statements accepted in this sync.
        sent: u64,
    },
    /// The sync stopped; running it again resumes after the last committed batch.
    Failed {
        /// Why, in a sentence a facilitator can act on.
        reason: String,
        /// Statements accepted in this sync before it stopped.
        sent: u64,
    },
}

/// One sync to one LRS, in progress.
#[derive(Debug)]
pub struct LrsSync {
    target: String,
    policy: SyncPolicy,
    /// The batch being sent, and the parts of it (ranges of its statements) still to post,
    /// the next first.
    batch: Option<(XapiBatch, VecDeque<Range<usize>>)>,
    /// Failed tries of the part at the front.
    failures: u32,
    pause_ms: u64,
    /// A pause to hand out before posting again.
    wait: Option<(u64, String)>,
    sent: u64,
    stopped: Option<String>,
}

/// The longest piece of an LRS's answer quoted in a message.
const QUOTE: usize = 300;

fn quote(body: &str) -> String {
    body.chars().take(QUOTE).collect()
}

impl Kusoma {
    /// Starts a sync of this phone's statements to the LRS `target` (its xAPI endpoint, which
    /// also names the watermark). Only a facilitator may.
    pub fn start_sync(&self, target: &str, policy: SyncPolicy) -> Result<LrsSync> {
        self.require_facilitator()?;
        if !(1..=MAX_BATCH).contains(&policy.batch) {
            return Err(Error::InvalidInput(format!(
                "a batch holds 1 to {MAX_BATCH} statements"
            )));
        }
        if !(1..=20).contains(&policy.tries) {
            return Err(Error::InvalidInput(
                "a request is tried 1 to 20 times".into(),
            ));
        }
        if target.trim().is_empty() {
            return Err(Error::InvalidInput("the LRS endpoint is empty".into()));
        }
        Ok(LrsSync {
            target: target.to_owned(),
            policy,
            batch: None,
            failures: 0,
            pause_ms: policy.first_pause_ms,
            wait: None,
            sent: 0,
            stopped: None,
        })
    }
}

impl LrsSync {
    /// Statements accepted so far in this sync.
    pub fn sent(&self) -> u64 {
        self.sent
    }

    /// What to do next. Commits a batch once all of it was accepted and reads the next one.
    pub fn next(&mut self, kusoma: &mut Kusoma) -> Result<SyncStep> {
        if let Some(reason) = &self.stopped {
            return Ok(SyncStep::Failed {
                reason: reason.clone(),
                sent: self.sent,
            });
        }
        if let Some((ms, reason)) = self.wait.take() {
            return Ok(SyncStep::Wait { ms, reason });
        }
        if let Some((batch, parts)) = &self.batch
            && parts.is_empty()
        {
            kusoma.commit_xapi_batch(&self.target, batch)?;
            self.sent += u64::from(batch.count);
            self.batch = None;
        }
        if self.batch.is_none() {
            let batch = kusoma.xapi_batch(&self.target, self.policy.batch)?;
            if batch.count == 0 {
                return Ok(SyncStep::Done { sent: self.sent });
            }
            let all = 0..batch.statements.len();
            self.batch = Some((batch, VecDeque::from([all])));
        }
        let Some((batch, parts)) = &self.batch else {
            return Ok(SyncStep::Done { sent: self.sent });
        };
        let Some(part) = parts.front() else {
            return Ok(SyncStep::Done { sent: self.sent });
        };
        let first = batch.statements[part.start].1.start;
        let last = batch.statements[part.end - 1].1.end;
        let mut body = String::with_capacity(last - first + 2);
        body.push('[');
        body.push_str(&batch.json[first..last]);
        body.push(']');
        Ok(SyncStep::Post {
            body,
            statements: part.len() as u32,
        })
    }

    /// What the LRS answered to the last [`SyncStep::Post`].
    pub fn answer(&mut self, answer: LrsAnswer) {
        let Some((batch, parts)) = &mut self.batch else {
            return;
        };
        let Some(part) = parts.front().cloned() else {
            return;
        };
        let failed = match answer {
            LrsAnswer::Status {
                code: 200..=299, ..
            } => {
                parts.pop_front();
                self.failures = 0;
                self.pause_ms = self.policy.first_pause_ms;
                return;
            }
            LrsAnswer::Status {
                code: code @ (401 | 403),
                ..
            } => {
                self.stopped = Some(format!(
                    "the LRS refused the credentials ({code}); check the user and password"
                ));
                return;
            }
            LrsAnswer::Status {
                code: code @ (400 | 409 | 413 | 422),
                body,
            } => {
                if part.len() == 1 {
                    let id = &batch.statements[part.start].0;
                    self.stopped = Some(format!(
                        "the LRS refused statement {id} ({code}): {}",
                        quote(&body)
                    ));
                } else {
                    // Halve the part: the refused statement is in one half, the other goes.
                    parts.pop_front();
                    let middle = part.start + part.len() / 2;
                    parts.push_front(middle..part.end);
                    parts.push_front(part.start..middle);
                    self.failures = 0;
                }
                return;
            }
            LrsAnswer::Status { code, body } => format!("HTTP {code}: {}", quote(&body)),
            LrsAnswer::Unreachable { reason } => reason,
        };
        self.failures += 1;
        if self.failures >= self.policy.tries {
            self.stopped = Some(format!(
                "the LRS did not accept the batch after {} tries: {failed}",
                self.policy.tries
            ));
        } else {
            self.wait = Some((
                self.pause_ms,
                format!("try {} failed ({failed})", self.failures),
            ));
            self.pause_ms = self
                .pause_ms
                .saturating_mul(2)
                .min(self.policy.max_pause_ms);
        }
    }
}
