//! Records for shared-phone profiles, facilitator tools, assessments, reports and data
//! exchange, and their conversions from the core's types. Enumerations the core stores as
//! text (gender, age band, subtask, ASER level) cross as those same strings.

use kusoma_core::Kusoma;
use kusoma_core::Turn;
use kusoma_core::report::{
    DemographicRow, GroupReport, HelpReason, LearnerReport, ProgrammeReport, SkillStruggle,
};
use kusoma_core::screens::groups::GroupCard;
use kusoma_core::screens::reports::WeekBar;
use kusoma_core::screens::text::UiText;
use kusoma_core::store::{
    AssessmentResult, AttendanceEntry, Facilitator, GroupSessionRecord, MergeReport,
};

use crate::records::{LearnerProfile, ProgressReport};

/// A new learner's profile.
#[derive(Debug, Clone, uniffi::Record)]
pub struct NewLearner {
    /// Name shown on the phone.
    pub name: String,
    /// An icon or emoji.
    pub icon: String,
    /// Picture login: 3 pictures, each 0–11 (the shell draws the 12 pictures).
    pub pictures: Option<Vec<u8>>,
    /// A PIN of 4–8 digits.
    pub pin: Option<String>,
    /// `female`, `male`, `other`; recorded only when `consent` is true.
    pub gender: Option<String>,
    /// `10-14`, `15-24`, `25-34`, `35-49`, `50+`; recorded only when `consent` is true.
    pub age_band: Option<String>,
    /// The learner agreed that her demographics are recorded.
    pub consent: bool,
}

/// A facilitator profile.
#[derive(Debug, Clone, uniffi::Record)]
pub struct FacilitatorInfo {
    /// Stable id.
    pub id: String,
    /// Name.
    pub name: String,
}

impl From<Facilitator> for FacilitatorInfo {
    fn from(f: Facilitator) -> Self {
        FacilitatorInfo {
            id: f.id,
            name: f.name,
        }
    }
}

/// A group session.
#[derive(Debug, Clone, uniffi::Record)]
pub struct GroupSessionInfo {
    /// Stable id.
    pub id: String,
    /// The group's id.
    pub group: String,
    /// The pack.
    pub pack: String,
    /// Start, ms since the Unix epoch.
    pub started_ms: i64,
    /// End, if ended.
    pub ended_ms: Option<i64>,
    /// The facilitator's notes.
    pub notes: String,
}

impl From<GroupSessionRecord> for GroupSessionInfo {
    fn from(s: GroupSessionRecord) -> Self {
        GroupSessionInfo {
            id: s.id,
            group: s.group,
            pack: s.pack,
            started_ms: s.started_ms,
            ended_ms: s.ended_ms,
            notes: s.notes,
        }
    }
}

/// One roster line of a session's attendance.
#[derive(Debug, Clone, uniffi::Record)]
pub struct AttendanceInfo {
    /// The learner.
    pub learner: LearnerProfile,
    /// Present or not.
    pub present: bool,
}

impl From<AttendanceEntry> for AttendanceInfo {
    fn from(a: AttendanceEntry) -> Self {
        AttendanceInfo {
            learner: a.learner.into(),
            present: a.present,
        }
    }
}

/// Whose turn it is.
#[derive(Debug, Clone, uniffi::Record)]
pub struct TurnInfo {
    /// The learner holding the phone.
    pub learner: LearnerProfile,
    /// The learning session of the turn (for `next_exercise` and `submit`).
    pub session: String,
    /// 1 for the first turn.
    pub number: u32,
    /// True when the phone just passed: show "pass the phone to …".
    pub changed: bool,
}

impl From<Turn> for TurnInfo {
    fn from(t: Turn) -> Self {
        TurnInfo {
            learner: t.learner.into(),
            session: t.session,
            number: t.number,
            changed: t.changed,
        }
    }
}

/// A stored assessment.
#[derive(Debug, Clone, uniffi::Record)]
pub struct AssessmentInfo {
    /// Stable id.
    pub id: String,
    /// The learner.
    pub learner: String,
    /// Subtask, or `aser`.
    pub subtask: String,
    /// Items attempted.
    pub attempted: u32,
    /// Items correct.
    pub correct: u32,
    /// Correct per minute (comprehension: share right).
    pub per_minute: f64,
    /// Ended by the autostop rule.
    pub autostopped: bool,
    /// ASER level, for a probe.
    pub level: Option<String>,
    /// When, ms since the Unix epoch.
    pub started_ms: i64,
    /// Its name, in the interface language (none for a subtask newer than this library).
    pub title: Option<String>,
    /// Its result in words: a rate, a count of questions right, or the ASER level.
    pub result: Option<String>,
}

impl AssessmentInfo {
    /// The stored assessment, named and worded by `k` in its interface language.
    pub(crate) fn new(a: AssessmentResult, k: &Kusoma) -> Self {
        let (title, result) = (k.assessment_title(&a), k.assessment_result_text(&a));
        AssessmentInfo {
            title,
            result,
            id: a.id,
            learner: a.learner,
            subtask: a.subtask,
            attempted: a.attempted,
            correct: a.correct,
            per_minute: a.per_minute,
            autostopped: a.autostopped,
            level: a.level,
            started_ms: a.started_ms,
        }
    }
}

