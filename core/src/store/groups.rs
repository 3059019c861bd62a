//! Groups, rosters, group sessions and attendance.

use rusqlite::{OptionalExtension, Row, params};

use super::Store;
use super::learners::{COLUMNS as LEARNER_COLUMNS, Learner, from_row as learner_from_row};
use super::rowid::{Keyed, rowid};
use crate::error::{Error, Result};

/// A group of learners that meets with a facilitator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// Stable id (a UUID).
    pub id: String,
    /// The name the facilitator gave it.
    pub name: String,
    /// When it was made, ms since the Unix epoch.
    pub created_ms: i64,
    /// Learners on the roster.
    pub members: u32,
}

/// One meeting of a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupSessionRecord {
    /// Stable id (a UUID).
    pub id: String,
    /// The group's id.
    pub group: String,
    /// The pack the group works in.
    pub pack: String,
    /// When it started, ms since the Unix epoch.
    pub started_ms: i64,
    /// When it ended, if it has.
    pub ended_ms: Option<i64>,
    /// The facilitator's notes.
    pub notes: String,
    /// Pass-the-phone turns last this many exercises or minutes (0: no turns).
    pub turn_every: u32,
    /// `exercises` or `minutes`.
    pub turn_unit: String,
}

/// A roster entry in a group session's attendance.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceEntry {
    /// The learner.
    pub learner: Learner,
    /// Whether they were present.
    pub present: bool,
}

fn group_session_from_row(r: &Row) -> rusqlite::Result<GroupSessionRecord> {
    Ok(GroupSessionRecord {
        id: r.get(0)?,
        group: r.get(1)?,
        pack: r.get(2)?,
        started_ms: r.get(3)?,
        ended_ms: r.get(4)?,
        notes: r.get(5)?,
        turn_every: r.get(6)?,
        turn_unit: r.get(7)?,
    })
}

const GROUP_SESSION_COLUMNS: &str = "gs.uuid, g.uuid, gs.pack_id, gs.started_ms, gs.ended_ms, gs.notes, gs.turn_every, gs.turn_unit";

impl Store {
    /// Adds a group.
    pub fn insert_group(&self, id: &str, name: &str, now_ms: i64) -> Result<()> {
        self.conn.execute(
            "INSERT INTO groups (uuid, name, created_ms, updated_ms) VALUES (?1, ?2, ?3, ?3)",
            params![id, name, now_ms],
        )?;
        Ok(())
    }

