//! Reading the database out: a snapshot file for another phone to merge, and the rows the CSV
//! and xAPI exports stream one at a time (never the whole log in memory).

use std::path::Path;

use rusqlite::{Row, params};

use super::assessments::{AssessmentResult, RESULT_COLUMNS, result_from_row};
use super::{Store, schema};
use crate::durable;
use crate::error::{Error, Result};

/// The copy itself, at `partial` (a leftover of a killed export there is replaced).
fn write_snapshot(
    conn: &rusqlite::Connection,
    partial: &Path,
    device: &str,
    now_ms: i64,
) -> Result<()> {
    remove_partial(partial);
    let target = partial
        .to_str()
        .ok_or_else(|| Error::InvalidInput(format!("{} is not a UTF-8 path", partial.display())))?;
    conn.execute("VACUUM INTO ?1", [target])?;
    let copy = rusqlite::Connection::open(partial)?;
    copy.pragma_update(None, "journal_mode", "DELETE")?;
    copy.pragma_update(None, "synchronous", "FULL")?;
    copy.pragma_update(None, "application_id", schema::EXPORT_APPLICATION_ID)?;
    copy.execute(
        "INSERT OR REPLACE INTO device (key, value) VALUES ('exported_from', ?1), ('exported_ms', ?2)",
        params![device, now_ms.to_string()],
    )?;
    // The phone's own marks (stale derived state) are not the other phone's business.
    copy.execute("DELETE FROM device WHERE key LIKE 'stale:%'", [])?;
    copy.close().map_err(|(_, e)| Error::Storage(e))?;
    Ok(())
}

/// Removes a partial snapshot and its rollback journal, if any.
fn remove_partial(partial: &Path) {
    let _ = std::fs::remove_file(partial);
    let mut journal = partial.as_os_str().to_owned();
    journal.push("-journal");
    let _ = std::fs::remove_file(journal);
}

/// An attempt with everything an export row or an xAPI statement needs.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportAttempt {
    /// Row id on this phone: the sync watermark.
    pub rowid: i64,
    /// The attempt's UUID.
    pub id: String,
    /// The learner's UUID.
    pub learner: String,
    /// The learner's gender (as stored, `unspecified` without consent).
    pub gender: String,
    /// The learner's age band.
    pub age_band: String,
    /// The learning session's UUID.
    pub session: Option<String>,
    /// The group session's UUID, for a pass-the-phone turn.
    pub group_session: Option<String>,
    /// The group's UUID, for a pass-the-phone turn.
    pub group: Option<String>,
    /// Pack id.
    pub pack: String,
    /// Pack version.
    pub pack_version: String,
    /// Item key.
    pub item: String,
    /// Exercise kind.
    pub kind: String,
    /// Skills, space-separated.
    pub skills: String,
    /// The learner's answer.
    pub answer: String,
    /// The expected answer.
    pub expected: String,
    /// Whether it was right.
    pub correct: bool,
    /// Response time, ms.
    pub response_ms: i64,
    /// Choices offered (0: tiles or typing).
    pub choices: i64,
    /// When, ms since the Unix epoch.
    pub created_ms: i64,
}

fn attempt_from_row(r: &Row) -> rusqlite::Result<ExportAttempt> {
    Ok(ExportAttempt {
        rowid: r.get(0)?,
        id: r.get(1)?,
        learner: r.get(2)?,
        gender: r.get(3)?,
        age_band: r.get(4)?,
        session: r.get(5)?,
        group_session: r.get(6)?,
        group: r.get(7)?,
        pack: r.get(8)?,
        pack_version: r.get(9)?,
        item: r.get(10)?,
        kind: r.get(11)?,
        skills: r.get(12)?,
        answer: r.get(13)?,
        expected: r.get(14)?,
        correct: r.get(15)?,
        response_ms: r.get(16)?,
        choices: r.get(17)?,
        created_ms: r.get(18)?,
    })
}

/// A stored assessment with what an export row or statement needs besides the result.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportAssessment {
    /// Row id on this phone: the sync watermark.
    pub rowid: i64,
    /// The learner's gender (as stored).
    pub gender: String,
    /// The learner's age band.
    pub age_band: String,
    /// The group session's UUID, if run in one.
    pub group_session: Option<String>,
    /// The group's UUID, if run in a group session.
    pub group: Option<String>,
    /// The result itself.
    pub result: AssessmentResult,
}

fn assessment_from_row(r: &Row) -> rusqlite::Result<ExportAssessment> {
    Ok(ExportAssessment {
        result: result_from_row(r)?,
        rowid: r.get(15)?,
        gender: r.get(16)?,
        age_band: r.get(17)?,
        group_session: r.get(18)?,
        group: r.get(19)?,
    })
}