/// A skill a learner misses.
#[derive(Debug, Clone, uniffi::Record)]
pub struct StruggleInfo {
    /// How it is shown.
    pub label: String,
    /// Wrong answers recently.
    pub wrong: u32,
    /// Recent attempts.
    pub attempts: u32,
}

impl From<SkillStruggle> for StruggleInfo {
    fn from(s: SkillStruggle) -> Self {
        StruggleInfo {
            label: s.label,
            wrong: s.wrong,
            attempts: s.attempts,
        }
    }
}

/// A learner's report.
#[derive(Debug, Clone, uniffi::Record)]
pub struct LearnerReportInfo {
    /// The learner.
    pub learner: LearnerProfile,
    /// Progress per unit.
    pub progress: ProgressReport,
    /// The last 8 weeks' bars, oldest first: each week's exercises, their count in the
    /// interface's digits and the day the week starts.
    pub weeks: Vec<WeekBar>,
    /// Accuracy over the latest attempts.
    pub recent_accuracy: Option<f64>,
    /// The same in the interface's words, as a whole percent.
    pub accuracy: Option<String>,
    /// What she misses most.
    pub struggles: Vec<StruggleInfo>,
    /// Assessments, oldest first.
    pub assessments: Vec<AssessmentInfo>,
    /// Latest ASER level.
    pub aser_level: Option<String>,
}

impl LearnerReportInfo {
    /// The report, its assessments worded by `k`.
    pub(crate) fn new(r: LearnerReport, k: &Kusoma) -> Self {
        LearnerReportInfo {
            learner: r.learner.into(),
            progress: r.progress.into(),
            weeks: k.week_bars(&r.weeks),
            accuracy: r
                .recent_accuracy
                .and_then(|a| k.share_text(UiText::Accuracy, a)),
            recent_accuracy: r.recent_accuracy,
            struggles: r.struggles.into_iter().map(Into::into).collect(),
            assessments: r
                .assessments
                .into_iter()
                .map(|a| AssessmentInfo::new(a, k))
                .collect(),
            aser_level: r.aser_level,
        }
    }
}

/// Someone who needs help, and why.
#[derive(Debug, Clone, uniffi::Record)]
pub struct NeedsHelpInfo {
    /// The learner's id.
    pub learner: String,
    /// Her name.
    pub name: String,
    /// Why, typed (an icon may depend on it).
    pub reason: HelpReason,
    /// Why, in the interface language, numbers formatted by the core; none when the language
    /// chain has no words for it.
    pub why: Option<String>,
    /// What she misses.
    pub struggles: Vec<StruggleInfo>,
}

/// A roster line of a group report.
#[derive(Debug, Clone, uniffi::Record)]
pub struct GroupLearnerInfo {
    /// The learner.
    pub learner: LearnerProfile,
    /// Sessions attended.
    pub attended: u32,
    /// Sessions held.
    pub held: u32,
    /// Attended of held, in the interface's words and digits ("3 of 4").
    pub attended_of: String,
    /// Skills learned: mastery confirmed by delayed checks.
    pub skills_mastered: u32,
    /// Skills mastered provisionally, not yet confirmed.
    pub skills_provisional: u32,
    /// Recent accuracy.
    pub recent_accuracy: Option<f64>,
}

/// An item the group finds hard.
#[derive(Debug, Clone, uniffi::Record)]
pub struct HardItemInfo {
    /// How it is shown.
    pub label: String,
    /// Exercise kind.
    pub kind: String,
    /// Attempts.
    pub attempts: u32,
    /// Right answers.
    pub correct: u32,
}

/// A group's report.
#[derive(Debug, Clone, uniffi::Record)]
pub struct GroupReportInfo {
    /// The group.
    pub group: GroupCard,
    /// Sessions held.
    pub sessions_held: u32,
    /// Attendance rate.
    pub attendance_rate: Option<f64>,
    /// The same in the interface's words, as a whole percent; none before a session is held.
    pub attendance: Option<String>,
    /// The roster.
    pub learners: Vec<GroupLearnerInfo>,
    /// Who needs help, most urgent first.
    pub needs_help: Vec<NeedsHelpInfo>,
    /// The hardest items.
    pub hardest_items: Vec<HardItemInfo>,
}

// The core's reason, crossing as it is.
#[uniffi::remote(Enum)]
pub enum HelpReason {
    NotStarted,
    Stalled { days: u32 },
    Struggling { accuracy: f64 },
}

