//! Binding-free placeholder; the bindings issue adds the uniffi wrappers over `kusoma_core`.
pub use kusoma_core::ENGINE_VERSION;
