//! Merging another phone's export (a snapshot from [`Store::snapshot`]) into this database.
//!
//! Checked completely before anything is written (`merge_check.rs`). Then one transaction:
//! attempts, sessions and assessments are
//! append-only and identified by UUID (already here: skipped), profile, group and group-session
//! edits are last-writer-wins by their `updated_ms`, and deletions (tombstones) win over
//! everything. Importing the same file twice changes nothing; a bad file changes nothing.
//!
//! The derived state of every pack the merge changes (new attempts, or a deleted learner's
//! attempts gone) is marked stale *in the same transaction*; the facade replays those packs,
//! and each replay clears its mark in the transaction that writes the new state. A kill
//! between the two leaves the mark, and the next open replays the pack before anything reads it.

use std::collections::{BTreeSet, HashSet};
use std::path::Path;

use rusqlite::OptionalExtension;

use super::merge_check::{check_export, rejected};
use super::{Store, state};
use crate::error::{Error, Result};
use crate::names;
use crate::profile::MAX_NAME_CHARS;

/// What a merge did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MergeReport {
    /// Learners new to this phone.
    pub learners_added: u64,
    /// Learners whose newer profile edit replaced this phone's.
    pub learners_updated: u64,
    /// Learners removed because the other phone deleted them.
    pub learners_deleted: u64,
    /// Attempts new to this phone.
    pub attempts_added: u64,
    /// Attempts already here (or of deleted learners), left as they were.
    pub attempts_skipped: u64,
    /// Learning sessions new to this phone.
    pub sessions_added: u64,
    /// Groups new to this phone.
    pub groups_added: u64,
    /// Group sessions new to this phone.
    pub group_sessions_added: u64,
    /// Assessments new to this phone.
    pub assessments_added: u64,
    /// Assessments already here, skipped.
    pub assessments_skipped: u64,
    /// Packs whose derived state the merge made stale (new attempts, or a deleted learner's
    /// attempts gone): marked stale in the merge's transaction, to be replayed.
    pub packs: BTreeSet<String>,
    /// Learners and facilitators brought in under a new name because one of the same name was
    /// already on this phone: (name on the other phone, name here).
    pub renamed: Vec<(String, String)>,
}

