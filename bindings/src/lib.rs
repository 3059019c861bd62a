//! uniffi bindings over `kusoma_core` for the phones (Kotlin, Swift) and Python.
//!
//! Thin by rule: every exported item translates between the core's types and records a foreign
//! language can hold, and calls the core. No learning logic lives here. One object,
//! [`KusomaEngine`], holds the core behind a mutex (Send + Sync); every call is synchronous, and
//! shells call it off their main thread. Timestamps cross as i64 milliseconds.

mod engine;
mod error;
mod facilitator;
mod facilitator_records;
mod lesson;
mod records;
mod screens;
mod sync;

pub use engine::KusomaEngine;
pub use error::KusomaError;
pub use facilitator_records::*;
pub use records::*;
pub use sync::LrsSyncSession;

uniffi::setup_scaffolding!();

/// The engine version recorded with every attempt.
#[uniffi::export]
pub fn engine_version() -> String {
    kusoma_core::ENGINE_VERSION.to_owned()
}

/// How many of a passage's comprehension questions may be asked, EGRA's rule: those whose
/// answer lies in text the learner reached. `question_ends` is the sheet's (rising along the
/// passage, so the questions asked are the first this many); `last_word_read` is 1-based.
#[uniffi::export]
pub fn questions_reached(question_ends: Vec<u32>, last_word_read: u32) -> u32 {
    let ends: Vec<usize> = question_ends.iter().map(|&e| e as usize).collect();
    let reached = kusoma_core::assess::questions_reached(&ends, last_word_read as usize);
    u32::try_from(reached).unwrap_or(u32::MAX)
}

/// Checks a pack folder without loading it into an engine: its summary, or every problem.
#[uniffi::export]
pub fn check_pack(dir: String) -> Result<PackInfo, KusomaError> {
    Ok(kusoma_core::check_pack_folder(std::path::Path::new(&dir))?.into())
}
