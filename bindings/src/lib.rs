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
mod flow;
mod lesson;
mod records;
mod screens;
mod screens_assessment;
mod screens_groups;
mod sync;
mod turns;

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

/// Checks a pack folder without loading it into an engine: its summary, or every problem.
#[uniffi::export]
pub fn check_pack(dir: String) -> Result<PackInfo, KusomaError> {
    Ok(kusoma_core::check_pack_folder(std::path::Path::new(&dir))?.into())
}