/// A `file:` URI opening `path` read-only, for ATTACH.
fn read_only_uri(path: &Path) -> Result<String> {
    let abs = std::path::absolute(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let text = abs
        .to_str()
        .ok_or_else(|| rejected(path, "its path is not UTF-8"))?;
    let mut uri = String::from("file:");
    for c in text.chars() {
        match c {
            // The characters a URI path gives a meaning to.
            '%' | '?' | '#' => uri.push_str(&format!("%{:02X}", u32::from(c))),
            _ => uri.push(c),
        }
    }
    uri.push_str("?mode=ro");
    Ok(uri)
}

/// The merge, statement by statement, inside one transaction. Every statement reads the
/// attached export as `ext`. Rows are taken in the other phone's row order (its recording
/// order), never sorted: a sort of a million rows would be held in memory (`temp_store` is
/// memory, as Android has no usable temporary directory).
const MERGE: &[(&str, &str)] = &[
    // Deletions win: a learner deleted on either phone is deleted on both.
    (
        "",
        "INSERT OR IGNORE INTO main.deleted_learners (uuid, deleted_ms)
         SELECT uuid, deleted_ms FROM ext.deleted_learners",
    ),
    (
        "learners_deleted",
        "DELETE FROM main.learners WHERE uuid IN (SELECT uuid FROM main.deleted_learners)",
    ),
    (
        "learners_updated",
        "UPDATE main.learners AS m SET
             display_name = e.display_name, icon = e.icon, updated_ms = e.updated_ms,
             gender = e.gender, age_band = e.age_band, consent_ms = e.consent_ms,
             picture_hash = e.picture_hash, pin_hash = e.pin_hash
         FROM ext.learners AS e WHERE e.uuid = m.uuid AND e.updated_ms > m.updated_ms",
    ),
    (
        "learners_added",
        "INSERT INTO main.learners (uuid, display_name, icon, created_ms, updated_ms, gender, age_band,
                                    consent_ms, picture_hash, pin_hash)
         SELECT uuid, display_name, icon, created_ms, updated_ms, gender, age_band, consent_ms,
                picture_hash, pin_hash
         FROM ext.learners
         WHERE uuid NOT IN (SELECT uuid FROM main.learners)
           AND uuid NOT IN (SELECT uuid FROM main.deleted_learners)
         ORDER BY id",
    ),
    (
        "",
        "UPDATE main.facilitators AS m SET display_name = e.display_name, pin_hash = e.pin_hash,
             updated_ms = e.updated_ms
         FROM ext.facilitators AS e WHERE e.uuid = m.uuid AND e.updated_ms > m.updated_ms",
    ),
    (
        "",
        "INSERT INTO main.facilitators (uuid, display_name, pin_hash, created_ms, updated_ms)
         SELECT uuid, display_name, pin_hash, created_ms, updated_ms FROM ext.facilitators
         WHERE uuid NOT IN (SELECT uuid FROM main.facilitators) ORDER BY id",
    ),
    (
        "",
        "UPDATE main.groups AS m SET name = e.name, updated_ms = e.updated_ms
         FROM ext.groups AS e WHERE e.uuid = m.uuid AND e.updated_ms > m.updated_ms",
    ),
    (
        "groups_added",
        "INSERT INTO main.groups (uuid, name, created_ms, updated_ms)
         SELECT uuid, name, created_ms, updated_ms FROM ext.groups
         WHERE uuid NOT IN (SELECT uuid FROM main.groups) ORDER BY id",
    ),
    (
        "",
        "INSERT OR IGNORE INTO main.group_members (group_id, learner_id, joined_ms)
         SELECT mg.id, ml.id, em.joined_ms FROM ext.group_members em
         JOIN ext.groups eg ON eg.id = em.group_id JOIN main.groups mg ON mg.uuid = eg.uuid
         JOIN ext.learners el ON el.id = em.learner_id JOIN main.learners ml ON ml.uuid = el.uuid",
    ),
    // Attendance of a group session edited later on the other phone replaces this phone's,
    // decided before the session rows themselves are brought up to date.
    (
        "",
        "INSERT OR REPLACE INTO main.attendance (group_session_id, learner_id, present)
         SELECT mgs.id, ml.id, ea.present FROM ext.attendance ea
         JOIN ext.group_sessions egs ON egs.id = ea.group_session_id
         JOIN main.group_sessions mgs ON mgs.uuid = egs.uuid AND egs.updated_ms > mgs.updated_ms
         JOIN ext.learners el ON el.id = ea.learner_id JOIN main.learners ml ON ml.uuid = el.uuid",
    ),
    (
        "",
        "UPDATE main.group_sessions AS m SET ended_ms = e.ended_ms, notes = e.notes,
             updated_ms = e.updated_ms
         FROM ext.group_sessions AS e WHERE e.uuid = m.uuid AND e.updated_ms > m.updated_ms",
    ),
    (
        "group_sessions_added",
        "INSERT INTO main.group_sessions (uuid, group_id, started_ms, ended_ms, notes, pack_id,
                                          turn_every, turn_unit, updated_ms)
         SELECT egs.uuid, mg.id, egs.started_ms, egs.ended_ms, egs.notes, egs.pack_id,
                egs.turn_every, egs.turn_unit, egs.updated_ms
         FROM ext.group_sessions egs JOIN ext.groups eg ON eg.id = egs.group_id
         JOIN main.groups mg ON mg.uuid = eg.uuid
         WHERE egs.uuid NOT IN (SELECT uuid FROM main.group_sessions) ORDER BY egs.id",
    ),
    (
        "",
        "INSERT OR IGNORE INTO main.attendance (group_session_id, learner_id, present)
         SELECT mgs.id, ml.id, ea.present FROM ext.attendance ea
         JOIN ext.group_sessions egs ON egs.id = ea.group_session_id
         JOIN main.group_sessions mgs ON mgs.uuid = egs.uuid
         JOIN ext.learners el ON el.id = ea.learner_id JOIN main.learners ml ON ml.uuid = el.uuid",
    ),
    (
        "sessions_added",
        "INSERT INTO main.sessions (uuid, learner_id, pack_id, seed, started_ms, ended_ms, kind,
                                    group_session_id)
         SELECT es.uuid, ml.id, es.pack_id, es.seed, es.started_ms, es.ended_ms, es.kind, mgs.id
         FROM ext.sessions es
         JOIN ext.learners el ON el.id = es.learner_id JOIN main.learners ml ON ml.uuid = el.uuid
         LEFT JOIN ext.group_sessions egs ON egs.id = es.group_session_id
         LEFT JOIN main.group_sessions mgs ON mgs.uuid = egs.uuid
         WHERE es.id > :lo AND es.id <= :hi AND es.uuid NOT IN (SELECT uuid FROM main.sessions)
         ORDER BY es.id",
    ),
    // A session ended on the other phone after the export that made it here.
    (
        "",
        "UPDATE main.sessions AS m SET ended_ms = e.ended_ms FROM ext.sessions AS e
         WHERE e.uuid = m.uuid AND m.ended_ms IS NULL AND e.ended_ms IS NOT NULL",
    ),
    (
        "attempts_added",
        "INSERT INTO main.attempts (uuid, learner_id, session_id, pack_id, pack_version, item, kind,
                                    skills, answer, expected, correct, response_ms, created_ms,
                                    engine_version, choices)
         SELECT ea.uuid, ml.id, ms.id, ea.pack_id, ea.pack_version, ea.item, ea.kind, ea.skills,
                ea.answer, ea.expected, ea.correct, ea.response_ms, ea.created_ms,
                ea.engine_version, ea.choices
         FROM ext.attempts ea
         JOIN ext.learners el ON el.id = ea.learner_id JOIN main.learners ml ON ml.uuid = el.uuid
         LEFT JOIN ext.sessions es ON es.id = ea.session_id
         LEFT JOIN main.sessions ms ON ms.uuid = es.uuid
         WHERE ea.id > :lo AND ea.id <= :hi AND ea.uuid NOT IN (SELECT uuid FROM main.attempts)
         ORDER BY ea.id",
    ),
    (
        "assessments_added",
        "INSERT INTO main.assessments (uuid, learner_id, group_session_id, pack_id, subtask,
                                       marked_by, items, limit_ms, attempted, correct, seconds_used,
                                       per_minute, autostopped, level, started_ms, ended_ms)
         SELECT ex.uuid, ml.id, mgs.id, ex.pack_id, ex.subtask, ex.marked_by, ex.items, ex.limit_ms,
                ex.attempted, ex.correct, ex.seconds_used, ex.per_minute, ex.autostopped, ex.level,
                ex.started_ms, ex.ended_ms
         FROM ext.assessments ex
         JOIN ext.learners el ON el.id = ex.learner_id JOIN main.learners ml ON ml.uuid = el.uuid
         LEFT JOIN ext.group_sessions egs ON egs.id = ex.group_session_id
         LEFT JOIN main.group_sessions mgs ON mgs.uuid = egs.uuid
         WHERE ex.uuid NOT IN (SELECT uuid FROM main.assessments) ORDER BY ex.id",
    ),
    (
        "",
        "INSERT OR IGNORE INTO main.assessment_items (assessment_id, position, item, correct)
         SELECT mx.id, ei.position, ei.item, ei.correct FROM ext.assessment_items ei
         JOIN ext.assessments ex ON ex.id = ei.assessment_id
         JOIN main.assessments mx ON mx.uuid = ex.uuid",
    ),
];