impl GroupReportInfo {
    /// The report, with each "needs help" reason worded by `k` in its interface language.
    pub(crate) fn new(r: GroupReport, k: &Kusoma) -> Self {
        GroupReportInfo {
            group: GroupCard::of(&r.group),
            sessions_held: r.sessions_held,
            attendance: r
                .attendance_rate
                .and_then(|a| k.share_text(UiText::AttendanceRate, a)),
            attendance_rate: r.attendance_rate,
            learners: r
                .learners
                .into_iter()
                .map(|l| GroupLearnerInfo {
                    attended_of: k.attended_text(l.attended, l.held),
                    learner: l.learner.into(),
                    attended: l.attended,
                    held: l.held,
                    skills_mastered: l.skills_mastered,
                    skills_provisional: l.skills_provisional,
                    recent_accuracy: l.recent_accuracy,
                })
                .collect(),
            needs_help: r
                .needs_help
                .into_iter()
                .map(|n| NeedsHelpInfo {
                    why: k.help_reason_text(&n.reason),
                    reason: n.reason,
                    learner: n.learner,
                    name: n.name,
                    struggles: n.struggles.into_iter().map(Into::into).collect(),
                })
                .collect(),
            hardest_items: r
                .hardest_items
                .into_iter()
                .map(|i| HardItemInfo {
                    label: i.label,
                    kind: i.kind,
                    attempts: i.attempts,
                    correct: i.correct,
                })
                .collect(),
        }
    }
}

/// Mean correct-per-minute of a subtask at first and latest assessment.
#[derive(Debug, Clone, uniffi::Record)]
pub struct SubtaskMeansInfo {
    /// Subtask.
    pub subtask: String,
    /// Learners assessed.
    pub learners: u32,
    /// Mean at first assessment.
    pub first: f64,
    /// Mean at latest.
    pub latest: f64,
}

/// Indicators of one (gender, age band) cell; `None` means all.
#[derive(Debug, Clone, uniffi::Record)]
pub struct DemographicInfo {
    /// Gender, or all.
    pub gender: Option<String>,
    /// Age band, or all.
    pub age_band: Option<String>,
    /// Learners.
    pub learners: u32,
    /// Learners with an ASER level.
    pub aser_assessed: u32,
    /// Learners at beginner, letter, word, paragraph, story.
    pub aser: Vec<u32>,
    /// Correct-per-minute means.
    pub subtasks: Vec<SubtaskMeansInfo>,
    /// Attendance rate.
    pub attendance_rate: Option<f64>,
}

impl From<DemographicRow> for DemographicInfo {
    fn from(r: DemographicRow) -> Self {
        DemographicInfo {
            gender: r.gender.map(|g| g.as_str().to_owned()),
            age_band: r.age_band.map(|a| a.as_str().to_owned()),
            learners: r.learners,
            aser_assessed: r.aser_assessed,
            aser: r.aser.to_vec(),
            subtasks: r
                .subtasks
                .into_iter()
                .map(|s| SubtaskMeansInfo {
                    subtask: s.subtask,
                    learners: s.learners,
                    first: s.first,
                    latest: s.latest,
                })
                .collect(),
            attendance_rate: r.attendance_rate,
        }
    }
}

/// The programme's indicators.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ProgrammeReportInfo {
    /// Everyone.
    pub total: DemographicInfo,
    /// By gender.
    pub by_gender: Vec<DemographicInfo>,
    /// By age band.
    pub by_age: Vec<DemographicInfo>,
    /// By gender and age band.
    pub by_gender_and_age: Vec<DemographicInfo>,
}

impl From<ProgrammeReport> for ProgrammeReportInfo {
    fn from(r: ProgrammeReport) -> Self {
        let all = |v: Vec<DemographicRow>| v.into_iter().map(Into::into).collect();
        ProgrammeReportInfo {
            total: r.total.into(),
            by_gender: all(r.by_gender),
            by_age: all(r.by_age),
            by_gender_and_age: all(r.by_gender_and_age),
        }
    }
}

/// What a merge did.
#[derive(Debug, Clone, uniffi::Record)]
pub struct MergeSummary {
    /// Learners added.
    pub learners_added: u64,
    /// Learners updated by a newer edit.
    pub learners_updated: u64,
    /// Learners deleted (deleted on the other phone).
    pub learners_deleted: u64,
    /// Attempts added.
    pub attempts_added: u64,
    /// Attempts already here.
    pub attempts_skipped: u64,
    /// Assessments added.
    pub assessments_added: u64,
}

impl From<MergeReport> for MergeSummary {
    fn from(r: MergeReport) -> Self {
        MergeSummary {
            learners_added: r.learners_added,
            learners_updated: r.learners_updated,
            learners_deleted: r.learners_deleted,
            attempts_added: r.attempts_added,
            attempts_skipped: r.attempts_skipped,
            assessments_added: r.assessments_added,
        }
    }
}

/// A batch of xAPI statements to post.
#[derive(Debug, Clone, uniffi::Record)]
pub struct XapiBatchInfo {
    /// A JSON array of statements.
    pub json: String,
    /// How many (0: nothing left).
    pub count: u32,
    /// Watermark: last attempt row.
    pub attempts_through: i64,
    /// Watermark: last assessment row.
    pub assessments_through: i64,
}

// A week's bar, crossing as the core defines it.
#[uniffi::remote(Record)]
pub struct WeekBar {
    pub attempts: u32,
    pub count: String,
    pub starts: String,
}
