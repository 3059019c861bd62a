//! Ground-truth learners: the hidden state a simulated learner really has, under four
//! generative models, and the population they are drawn from.
//!
//! # The population
//!
//! A learner's *profile* is drawn once from the seed and the learner's number, and is the same
//! under every model (the same 500 people, seen through four theories of learning):
//!
//! | kind | share | meaning |
//! | --- | --- | --- |
//! | fast | 20 % | learns quickly, forgets slowly |
//! | average | 40 % | |
//! | slow | 25 % | needs more practice per skill |
//! | forgetful | 15 % | learns like an average learner, forgets much faster |
//!
//! Every learner also gets a personal *pace*, a log-normal multiplier (σ = 0.2) on the learning
//! rates below. 35 % of learners already know some letters: each grapheme of the first four
//! units is known beforehand with probability 0.6.
//!
//! # Answers
//!
//! An exercise is answered right with probability `guess + (1 − guess) · know`, where `guess` is
//! 1/k for a tap among k choices and [`TILE_GUESS`] for ordering tiles, and `know` (0–1) is the
//! model's probability of answering from knowledge. The four models differ in `know`, in how
//! practice changes it and in what time does to it ([`bkt`], [`logistic`], [`memory`],
//! [`actr`]). The fourth, ACT-R declarative memory with activation-dependent decay (Pavlik &
//! Anderson 2005), is of another family than the first three: power-law decay of one trace per
//! practice, each trace's decay set by how strong the memory was when it was laid down.
//!
//! # True mastery
//!
//! A skill is *truly mastered* at time t when the learner would answer its own item from
//! knowledge (guessing aside) with probability at least [`MASTERY`] = 0.9 — the item in its
//! plainest kind, parts included (a word needs its letters). Each model spells out what that
//! means for its state. A unit is truly mastered when all the graphemes it introduces are (the
//! same definition of a unit as the first policy's; its words are practice material).

pub mod actr;
pub mod bkt;
pub mod logistic;
pub mod memory;

use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::catalog::{Catalog, SkillFacts};
use kusoma_core::exercise::{ExerciseKind, ItemRef};

/// Probability of answering from knowledge at or above which a skill counts as truly mastered.
pub const MASTERY: f64 = 0.9;
/// The chance of ordering a word's tiles right by luck.
pub const TILE_GUESS: f64 = 0.02;
pub use kusoma_core::clock::DAY_MS;

/// The generative models.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TruthModel {
    /// Hidden learned / not-learned states ([`bkt`]).
    Bkt,
    /// A latent level per skill against item difficulty ([`logistic`]).
    Logistic,
    /// Memory strength and a forgetting curve ([`memory`]).
    Memory,
    /// ACT-R declarative memory: power-law decay of traces, activation-dependent ([`actr`]).
    Actr,
}

impl TruthModel {
    /// Every model.
    pub const ALL: [TruthModel; 4] = [
        TruthModel::Bkt,
        TruthModel::Logistic,
        TruthModel::Memory,
        TruthModel::Actr,
    ];

    /// A short name, for tables and file names.
    pub fn name(self) -> &'static str {
        match self {
            TruthModel::Bkt => "bkt",
            TruthModel::Logistic => "logistic",
            TruthModel::Memory => "memory",
            TruthModel::Actr => "actr",
        }
    }

    /// A one-line description.
    pub fn describe(self) -> &'static str {
        match self {
            TruthModel::Bkt => "BKT-style: hidden learned / not-learned skills, slip and guess",
            TruthModel::Logistic => {
                "logistic: a level per skill against item difficulty, raised by practice"
            }
            TruthModel::Memory => {
                "forgetting curve: memory strength per skill, grown most by spaced practice"
            }
            TruthModel::Actr => {
                "ACT-R memory (Pavlik & Anderson 2005): power-law decay of every practice's \
                 trace, faster for traces laid down on a strong memory"
            }
        }
    }

    /// A learner with this profile under this model, starting at `start_ms`.
    pub fn learner(
        self,
        catalog: &Catalog,
        profile: &Profile,
        start_ms: i64,
    ) -> Box<dyn TrueLearner> {
        match self {
            TruthModel::Bkt => Box::new(bkt::BktLearner::new(catalog, profile, start_ms)),
            TruthModel::Logistic => {
                Box::new(logistic::LogisticLearner::new(catalog, profile, start_ms))
            }
            TruthModel::Memory => Box::new(memory::MemoryLearner::new(catalog, profile, start_ms)),
            TruthModel::Actr => Box::new(actr::ActrLearner::new(catalog, profile, start_ms)),
        }
    }
}

/// A simulated learner's hidden state under one model.
pub trait TrueLearner: Send {
    /// Lets time pass up to `now_ms` (forgetting). Called before each session and before the
    /// retention check; time never goes back.
    fn pass_time(&mut self, now_ms: i64, rng: &mut ChaCha8Rng);

    /// The probability of answering an exercise of `kind` on `item` right from knowledge,
    /// guessing aside.
    fn know(&self, catalog: &Catalog, item: &SkillFacts, kind: ExerciseKind, now_ms: i64) -> f64;

    /// The probability of a right answer: a guess succeeds with probability `guess`.
    fn p_correct(
        &self,
        catalog: &Catalog,
        item: &SkillFacts,
        kind: ExerciseKind,
        guess: f64,
        now_ms: i64,
    ) -> f64 {
        guess + (1.0 - guess) * self.know(catalog, item, kind, now_ms)
    }

