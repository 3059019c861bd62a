//! Data leaving and joining a phone: a snapshot another phone merges, CSV for spreadsheets,
//! xAPI statements for a Learning Record Store, and the batches `kusoma sync` posts.
//!
//! Everything streams: rows are read one at a time and written through a buffer, so a phone
//! with a million attempts exports in bounded memory. Files are written beside their final name,
//! flushed and renamed when complete (`durable.rs`), so a failed or killed export never leaves
//! a half file that looks whole; an existing file is refused unless the caller asks to replace it.

pub mod csv;
pub mod json;
pub mod programme;
pub mod sync;
pub use crate::time;
pub mod xapi;

use std::fs;
use std::path::Path;

use crate::durable::AtomicFile as Staged;

use crate::error::{Error, Result};
use crate::kusoma::Kusoma;
use crate::store::MergeReport;

/// Rows written by a CSV export.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CsvExport {
    /// Rows of `learners.csv`.
    pub learners: u64,
    /// Rows of `attempts.csv`.
    pub attempts: u64,
    /// Rows of `assessments.csv`.
    pub assessments: u64,
}

/// A batch of statements to post to an LRS, and the watermarks to store once it is accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XapiBatch {
    /// A JSON array of statements.
    pub json: String,
    /// Statements in the batch (0: nothing left to send).
    pub count: u32,
    /// The last attempt row in the batch.
    pub attempts_through: i64,
    /// The last assessment row in the batch.
    pub assessments_through: i64,
    /// Each statement's id and its byte range in `json`, in order: what a sync needs to send
    /// part of a batch the LRS refused, and to name the statement it refuses.
    pub statements: Vec<(String, std::ops::Range<usize>)>,
}

/// The files a CSV export writes, in its folder.
pub const CSV_FILES: [&str; 3] = ["learners.csv", "attempts.csv", "assessments.csv"];

/// Statements per sync batch, at most.
pub const MAX_BATCH: u32 = 2_000;

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

impl Kusoma {
    /// Writes a snapshot of everything on this phone to `out` (a new file) for another phone
    /// to merge with [`Kusoma::merge`]. It holds names and login hashes: hand it only to the
    /// programme's own phones. An existing `out` is refused unless `replace`.
    pub fn export_snapshot(&self, out: &Path, replace: bool) -> Result<()> {
        self.require_facilitator()?;
        let device = self.store.device_id()?;
        self.store
            .snapshot(out, &device, self.clock.now_ms(), replace)
    }

    /// Merges another phone's snapshot: idempotent and conflict-free (see
    /// [`crate::store::MergeReport`]); a file that is not a whole Kusoma export changes
    /// nothing. The learner state of packs with new attempts is replayed from the log.
    pub fn merge(&mut self, file: &Path) -> Result<MergeReport> {
        self.require_facilitator()?;
        let report = self.store.merge(file, self.clock.now_ms())?;
        // Open sessions hold learner models read before the merge.
        self.sessions.clear();
        self.banks.clear();
        // The merge marked these packs stale in its own transaction; a kill from here on
        // leaves the marks, and the next open replays them.
        self.rebuild_stale()?;
        Ok(report)
    }

    /// Writes `learners.csv` (pseudonymous: UUID and demographics, no names), `attempts.csv`
    /// and `assessments.csv` into `dir`. If any of the three exists, nothing is written unless
    /// `replace`.
    pub fn export_csv(&self, dir: &Path, replace: bool) -> Result<CsvExport> {
        self.require_facilitator()?;
        fs::create_dir_all(dir).map_err(io_err(dir))?;
        for name in CSV_FILES {
            crate::durable::refuse_existing(&dir.join(name), replace)?;
        }
        let mut counts = CsvExport::default();
        let mut row = Vec::with_capacity(512);
        let mut file = Staged::create(&dir.join(CSV_FILES[0]), replace)?;
        csv::record(
            &mut row,
            &["learner_id", "gender", "age_band", "consent", "created"],
        )
        .map_err(io_err(dir))?;
        file.write(&row)?;
        for l in self.store.learners()? {
            row.clear();
            let consent = l.consent_ms.map(time::iso_timestamp).unwrap_or_default();
            csv::record(
                &mut row,
                &[
                    &l.id,
                    l.gender.as_str(),
                    l.age_band.as_str(),
                    &consent,
                    &time::iso_timestamp(l.created_ms),
                ],
            )
            .map_err(io_err(dir))?;
            file.write(&row)?;
            counts.learners += 1;
        }
        file.finish()?;

        let mut file = Staged::create(&dir.join(CSV_FILES[1]), replace)?;
        row.clear();
        csv::record(
            &mut row,
            &[
                "attempt_id",
                "learner_id",
                "gender",
                "age_band",
                "session_id",
                "group_id",
                "group_session_id",
                "pack",
                "pack_version",
                "item",
                "kind",
                "skills",
                "answer",
                "expected",
                "correct",
                "response_ms",
                "choices",
                "time",
            ],
        )
        .map_err(io_err(dir))?;
        file.write(&row)?;
        self.store.each_attempt(0, i64::MAX, |a| {
            row.clear();
            csv::record(
                &mut row,
                &[
                    &a.id,
                    &a.learner,
                    &a.gender,
                    &a.age_band,
                    a.session.as_deref().unwrap_or(""),
                    a.group.as_deref().unwrap_or(""),
                    a.group_session.as_deref().unwrap_or(""),
                    &a.pack,
                    &a.pack_version,
                    &a.item,
                    &a.kind,
                    &a.skills,
                    &a.answer,
                    &a.expected,
                    if a.correct { "1" } else { "0" },
                    &a.response_ms.to_string(),
                    &a.choices.to_string(),
                    &time::iso_timestamp(a.created_ms),
                ],
            )
            .map_err(io_err(dir))?;
            counts.attempts += 1;
            file.write(&row)
        })?;
        file.finish()?;

        let mut file = Staged::create(&dir.join(CSV_FILES[2]), replace)?;
        row.clear();
        csv::record(
            &mut row,
            &[
                "assessment_id",
                "learner_id",
                "gender",
                "age_band",
                "group_id",
                "group_session_id",
                "pack",
                "subtask",
                "marked_by",
                "items",
                "attempted",
                "correct",
                "seconds_used",
                "correct_per_minute",
                "autostopped",
                "aser_level",
                "started",
                "ended",
            ],
        )
        .map_err(io_err(dir))?;
        file.write(&row)?;
        self.store.each_assessment(0, i64::MAX, |x| {
            row.clear();
            csv::record(
                &mut row,
                &[
                    &x.result.id,
                    &x.result.learner,
                    &x.gender,
                    &x.age_band,
                    x.group.as_deref().unwrap_or(""),
                    x.group_session.as_deref().unwrap_or(""),
                    &x.result.pack,
                    &x.result.subtask,
                    &x.result.marked_by,
                    &x.result.items.to_string(),
                    &x.result.attempted.to_string(),
                    &x.result.correct.to_string(),
                    &format!("{:.1}", x.result.seconds_used),
                    &format!("{:.1}", x.result.per_minute),
                    if x.result.autostopped { "1" } else { "0" },
                    x.result.level.as_deref().unwrap_or(""),
                    &time::iso_timestamp(x.result.started_ms),
                    &time::iso_timestamp(x.result.ended_ms),
                ],
            )
            .map_err(io_err(dir))?;
            counts.assessments += 1;
            file.write(&row)
        })?;
        file.finish()?;
        Ok(counts)
    }

