//! What the core knows about a learner in one pack — a state per skill and an ability — and
//! about the pack's items — a difficulty per item and exercise kind. All of it is derived from
//! the attempt log and can be rebuilt from it.

use std::collections::{BTreeMap, HashMap};

// The counts are learner state, stored with it; how they are gathered and applied is the
// engine's (engine/fit.rs), so that this module needs nothing from the engine.
/// Expected counts from one learner's direct answers to letters in one pack.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct LetterFit {
    /// Expected transitions to learned.
    pub learned: f64,
    /// Expected chances to learn (answers after which the letter may have been unlearned).
    pub chances: f64,
    /// Expected wrong answers while learned.
    pub slips: f64,
    /// Expected answers while learned.
    pub answers: f64,
}

/// A spaced-repetition memory state (FSRS) of a mastered skill.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Memory {
    /// Days until recall probability falls to 90 %.
    pub stability: f64,
    /// FSRS difficulty, 1–10.
    pub difficulty: f64,
    /// When it was last reviewed, ms since the Unix epoch.
    pub last_review_ms: i64,
    /// Times it was forgotten after being mastered.
    pub lapses: u32,
}

/// The state of one skill (`g:m`, `w:mama`, `s:s1`) for one learner.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SkillState {
    /// Answers given on it.
    pub attempts: u32,
    /// Correct answers.
    pub correct: u32,
    /// Correct answers in a row, up to the latest.
    pub streak: u32,
    /// Whether the selection policy counts it as mastered: for the engine, *provisional*
    /// mastery (what opens the next unit), confirmed or not.
    pub mastered: bool,
    /// When it was last practised, ms since the Unix epoch.
    pub last_ms: i64,
    /// Knowledge tracing: the probability the skill is learned (0 when never seen).
    pub p_learned: f64,
    /// Spaced repetition, once mastered.
    pub memory: Option<Memory>,
    /// Sittings (answers at least the engine's sitting gap apart) with a right answer to the
    /// skill's own item.
    pub sittings: u32,
    /// When the latest of those sittings began, ms since the Unix epoch (0: none yet).
    pub sitting_ms: i64,
    /// When it was last (provisionally) mastered, ms since the Unix epoch (0 when not mastered).
    pub mastered_ms: i64,
    /// Delayed checks passed since it was mastered.
    pub checks: u32,
    /// Whether its mastery is *confirmed*: right again in delayed checks on later days. What
    /// progress and reports count as learned.
    pub confirmed: bool,
}

impl SkillState {
    /// Counts an answer to the skill's own item: attempts, right answers, the streak and when.
    pub fn count(&mut self, correct: bool, now_ms: i64) {
        self.attempts += 1;
        self.last_ms = now_ms;
        if correct {
            self.correct += 1;
            self.streak += 1;
        } else {
            self.streak = 0;
        }
    }
}

/// An estimate that sharpens with evidence: a value and how many observations shaped it.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Estimate {
    /// The value (a learner's ability, an item's difficulty), on a logit scale.
    pub value: f64,
    /// Observations so far.
    pub count: u32,
}

/// Every skill state of one learner in one pack, her ability there, and the letter-learning
/// parameters fitted to her answers.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LearnerModel {
    /// State by skill id.
    pub skills: BTreeMap<String, SkillState>,
    /// Ability on the item-difficulty scale.
    pub ability: Estimate,
    /// Expected counts from her direct answers to letters, which set her own learn and slip
    /// rates (`engine::fit`).
    pub letters: LetterFit,
}

impl LearnerModel {
    /// The state of a skill (default when never practised).
    pub fn skill(&self, id: &str) -> SkillState {
        self.skills.get(id).cloned().unwrap_or_default()
    }

    /// Whether a skill is mastered (provisionally at least).
    pub fn mastered(&self, id: &str) -> bool {
        self.skills.get(id).is_some_and(|s| s.mastered)
    }

    /// Whether a skill's mastery is confirmed by delayed checks.
    pub fn confirmed(&self, id: &str) -> bool {
        self.skills.get(id).is_some_and(|s| s.confirmed)
    }
}

/// The difficulty of each (item, exercise kind) of a pack, pooled over the learners on this
/// phone.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ItemBank {
    /// Difficulty by `item#kind` key.
    pub items: HashMap<String, Estimate>,
}

impl ItemBank {
    /// The key of an item practised in an exercise kind.
    pub fn key(item: &str, kind: &str) -> String {
        format!("{item}#{kind}")
    }

    /// The difficulty estimate of an item in a kind (default: unknown, 0).
    pub fn get(&self, item: &str, kind: &str) -> Estimate {
        self.items
            .get(&Self::key(item, kind))
            .copied()
            .unwrap_or_default()
    }
}
