//! ACT-R declarative-memory ground truth with activation-dependent decay: Pavlik & Anderson
//! (2005), "Practice and forgetting effects on vocabulary memory: an activation-based model of
//! the spacing effect", *Cognitive Science* 29(4), 559–586; the base-level learning equation
//! of ACT-R (Anderson & Schooler 1991; Anderson et al. 2004).
//!
//! A different family from [`super::memory`]: there one strength per skill is grown by each
//! review and forgets exponentially; here every practice leaves its own **trace**, each trace
//! fades as a **power** of its age, and how fast a trace fades is fixed when it is laid down, by
//! how active the memory was then. Practice on a memory that is still strong (massed practice)
//! lays down traces that fade fast, which is ACT-R's account of the spacing effect.
//!
//! - **Activation** of a skill at time t: `m(t) = β + ln(P + Σᵢ ageᵢ(t)^(−dᵢ))`, ageᵢ the
//!   *psychological* age of trace i in seconds, dᵢ its decay, β the learner's activation offset
//!   and P = [`PRIOR_STRENGTH`] for a grapheme known beforehand (else 0). A skill never practised
//!   and not known has no activation (recall 0).
//! - **Decay** of the trace laid down at the n-th practice: `dₙ = c · e^(m(tₙ)) + a`, with m the
//!   activation just before it (a first trace of an unknown skill decays at `a`).
//! - **Psychological time**: the first [`SESSION_WINDOW_MS`] after a practice count in full,
//!   time beyond it at the rate h = [`BETWEEN_SESSIONS`]. Pavlik & Anderson scale the time
//!   between sessions by h because forgetting across days is much slower than the decay within
//!   a session predicts (interference happens while practising).
//! - **Recall**: `p = 1 / (1 + e^((τ − m)/s))`.
//! - **Answer.** `know` = the item's own recall × the weakest recall among its parts (taken the
//!   same way), as in [`super::memory`]: a word is read from its letters.
//! - **Practice.** Every exercise, right or wrong, lays one trace on the item's own skill and one
//!   on each of its parts (the learner sees the right answer, and reading a word retrieves its
//!   letters): Pavlik & Anderson's drill with feedback counts a failed test followed by study as a
//!   presentation.
//! - **True mastery.** Recall of the item (parts included) a day from now is still ≥ 0.9, as in
//!   [`super::memory`] (a trace a minute old is recalled whatever its history).
//!
//! Parameters: c = 0.217, a = 0.177, τ = −0.704, s = 0.255 and h = 0.025 are the values
//! Pavlik & Anderson (2005) fitted to adults learning Japanese–English word pairs (time in
//! seconds), the closest well-fitted material to adults learning letter–sound pairs. Learners
//! differ as in their model, by an activation offset β per learner, and in forgetting, which is
//! a stable trait of a person (Sense, Behrens, Meijer & van Rijn 2016, "An individual's rate of
//! forgetting is stable over time but differs across materials", *Topics in Cognitive Science*
//! 8(1)); the kind sets both, and the learner's pace adds `ln(pace)` to β (a pace of 1.2 acts
//! like 20 % more practice):
//!
//! | kind | β | a (decay intercept) |
//! | --- | --- | --- |
//! | fast | +0.3 | 0.177 |
//! | average | 0 | 0.177 |
//! | slow | −0.3 | 0.177 |
//! | forgetful | 0 | 0.25 |
//!
//! So an average learner who meets a new letter once recalls it half the time a minute later and
//! 4 % of the time the next day; four times in one sitting, 19 % the next day; four times a day,
//! it is truly mastered after eight days of it; massed repetition in one sitting never reaches
//! mastery.
//!
//! Every trace is kept. To keep the cost of a letter practised hundreds of times (inside words)
//! bounded, traces laid down more than [`SESSION_WINDOW_MS`] before the start of the
//! [`SLOT_MS`] slot a query falls in are evaluated at the slot's start, and their sum is kept per
//! slot: their psychological age then moves by at most 15 s of at least 3,600 s, under 0.3 % of
//! their contribution. The traces of the last hour are exact. A query's value depends only on
//! its time and the traces, not on the order of queries.

use std::cell::RefCell;

use rand_chacha::ChaCha8Rng;

use super::{DAY_MS, LearnerKind, MASTERY, Profile, TrueLearner, has_parts};
use crate::catalog::{Catalog, SkillFacts};
use kusoma_core::exercise::ExerciseKind;

