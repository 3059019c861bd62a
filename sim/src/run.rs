//! The simulation loop: every learner of every truth model practises with every policy, and
//! what happened is summed into the measures of [`PolicyResult`].
//!
//! Each (truth model, policy) pair is one job; a job runs its learners one after another,
//! because the policy's item bank is shared by them (as on one phone), and jobs run on
//! [`SimConfig::threads`] threads. Every random stream is seeded from the seed and the learner's
//! number, so the result does not depend on the threads.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::catalog::Catalog;
use super::metrics::{PredictionQuality, RecallCalibration, RecallTally};
use super::truth::{DAY_MS, Profile, TILE_GUESS, TrueLearner, TruthModel, mix, standard_normal};
use kusoma_core::exercise::{self, AnswerMode, ExerciseKind, ItemRef};
use kusoma_core::model::{ItemBank, LearnerModel};
use kusoma_core::pack::Pack;
use kusoma_core::policy::{Context, Observation, SelectionPolicy, Turn};

/// The first simulated day, 2024-01-01 00:00 UTC, ms since the Unix epoch.
pub const START_MS: i64 = 1_704_067_200_000;
/// Sessions start at 18:00 each day.
pub const SESSION_OFFSET_MS: i64 = 18 * 60 * 60 * 1000;

/// What to simulate.
#[derive(Debug, Clone, PartialEq)]
pub struct SimConfig {
    /// Learners per truth model (the same learners for every policy).
    pub learners: usize,
    /// The seed every random stream derives from.
    pub seed: u64,
    /// Days of practice, one session a day.
    pub days: usize,
    /// Exercises per session.
    pub session_length: usize,
    /// Choices offered in a tap exercise.
    pub choices: usize,
    /// Time between exercises of a session, ms.
    pub gap_ms: i64,
    /// Days without practice after the budget before retention is measured.
    pub retention_days: i64,
    /// Threads to run jobs on.
    pub threads: usize,
    /// The truth models to run.
    pub models: Vec<TruthModel>,
}

impl Default for SimConfig {
    fn default() -> Self {
        SimConfig {
            learners: 500,
            seed: 1,
            days: 60,
            session_length: 20,
            choices: 3,
            gap_ms: 15_000,
            retention_days: 30,
            threads: 2,
            models: TruthModel::ALL.to_vec(),
        }
    }
}

impl SimConfig {
    /// Exercises per learner at most.
    pub fn budget(&self) -> usize {
        self.days * self.session_length
    }
}

/// What one policy achieved with the learners of one truth model.
#[derive(Debug, Clone, PartialEq)]
pub struct PolicyResult {
    /// The policy's name.
    pub policy: String,
    /// Mean over learners and units of the exercises done when the unit first became truly
    /// mastered; a unit never mastered counts as the learner's whole budget, so this is a lower
    /// bound when [`PolicyResult::units_unreached`] is not 0.
    pub exercises_to_unit: f64,
    /// Mean over (learner, unit) pairs that were reached only.
    pub exercises_to_unit_reached: f64,
    /// (learner, unit) pairs.
    pub unit_pairs: usize,
    /// Pairs not truly mastered within the budget.
    pub units_unreached: usize,
    /// Share of all skills truly mastered after the budget (the morning after the last session).
    pub mastered_share: f64,
    /// Of the skills truly mastered after the budget, the share still truly mastered after
    /// [`SimConfig::retention_days`] more days without practice.
    pub retention: f64,
    /// Share of exercises on items whose skills (own and parts) were all truly mastered already.
    pub over_practice: f64,
    /// Share of right answers.
    pub correct_rate: f64,
    /// Exercises done.
    pub exercises: u64,
    /// Picks for which no kind built (skipped).
    pub unbuildable: u64,
    /// Mean share of skills truly mastered at the start of each day (0..=days), before its
    /// session; point d comes after d · session length exercises.
    pub curve: Vec<f64>,
    /// How well the policy's own P(correct), asked before each answer, predicted it.
    pub prediction: PredictionQuality,
    /// Share of the pack's letters (graphemes) truly mastered after the budget.
    pub letters_known: f64,
    /// Per unit, the share of learners whose unit (all its letters) is truly mastered after the
    /// budget.
    pub units_known: Vec<f64>,
    /// Mean per learner of the letters the policy counts as mastered after the budget.
    pub letters_counted: f64,
    /// Mean per learner of the letters truly mastered after the budget.
    pub letters_true: f64,
    /// Mean per learner of the letters both counted as mastered and truly mastered.
    pub letters_counted_true: f64,
    /// The policy's predicted recall of the letters it counts as mastered against the truth's
    /// recall of them (`know` of the letter's own item in its plainest kind), sampled at the
    /// start of each day before its session.
    pub recall: RecallCalibration,
}

