//! The `learners` table: profiles on a shared phone, their demographics (only with consent),
//! their login secrets as hashes, and the tombstones of deleted learners.

use rusqlite::{OptionalExtension, Row, params};

use super::Store;
use super::rowid::{Keyed, rowid};
use crate::error::{Error, Result};
use crate::profile::{AgeBand, Gender};
use crate::secret::LockOut;

/// A learner profile. Never holds a secret: only whether one is set.
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
    /// When it last changed (merges keep the later edit).
    pub updated_ms: i64,
    /// Gender, `Unspecified` unless given with consent.
    pub gender: Gender,
    /// Age band, `Unspecified` unless given with consent.
    pub age_band: AgeBand,
    /// When consent to store demographics was recorded; `None`: no consent, none stored.
    pub consent_ms: Option<i64>,
    /// Whether the profile has a picture login.
    pub has_pictures: bool,
    /// Whether the profile has a PIN.
    pub has_pin: bool,
}

impl Learner {
    /// A new profile with no demographics and no secrets.
    pub fn new(id: String, name: String, icon: String, now_ms: i64) -> Learner {
        Learner {
            id,
            name,
            icon,
            created_ms: now_ms,
            updated_ms: now_ms,
            gender: Gender::Unspecified,
            age_band: AgeBand::Unspecified,
            consent_ms: None,
            has_pictures: false,
            has_pin: false,
        }
    }

    /// Whether the profile is protected: sessions need its login or a facilitator.
    pub fn is_protected(&self) -> bool {
        self.has_pictures || self.has_pin
    }
}

/// The columns [`from_row`] reads, from the `learners` table under the alias `l`.
pub(crate) const COLUMNS: &str =
    "l.uuid, l.display_name, l.icon, l.created_ms, l.updated_ms, l.gender,
     l.age_band, l.consent_ms, l.picture_hash IS NOT NULL, l.pin_hash IS NOT NULL";

pub(crate) fn from_row(row: &Row) -> rusqlite::Result<Learner> {
    Ok(Learner {
        id: row.get(0)?,
        name: row.get(1)?,
        icon: row.get(2)?,
        created_ms: row.get(3)?,
        updated_ms: row.get(4)?,
        // A value this code did not write reads as unspecified rather than failing the list.
        gender: Gender::parse(&row.get::<_, String>(5)?).unwrap_or(Gender::Unspecified),
        age_band: AgeBand::parse(&row.get::<_, String>(6)?).unwrap_or(AgeBand::Unspecified),
        consent_ms: row.get(7)?,
        has_pictures: row.get(8)?,
        has_pin: row.get(9)?,
    })
}

/// Which secret of a learner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SecretKind {
    /// The picture sequence.
    Pictures,
    /// The PIN.
    Pin,
}

impl SecretKind {
    fn column(self) -> &'static str {
        match self {
            SecretKind::Pictures => "picture_hash",
            SecretKind::Pin => "pin_hash",
        }
    }
}

/// The `device` key set while a deletion's scrub is not done.
pub(crate) const SCRUB_PENDING: &str = "scrub_pending";

/// How long a deletion waits for another connection's readers before leaving its scrub pending.
const SCRUB_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