    /// Writes every attempt and assessment as xAPI statements, one JSON array, to `out`;
    /// returns the number of statements. An existing `out` is refused unless `replace`.
    pub fn export_xapi(&self, out: &Path, replace: bool) -> Result<u64> {
        self.require_facilitator()?;
        let iri = self.programme_iri()?;
        let mut file = Staged::create(out, replace)?;
        let mut count = 0u64;
        let mut buf = String::with_capacity(2048);
        file.write(b"[")?;
        self.store.each_attempt(0, i64::MAX, |a| {
            buf.clear();
            if count > 0 {
                buf.push_str(",\n");
            }
            xapi::attempt(&mut buf, &iri, a);
            count += 1;
            file.write(buf.as_bytes())
        })?;
        self.store.each_assessment(0, i64::MAX, |x| {
            buf.clear();
            if count > 0 {
                buf.push_str(",\n");
            }
            xapi::assessment(&mut buf, &iri, x);
            count += 1;
            file.write(buf.as_bytes())
        })?;
        file.write(b"]\n")?;
        file.finish()?;
        Ok(count)
    }

    /// The next batch of statements not yet accepted by the LRS `target` (at most `limit`,
    /// attempts first, then assessments). Post it, then call [`Kusoma::commit_xapi_batch`];
    /// a batch posted but not committed is sent again, which is harmless: ids are stable.
    pub fn xapi_batch(&self, target: &str, limit: u32) -> Result<XapiBatch> {
        self.require_facilitator()?;
        if !(1..=MAX_BATCH).contains(&limit) {
            return Err(Error::InvalidInput(format!(
                "a batch holds 1 to {MAX_BATCH} statements"
            )));
        }
        let iri = self.programme_iri()?;
        let (after_attempt, after_assessment) = self.store.watermark(target)?;
        let mut batch = XapiBatch {
            json: String::from("["),
            count: 0,
            attempts_through: after_attempt,
            assessments_through: after_assessment,
            statements: Vec::new(),
        };
        // Appends one statement, recording its id and where it lies in the array.
        let push = |batch: &mut XapiBatch, id: String, write: &dyn Fn(&mut String)| {
            if batch.count > 0 {
                batch.json.push(',');
            }
            let start = batch.json.len();
            write(&mut batch.json);
            batch.statements.push((id, start..batch.json.len()));
            batch.count += 1;
        };
        self.store
            .each_attempt(after_attempt, i64::from(limit), |a| {
                let id = xapi::statement_id("attempt", &a.id);
                push(&mut batch, id, &|out| xapi::attempt(out, &iri, a));
                batch.attempts_through = a.rowid;
                Ok(())
            })?;
        let room = i64::from(limit - batch.count);
        if room > 0 {
            self.store.each_assessment(after_assessment, room, |x| {
                let id = xapi::statement_id("assessment", &x.result.id);
                push(&mut batch, id, &|out| xapi::assessment(out, &iri, x));
                batch.assessments_through = x.rowid;
                Ok(())
            })?;
        }
        batch.json.push(']');
        Ok(batch)
    }

    /// Records that the LRS `target` accepted a batch: the next batch starts after it.
    pub fn commit_xapi_batch(&mut self, target: &str, batch: &XapiBatch) -> Result<()> {
        self.require_facilitator()?;
        self.store.set_watermark(
            target,
            batch.attempts_through,
            batch.assessments_through,
            self.clock.now_ms(),
        )
    }
}
