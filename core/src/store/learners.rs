//! The `learners` table: profiles on a shared phone.

use rusqlite::{OptionalExtension, Row, params};

use super::Store;
use crate::error::{Error, Result};

/// A learner profile.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learner {
    /// Stable id (a UUID), also used in exports.
    pub id: String,
    /// The name shown on the phone.
    pub name: String,
    /// An icon or emoji the learner picked.
    pub icon: String,
    /// When the profile was made, ms since the Unix epoch.
    pub created_ms: i64,
    /// When it last changed.
    pub updated_ms: i64,
}

const COLUMNS: &str = "uuid, display_name, icon, created_ms, updated_ms";

fn from_row(row: &Row) -> rusqlite::Result<Learner> {
    Ok(Learner {
        id: row.get(0)?,
        name: row.get(1)?,
        icon: row.get(2)?,
        created_ms: row.get(3)?,
        updated_ms: row.get(4)?,
    })
}

impl Store {
    /// Adds a learner.
    pub fn insert_learner(&self, learner: &Learner) -> Result<()> {
        self.conn.execute(
            "INSERT INTO learners (uuid, display_name, icon, created_ms, updated_ms) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![learner.id, learner.name, learner.icon, learner.created_ms, learner.updated_ms],
        )?;
        Ok(())
    }

    /// Every learner, oldest first.
    pub fn learners(&self) -> Result<Vec<Learner>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM learners ORDER BY created_ms, id"
        ))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One learner by id.
    pub fn learner(&self, id: &str) -> Result<Learner> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM learners WHERE uuid = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("no learner with id {id}")))
    }

    /// The database row id of a learner.
    pub(crate) fn learner_rowid(&self, id: &str) -> Result<i64> {
        self.conn
            .query_row("SELECT id FROM learners WHERE uuid = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("no learner with id {id}")))
    }

    /// Renames a learner.
    pub fn rename_learner(&self, id: &str, name: &str, now_ms: i64) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE learners SET display_name = ?2, updated_ms = ?3 WHERE uuid = ?1",
            params![id, name, now_ms],
        )?;
        if n == 0 {
            return Err(Error::NotFound(format!("no learner with id {id}")));
        }
        Ok(())
    }

    /// Deletes a learner and, through the foreign keys, all of their sessions, attempts and state.
    pub fn delete_learner(&self, id: &str) -> Result<()> {
        let n = self
            .conn
            .execute("DELETE FROM learners WHERE uuid = ?1", [id])?;
        if n == 0 {
            return Err(Error::NotFound(format!("no learner with id {id}")));
        }
        Ok(())
    }
}
