//! The screens' state machines and the rules they share, in Rust so that Android and iOS draw
//! the same screens from one tested source (as matrix-rust-sdk does with its room list and
//! timeline). Nothing here draws: each piece holds what a screen shows and what a tap does, and
//! the shells keep only drawing, platform services and the thinnest adapters.
//!
//! - [`text`]: every piece of interface text by role, with the Fluent ids that can fill it.
//! - [`defaults`]: the values both apps must agree on (session length, the login pictures, the
//!   learners' card pictures).
//! - [`sign_in`]: the profile chooser and a learner's sign-in (pictures, PIN, lock-out).
//! - [`facilitator_gate`]: the way into facilitator mode (choose, PIN, the first facilitator).
//! - [`enrol`]: the enrolment form (name, card picture, secret pictures).
//! - [`groups`]: facilitator mode's groups, a group's roster, the attendance that starts a
//!   group session.
//! - [`home`]: a learner's home screen (the path of units, letters as dots, totals).
//! - [`lesson`]: a learning session on the exercise screen (taps, answer, feedback, summary),
//!   also a turn's session and a placement test.
//! - [`reports`]: the report screens' numbers in the interface's digits, week bars, attendance.
//! - [`settings`]: the interface languages and a pack installed from a file.
//! - [`turns`]: pass-the-phone turns: hand-over, playing (the turn's lesson, held here), ending
//!   with notes, ended.
//! - [`pin_pad`]: the PIN typed on either, of which a screen sees only the count.
//! - [`assessment`], [`aser`]: the timed EGRA grid with comprehension, and the ASER probe.

pub mod aser;
pub mod assessment;
pub mod defaults;
pub mod enrol;
pub mod facilitator_gate;
pub mod groups;
pub mod home;
pub mod lesson;
pub mod pin_pad;
pub mod reports;
pub mod settings;
pub mod sign_in;
pub mod text;
pub mod turns;
