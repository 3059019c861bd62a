//! The `assessments` table: scored EGRA subtasks and ASER levels, with each item's mark.

use rusqlite::params;

use super::Store;
use super::rowid::{Keyed, rowid};
use crate::error::Result;

/// A scored assessment, as stored.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentResult {
    /// Stable id (a UUID).
    pub id: String,
    /// The learner's id.
    pub learner: String,
    /// The pack the items came from.
    pub pack: String,
    /// `letter-sounds`, `familiar-words`, `nonwords`, `oral-reading`, `comprehension` or `aser`.
    pub subtask: String,
    /// `facilitator` or `learner`: who marked the items.
    pub marked_by: String,
    /// Items in the subtask.
    pub items: u32,
    /// Time limit, ms (0: untimed).
    pub limit_ms: i64,
    /// Items attempted.
    pub attempted: u32,
    /// Items correct.
    pub correct: u32,
    /// Seconds used.
    pub seconds_used: f64,
    /// Correct per minute (EGRA's adjusted rate); for comprehension, the share correct.
    pub per_minute: f64,
    /// Whether the autostop rule ended it.
    pub autostopped: bool,
    /// The ASER level, for an ASER probe.
    pub level: Option<String>,
    /// Start, ms since the Unix epoch.
    pub started_ms: i64,
    /// End, ms since the Unix epoch.
    pub ended_ms: i64,
}

/// The columns [`result_from_row`] reads first, from `assessments x JOIN learners l`.
pub(super) const RESULT_COLUMNS: &str =
    "x.uuid, l.uuid, x.pack_id, x.subtask, x.marked_by, x.items,
     x.limit_ms, x.attempted, x.correct, x.seconds_used, x.per_minute, x.autostopped, x.level,
     x.started_ms, x.ended_ms";

/// A stored result from the first columns of a row selected with [`RESULT_COLUMNS`].
pub(super) fn result_from_row(r: &rusqlite::Row) -> rusqlite::Result<AssessmentResult> {
    Ok(AssessmentResult {
        id: r.get(0)?,
        learner: r.get(1)?,
        pack: r.get(2)?,
        subtask: r.get(3)?,
        marked_by: r.get(4)?,
        items: r.get(5)?,
        limit_ms: r.get(6)?,
        attempted: r.get(7)?,
        correct: r.get(8)?,
        seconds_used: r.get(9)?,
        per_minute: r.get(10)?,
        autostopped: r.get(11)?,
        level: r.get(12)?,
        started_ms: r.get(13)?,
        ended_ms: r.get(14)?,
    })
}

impl Store {
    /// Stores a result and its item marks (`None`: not reached) in one transaction.
    pub fn insert_assessment(
        &mut self,
        r: &AssessmentResult,
        group_session: Option<&str>,
        marks: &[(String, Option<bool>)],
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        let learner = rowid(&tx, Keyed::Learner, &r.learner)?;
        tx.execute(
            "INSERT INTO assessments (uuid, learner_id, group_session_id, pack_id, subtask, marked_by, items,
                                      limit_ms, attempted, correct, seconds_used, per_minute, autostopped,
                                      level, started_ms, ended_ms)
             VALUES (?1, ?2, (SELECT id FROM group_sessions WHERE uuid = ?3), ?4, ?5, ?6, ?7, ?8, ?9, ?10,
                     ?11, ?12, ?13, ?14, ?15, ?16)",
            params![
                r.id, learner, group_session, r.pack, r.subtask, r.marked_by, r.items, r.limit_ms,
                r.attempted, r.correct, r.seconds_used, r.per_minute, r.autostopped, r.level,
                r.started_ms, r.ended_ms
            ],
        )?;
        let id = tx.last_insert_rowid();
        let mut stmt = tx.prepare_cached(
            "INSERT INTO assessment_items (assessment_id, position, item, correct) VALUES (?1, ?2, ?3, ?4)",
        )?;
        for (i, (item, mark)) in marks.iter().enumerate() {
            stmt.execute(params![id, i as i64 + 1, item, mark])?;
        }
        drop(stmt);
        tx.commit()?;
        Ok(())
    }

    /// A learner's assessments, oldest first.
    pub fn assessments(&self, learner: &str) -> Result<Vec<AssessmentResult>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {RESULT_COLUMNS} FROM assessments x JOIN learners l ON l.id = x.learner_id
             WHERE l.uuid = ?1 ORDER BY x.started_ms, x.id"
        ))?;
        let rows = stmt.query_map([learner], result_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