/// Renames every person of `table` whose name (compared as `names::key` does) an earlier row
/// already has, oldest row first, so this phone's own people keep their names. One pass over
/// the table's rows.
fn rename_clashes(tx: &rusqlite::Connection, table: &str) -> Result<Vec<(String, String)>> {
    let rows: Vec<(i64, String)> = tx
        .prepare(&format!(
            "SELECT id, display_name FROM main.{table} ORDER BY id"
        ))?
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut taken: HashSet<String> = rows.iter().map(|(_, n)| names::key(n)).collect();
    let mut seen = HashSet::new();
    let mut renamed = Vec::new();
    for (id, name) in rows {
        if seen.insert(names::key(&name)) {
            continue;
        }
        let new = names::distinct(&name, &taken, MAX_NAME_CHARS);
        taken.insert(names::key(&new));
        seen.insert(names::key(&new));
        tx.execute(
            &format!("UPDATE main.{table} SET display_name = ?2 WHERE id = ?1"),
            rusqlite::params![id, new],
        )?;
        renamed.push((name, new));
    }
    Ok(renamed)
}

/// Rows per slice of a big table's merge.
const SLICE: i64 = 5_000;

impl Store {
    /// Merges an export file into this database (see the module docs), `now_ms` being this
    /// phone's time (imported timestamps may not be far past it). Derived learner state is not
    /// rebuilt here: the packs listed in the report are marked stale and must be replayed.
    pub fn merge(&mut self, path: &Path, now_ms: i64) -> Result<MergeReport> {
        check_export(path, now_ms)?;
        let uri = read_only_uri(path)?;
        self.conn.execute("ATTACH DATABASE ?1 AS ext", [&uri])?;
        let result = self.merge_attached(now_ms);
        // Detach whatever happened, so the connection is as it was.
        let detached = self.conn.execute("DETACH DATABASE ext", []);
        let report = result?;
        detached?;
        Ok(report)
    }

