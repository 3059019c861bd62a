//! `KusomaEngine`'s shared-phone and facilitator calls: sign-in, enrolment, groups, attendance,
//! pass-the-phone turns, stored assessments (a run is `screens_assessment.rs`'s), reports,
//! exports, merge and LRS batches. Each translates records and calls the core.

use std::path::PathBuf;

use kusoma_core::exchange::XapiBatch;
use kusoma_core::{AgeBand, Demographics, Enrolment, Error, Gender};

use crate::engine::KusomaEngine;
use crate::error::KusomaError;

use crate::facilitator_records::*;
use crate::records::LearnerProfile;

type Result<T> = std::result::Result<T, KusomaError>;

fn demographics(gender: Option<&str>, age_band: Option<&str>) -> Result<Demographics> {
    let gender = match gender {
        Some(g) => {
            Gender::parse(g).ok_or_else(|| Error::InvalidInput(format!("unknown gender {g:?}")))?
        }
        None => Gender::Unspecified,
    };
    let age_band = match age_band {
        Some(a) => AgeBand::parse(a)
            .ok_or_else(|| Error::InvalidInput(format!("unknown age band {a:?}")))?,
        None => AgeBand::Unspecified,
    };
    Ok(Demographics { gender, age_band })
}

fn batch(b: XapiBatch) -> XapiBatchInfo {
    XapiBatchInfo {
        json: b.json,
        count: b.count,
        attempts_through: b.attempts_through,
        assessments_through: b.assessments_through,
    }
}

#[uniffi::export]
impl KusomaEngine {
    /// Enrols a learner (picture login, PIN, demographics only with consent).
    pub fn enrol_learner(&self, learner: NewLearner) -> Result<LearnerProfile> {
        let demographics = if learner.consent {
            Some(demographics(
                learner.gender.as_deref(),
                learner.age_band.as_deref(),
            )?)
        } else if learner.gender.is_some() || learner.age_band.is_some() {
            return Err(Error::InvalidInput(
                "demographics are recorded only with the learner's consent".into(),
            )
            .into());
        } else {
            None
        };
        let e = Enrolment {
            name: learner.name,
            icon: learner.icon,
            pictures: learner.pictures,
            pin: learner.pin,
            demographics,
        };
        Ok(self.core().enrol_learner(&e)?.into())
    }

    /// The quick exit: signs the learner and the facilitator out.
    pub fn sign_out(&self) {
        self.core().sign_out();
    }

    /// Sets (`Some`) or removes her picture login.
    pub fn set_learner_pictures(
        &self,
        learner: String,
        pictures: Option<Vec<u8>>,
    ) -> Result<LearnerProfile> {
        Ok(self
            .core()
            .set_learner_pictures(&learner, pictures.as_deref())?
            .into())
    }

    /// Sets (`Some`) or removes her PIN.
    pub fn set_learner_pin(&self, learner: String, pin: Option<String>) -> Result<LearnerProfile> {
        Ok(self
            .core()
            .set_learner_pin(&learner, pin.as_deref())?
            .into())
    }

    /// Records demographics with consent (`consent` false clears them).
    pub fn set_demographics(
        &self,
        learner: String,
        gender: Option<String>,
        age_band: Option<String>,
        consent: bool,
    ) -> Result<LearnerProfile> {
        let d = if consent {
            Some(demographics(gender.as_deref(), age_band.as_deref())?)
        } else {
            None
        };
        Ok(self.core().set_demographics(&learner, d)?.into())
    }

    /// Lifts a learner's lock-out (facilitator).
    pub fn unlock_learner(&self, learner: String) -> Result<()> {
        Ok(self.core().unlock_learner(&learner)?)
    }

    /// Adds a facilitator.
    pub fn create_facilitator(&self, name: String, pin: String) -> Result<FacilitatorInfo> {
        Ok(self.core().create_facilitator(&name, &pin)?.into())
    }

    /// The facilitators.
    pub fn facilitators(&self) -> Result<Vec<FacilitatorInfo>> {
        Ok(self
            .core()
            .facilitators()?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// Opens the facilitator tools with a facilitator's PIN.
    pub fn unlock_facilitator(&self, facilitator: String, pin: String) -> Result<FacilitatorInfo> {
        Ok(self.core().unlock_facilitator(&facilitator, &pin)?.into())
    }

    /// A session's attendance.
    pub fn attendance(&self, group_session: String) -> Result<Vec<AttendanceInfo>> {
        Ok(self
            .core()
            .attendance(&group_session)?
            .into_iter()
            .map(Into::into)
            .collect())
    }

    /// A learner's assessments.
    pub fn assessments(&self, learner: String) -> Result<Vec<AssessmentInfo>> {
        let core = self.core();
        Ok(core
            .assessments(&learner)?
            .into_iter()
            .map(|a| AssessmentInfo::new(a, &core))
            .collect())
    }

    /// A learner's report in a pack.
    pub fn learner_report(&self, learner: String, pack: String) -> Result<LearnerReportInfo> {
        let core = self.core();
        Ok(LearnerReportInfo::new(
            core.learner_report(&learner, &pack)?,
            &core,
        ))
    }

    /// A group's report in a pack.
    pub fn group_report(&self, group: String, pack: String) -> Result<GroupReportInfo> {
        let core = self.core();
        Ok(GroupReportInfo::new(
            core.group_report(&group, &pack)?,
            &core,
        ))
    }

    /// The programme report.
    pub fn programme_report(&self) -> Result<ProgrammeReportInfo> {
        Ok(self.core().programme_report(None)?.into())
    }

    /// Writes a snapshot for another phone to merge; an existing file is refused (the shell's
    /// file picker asks before replacing, and removes it).
    pub fn export_snapshot(&self, file: String) -> Result<()> {
        Ok(self.core().export_snapshot(&PathBuf::from(file), false)?)
    }

    /// Merges another phone's snapshot.
    pub fn merge(&self, file: String) -> Result<MergeSummary> {
        Ok(self.core().merge(&PathBuf::from(file))?.into())
    }

    /// Writes learners.csv, attempts.csv and assessments.csv into a folder; returns rows written.
    /// Existing files there are refused.
    pub fn export_csv(&self, dir: String) -> Result<u64> {
        let n = self.core().export_csv(&PathBuf::from(dir), false)?;
        Ok(n.learners + n.attempts + n.assessments)
    }

    /// Writes every statement as a JSON array; returns how many. An existing file is refused.
    pub fn export_xapi(&self, file: String) -> Result<u64> {
        Ok(self.core().export_xapi(&PathBuf::from(file), false)?)
    }

    /// The IRI this phone's statements are named under (the programme's once set).
    pub fn programme_iri(&self) -> Result<String> {
        Ok(self.core().programme_iri()?)
    }

    /// Sets the programme's IRI, once and before the first sync; returns it as stored.
    pub fn set_programme_iri(&self, iri: String) -> Result<String> {
        Ok(self.core().set_programme_iri(&iri)?)
    }

    /// The next statements not yet accepted by the LRS `target`.
    pub fn xapi_batch(&self, target: String, limit: u32) -> Result<XapiBatchInfo> {
        Ok(batch(self.core().xapi_batch(&target, limit)?))
    }

    /// Records that the LRS accepted a batch.
    pub fn commit_xapi_batch(&self, target: String, accepted: XapiBatchInfo) -> Result<()> {
        let b = XapiBatch {
            json: accepted.json,
            count: accepted.count,
            attempts_through: accepted.attempts_through,
            assessments_through: accepted.assessments_through,
            statements: Vec::new(),
        };
        Ok(self.core().commit_xapi_batch(&target, &b)?)
    }
}
