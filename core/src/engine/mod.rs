//! The adaptive engine: three layers over one skill graph, behind the `SelectionPolicy` trait.
//!
//! 1. Acquisition ([`bkt`]): knowledge tracing per (learner, skill); mastery in two stages
//!    ([`mastery`]): provisional at P(learned) ≥ 0.95 with right answers in two sittings (it
//!    opens the next unit), confirmed by delayed checks on later days (what progress counts).
//!    A word's answer is evidence about its letters, not a review of each ([`credit`]); each
//!    learner's letter-learning and slip rates are fitted to her own answers ([`fit`]).
//! 2. Difficulty ([`elo`]): ability per learner, difficulty per (item, kind); new material is
//!    chosen where the predicted success is nearest a target (0.8 by default).
//! 3. Retention ([`fsrs`]): an FSRS-6 memory per mastered skill; a wrong answer is Again, a slow
//!    right one Hard, otherwise Good; a lapse drops the skill back below mastery in layer 1.
//!
//! The skill graph is the pack's: an item exercises its own skill and its parts' (a word its
//! graphemes, a sentence its words), and units require earlier units. The session planner is in
//! [`planner`].

pub mod bkt;
pub mod credit;
pub mod elo;
pub mod fit;
pub mod fsrs;
pub mod mastery;
pub mod placement;
mod planner;

use rand_chacha::ChaCha8Rng;

use self::bkt::BktParams;
use self::fsrs::{Fsrs, Rating};
use crate::exercise::ExerciseKind;
#[cfg(test)]
use crate::exercise::ItemRef;
use crate::model::{ItemBank, LearnerModel, SkillState};
use crate::pack::Pack;
use crate::policy::{Context, Observation, Observed, Pick, SelectionPolicy, letters_mastered};

/// The engine's settings.
#[derive(Debug, Clone)]
pub struct EngineConfig {
    /// Predicted success the engine aims for when choosing new material (0.7–0.9).
    pub target_success: f64,
    /// Recall probability below which a mastered skill is due for review (FSRS desired
    /// retention).
    pub desired_retention: f64,
    /// Knowledge-tracing parameters for graphemes, words and sentences (a pack may override
    /// them per kind: [`Engine::params`]).
    pub bkt: [BktParams; 3],
    /// A right answer slower than this (ms) for a tap counts as Hard; tiles get twice as long.
    pub slow_ms: i64,
    /// How many letters of the unit being learned are practised side by side (interleaving),
    /// beside one of its words or sentences.
    pub active_skills: usize,
}

impl Default for EngineConfig {
    fn default() -> Self {
        EngineConfig {
            target_success: 0.8,
            desired_retention: 0.9,
            bkt: [BktParams::GRAPHEME, BktParams::WORD, BktParams::SENTENCE],
            slow_ms: 8_000,
            active_skills: 3,
        }
    }
}

impl EngineConfig {
    /// A configuration aiming at `target` success (clamped to 0.7–0.9).
    pub fn with_target(target: f64) -> Self {
        EngineConfig {
            target_success: target.clamp(0.7, 0.9),
            ..EngineConfig::default()
        }
    }
}

/// The adaptive engine.
#[derive(Debug, Clone, Default)]
pub struct Engine {
    /// Its settings.
    pub config: EngineConfig,
    fsrs: Fsrs,
}

impl Engine {
    /// An engine with these settings.
    pub fn new(config: EngineConfig) -> Self {
        Engine {
            config,
            fsrs: Fsrs::default(),
        }
    }

    /// The knowledge-tracing parameters of a skill in `pack`: the engine's for its kind (`g:`,
    /// `w:`, `s:`), with the pack's `[engine.bkt.<kind>]` overrides laid over them.
    pub fn params(&self, pack: &Pack, skill: &str) -> BktParams {
        let kind = skill_kind(skill);
        self.config.bkt[kind].overridden(&pack.manifest.bkt[kind])
    }