impl Store {
    /// Streams attempts with row id above `after`, in row order, at most `limit`, to `each`.
    pub fn each_attempt(
        &self,
        after: i64,
        limit: i64,
        mut each: impl FnMut(&ExportAttempt) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT a.id, a.uuid, l.uuid, l.gender, l.age_band, s.uuid, gs.uuid, g.uuid, a.pack_id,
                    a.pack_version, a.item, a.kind, a.skills, a.answer, a.expected, a.correct,
                    a.response_ms, a.choices, a.created_ms
             FROM attempts a JOIN learners l ON l.id = a.learner_id
             LEFT JOIN sessions s ON s.id = a.session_id
             LEFT JOIN group_sessions gs ON gs.id = s.group_session_id
             LEFT JOIN groups g ON g.id = gs.group_id
             WHERE a.id > ?1 ORDER BY a.id LIMIT ?2",
        )?;
        let mut rows = stmt.query(params![after, limit])?;
        while let Some(row) = rows.next()? {
            each(&attempt_from_row(row)?)?;
        }
        Ok(())
    }

    /// Streams assessments with row id above `after`, in row order, at most `limit`.
    pub fn each_assessment(
        &self,
        after: i64,
        limit: i64,
        mut each: impl FnMut(&ExportAssessment) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.conn.prepare_cached(&format!(
            "SELECT {RESULT_COLUMNS}, x.id, l.gender, l.age_band, gs.uuid, g.uuid
             FROM assessments x JOIN learners l ON l.id = x.learner_id
             LEFT JOIN group_sessions gs ON gs.id = x.group_session_id
             LEFT JOIN groups g ON g.id = gs.group_id
             WHERE x.id > ?1 ORDER BY x.id LIMIT ?2"
        ))?;
        let mut rows = stmt.query(params![after, limit])?;
        while let Some(row) = rows.next()? {
            each(&assessment_from_row(row)?)?;
        }
        Ok(())
    }

    /// Writes a consistent copy of the whole database to `out`, marked as an export so it is
    /// never mistaken for a live database. SQLite copies page by page: memory stays bounded
    /// whatever the size. The copy is made under a temporary name beside `out`, finished and
    /// flushed, then renamed: a kill or a full disk never leaves a half file at `out`. An
    /// existing `out` is refused unless `replace`.
    pub fn snapshot(&self, out: &Path, device: &str, now_ms: i64, replace: bool) -> Result<()> {
        durable::refuse_existing(out, replace)?;
        let partial = durable::partial_name(out);
        let result = write_snapshot(&self.conn, &partial, device, now_ms)
            .and_then(|()| durable::commit(&partial, out, replace));
        if result.is_err() {
            remove_partial(&partial);
        }
        result
    }

    /// This phone's id (a UUID made once, stored in `device`).
    pub fn device_id(&self) -> Result<String> {
        let id = uuid::Uuid::new_v4().to_string();
        self.conn.execute(
            "INSERT OR IGNORE INTO device (key, value) VALUES ('id', ?1)",
            [&id],
        )?;
        Ok(self
            .conn
            .query_row("SELECT value FROM device WHERE key = 'id'", [], |r| {
                r.get(0)
            })?)
    }

    /// The sync watermark for a target: the last attempt and assessment row ids sent.
    pub fn watermark(&self, target: &str) -> Result<(i64, i64)> {
        let get = |key: String| -> Result<i64> {
            use rusqlite::OptionalExtension;
            Ok(self
                .conn
                .query_row(
                    "SELECT last_attempt FROM sync_watermarks WHERE target = ?1",
                    [key],
                    |r| r.get(0),
                )
                .optional()?
                .unwrap_or(0))
        };
        Ok((
            get(format!("{target}#attempts"))?,
            get(format!("{target}#assessments"))?,
        ))
    }

    /// Whether any LRS has accepted a batch from this phone.
    pub fn any_watermark(&self) -> Result<bool> {
        Ok(self
            .conn
            .query_row("SELECT EXISTS (SELECT 1 FROM sync_watermarks)", [], |r| {
                r.get(0)
            })?)
    }

    /// Moves a target's watermarks forward (never back).
    pub fn set_watermark(
        &self,
        target: &str,
        attempts: i64,
        assessments: i64,
        now_ms: i64,
    ) -> Result<()> {
        for (key, value) in [
            (format!("{target}#attempts"), attempts),
            (format!("{target}#assessments"), assessments),
        ] {
            self.conn.execute(
                "INSERT INTO sync_watermarks (target, last_attempt, updated_ms) VALUES (?1, ?2, ?3)
                 ON CONFLICT (target) DO UPDATE SET last_attempt = max(last_attempt, excluded.last_attempt),
                                                    updated_ms = excluded.updated_ms",
                params![key, value, now_ms],
            )?;
        }
        Ok(())
    }
}
