//! The adaptive engine (being written): knowledge tracing, difficulty targeting and spaced
//! review behind the `SelectionPolicy` trait.

use rand_chacha::ChaCha8Rng;

use crate::model::{ItemBank, LearnerModel};
use crate::pack::Pack;
use crate::policy::{Context, FirstPolicy, Observation, Observed, Pick, SelectionPolicy};

/// The engine's settings.
#[derive(Debug, Clone)]
pub struct EngineConfig {
    /// Predicted success the engine aims for when choosing new material (0.7–0.9).
    pub target_success: f64,
    /// Recall probability below which a mastered skill is due for review.
    pub desired_retention: f64,
}

impl Default for EngineConfig {
    fn default() -> Self {
        EngineConfig {
            target_success: 0.8,
            desired_retention: 0.9,
        }
    }
}

/// The adaptive engine.
#[derive(Debug, Clone, Default)]
pub struct Engine {
    /// Its settings.
    pub config: EngineConfig,
    first: FirstPolicy,
}

impl SelectionPolicy for Engine {
    fn name(&self) -> &'static str {
        "engine"
    }
    fn choose(&self, ctx: &Context, rng: &mut ChaCha8Rng) -> Option<Pick> {
        self.first.choose(ctx, rng)
    }
    fn observe(
        &self,
        model: &mut LearnerModel,
        bank: &mut ItemBank,
        obs: &Observation,
    ) -> Vec<Observed> {
        self.first.observe(model, bank, obs)
    }
    fn unit_mastered(&self, pack: &Pack, model: &LearnerModel, unit: usize) -> bool {
        self.first.unit_mastered(pack, model, unit)
    }
}