/// Every policy's results under one truth model.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelResult {
    /// The truth model.
    pub model: TruthModel,
    /// One result per policy, in the order given.
    pub policies: Vec<PolicyResult>,
}

/// A whole simulation.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// What was simulated.
    pub config: SimConfig,
    /// The pack's id.
    pub pack: String,
    /// Skills (= practicable items) in the pack.
    pub skills: usize,
    /// Units in the pack.
    pub units: usize,
    /// One entry per truth model.
    pub models: Vec<ModelResult>,
}

/// Runs every truth model of `config` with every policy on the same learners.
pub fn simulate(pack: &Pack, config: &SimConfig, policies: &[Box<dyn SelectionPolicy>]) -> Report {
    let catalog = Catalog::new(pack);
    let profiles: Vec<Profile> = (0..config.learners as u64)
        .map(|l| Profile::draw(&catalog, config.seed, l))
        .collect();
    let jobs: Vec<(usize, usize)> = (0..config.models.len())
        .flat_map(|m| (0..policies.len()).map(move |p| (m, p)))
        .collect();
    let results: Mutex<Vec<Option<PolicyResult>>> = Mutex::new(vec![None; jobs.len()]);
    let next = AtomicUsize::new(0);
    let threads = config.threads.clamp(1, jobs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let j = next.fetch_add(1, Ordering::Relaxed);
                    let Some(&(m, p)) = jobs.get(j) else { break };
                    let job = Job {
                        pack,
                        catalog: &catalog,
                        config,
                        model: config.models[m],
                        policy: policies[p].as_ref(),
                    };
                    let result = job.run(&profiles);
                    if let Ok(mut slots) = results.lock() {
                        slots[j] = Some(result);
                    }
                }
            });
        }
    });
    let mut slots = results
        .into_inner()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .into_iter();
    let models = config
        .models
        .iter()
        .map(|&model| ModelResult {
            model,
            policies: (0..policies.len())
                .filter_map(|_| slots.next().flatten())
                .collect(),
        })
        .collect();
    Report {
        config: config.clone(),
        pack: pack.id().to_owned(),
        skills: catalog.len(),
        units: pack.units.len(),
        models,
    }
}

/// One (truth model, policy) pair.
struct Job<'a> {
    pack: &'a Pack,
    catalog: &'a Catalog,
    config: &'a SimConfig,
    model: TruthModel,
    policy: &'a dyn SelectionPolicy,
}

/// Running sums of a job.
#[derive(Default)]
struct Tally {
    unit_sum: f64,
    unit_reached_sum: f64,
    unit_pairs: usize,
    units_unreached: usize,
    mastered_end: usize,
    retained: usize,
    skill_slots: usize,
    over: u64,
    exercises: u64,
    correct: u64,
    unbuildable: u64,
    curve: Vec<f64>,
    predictions: Vec<(f64, bool)>,
    letters_known: usize,
    letter_slots: usize,
    units_known: Vec<usize>,
    letters_counted: usize,
    letters_counted_true: usize,
    recall: RecallTally,
}

