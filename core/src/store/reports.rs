//! The queries behind reports. Each reads through an index a bounded slice of the log — a
//! learner's latest attempts, a group's attendance — so a report over a phone holding a million
//! attempts stays fast.

use rusqlite::params;

use super::Store;
use crate::clock::WEEK_MS;
use crate::error::Result;

/// One of a learner's recent attempts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecentAttempt {
    /// Item key.
    pub item: String,
    /// Exercise kind.
    pub kind: String,
    /// Skills, space-separated.
    pub skills: String,
    /// Whether it was right.
    pub correct: bool,
    /// When, ms since the Unix epoch.
    pub created_ms: i64,
}

/// Attempts per week.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WeekCount {
    /// Week number since the Unix epoch (weeks of 7 days from 1970-01-01).
    pub week: i64,
    /// Attempts.
    pub attempts: u32,
    /// Correct ones.
    pub correct: u32,
    /// Time answering, ms.
    pub time_ms: i64,
}

/// A stored assessment in brief: (learner id, subtask, per minute, ASER level).
pub type AssessmentBrief = (String, String, f64, Option<String>);

impl Store {
    /// A learner's latest `n` attempts in a pack, newest first.
    pub fn recent_attempts(&self, learner: &str, pack: &str, n: u32) -> Result<Vec<RecentAttempt>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT item, kind, skills, correct, created_ms FROM attempts
             WHERE learner_id = (SELECT id FROM learners WHERE uuid = ?1) AND pack_id = ?2
             ORDER BY id DESC LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![learner, pack, n], |r| {
            Ok(RecentAttempt {
                item: r.get(0)?,
                kind: r.get(1)?,
                skills: r.get(2)?,
                correct: r.get(3)?,
                created_ms: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A learner's attempts per week in a pack from `since_ms`, oldest week first.
    pub fn weekly(&self, learner: &str, pack: &str, since_ms: i64) -> Result<Vec<WeekCount>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT created_ms / ?4, count(*), sum(correct), sum(response_ms) FROM attempts
             WHERE learner_id = (SELECT id FROM learners WHERE uuid = ?1) AND pack_id = ?2
               AND created_ms >= ?3
             GROUP BY 1 ORDER BY 1",
        )?;
        let rows = stmt.query_map(params![learner, pack, since_ms, WEEK_MS], |r| {
            Ok(WeekCount {
                week: r.get(0)?,
                attempts: r.get(1)?,
                correct: r.get(2)?,
                time_ms: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Skills of a learner in a pack whose mastery is confirmed, and those mastered only
    /// provisionally.
    pub fn mastery_counts(&self, learner: &str, pack: &str) -> Result<MasteryCounts> {
        Ok(self.conn.query_row(
            "SELECT coalesce(sum(confirmed), 0), coalesce(sum(mastered AND NOT confirmed), 0) FROM skill_state
             WHERE learner_id = (SELECT id FROM learners WHERE uuid = ?1) AND pack_id = ?2 AND mastered = 1",
            params![learner, pack],
            |r| {
                Ok(MasteryCounts {
                    confirmed: r.get(0)?,
                    provisional: r.get(1)?,
                })
            },
        )?)
    }

    /// Per learner on a group's roster: (learner id, sessions present, sessions held since
    /// they joined). Only ended and open sessions of this group count.
    pub fn group_attendance(&self, group: &str) -> Result<Vec<(String, u32, u32)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.uuid,
                    coalesce(sum(a.present), 0),
                    count(a.present)
             FROM group_members m JOIN groups g ON g.id = m.group_id
             JOIN learners l ON l.id = m.learner_id
             LEFT JOIN group_sessions gs ON gs.group_id = g.id
             LEFT JOIN attendance a ON a.group_session_id = gs.id AND a.learner_id = l.id
             WHERE g.uuid = ?1
             GROUP BY l.id ORDER BY m.joined_ms, l.created_ms, l.id",
        )?;
        let rows = stmt.query_map([group], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Per learner on the phone: (learner id, sessions present, sessions on a roster), counting
    /// only the group sessions held in `pack` when one is given.
    pub fn attendance_by_learner(&self, pack: Option<&str>) -> Result<Vec<(String, u32, u32)>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.uuid, coalesce(sum(a.present), 0), count(a.present)
             FROM learners l
             LEFT JOIN (SELECT a.learner_id, a.present FROM attendance a
                        JOIN group_sessions gs ON gs.id = a.group_session_id
                        WHERE ?1 IS NULL OR gs.pack_id = ?1) a ON a.learner_id = l.id
             GROUP BY l.id",
        )?;
        let rows = stmt.query_map([pack], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every stored assessment, oldest first: (learner id, subtask, per minute, level); only
    /// those of `pack` when one is given.
    pub fn all_assessments(&self, pack: Option<&str>) -> Result<Vec<AssessmentBrief>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.uuid, x.subtask, x.per_minute, x.level FROM assessments x
             JOIN learners l ON l.id = x.learner_id
             WHERE ?1 IS NULL OR x.pack_id = ?1 ORDER BY x.started_ms, x.id",
        )?;
        let rows = stmt.query_map([pack], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The learners who have anything in `pack`: a session, an assessment or a place on the
    /// roster of a group session held in it.
    pub fn learners_in_pack(&self, pack: &str) -> Result<std::collections::HashSet<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT l.uuid FROM learners l WHERE
               EXISTS (SELECT 1 FROM sessions s WHERE s.learner_id = l.id AND s.pack_id = ?1)
               OR EXISTS (SELECT 1 FROM assessments x WHERE x.learner_id = l.id AND x.pack_id = ?1)
               OR EXISTS (SELECT 1 FROM attendance a JOIN group_sessions gs
                          ON gs.id = a.group_session_id
                          WHERE a.learner_id = l.id AND gs.pack_id = ?1)",
        )?;
        let rows = stmt.query_map([pack], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// How many skills a learner has mastered in a pack.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MasteryCounts {
    /// Confirmed by delayed checks: learned.
    pub confirmed: u32,
    /// Mastered, not yet confirmed.
    pub provisional: u32,
}
