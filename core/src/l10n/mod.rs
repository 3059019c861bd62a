//! Localization with Fluent: the core's own interface messages, a pack's additions, negotiation
//! from the device's preferred locales and per-message fallback.

pub mod guard;