impl Job<'_> {
    fn run(&self, profiles: &[Profile]) -> PolicyResult {
        let mut bank = ItemBank::default();
        let mut tally = Tally {
            curve: vec![0.0; self.config.days + 1],
            predictions: Vec::with_capacity(profiles.len() * self.config.budget()),
            units_known: vec![0; self.catalog.unit_graphemes.len()],
            ..Tally::default()
        };
        for (l, profile) in profiles.iter().enumerate() {
            self.learner(l as u64, profile, &mut bank, &mut tally);
        }
        let learners = profiles.len().max(1) as f64;
        let ratio = |a: f64, b: f64| if b > 0.0 { a / b } else { 0.0 };
        PolicyResult {
            policy: self.policy.name().to_owned(),
            exercises_to_unit: ratio(tally.unit_sum, tally.unit_pairs as f64),
            exercises_to_unit_reached: ratio(
                tally.unit_reached_sum,
                (tally.unit_pairs - tally.units_unreached) as f64,
            ),
            unit_pairs: tally.unit_pairs,
            units_unreached: tally.units_unreached,
            mastered_share: ratio(tally.mastered_end as f64, tally.skill_slots as f64),
            retention: ratio(tally.retained as f64, tally.mastered_end as f64),
            over_practice: ratio(tally.over as f64, tally.exercises as f64),
            correct_rate: ratio(tally.correct as f64, tally.exercises as f64),
            exercises: tally.exercises,
            unbuildable: tally.unbuildable,
            curve: tally.curve.iter().map(|s| s / learners).collect(),
            prediction: PredictionQuality::of(&tally.predictions),
            letters_known: ratio(tally.letters_known as f64, tally.letter_slots as f64),
            units_known: tally
                .units_known
                .iter()
                .map(|&n| n as f64 / learners)
                .collect(),
            letters_counted: tally.letters_counted as f64 / learners,
            letters_true: tally.letters_known as f64 / learners,
            letters_counted_true: tally.letters_counted_true as f64 / learners,
            recall: tally.recall.result(),
        }
    }

    /// The pack's letters, catalog indices, unit by unit.
    fn letters(&self) -> impl Iterator<Item = usize> + '_ {
        self.catalog.unit_graphemes.iter().flatten().copied()
    }

    /// Samples the policy's predicted recall of every letter it counts as mastered against the
    /// truth's recall.
    fn sample_recall(
        &self,
        truth: &dyn TrueLearner,
        model: &LearnerModel,
        now_ms: i64,
        tally: &mut Tally,
    ) {
        for g in self.letters() {
            let facts = &self.catalog.skills[g];
            if !self.policy.counts_as_mastered(self.pack, model, &facts.key) {
                continue;
            }
            let predicted = self
                .policy
                .predicted_recall(self.pack, model, &facts.key, now_ms);
            let kind = plainest_kind(facts.item);
            tally
                .recall
                .add(predicted, truth.know(self.catalog, facts, kind, now_ms));
        }
    }

    fn share(&self, truth: &dyn TrueLearner, now_ms: i64) -> f64 {
        let n = self.catalog.len();
        let mastered = truth
            .mastered_all(self.catalog, now_ms)
            .into_iter()
            .filter(|&m| m)
            .count();
        mastered as f64 / n.max(1) as f64
    }

    /// Checks the units not yet reached that have a letter among `touched` (all of them when
    /// `None`); marks those truly mastered now with `done`. Only practice makes a skill truly
    /// mastered in every truth model (time alone only forgets), so a unit none of whose letters
    /// was just practised cannot have become mastered.
    fn check_units(
        &self,
        truth: &dyn TrueLearner,
        reached: &mut [Option<u64>],
        done: u64,
        now_ms: i64,
        touched: Option<&[usize]>,
    ) {
        for (unit, slot) in reached.iter_mut().enumerate() {
            let letters = &self.catalog.unit_graphemes[unit];
            if slot.is_none()
                && touched.is_none_or(|t| letters.iter().any(|g| t.contains(g)))
                && letters
                    .iter()
                    .all(|&g| truth.mastered(self.catalog, g, now_ms))
            {
                *slot = Some(done);
            }
        }
    }

    fn learner(&self, learner: u64, profile: &Profile, bank: &mut ItemBank, tally: &mut Tally) {
        let (pack, catalog, config) = (self.pack, self.catalog, self.config);
        let model_id = self.model as u64;
        let mut truth = self.model.learner(catalog, profile, START_MS);
        let mut truth_rng = ChaCha8Rng::seed_from_u64(mix(&[config.seed, learner, model_id, 1]));
        let mut policy_rng = ChaCha8Rng::seed_from_u64(mix(&[config.seed, learner, 2]));
        let mut model = LearnerModel::default();
        let mut reached: Vec<Option<u64>> = vec![None; catalog.unit_graphemes.len()];
        let mut history: Vec<Turn> = Vec::with_capacity(config.session_length);
        let mut done: u64 = 0;
        self.check_units(truth.as_ref(), &mut reached, 0, START_MS, None);
        for day in 0..config.days {
            let start = START_MS + day as i64 * DAY_MS + SESSION_OFFSET_MS;
            truth.pass_time(start, &mut truth_rng);
            tally.curve[day] += self.share(truth.as_ref(), start);
            self.sample_recall(truth.as_ref(), &model, start, tally);
            history.clear();
            for i in 0..config.session_length {
                let now_ms = start + i as i64 * config.gap_ms;
                let ctx = Context {
                    pack,
                    model: &model,
                    bank,
                    history: &history,
                    session_length: config.session_length,
                    now_ms,
                };
                let Some(pick) = self.policy.choose(&ctx, &mut policy_rng) else {
                    break;
                };
                let built = pick.kinds.iter().find_map(|&kind| {
                    exercise::build(pack, kind, pick.item, config.choices, &mut policy_rng)
                });
                let (Some(built), Some(index)) = (built, catalog.of_item(pick.item)) else {
                    tally.unbuildable += 1;
                    continue;
                };
                let facts = &catalog.skills[index];
                let ex = &built.exercise;
                let choices = match ex.mode {
                    AnswerMode::TapOne => ex.choices.len(),
                    AnswerMode::OrderTiles => 0,
                };
                let guess = if choices > 0 {
                    1.0 / choices as f64
                } else {
                    TILE_GUESS
                };
                if facts
                    .skills
                    .iter()
                    .all(|&s| truth.mastered(catalog, s, now_ms))
                {
                    tally.over += 1;
                }
                let know = truth.know(catalog, facts, ex.kind, now_ms);
                let p = truth.p_correct(catalog, facts, ex.kind, guess, now_ms);
                let correct = rand::Rng::random_bool(&mut truth_rng, p.clamp(0.0, 1.0));
                let response_ms = response_ms(ex.kind, ex.answer_length, know, &mut truth_rng);
                let predicted = self
                    .policy
                    .predict(pack, &model, bank, &ex.item, ex.kind, choices);
                let predicted = if predicted.is_finite() {
                    predicted.clamp(0.0, 1.0)
                } else {
                    0.5
                };
                tally.predictions.push((predicted, correct));
                let observation = Observation {
                    item: &ex.item,
                    kind: ex.kind,
                    skills: &ex.skills,
                    correct,
                    response_ms,
                    now_ms,
                    choices,
                };
                self.policy.observe(pack, &mut model, bank, &observation);
                truth.practise(catalog, facts, correct, now_ms, &mut truth_rng);
                history.push(Turn {
                    item: pick.item,
                    correct,
                });
                done += 1;
                tally.exercises += 1;
                tally.correct += u64::from(correct);
                self.check_units(
                    truth.as_ref(),
                    &mut reached,
                    done,
                    now_ms,
                    Some(&facts.skills),
                );
            }
        }
        // The budget is measured the next morning, then again after the retention gap.
        let end = START_MS + config.days as i64 * DAY_MS + SESSION_OFFSET_MS;
        truth.pass_time(end, &mut truth_rng);
        let mastered: Vec<bool> = truth.mastered_all(catalog, end);
        tally.curve[config.days] +=
            mastered.iter().filter(|&&m| m).count() as f64 / catalog.len().max(1) as f64;
        for g in self.letters() {
            tally.letter_slots += 1;
            let counted = self
                .policy
                .counts_as_mastered(pack, &model, &catalog.skills[g].key);
            tally.letters_known += usize::from(mastered[g]);
            tally.letters_counted += usize::from(counted);
            tally.letters_counted_true += usize::from(counted && mastered[g]);
        }
        for (unit, letters) in catalog.unit_graphemes.iter().enumerate() {
            if letters.iter().all(|&g| mastered[g]) {
                tally.units_known[unit] += 1;
            }
        }
        let later = end + config.retention_days * DAY_MS;
        truth.pass_time(later, &mut truth_rng);
        tally.skill_slots += catalog.len();
        tally.mastered_end += mastered.iter().filter(|&&m| m).count();
        tally.retained += mastered
            .iter()
            .enumerate()
            .filter(|&(s, &m)| m && truth.mastered(catalog, s, later))
            .count();
        for slot in &reached {
            tally.unit_pairs += 1;
            match slot {
                Some(n) => {
                    tally.unit_sum += *n as f64;
                    tally.unit_reached_sum += *n as f64;
                }
                None => {
                    tally.units_unreached += 1;
                    tally.unit_sum += done as f64;
                }
            }
        }
    }
}

