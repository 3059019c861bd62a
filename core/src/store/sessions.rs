//! The `sessions` table: one row per learning session.

use rusqlite::{OptionalExtension, params};

use super::Store;
use super::attempts::AttemptEffects;
use super::rowid::{Keyed, rowid};
use crate::error::{Error, Result};

/// A stored session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// Stable id (a UUID).
    pub id: String,
    /// The learner's id.
    pub learner: String,
    /// The pack's id.
    pub pack: String,
    /// The seed of the session's exercise RNG.
    pub seed: i64,
    /// When it started, ms since the Unix epoch.
    pub started_ms: i64,
    /// When it ended, if it has.
    pub ended_ms: Option<i64>,
    /// `learn`, or `placement` for a placement test.
    pub kind: String,
    /// The group session this is a pass-the-phone turn of, if any.
    pub group_session: Option<String>,
}

/// The kind of a placement-test session.
pub const PLACEMENT: &str = "placement";

impl Store {
    /// Records a new session, without waiting for the disk.
    ///
    /// The row is committed at `synchronous=NORMAL` and the connection goes back to `FULL`
    /// before this returns. In WAL mode the commit is still atomic, only not yet durable: a
    /// session holds nothing a learner did until its first answer, and that answer's `FULL`
    /// commit syncs the log up to and including this row. A power cut before then loses an
    /// empty session, never an answer. It spares the start of every session the log's fsyncs
    /// (and, on the first write after an open, creating and syncing a new WAL file and its
    /// folder), which were most of opening a data directory and showing the first exercise
    /// (docs/benchmarks.md).
    pub fn insert_session(&self, session: &SessionRecord) -> Result<()> {
        let learner = self.learner_rowid(&session.learner)?;
        self.conn.pragma_update(None, "synchronous", "NORMAL")?;
        let inserted = self.conn.execute(
            "INSERT INTO sessions (uuid, learner_id, pack_id, seed, started_ms, kind, group_session_id)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, (SELECT id FROM group_sessions WHERE uuid = ?7))",
            params![session.id, learner, session.pack, session.seed, session.started_ms, session.kind, session.group_session],
        );
        // Back to FULL whatever happened: every other write, answers first, waits for the disk.
        self.conn.pragma_update(None, "synchronous", "FULL")?;
        inserted?;
        Ok(())
    }

    /// Marks a session ended.
    pub fn end_session(&self, id: &str, now_ms: i64) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE sessions SET ended_ms = ?2 WHERE uuid = ?1 AND ended_ms IS NULL",
            params![id, now_ms],
        )?;
        if n == 0 {
            return Err(Error::NotFound(format!("no open session with id {id}")));
        }
        Ok(())
    }

    /// One session by id.
    pub fn session(&self, id: &str) -> Result<SessionRecord> {
        self.conn
            .query_row(
                "SELECT s.uuid, l.uuid, s.pack_id, s.seed, s.started_ms, s.ended_ms, s.kind, g.uuid
                 FROM sessions s JOIN learners l ON l.id = s.learner_id
                 LEFT JOIN group_sessions g ON g.id = s.group_session_id WHERE s.uuid = ?1",
                [id],
                |r| {
                    Ok(SessionRecord {
                        id: r.get(0)?,
                        learner: r.get(1)?,
                        pack: r.get(2)?,
                        seed: r.get(3)?,
                        started_ms: r.get(4)?,
                        ended_ms: r.get(5)?,
                        kind: r.get(6)?,
                        group_session: r.get(7)?,
                    })
                },
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("no session with id {id}")))
    }

    /// The placement-test sessions of a pack: id → end time (`None` while not ended).
    pub fn placements(&self, pack: &str) -> Result<std::collections::HashMap<String, Option<i64>>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT uuid, ended_ms FROM sessions WHERE pack_id = ?1 AND kind = ?2",
        )?;
        let rows = stmt.query_map(params![pack, PLACEMENT], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<i64>>(1)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Ends a session and writes the state its end changed, in one transaction (a placement
    /// test's result).
    pub fn end_session_with_state(
        &mut self,
        id: &str,
        now_ms: i64,
        learner: &str,
        pack: &str,
        effects: &AttemptEffects,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let n = tx.execute(
            "UPDATE sessions SET ended_ms = ?2 WHERE uuid = ?1 AND ended_ms IS NULL",
            params![id, now_ms],
        )?;
        if n == 0 {
            return Err(Error::NotFound(format!("no open session with id {id}")));
        }
        let learner = rowid(&tx, Keyed::Learner, learner)?;
        super::state::write_effects(&tx, learner, pack, effects)?;
        tx.commit()?;
        Ok(())
    }
}
