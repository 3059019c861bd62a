//! The `facilitators` table: facilitator profiles, each with a PIN hash and a lock-out.

use rusqlite::{OptionalExtension, params};

use super::Store;
use crate::error::{Error, Result};
use crate::secret::LockOut;

/// A facilitator profile (never its PIN).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facilitator {
    /// Stable id (a UUID).
    pub id: String,
    /// The name shown on the phone.
    pub name: String,
    /// When the profile was made, ms since the Unix epoch.
    pub created_ms: i64,
}

impl Store {
    /// Adds a facilitator with their PIN hash.
    pub fn insert_facilitator(&self, f: &Facilitator, pin_hash: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO facilitators (uuid, display_name, pin_hash, created_ms, updated_ms) VALUES (?1, ?2, ?3, ?4, ?4)",
            params![f.id, f.name, pin_hash, f.created_ms],
        )?;
        Ok(())
    }

    /// Every facilitator, oldest first.
    pub fn facilitators(&self) -> Result<Vec<Facilitator>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT uuid, display_name, created_ms FROM facilitators ORDER BY created_ms, id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(Facilitator {
                id: r.get(0)?,
                name: r.get(1)?,
                created_ms: r.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Whether the phone has any facilitator (asked on every facilitator call: no rows read).
    pub fn has_facilitators(&self) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM facilitators)", [], |r| {
                r.get(0)
            })?)
    }

    /// A facilitator's PIN hash and lock-out state.
    pub fn facilitator_secret(&self, id: &str) -> Result<(String, LockOut)> {
        self.conn
            .query_row(
                "SELECT pin_hash, failed_logins, locked_until_ms FROM facilitators WHERE uuid = ?1",
                [id],
                |r| {
                    Ok((
                        r.get(0)?,
                        LockOut {
                            failures: r.get(1)?,
                            locked_until_ms: r.get(2)?,
                        },
                    ))
                },
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("no facilitator with id {id}")))
    }

    /// Stores a facilitator's lock-out state after a PIN attempt.
    pub fn set_facilitator_lock(&self, id: &str, lock: LockOut) -> Result<()> {
        self.conn.execute(
            "UPDATE facilitators SET failed_logins = ?2, locked_until_ms = ?3 WHERE uuid = ?1",
            params![id, lock.failures, lock.locked_until_ms],
        )?;
        Ok(())
    }
}
