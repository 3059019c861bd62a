//! The methods of the [`Kusoma`](crate::Kusoma) facade that sit above the modules whose state
//! it holds: the struct and `open` are in `kusoma.rs`; the calls on sessions, profiles and
//! assessments are here, one file each, so that `session`, `profile` and `assessment` hold
//! their types and rules without importing the facade (no import cycle; see
//! tools/module_cycles.py). docs/ARCHITECTURE.md ("The facade") lists where every
//! other `impl Kusoma` lives.

mod assessment;
mod profile;
mod session;
