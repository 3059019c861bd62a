//! The screens' state machines (view-models, in the style of matrix-rust-sdk's UI crate): each
//! file holds the state one screen draws and the actions its taps send, so that the Android and
//! iOS shells only forward taps and draw what they are given, and every rule is tested here once.

pub mod aser;
pub mod assessment;