    /// Every group, oldest first.
    pub fn groups(&self) -> Result<Vec<Group>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT g.uuid, g.name, g.created_ms, (SELECT count(*) FROM group_members m WHERE m.group_id = g.id)
             FROM groups g ORDER BY g.created_ms, g.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Group {
                id: r.get(0)?,
                name: r.get(1)?,
                created_ms: r.get(2)?,
                members: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One group.
    pub fn group(&self, id: &str) -> Result<Group> {
        self.groups()?
            .into_iter()
            .find(|g| g.id == id)
            .ok_or_else(|| Error::NotFound(format!("no group with id {id}")))
    }

    fn group_rowid(&self, id: &str) -> Result<i64> {
        rowid(&self.conn, Keyed::Group, id)
    }

    /// Puts learners on a group's roster (already there: unchanged), all or none.
    pub fn add_members(&mut self, group: &str, learners: &[String], now_ms: i64) -> Result<()> {
        let group = self.group_rowid(group)?;
        let tx = self.conn.transaction()?;
        for id in learners {
            let learner = rowid(&tx, Keyed::Learner, id)?;
            tx.execute(
                "INSERT OR IGNORE INTO group_members (group_id, learner_id, joined_ms) VALUES (?1, ?2, ?3)",
                params![group, learner, now_ms],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Takes a learner off a group's roster (their progress stays theirs).
    pub fn remove_member(&self, group: &str, learner: &str) -> Result<()> {
        let n = self.conn.execute(
            "DELETE FROM group_members WHERE group_id = (SELECT id FROM groups WHERE uuid = ?1)
               AND learner_id = (SELECT id FROM learners WHERE uuid = ?2)",
            params![group, learner],
        )?;
        if n == 0 {
            return Err(Error::NotFound(format!(
                "learner {learner} is not in group {group}"
            )));
        }
        Ok(())
    }

    /// A group's roster, in the order learners joined.
    pub fn roster(&self, group: &str) -> Result<Vec<Learner>> {
        let group = self.group_rowid(group)?;
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {LEARNER_COLUMNS} FROM group_members m JOIN learners l ON l.id = m.learner_id
             WHERE m.group_id = ?1 ORDER BY m.joined_ms, l.created_ms, l.id"
        ))?;
        let rows = stmt.query_map([group], learner_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Starts a group session with everyone on the roster present but `absent`, in one
    /// transaction: a kill leaves no session, or this one with its attendance.
    pub fn insert_group_session(
        &mut self,
        s: &GroupSessionRecord,
        absent: &[String],
    ) -> Result<()> {
        let group = self.group_rowid(&s.group)?;
        let tx = self.conn.transaction()?;
        tx.execute(
            "INSERT INTO group_sessions (uuid, group_id, started_ms, notes, pack_id, turn_every, turn_unit, updated_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?3)",
            params![s.id, group, s.started_ms, s.notes, s.pack, s.turn_every, s.turn_unit],
        )?;
        let session = tx.last_insert_rowid();
        tx.execute(
            "INSERT INTO attendance (group_session_id, learner_id, present)
             SELECT ?2, learner_id, 1 FROM group_members WHERE group_id = ?1",
            params![group, session],
        )?;
        mark(&tx, session, absent, false)?;
        tx.commit()?;
        Ok(())
    }

    /// One group session.
    pub fn group_session(&self, id: &str) -> Result<GroupSessionRecord> {
        self.conn
            .query_row(
                &format!(
                    "SELECT {GROUP_SESSION_COLUMNS} FROM group_sessions gs JOIN groups g ON g.id = gs.group_id
                     WHERE gs.uuid = ?1"
                ),
                [id],
                group_session_from_row,
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("no group session with id {id}")))
    }

    /// A group's sessions, oldest first.
    pub fn group_sessions(&self, group: &str) -> Result<Vec<GroupSessionRecord>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {GROUP_SESSION_COLUMNS} FROM group_sessions gs JOIN groups g ON g.id = gs.group_id
             WHERE g.uuid = ?1 ORDER BY gs.started_ms, gs.id"
        ))?;
        let rows = stmt.query_map([group], group_session_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Sets learners' attendance in a group session, all or none.
    pub fn set_attendance(
        &mut self,
        group_session: &str,
        learners: &[String],
        present: bool,
        now_ms: i64,
    ) -> Result<()> {
        let tx = self.conn.transaction()?;
        let gs = rowid(&tx, Keyed::GroupSession, group_session)?;
        mark(&tx, gs, learners, present)?;
        tx.execute(
            "UPDATE group_sessions SET updated_ms = ?2 WHERE id = ?1",
            params![gs, now_ms],
        )?;
        tx.commit()?;
        Ok(())
    }

    /// A group session's attendance, in roster order.
    pub fn attendance(&self, group_session: &str) -> Result<Vec<AttendanceEntry>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {LEARNER_COLUMNS}, a.present FROM attendance a
             JOIN group_sessions gs ON gs.id = a.group_session_id
             JOIN learners l ON l.id = a.learner_id
             LEFT JOIN group_members m ON m.group_id = gs.group_id AND m.learner_id = l.id
             WHERE gs.uuid = ?1 ORDER BY m.joined_ms, l.created_ms, l.id"
        ))?;
        let rows = stmt.query_map([group_session], |r| {
            Ok(AttendanceEntry {
                learner: learner_from_row(r)?,
                present: r.get(10)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Ends a group session with the facilitator's notes (an ended one only gets its notes).
    pub fn end_group_session(&self, id: &str, notes: &str, now_ms: i64) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE group_sessions SET ended_ms = coalesce(ended_ms, ?2), notes = ?3, updated_ms = ?2 WHERE uuid = ?1",
            params![id, now_ms, notes],
        )?;
        if n == 0 {
            return Err(Error::NotFound(format!("no group session with id {id}")));
        }
        Ok(())
    }

    /// The turns taken so far in a group session: (session id, learner id, started, attempts),
    /// oldest first.
    pub fn turns(&self, group_session: &str) -> Result<Vec<(String, String, i64, u32)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.uuid, l.uuid, s.started_ms, (SELECT count(*) FROM attempts a WHERE a.session_id = s.id)
             FROM sessions s JOIN learners l ON l.id = s.learner_id
             JOIN group_sessions gs ON gs.id = s.group_session_id
             WHERE gs.uuid = ?1 ORDER BY s.started_ms, s.id",
        )?;
        let rows = stmt.query_map([group_session], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// Marks `learners` present or absent in group session `gs` (a row id) within `tx`; a learner
/// not on the session's roster is refused, and the caller's transaction rolls back.
fn mark(tx: &rusqlite::Transaction<'_>, gs: i64, learners: &[String], present: bool) -> Result<()> {
    for id in learners {
        let n = tx.execute(
            "UPDATE attendance SET present = ?3 WHERE group_session_id = ?1
               AND learner_id = (SELECT id FROM learners WHERE uuid = ?2)",
            params![gs, id, present],
        )?;
        if n == 0 {
            return Err(Error::NotFound(format!(
                "learner {id} is not on this session's roster"
            )));
        }
    }
    Ok(())
}