impl Store {
    /// Adds a learner (with its demographics; secrets are set with [`Store::set_learner_secret`]).
    pub fn insert_learner(&self, learner: &Learner) -> Result<()> {
        self.conn.execute(
            "INSERT INTO learners (uuid, display_name, icon, created_ms, updated_ms, gender, age_band, consent_ms)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                learner.id,
                learner.name,
                learner.icon,
                learner.created_ms,
                learner.updated_ms,
                learner.gender.as_str(),
                learner.age_band.as_str(),
                learner.consent_ms
            ],
        )?;
        Ok(())
    }

    /// Every learner, oldest first.
    pub fn learners(&self) -> Result<Vec<Learner>> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {COLUMNS} FROM learners l ORDER BY l.created_ms, l.id"
        ))?;
        let rows = stmt.query_map([], from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One learner by id.
    pub fn learner(&self, id: &str) -> Result<Learner> {
        self.conn
            .query_row(
                &format!("SELECT {COLUMNS} FROM learners l WHERE l.uuid = ?1"),
                [id],
                from_row,
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("no learner with id {id}")))
    }

    /// The database row id of a learner.
    pub(crate) fn learner_rowid(&self, id: &str) -> Result<i64> {
        rowid(&self.conn, Keyed::Learner, id)
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

    /// Sets (or with `None` clears) a learner's demographics and the time consent was given.
    pub fn set_demographics(
        &self,
        id: &str,
        gender: Gender,
        age_band: AgeBand,
        consent_ms: Option<i64>,
        now_ms: i64,
    ) -> Result<()> {
        let n = self.conn.execute(
            "UPDATE learners SET gender = ?2, age_band = ?3, consent_ms = ?4, updated_ms = ?5 WHERE uuid = ?1",
            params![id, gender.as_str(), age_band.as_str(), consent_ms, now_ms],
        )?;
        if n == 0 {
            return Err(Error::NotFound(format!("no learner with id {id}")));
        }
        Ok(())
    }

    /// Sets or clears (`None`) one of a learner's secret hashes.
    pub fn set_learner_secret(
        &self,
        id: &str,
        kind: SecretKind,
        hash: Option<&str>,
        now_ms: i64,
    ) -> Result<()> {
        let n = self.conn.execute(
            &format!(
                "UPDATE learners SET {} = ?2, updated_ms = ?3, failed_logins = 0, locked_until_ms = 0 WHERE uuid = ?1",
                kind.column()
            ),
            params![id, hash, now_ms],
        )?;
        if n == 0 {
            return Err(Error::NotFound(format!("no learner with id {id}")));
        }
        Ok(())
    }

    /// A learner's secret hashes (pictures, PIN) and lock-out state.
    pub fn learner_secrets(&self, id: &str) -> Result<(Option<String>, Option<String>, LockOut)> {
        self.conn
            .query_row(
                "SELECT picture_hash, pin_hash, failed_logins, locked_until_ms FROM learners WHERE uuid = ?1",
                [id],
                |r| {
                    Ok((
                        r.get(0)?,
                        r.get(1)?,
                        LockOut {
                            failures: r.get(2)?,
                            locked_until_ms: r.get(3)?,
                        },
                    ))
                },
            )
            .optional()?
            .ok_or_else(|| Error::NotFound(format!("no learner with id {id}")))
    }

    /// Stores a learner's lock-out state after a login attempt.
    pub fn set_learner_lock(&self, id: &str, lock: LockOut) -> Result<()> {
        self.conn.execute(
            "UPDATE learners SET failed_logins = ?2, locked_until_ms = ?3 WHERE uuid = ?1",
            params![id, lock.failures, lock.locked_until_ms],
        )?;
        Ok(())
    }

    /// Deletes a learner and, through the foreign keys, all of their sessions, attempts,
    /// attendance, assessments and state, and leaves a tombstone with only the UUID so a merge
    /// never brings them back. `secure_delete` overwrites the freed pages.
    pub fn delete_learner(&mut self, id: &str, now_ms: i64) -> Result<()> {
        let tx = self.conn.transaction()?;
        // Her answers pooled into the packs' item difficulties go with her: those packs are
        // replayed without them (marked stale here, in the deleting transaction).
        let packs: Vec<String> = tx
            .prepare(
                "SELECT DISTINCT a.pack_id FROM attempts a JOIN learners l ON l.id = a.learner_id
                 WHERE l.uuid = ?1",
            )?
            .query_map([id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        for pack in &packs {
            super::state::mark_stale(&tx, pack, now_ms)?;
        }
        let n = tx.execute("DELETE FROM learners WHERE uuid = ?1", [id])?;
        if n == 0 {
            return Err(Error::NotFound(format!("no learner with id {id}")));
        }
        tx.execute(
            "INSERT OR IGNORE INTO deleted_learners (uuid, deleted_ms) VALUES (?1, ?2)",
            params![id, now_ms],
        )?;
        tx.execute(
            "INSERT OR REPLACE INTO device (key, value) VALUES (?1, ?2)",
            params![SCRUB_PENDING, now_ms.to_string()],
        )?;
        tx.commit()?;
        self.scrub()
    }

    /// Folds the write-ahead log back into the database and truncates it, so that the pages a
    /// deletion freed (zeroed by `secure_delete`) replace the old ones in every file. A reader
    /// of another connection pins the old pages: SQLite's busy handler waits for it, up to
    /// [`SCRUB_WAIT`]; if it is still there, the deletion stands and the scrub is left pending
    /// (done at the next open) and said so.
    pub(crate) fn scrub(&mut self) -> Result<()> {
        self.conn.busy_timeout(SCRUB_WAIT)?;
        let busy = self
            .conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |r| {
                r.get::<_, i64>(0)
            });
        self.conn.busy_timeout(super::BUSY_WAIT)?;
        if busy? != 0 {
            return Err(Error::ScrubPending {
                path: self.path.clone(),
            });
        }
        self.conn
            .execute("DELETE FROM device WHERE key = ?1", [SCRUB_PENDING])?;
        // That deletion is a write too: fold it back as well (nothing else waits for it).
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}
