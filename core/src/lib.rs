//! Kusoma's core: language packs, exercises, answer checking, learner progress in SQLite and
//! localization. Pure Rust and binding-free; `kusoma-ffi` wraps it for the phones.
//!
//! Data flows one way: a pack is loaded into an immutable model ([`pack`]) → the selection
//! policy ([`policy`]) picks an item from the learner's state ([`model`]) → an [`exercise`] is
//! built → the shell answers → the answer is checked, the attempt and the state it changed are
//! committed to the [`store`], and feedback comes back localized ([`l10n`]). [`Kusoma`] is the
//! facade a shell calls. EGRA and ASER scoring ([`assess`]) stands apart: pure functions over a
//! facilitator's marks and times.

pub mod assess;
mod assessment;
pub mod clock;
mod damage;
mod durable;
pub mod engine;
pub mod error;
pub mod exchange;
pub mod exercise;
mod facade;
pub mod ftl_guard;
pub mod group;
mod install;
mod install_journal;
mod kusoma;
pub mod l10n;
mod lock;
pub mod model;
pub mod names;
pub mod pack;
mod packs;
pub mod policy;
mod problem;
pub mod profile;
mod progress;
mod rebuild;
pub mod report;
pub mod screens;
pub mod secret;
mod session;
pub mod store;
#[cfg(test)]
mod testing;
pub mod text;
pub mod time;

pub use assessment::{AssessmentSheet, MarkedBy, RunState};
pub use error::{Error, Result};
pub use exercise::{Answer, AnswerMode, Exercise, ExerciseKind, Media};
pub use group::{Turn, TurnRule};
pub use kusoma::{
    DATABASE_FILE, Kusoma, OpenOptions, PACKS_FOLDER, PackSummary, RejectedPack, pack_folders,
};
pub use packs::check_pack_folder;
pub use profile::{AgeBand, Demographics, Enrolment, Gender, MAX_NAME_CHARS};
pub use progress::{Progress, UnitProgress};
pub use rebuild::RebuildReport;
pub use session::{
    Feedback, MAX_RESPONSE_MS, MAX_SESSION_EXERCISES, MAX_TYPED_ANSWER_BYTES, SessionOptions,
    SessionSummary, skill_label,
};
pub use store::Learner;

/// The engine version recorded with every attempt.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");