    /// The parameters of a skill for this learner: [`Engine::params`], with her own fitted
    /// learn and slip rates for a letter ([`fit`]).
    pub fn params_for(&self, pack: &Pack, model: &LearnerModel, skill: &str) -> BktParams {
        let params = self.params(pack, skill);
        if skill_kind(skill) == 0 {
            model.letters.apply(params)
        } else {
            params
        }
    }

    /// P(learned) of a skill, counting forgetting: a mastered skill's memory caps it.
    pub fn p_known(&self, pack: &Pack, skill: &str, state: &SkillState, now_ms: i64) -> f64 {
        let learned = current_p(state, &self.params(pack, skill));
        match &state.memory {
            Some(memory) => learned.min(self.fsrs.retrievability(memory, now_ms)),
            None => learned,
        }
    }

    /// The FSRS formulas in use.
    pub fn fsrs(&self) -> &Fsrs {
        &self.fsrs
    }

    fn rating(&self, obs: &Observation) -> Rating {
        let slow = if obs.choices == 0 {
            2 * self.config.slow_ms
        } else {
            self.config.slow_ms
        };
        match (obs.correct, obs.response_ms > slow) {
            (false, _) => Rating::Again,
            (true, true) => Rating::Hard,
            (true, false) => Rating::Good,
        }
    }

    /// Predicted P(right) at `now_ms`: knowledge tracing (capped by memory), blended with the
    /// ability–difficulty estimate once both have some evidence.
    // The pack, the learner and the item bank are separate borrows held by different owners.
    #[allow(clippy::too_many_arguments)]
    pub fn predict_at(
        &self,
        pack: &Pack,
        model: &LearnerModel,
        bank: &ItemBank,
        item: &str,
        kind: ExerciseKind,
        choices: usize,
        now_ms: i64,
    ) -> f64 {
        let state = model.skill(item);
        let p_bkt = self
            .params_for(pack, model, item)
            .p_correct(self.p_known(pack, item, &state, now_ms), choices);
        let difficulty = bank.get(item, kind.as_str());
        if difficulty.count >= 3 && model.ability.count >= 3 {
            0.5 * p_bkt + 0.5 * elo::p_success(model.ability.value, difficulty.value)
        } else {
            p_bkt
        }
    }
}