/// c, the scale of the activation-dependent part of a trace's decay.
pub const DECAY_SCALE: f64 = 0.217;
/// a, the decay intercept of an average learner.
pub const DECAY_INTERCEPT: f64 = 0.177;
/// The decay intercept of a forgetful learner.
pub const FORGETFUL_DECAY_INTERCEPT: f64 = 0.25;
/// τ, the retrieval threshold.
pub const THRESHOLD: f64 = -0.704;
/// s, the noise of activation.
pub const NOISE: f64 = 0.255;
/// h, the rate at which time beyond the session window counts.
pub const BETWEEN_SESSIONS: f64 = 0.025;
/// How long after a practice time counts in full, ms.
pub const SESSION_WINDOW_MS: i64 = 60 * 60 * 1000;
/// The constant term of a grapheme known beforehand: overlearned knowledge that no longer fades
/// (recall 0.99 for an average learner, 0.96 for a slow one).
pub const PRIOR_STRENGTH: f64 = 1.5;
/// How far ahead true mastery looks, ms.
pub const HORIZON_MS: i64 = DAY_MS;
/// The youngest age a trace is taken to have, seconds (a trace is never infinitely strong).
pub const MIN_AGE_S: f64 = 1.0;
/// The slot at whose start old traces are evaluated, ms.
pub const SLOT_MS: i64 = 10 * 60 * 1000;

/// The sum of a skill's old traces for one slot: traces `..old` evaluated at the slot's start.
#[derive(Debug, Clone, Copy, Default)]
struct SlotSum {
    slot: Option<i64>,
    old: usize,
    sum: f64,
}

/// A skill's two most recent slot sums (a session queries now and a day ahead) and which one
/// was used last.
#[derive(Debug, Clone, Copy, Default)]
struct SlotCache {
    sums: [SlotSum; 2],
    last: usize,
}

/// One practice's trace.
#[derive(Debug, Clone, Copy)]
struct Trace {
    at_ms: i64,
    decay: f64,
}

/// A learner under the ACT-R model.
#[derive(Debug, Clone)]
pub struct ActrLearner {
    /// Per skill, its traces in the order laid down (so in time order).
    traces: Vec<Vec<Trace>>,
    cache: RefCell<Vec<SlotCache>>,
    prior: Vec<f64>,
    /// The learner's activation offset β.
    pub offset: f64,
    /// The learner's decay intercept a.
    pub intercept: f64,
}

/// Psychological age in seconds of a trace laid down `elapsed_ms` ago.
pub fn psychological_age(elapsed_ms: i64) -> f64 {
    let elapsed = elapsed_ms.max(0);
    let full = elapsed.min(SESSION_WINDOW_MS) as f64;
    let beyond = (elapsed - SESSION_WINDOW_MS).max(0) as f64;
    ((full + BETWEEN_SESSIONS * beyond) / 1000.0).max(MIN_AGE_S)
}

/// Recall probability at activation `m`.
pub fn recall_of(m: f64) -> f64 {
    1.0 / (1.0 + ((THRESHOLD - m) / NOISE).exp())
}

impl ActrLearner {
    /// The learner with this profile, at `start_ms` (nothing happens before it).
    pub fn new(catalog: &Catalog, profile: &Profile, _start_ms: i64) -> ActrLearner {
        let (offset, intercept) = match profile.kind {
            LearnerKind::Fast => (0.3, DECAY_INTERCEPT),
            LearnerKind::Average => (0.0, DECAY_INTERCEPT),
            LearnerKind::Slow => (-0.3, DECAY_INTERCEPT),
            LearnerKind::Forgetful => (0.0, FORGETFUL_DECAY_INTERCEPT),
        };
        let mut prior = vec![0.0; catalog.len()];
        for &g in &profile.prior {
            prior[g] = PRIOR_STRENGTH;
        }
        ActrLearner {
            traces: vec![Vec::new(); catalog.len()],
            cache: RefCell::new(vec![SlotCache::default(); catalog.len()]),
            prior,
            offset: offset + profile.pace.max(f64::MIN_POSITIVE).ln(),
            intercept,
        }
    }

    /// A skill's activation at `now_ms`, counting traces laid down before or at it;
    /// `None` when it has none and is not known beforehand.
    pub fn activation(&self, skill: usize, now_ms: i64) -> Option<f64> {
        let sum = self.prior[skill] + self.trace_sum(skill, now_ms);
        (sum > 0.0).then(|| self.offset + sum.ln())
    }

