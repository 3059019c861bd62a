//! Data leaving and joining a phone: a snapshot another phone merges, CSV for spreadsheets,
//! xAPI statements for a Learning Record Store, and the batches `kusoma sync` posts.
//!
//! Everything streams: rows are read one at a time and written through a buffer, so a phone
//! with a million attempts exports in bounded memory. Files are written beside their final name
//! and renamed when complete, so a failed export never leaves a half file that looks whole.

pub mod csv;
pub mod json;
pub mod time;
pub mod xapi;

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

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
}

/// Statements per sync batch, at most.
pub const MAX_BATCH: u32 = 2_000;

fn io_err(path: &Path) -> impl Fn(std::io::Error) -> Error + '_ {
    move |source| Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// A file written to `<name>.partial` and renamed over `<name>` only when complete.
struct Staged {
    final_path: PathBuf,
    partial: PathBuf,
    out: BufWriter<fs::File>,
}

impl Staged {
    fn create(path: &Path) -> Result<Staged> {
        let mut partial = path.as_os_str().to_owned();
        partial.push(".partial");
        let partial = PathBuf::from(partial);
        let file = fs::File::create(&partial).map_err(io_err(&partial))?;
        Ok(Staged {
            final_path: path.to_path_buf(),
            partial,
            out: BufWriter::with_capacity(64 * 1024, file),
        })
    }

    fn write(&mut self, bytes: &[u8]) -> Result<()> {
        self.out.write_all(bytes).map_err(io_err(&self.partial))
    }

    fn finish(self) -> Result<()> {
        let file = self.out.into_inner().map_err(|e| Error::Io {
            path: self.partial.clone(),
            source: e.into_error(),
        })?;
        file.sync_all().map_err(io_err(&self.partial))?;
        fs::rename(&self.partial, &self.final_path).map_err(io_err(&self.final_path))
    }
}

impl Kusoma {
    /// Writes a snapshot of everything on this phone to `out` (a new file) for another phone
    /// to merge with [`Kusoma::merge`]. It holds names and login hashes: hand it only to the
    /// programme's own phones.
    pub fn export_snapshot(&self, out: &Path) -> Result<()> {
        self.require_facilitator()?;
        let device = self.store.device_id()?;
        self.store.snapshot(out, &device, self.clock.now_ms())
    }

    /// Merges another phone's snapshot: idempotent and conflict-free (see
    /// [`crate::store::MergeReport`]); a file that is not a whole Kusoma export changes
    /// nothing. The learner state of packs with new attempts is replayed from the log.
    pub fn merge(&mut self, file: &Path) -> Result<MergeReport> {
        self.require_facilitator()?;
        let report = self.store.merge(file)?;
        for pack in &report.packs {
            if self.packs.contains_key(pack) {
                self.rebuild(pack)?;
            }
        }
        // Open sessions hold learner models read before the merge.
        self.sessions.clear();
        self.banks.clear();
        Ok(report)
    }

    /// Writes `learners.csv` (pseudonymous: UUID and demographics, no names), `attempts.csv`
    /// and `assessments.csv` into `dir`.
    pub fn export_csv(&self, dir: &Path) -> Result<CsvExport> {
        self.require_facilitator()?;
        fs::create_dir_all(dir).map_err(io_err(dir))?;
        let mut counts = CsvExport::default();
        let mut row = Vec::with_capacity(512);
        let mut file = Staged::create(&dir.join("learners.csv"))?;
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

        let mut file = Staged::create(&dir.join("attempts.csv"))?;
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

        let mut file = Staged::create(&dir.join("assessments.csv"))?;
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
    /// returns the number of statements.
    pub fn export_xapi(&self, out: &Path) -> Result<u64> {
        self.require_facilitator()?;
        let mut file = Staged::create(out)?;
        let mut count = 0u64;
        let mut buf = String::with_capacity(2048);
        file.write(b"[")?;
        self.store.each_attempt(0, i64::MAX, |a| {
            buf.clear();
            if count > 0 {
                buf.push_str(",\n");
            }
            xapi::attempt(&mut buf, a);
            count += 1;
            file.write(buf.as_bytes())
        })?;
        self.store.each_assessment(0, i64::MAX, |x| {
            buf.clear();
            if count > 0 {
                buf.push_str(",\n");
            }
            xapi::assessment(&mut buf, x);
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
        let (after_attempt, after_assessment) = self.store.watermark(target)?;
        let mut batch = XapiBatch {
            json: String::from("["),
            count: 0,
            attempts_through: after_attempt,
            assessments_through: after_assessment,
        };
        self.store
            .each_attempt(after_attempt, i64::from(limit), |a| {
                if batch.count > 0 {
                    batch.json.push(',');
                }
                xapi::attempt(&mut batch.json, a);
                batch.count += 1;
                batch.attempts_through = a.rowid;
                Ok(())
            })?;
        let room = i64::from(limit - batch.count);
        if room > 0 {
            self.store.each_assessment(after_assessment, room, |x| {
                if batch.count > 0 {
                    batch.json.push(',');
                }
                xapi::assessment(&mut batch.json, x);
                batch.count += 1;
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