impl SelectionPolicy for Engine {
    fn name(&self) -> &'static str {
        "engine"
    }

    fn choose(&self, ctx: &Context, rng: &mut ChaCha8Rng) -> Option<Pick> {
        planner::choose(self, ctx, rng)
    }

    fn observe(
        &self,
        pack: &Pack,
        model: &mut LearnerModel,
        bank: &mut ItemBank,
        obs: &Observation,
    ) -> Vec<Observed> {
        let mut difficulty = bank.get(obs.item, obs.kind.as_str());
        elo::update(&mut model.ability, &mut difficulty, obs.correct);
        bank.items
            .insert(ItemBank::key(obs.item, obs.kind.as_str()), difficulty);
        let Some((own, parts)) = obs.skills.split_first() else {
            return Vec::new();
        };
        let rating = self.rating(obs);
        let mut changed = Vec::with_capacity(obs.skills.len());

        // The item's own skill: a direct answer, which also refines her letter parameters.
        let params = self.params_for(pack, model, own);
        let state = model.skills.entry(own.clone()).or_default();
        let before = current_p(state, &params);
        // Only a letter's first answer in a sitting tells what she carries from one day to the
        // next; answers a minute apart mostly show short-term memory (`fit`).
        if skill_kind(own) == 0
            && (state.attempts == 0 || obs.now_ms - state.last_ms >= mastery::SITTING_GAP_MS)
        {
            let first = state.attempts == 0;
            model
                .letters
                .count(&params, before, first, obs.correct, obs.choices);
        }
        let state = model.skills.entry(own.clone()).or_default();
        state.p_learned = params.step(before, obs.correct, obs.choices).1;
        state.count(obs.correct, obs.now_ms);
        if state.memory.is_some() {
            state.memory = Some(self.fsrs.review(state.memory, rating, obs.now_ms));
        }
        let newly_mastered = mastery::on_direct_answer(state, obs.correct, obs.now_ms);
        if newly_mastered && state.memory.is_none() {
            // Mastery starts the memory: this answer is its first review.
            state.memory = Some(self.fsrs.review(None, rating, obs.now_ms));
        }
        changed.push(Observed {
            skill: own.clone(),
            newly_mastered,
        });
        if parts.is_empty() {
            return changed;
        }

        // Its parts: evidence, not a review of each (`credit`).
        let priors: Vec<f64> = parts
            .iter()
            .map(|k| current_p(&model.skill(k), &self.params_for(pack, model, k)))
            .collect();
        let posteriors = credit::part_posteriors(&priors, &params, obs.correct, obs.choices);
        let weakest = if obs.correct {
            parts
                .iter()
                .enumerate()
                .filter_map(|(i, k)| {
                    let memory = model.skills.get(k)?.memory?;
                    Some((self.fsrs.retrievability(&memory, obs.now_ms), i))
                })
                .min_by(|a, b| a.0.total_cmp(&b.0))
                .map(|(_, i)| i)
        } else {
            None
        };
        for (i, skill) in parts.iter().enumerate() {
            let transition = self.params_for(pack, model, skill);
            let state = model.skills.entry(skill.clone()).or_default();
            state.p_learned = transition.transition(posteriors[i]);
            if weakest == Some(i) {
                state.memory = Some(self.fsrs.review(state.memory, Rating::Hard, obs.now_ms));
            }
            changed.push(Observed {
                skill: skill.clone(),
                newly_mastered: false,
            });
        }
        changed
    }

    fn unit_mastered(&self, pack: &Pack, model: &LearnerModel, unit: usize) -> bool {
        letters_mastered(pack, model, unit)
    }

    fn predicted_recall(
        &self,
        pack: &Pack,
        model: &LearnerModel,
        skill: &str,
        now_ms: i64,
    ) -> Option<f64> {
        Some(self.p_known(pack, skill, &model.skill(skill), now_ms))
    }

    /// What the engine reports as learned: confirmed mastery.
    fn counts_as_mastered(&self, _pack: &Pack, model: &LearnerModel, skill: &str) -> bool {
        model.confirmed(skill)
    }

    fn predict(
        &self,
        pack: &Pack,
        model: &LearnerModel,
        bank: &ItemBank,
        item: &str,
        kind: ExerciseKind,
        choices: usize,
    ) -> f64 {
        // "Now" is the learner's latest answer: the trait gives no clock.
        let now = model.skills.values().map(|s| s.last_ms).max().unwrap_or(0);
        self.predict_at(pack, model, bank, item, kind, choices, now)
    }
}

/// P(learned) of a skill before an answer: its estimate, or the prior when never seen.
fn current_p(state: &SkillState, params: &BktParams) -> f64 {
    if state.attempts == 0 && state.p_learned == 0.0 {
        params.prior
    } else {
        state.p_learned
    }
}

/// The index of a skill's kind in [`EngineConfig::bkt`] and [`crate::pack::SKILL_KINDS`], from
/// its key's prefix (`g:`, `w:`, `s:`).
pub fn skill_kind(skill: &str) -> usize {
    match skill.as_bytes().first() {
        Some(b'w') => 1,
        Some(b's') => 2,
        _ => 0,
    }
}

/// How many choices a kind offers a guesser (0: tiles).
pub(crate) fn guess_choices(kind: ExerciseKind, choices: usize) -> usize {
    match kind {
        ExerciseKind::BuildWord => 0,
        _ => choices,
    }
}

#[cfg(test)]
fn planner_pick_for_tests(engine: &Engine, ctx: &Context, item: ItemRef) -> Vec<ExerciseKind> {
    planner::pick_kinds(engine, ctx, item)
}

#[cfg(test)]
mod tests;