    /// Σ age^(−d) over the skill's traces laid down by `now_ms`: old ones at the slot's start
    /// (kept per slot), the last hour's exactly.
    fn trace_sum(&self, skill: usize, now_ms: i64) -> f64 {
        let traces = &self.traces[skill];
        if traces.is_empty() {
            return 0.0;
        }
        let slot = now_ms.div_euclid(SLOT_MS);
        let start = slot * SLOT_MS;
        let boundary = traces.partition_point(|t| t.at_ms <= start - SESSION_WINDOW_MS);
        let old = {
            let mut cache = self.cache.borrow_mut();
            let entry = &mut cache[skill];
            let i = match entry.sums.iter().position(|s| s.slot == Some(slot)) {
                Some(i) => i,
                None => {
                    let i = 1 - entry.last;
                    entry.sums[i] = SlotSum {
                        slot: Some(slot),
                        ..SlotSum::default()
                    };
                    i
                }
            };
            entry.last = i;
            let sum = &mut entry.sums[i];
            for t in &traces[sum.old.min(boundary)..boundary] {
                sum.sum += psychological_age(start - t.at_ms).powf(-t.decay);
            }
            sum.old = sum.old.max(boundary);
            sum.sum
        };
        old + traces[boundary..]
            .iter()
            .filter(|t| t.at_ms <= now_ms)
            .map(|t| psychological_age(now_ms - t.at_ms).powf(-t.decay))
            .sum::<f64>()
    }

    /// A skill's activation with every trace evaluated at `now_ms` (no slot sums), to check the
    /// shortcut against.
    #[cfg(test)]
    pub(crate) fn exact_activation(&self, skill: usize, now_ms: i64) -> Option<f64> {
        let sum: f64 = self.prior[skill]
            + self.traces[skill]
                .iter()
                .filter(|t| t.at_ms <= now_ms)
                .map(|t| psychological_age(now_ms - t.at_ms).powf(-t.decay))
                .sum::<f64>();
        (sum > 0.0).then(|| self.offset + sum.ln())
    }

    /// A skill's own recall at `now_ms`.
    pub fn recall(&self, skill: usize, now_ms: i64) -> f64 {
        self.activation(skill, now_ms).map_or(0.0, recall_of)
    }

    /// Practices of a skill so far.
    pub fn practices(&self, skill: usize) -> usize {
        self.traces[skill].len()
    }

    /// An item's recall with its parts: its own × its weakest part's; `own` gives a skill's own
    /// recall (so a caller can reuse values).
    fn item_recall_with(&self, catalog: &Catalog, skill: usize, own: &dyn Fn(usize) -> f64) -> f64 {
        let facts = &catalog.skills[skill];
        let mine = own(skill);
        if !has_parts(facts) || mine == 0.0 {
            return mine;
        }
        let weakest = facts
            .parts()
            .iter()
            .map(|&p| self.item_recall_with(catalog, p, own))
            .fold(1.0, f64::min);
        mine * weakest
    }

    /// An item's recall with its parts at `now_ms`.
    pub fn item_recall(&self, catalog: &Catalog, skill: usize, now_ms: i64) -> f64 {
        self.item_recall_with(catalog, skill, &|s| self.recall(s, now_ms))
    }
}

impl TrueLearner for ActrLearner {
    fn pass_time(&mut self, _: i64, _: &mut ChaCha8Rng) {}

    fn know(&self, catalog: &Catalog, item: &SkillFacts, _: ExerciseKind, now_ms: i64) -> f64 {
        self.item_recall(catalog, item.skills[0], now_ms)
    }

    fn practise(
        &mut self,
        _: &Catalog,
        item: &SkillFacts,
        _correct: bool,
        now_ms: i64,
        _: &mut ChaCha8Rng,
    ) {
        // Decays are set from the activations before any of this exercise's traces.
        let decays: Vec<f64> = item
            .skills
            .iter()
            .map(|&s| {
                self.activation(s, now_ms)
                    .map_or(self.intercept, |m| DECAY_SCALE * m.exp() + self.intercept)
            })
            .collect();
        for (&s, decay) in item.skills.iter().zip(decays) {
            self.traces[s].push(Trace {
                at_ms: now_ms,
                decay,
            });
        }
    }

    fn mastered(&self, catalog: &Catalog, skill: usize, now_ms: i64) -> bool {
        self.item_recall(catalog, skill, now_ms + HORIZON_MS) >= MASTERY
    }

    fn mastered_all(&self, catalog: &Catalog, now_ms: i64) -> Vec<bool> {
        // Each skill's own recall once; items reuse their parts' values.
        let at = now_ms + HORIZON_MS;
        let own: Vec<f64> = (0..catalog.len()).map(|s| self.recall(s, at)).collect();
        (0..catalog.len())
            .map(|s| self.item_recall_with(catalog, s, &|k| own[k]) >= MASTERY)
            .collect()
    }
}