    /// Practice: an exercise on `item` was answered (`correct` or not) at `now_ms`, and the
    /// learner saw the right answer.
    fn practise(
        &mut self,
        catalog: &Catalog,
        item: &SkillFacts,
        correct: bool,
        now_ms: i64,
        rng: &mut ChaCha8Rng,
    );

    /// Whether the skill at catalog index `skill` is truly mastered at `now_ms`.
    fn mastered(&self, catalog: &Catalog, skill: usize, now_ms: i64) -> bool;

    /// Whether each skill of the catalog is truly mastered at `now_ms`, by catalog index; a
    /// model may compute it faster than one skill at a time.
    fn mastered_all(&self, catalog: &Catalog, now_ms: i64) -> Vec<bool> {
        (0..catalog.len())
            .map(|s| self.mastered(catalog, s, now_ms))
            .collect()
    }
}

/// What kind of learner a profile describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LearnerKind {
    /// Learns quickly, forgets slowly.
    Fast,
    /// The middle of the population.
    Average,
    /// Needs more practice per skill.
    Slow,
    /// Learns like an average learner, forgets much faster.
    Forgetful,
}

impl LearnerKind {
    /// Every kind with its share of the population.
    pub const SHARES: [(LearnerKind, f64); 4] = [
        (LearnerKind::Fast, 0.20),
        (LearnerKind::Average, 0.40),
        (LearnerKind::Slow, 0.25),
        (LearnerKind::Forgetful, 0.15),
    ];

    /// A short name.
    pub fn name(self) -> &'static str {
        match self {
            LearnerKind::Fast => "fast",
            LearnerKind::Average => "average",
            LearnerKind::Slow => "slow",
            LearnerKind::Forgetful => "forgetful",
        }
    }
}

/// Share of learners who already know some letters.
pub const PRIOR_SHARE: f64 = 0.35;
/// How many of the first units' graphemes such a learner may know.
pub const PRIOR_UNITS: usize = 4;
/// The probability that such a learner knows each of them.
pub const PRIOR_GRAPHEME: f64 = 0.6;
/// Standard deviation of the log of a learner's pace.
pub const PACE_SIGMA: f64 = 0.2;

/// Who a simulated learner is, the same under every model.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// The learner's kind.
    pub kind: LearnerKind,
    /// A multiplier on learning rates, log-normal around 1.
    pub pace: f64,
    /// Graphemes known before the first session (catalog indices).
    pub prior: Vec<usize>,
}

impl Profile {
    /// Draws learner number `learner`'s profile from the seed.
    pub fn draw(catalog: &Catalog, seed: u64, learner: u64) -> Profile {
        let mut rng = ChaCha8Rng::seed_from_u64(mix(&[seed, learner, 0x5052_4f46]));
        let roll: f64 = rng.random();
        let mut acc = 0.0;
        let mut kind = LearnerKind::Average;
        for (k, share) in LearnerKind::SHARES {
            acc += share;
            if roll < acc {
                kind = k;
                break;
            }
        }
        let pace = (PACE_SIGMA * standard_normal(&mut rng)).exp();
        let mut prior = Vec::new();
        if rng.random_bool(PRIOR_SHARE) {
            for unit in catalog.unit_graphemes.iter().take(PRIOR_UNITS) {
                for &g in unit {
                    if rng.random_bool(PRIOR_GRAPHEME) {
                        prior.push(g);
                    }
                }
            }
        }
        Profile { kind, pace, prior }
    }

    /// A profile with no prior knowledge and pace 1, for tests and examples.
    pub fn plain(kind: LearnerKind) -> Profile {
        Profile {
            kind,
            pace: 1.0,
            prior: Vec::new(),
        }
    }
}

/// The logistic model's extra difficulty of an exercise kind over the item's base difficulty:
/// hearing a sound and picking the grapheme, or hearing a word and picking it, are the plainest
/// (0); naming a grapheme's sound +0.1; picking a word's picture +0.2 (it must be read and
/// understood); building a word from tiles +0.8 (spelling is harder than recognising).
pub fn kind_offset(kind: ExerciseKind) -> f64 {
    match kind {
        ExerciseKind::SoundToGrapheme
        | ExerciseKind::WordToWritten
        | ExerciseKind::SentenceQuestion => 0.0,
        ExerciseKind::GraphemeToSound => 0.1,
        ExerciseKind::WordToPicture => 0.2,
        ExerciseKind::BuildWord => 0.8,
    }
}

/// Whether an item has parts (a word's graphemes, a sentence's words).
pub fn has_parts(item: &SkillFacts) -> bool {
    !matches!(item.item, ItemRef::Grapheme(_)) && item.skills.len() > 1
}

/// A standard normal draw (Box–Muller).
pub fn standard_normal(rng: &mut ChaCha8Rng) -> f64 {
    let u1: f64 = rng.random::<f64>().max(f64::MIN_POSITIVE);
    let u2: f64 = rng.random();
    (-2.0 * u1.ln()).sqrt() * (std::f64::consts::TAU * u2).cos()
}

/// Mixes numbers into one seed (SplitMix64 steps), so that related streams do not overlap.
pub fn mix(parts: &[u64]) -> u64 {
    let mut h: u64 = 0x9E37_79B9_7F4A_7C15;
    for &p in parts {
        h ^= p;
        h = h.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = h;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        h = z ^ (z >> 31);
    }
    h
}

#[cfg(test)]
mod tests;