    fn merge_attached(&mut self, now_ms: i64) -> Result<MergeReport> {
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let mut report = MergeReport::default();
        let mut stmt = tx.prepare(
            "SELECT DISTINCT pack_id FROM ext.attempts WHERE uuid NOT IN (SELECT uuid FROM main.attempts)",
        )?;
        report.packs = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        drop(stmt);
        // A learner deleted on the other phone takes her attempts with her: the item
        // difficulties pooled from them must be replayed without them.
        let mut stmt = tx.prepare(
            "SELECT DISTINCT a.pack_id FROM main.attempts a JOIN main.learners l ON l.id = a.learner_id
             WHERE l.uuid IN (SELECT uuid FROM ext.deleted_learners)",
        )?;
        let gone: Vec<String> = stmt
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        drop(stmt);
        report.packs.extend(gone);
        for pack in &report.packs {
            state::mark_stale(&tx, pack, now_ms)?;
        }
        let count = |table: &str| -> rusqlite::Result<u64> {
            tx.query_row(&format!("SELECT count(*) FROM ext.{table}"), [], |r| {
                r.get::<_, i64>(0)
            })
            .map(|n| n.unsigned_abs())
        };
        let total_attempts = count("attempts")?;
        let total_assessments = count("assessments")?;
        for (counter, sql) in MERGE {
            let n = if sql.contains(":lo") {
                // Big tables go in slices of rows: one statement over a million rows would
                // hold its whole undo record in memory.
                let table = if *counter == "sessions_added" {
                    "sessions"
                } else {
                    "attempts"
                };
                // Slices of SLICE rows, found by row rather than by id: the number of slices
                // follows the rows the file holds, never the size of an id in it.
                let max: i64 = tx.query_row(
                    &format!("SELECT coalesce(max(id), 0) FROM ext.{table}"),
                    [],
                    |r| r.get(0),
                )?;
                let next = format!(
                    "SELECT id FROM ext.{table} WHERE id > ?1 ORDER BY id LIMIT 1 OFFSET {}",
                    SLICE - 1
                );
                let mut n = 0u64;
                let mut lo = 0i64;
                while lo < max {
                    let hi: i64 = tx
                        .query_row(&next, [lo], |r| r.get(0))
                        .optional()?
                        .unwrap_or(max);
                    n += tx.execute(sql, rusqlite::named_params! {":lo": lo, ":hi": hi})? as u64;
                    lo = hi;
                }
                n
            } else {
                tx.execute(sql, [])? as u64
            };
            match *counter {
                "learners_deleted" => report.learners_deleted = n,
                "learners_updated" => report.learners_updated = n,
                "learners_added" => report.learners_added = n,
                "groups_added" => report.groups_added = n,
                "group_sessions_added" => report.group_sessions_added = n,
                "sessions_added" => report.sessions_added = n,
                "attempts_added" => report.attempts_added = n,
                "assessments_added" => report.assessments_added = n,
                _ => {}
            }
        }
        // Two people of one name cannot be told apart on a login screen: the one the merge
        // brought in gets a visible number, said in the report.
        report.renamed = rename_clashes(&tx, "learners")?;
        report.renamed.extend(rename_clashes(&tx, "facilitators")?);
        report.attempts_skipped = total_attempts - report.attempts_added;
        report.assessments_skipped = total_assessments - report.assessments_added;
        tx.commit()?;
        Ok(report)
    }
}