/// The plainest exercise kind of an item, the one true mastery is defined on: hearing a
/// letter's sound and picking it, hearing a word and picking it, answering a sentence's
/// question.
pub fn plainest_kind(item: ItemRef) -> ExerciseKind {
    match item {
        ItemRef::Grapheme(_) => ExerciseKind::SoundToGrapheme,
        ItemRef::Word(_) => ExerciseKind::WordToWritten,
        ItemRef::Sentence(_) => ExerciseKind::SentenceQuestion,
    }
}

/// A plausible response time: a base time for the kind (longer for more tiles or a sentence),
/// up to 2.5 times slower when the learner does not know the answer, with log-normal noise
/// (σ = 0.35); 0.6–60 s.
pub fn response_ms(
    kind: ExerciseKind,
    answer_length: usize,
    know: f64,
    rng: &mut ChaCha8Rng,
) -> i64 {
    let base = match kind {
        ExerciseKind::SoundToGrapheme => 2500.0,
        ExerciseKind::GraphemeToSound => 3000.0,
        ExerciseKind::WordToWritten | ExerciseKind::WordToPicture => 3500.0,
        ExerciseKind::BuildWord => 2500.0 + 1200.0 * answer_length as f64,
        ExerciseKind::SentenceQuestion => 8000.0,
    };
    let slowdown = 1.0 + 1.5 * (1.0 - know.clamp(0.0, 1.0));
    let noise = (0.35 * standard_normal(rng)).exp();
    ((base * slowdown * noise) as i64).clamp(600, 60_000)
}
