//! Kusoma's core: language packs, exercises, answer checking, learner progress in SQLite and
//! localization. Pure Rust and binding-free; `kusoma-ffi` wraps it for the phones.

pub mod l10n;
pub mod pack;
pub mod text;

/// The engine version recorded with every attempt.
pub const ENGINE_VERSION: &str = env!("CARGO_PKG_VERSION");
