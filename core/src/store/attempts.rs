//! The append-only `attempts` log and the `skill_state` derived from it, written together.

use rusqlite::{TransactionBehavior, params};

use super::Store;
use super::rowid::{Keyed, rowid};
use crate::error::Result;
use crate::model::{Estimate, LetterFit, SkillState};

/// An attempt to append.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttempt {
    /// Stable id (a UUID): merges of exports are idempotent by it.
    pub id: String,
    /// The learner's id.
    pub learner: String,
    /// The session's id.
    pub session: Option<String>,
    /// The pack's id and version.
    pub pack: String,
    /// The pack's version.
    pub pack_version: String,
    /// The item's key.
    pub item: String,
    /// The exercise kind's name.
    pub kind: String,
    /// The skills exercised.
    pub skills: Vec<String>,
    /// What the learner gave.
    pub answer: String,
    /// What was expected.
    pub expected: String,
    /// Whether it was right.
    pub correct: bool,
    /// How long the learner took, ms.
    pub response_ms: i64,
    /// Choices a guess picks from (0 for tiles or typing).
    pub choices: u32,
    /// When, ms since the Unix epoch.
    pub created_ms: i64,
}

/// The derived state an attempt changed, written in the attempt's transaction.
#[derive(Debug, Clone, Default)]
pub struct AttemptEffects<'a> {
    /// Skills whose state changed.
    pub skills: &'a [(&'a str, &'a SkillState)],
    /// The learner's ability in the pack after the attempt.
    pub ability: Estimate,
    /// Her fitted letter parameters' counts after the attempt.
    pub letters: LetterFit,
    /// The item difficulty the attempt changed (`item#kind` key).
    pub item: Option<(&'a str, Estimate)>,
}

/// A stored attempt, as read back.
pub type AttemptRecord = NewAttempt;

/// Totals over a learner's attempts in a pack.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals {
    /// Attempts made.
    pub attempts: u32,
    /// Correct ones.
    pub correct: u32,
    /// Time spent answering, ms.
    pub time_ms: i64,
    /// Sessions started.
    pub sessions: u32,
}

const ATTEMPT_COLUMNS: &str =
    "a.uuid, l.uuid, s.uuid, a.pack_id, a.pack_version, a.item, a.kind, a.skills,
     a.answer, a.expected, a.correct, a.response_ms, a.created_ms, a.choices";
const ATTEMPT_FROM: &str = "FROM attempts a JOIN learners l ON l.id = a.learner_id
     LEFT JOIN sessions s ON s.id = a.session_id";

fn attempt_from_row(r: &rusqlite::Row) -> rusqlite::Result<AttemptRecord> {
    Ok(NewAttempt {
        id: r.get(0)?,
        learner: r.get(1)?,
        session: r.get(2)?,
        pack: r.get(3)?,
        pack_version: r.get(4)?,
        item: r.get(5)?,
        kind: r.get(6)?,
        skills: r
            .get::<_, String>(7)?
            .split(' ')
            .map(str::to_owned)
            .collect(),
        answer: r.get(8)?,
        expected: r.get(9)?,
        correct: r.get(10)?,
        response_ms: r.get(11)?,
        created_ms: r.get(12)?,
        choices: r.get(13)?,
    })
}

impl Store {
    /// Appends an attempt and writes the state it changed, in one durable transaction.
    pub fn record_attempt(&mut self, attempt: &NewAttempt, effects: &AttemptEffects) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let learner = rowid(&tx, Keyed::Learner, &attempt.learner)?;
        let session = match &attempt.session {
            Some(s) => Some(rowid(&tx, Keyed::Session, s)?),
            None => None,
        };
        tx.prepare_cached(
            "INSERT INTO attempts (uuid, learner_id, session_id, pack_id, pack_version, item, kind, skills,
                                   answer, expected, correct, response_ms, created_ms, engine_version, choices)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
        )?
        .execute(params![
            attempt.id,
            learner,
            session,
            attempt.pack,
            attempt.pack_version,
            attempt.item,
            attempt.kind,
            attempt.skills.join(" "),
            attempt.answer,
            attempt.expected,
            attempt.correct,
            attempt.response_ms,
            attempt.created_ms,
            crate::ENGINE_VERSION,
            attempt.choices,
        ])?;
        super::state::write_effects(&tx, learner, &attempt.pack, effects)?;
        tx.commit()?;
        Ok(())
    }

    /// A learner's attempts in a pack, oldest first.
    pub fn attempts(&self, learner: &str, pack: &str) -> Result<Vec<AttemptRecord>> {
        self.select_attempts("l.uuid = ?1 AND a.pack_id = ?2", params![learner, pack])
    }

    /// Streams every attempt in a pack, by every learner, in the order they were recorded (the
    /// log a rebuild replays) to `each` with its row id, one row in memory at a time.
    pub fn each_pack_attempt(
        &self,
        pack: &str,
        mut each: impl FnMut(i64, &AttemptRecord) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ATTEMPT_COLUMNS}, a.id {ATTEMPT_FROM} WHERE a.pack_id = ?1 ORDER BY a.id"
        ))?;
        let mut rows = stmt.query([pack])?;
        while let Some(row) = rows.next()? {
            each(row.get(14)?, &attempt_from_row(row)?)?;
        }
        Ok(())
    }

    /// The row id of the last attempt of each placement-test session in a pack.
    pub fn placement_last_attempts(
        &self,
        pack: &str,
    ) -> Result<std::collections::HashMap<String, i64>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.uuid, max(a.id) FROM attempts a JOIN sessions s ON s.id = a.session_id
             WHERE a.pack_id = ?1 AND s.kind = ?2 GROUP BY s.id",
        )?;
        let rows = stmt.query_map(params![pack, super::PLACEMENT], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn select_attempts(
        &self,
        filter: &str,
        args: impl rusqlite::Params,
    ) -> Result<Vec<AttemptRecord>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {ATTEMPT_COLUMNS} {ATTEMPT_FROM} WHERE {filter} ORDER BY a.id"
        ))?;
        let rows = stmt.query_map(args, attempt_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Totals over a learner's attempts and sessions in a pack.
    pub fn totals(&self, learner: &str, pack: &str) -> Result<Totals> {
        let learner = self.learner_rowid(learner)?;
        let (attempts, correct, time_ms) = self.conn.query_row(
            "SELECT count(*), coalesce(sum(correct), 0), coalesce(sum(response_ms), 0) FROM attempts
             WHERE learner_id = ?1 AND pack_id = ?2",
            params![learner, pack],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let sessions = self.conn.query_row(
            "SELECT count(*) FROM sessions WHERE learner_id = ?1 AND pack_id = ?2",
            params![learner, pack],
            |r| r.get(0),
        )?;
        Ok(Totals {
            attempts,
            correct,
            time_ms,
            sessions,
        })
    }
}
