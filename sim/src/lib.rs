//! The learner simulator: simulated learners practise with the adaptive engine and with simple
//! policies, and what they truly learned is measured against a hidden ground truth.
//!
//! # How it runs
//!
//! - **Learners.** A population of heterogeneous adults (fast, average, slow and forgetful
//!   learners, some of whom already know a few letters of the first units), drawn from the seed
//!   ([`truth::Profile`]). The same learners are simulated under four generative models of
//!   learning ([`truth::bkt`], [`truth::logistic`], [`truth::memory`], and ACT-R declarative
//!   memory after Pavlik & Anderson 2005, [`truth::actr`]), each with its own
//!   definition of *true mastery* (see [`truth`]: the learner would answer the skill's own item
//!   right from knowledge at least 9 times in 10).
//! - **Policies.** Every policy meets the same learners with the same seeds: the engine and the
//!   [`baselines`] (fixed curriculum order, Leitner boxes, random). Each policy has its own
//!   `LearnerModel` per learner and one `ItemBank` for all its learners, as on one phone.
//! - **Sessions.** One session a day at 18:00, [`SimConfig::session_length`] exercises 15 s
//!   apart, for [`SimConfig::days`] days (default 60 × 20 = 1,200 exercises). For each exercise
//!   the policy chooses ([`kusoma_core::policy::SelectionPolicy::choose`]), the first kind of its pick
//!   that builds is built with 3 choices, the policy's prediction is asked, the truth answers
//!   (right with probability `guess + (1 − guess) · know`, guess = 1/k for k choices, 0.02 for
//!   tiles) with a plausible response time, and the policy and the truth both learn from it.
//!   The policy's RNG (choices, exercise building) and the truth's RNG (answers, forgetting) are
//!   separate streams.
//!
//! # What is measured (per truth model × policy)
//!
//! - **Exercises to unit mastery**: for each learner and unit, the exercises done when all the
//!   unit's graphemes were first truly mastered (checked after every exercise); units never
//!   mastered count as the whole budget, and how many there were is reported.
//! - **Mastered at budget**: the share of all skills (graphemes, words, sentences with a
//!   question) truly mastered the morning after the last session.
//! - **30-day retention**: of those, the share still truly mastered 30 days later without
//!   practice.
//! - **Over-practice**: the share of exercises on items whose skills (own and parts) were all
//!   truly mastered already.
//! - **Letters truly known** at the end (share of the pack's graphemes), and **per unit** the
//!   share of learners whose unit is truly mastered at the end.
//! - **The policy's count of mastered letters** at the end
//!   ([`kusoma_core::policy::SelectionPolicy::counts_as_mastered`]) against the letters truly known.
//! - **Prediction quality** of each policy's own P(correct): AUC, log-loss, Brier score and a
//!   ten-bin calibration table ([`metrics`]).
//! - **Predicted recall against true recall** of the letters a policy counts as mastered,
//!   sampled at the start of each day
//!   ([`kusoma_core::policy::SelectionPolicy::predicted_recall`]; a policy without an estimate is
//!   reported as giving no prediction).
//! - A **curve** of the true mastery share against exercises, drawn as SVG ([`plot`]).
//!
//! The parameters are chosen to be plausible for adult beginners (each model's table is in its
//! module), not fitted to any result, and are the same for every policy.

pub mod baselines;
pub mod catalog;
pub mod metrics;
pub mod plot;
mod report;
pub mod run;
pub mod truth;

pub use catalog::Catalog;
pub use plot::mastery_chart;
pub use run::{ModelResult, PolicyResult, Report, SimConfig, simulate};
pub use truth::TruthModel;

use kusoma_core::engine::Engine;
use kusoma_core::policy::SelectionPolicy;

/// The policies compared, in table order: the engine first, then the baselines.
pub fn standard_policies() -> Vec<Box<dyn SelectionPolicy>> {
    let mut policies: Vec<Box<dyn SelectionPolicy>> = vec![Box::new(Engine::default())];
    policies.extend(baselines::all());
    policies
}

#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
