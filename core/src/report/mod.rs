//! Reports for facilitators and programmes, as records: the shells draw them, the CLI writes
//! them as text, CSV or HTML.
//!
//! - [`LearnerReport`]: mastered units, time on task, a weekly trend, what she struggles with,
//!   assessments.
//! - [`GroupReport`]: attendance, a "needs help" list (stalled or struggling learners, with the
//!   skills they miss), the items the group finds hardest.
//! - [`ProgrammeReport`]: indicators disaggregated by gender and age band — the share at each
//!   ASER level, mean correct-per-minute at the first and latest assessment, attendance.

mod group;
mod learner;
mod programme;

pub use group::{GroupLearnerRow, GroupReport, HelpReason, ItemDifficulty, NeedsHelp};
pub use learner::{LearnerReport, SkillStruggle};
pub use programme::{DemographicRow, ProgrammeReport, SubtaskMeans};

/// No attempt for this many days while on a roster: stalled.
pub const STALLED_DAYS: i64 = 14;
/// Accuracy below this over the latest [`RECENT_ATTEMPTS`]: struggling.
pub const STRUGGLING_ACCURACY: f64 = 0.6;
/// The latest attempts that count as "recent".
pub const RECENT_ATTEMPTS: u32 = 20;
/// Fewest recent attempts before accuracy is judged.
pub const MIN_JUDGED: u32 = 10;
/// The latest attempts per learner a group's hardest items are drawn from.
pub const ITEM_WINDOW: u32 = 100;

use crate::clock::DAY_MS;
