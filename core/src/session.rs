//! Learning sessions: start, next exercise, submit an answer, end. The answer and the state it
//! changes are committed to SQLite before `submit` returns.

use std::sync::Arc;

use unic_langid::LanguageIdentifier;

use crate::engine::placement;
use crate::exercise::{Exercise, Expected, ItemRef};
use crate::model::LearnerModel;
use crate::pack::Pack;
use crate::policy::Turn;

// Limits on answers, defined with the exercises so that the store's merge check can use them.
pub use crate::exercise::{MAX_RESPONSE_MS, MAX_TYPED_ANSWER_BYTES};

/// Most exercises a session may have.
pub const MAX_SESSION_EXERCISES: u32 = 500;

/// How a session should run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionOptions {
    /// How many exercises, 1–500.
    pub exercises: u32,
    /// Choices per exercise, 2–6.
    pub choices: u32,
    /// Seed of the session's RNG; `None` draws one. The same seed and history give the same
    /// exercises.
    pub seed: Option<u64>,
    /// A time limit in minutes, besides the count (`None`: none). A started exercise can still
    /// be answered after it.
    pub minutes: Option<u32>,
}

impl Default for SessionOptions {
    fn default() -> Self {
        SessionOptions {
            minutes: None,
            exercises: 10,
            choices: 3,
            seed: None,
        }
    }
}

/// What the learner is told after an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    /// Whether the answer was right.
    pub correct: bool,
    /// The localized message to show and speak.
    pub message: String,
    /// The right answer, as text.
    pub expected: String,
    /// The index of the right choice, for tap exercises.
    pub correct_choice: Option<u32>,
    /// For a wrong spelling, the first grapheme cluster that differs (0-based).
    pub first_difference: Option<u32>,
    /// Skills this answer made mastered.
    pub mastered: Vec<String>,
    /// The title of a unit this answer completed.
    pub unit_completed: Option<String>,
    /// Whether the session has no more exercises.
    pub session_complete: bool,
}

/// A session's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionSummary {
    /// Exercises answered.
    pub answered: u32,
    /// Answered correctly.
    pub correct: u32,
    /// Skills mastered during the session.
    pub mastered: Vec<String>,
    /// For a placement test: the titles of the units the learner was placed past.
    pub placed: Vec<String>,
    /// A localized summary sentence.
    pub message: String,
}

impl ActiveSession {
    /// The id of the session's pack.
    pub(crate) fn pack_id(&self) -> &str {
        self.pack.id()
    }
}

/// An exercise shown and not yet answered.
#[derive(Debug, Clone)]
pub(crate) struct Pending {
    pub(crate) exercise: Exercise,
    pub(crate) item: ItemRef,
    pub(crate) expected: Expected,
    pub(crate) expected_text: String,
}

/// A session in progress, held in memory; everything that must survive is in the store.
#[derive(Debug)]
pub(crate) struct ActiveSession {
    pub(crate) learner: String,
    pub(crate) pack: Arc<Pack>,
    pub(crate) seed: u64,
    pub(crate) length: u32,
    pub(crate) choices: usize,
    pub(crate) model: LearnerModel,
    pub(crate) history: Vec<Turn>,
    pub(crate) pending: Option<Pending>,
    pub(crate) correct: u32,
    pub(crate) mastered: Vec<String>,
    pub(crate) chain: Vec<LanguageIdentifier>,
    pub(crate) started_ms: i64,
    pub(crate) minutes: Option<u32>,
    pub(crate) placement: Option<Placement>,
}

/// A placement test in progress: the letters to test and the answers so far.
#[derive(Debug)]
pub(crate) struct Placement {
    pub(crate) plan: Vec<usize>,
    pub(crate) results: Vec<(usize, bool)>,
}

impl ActiveSession {
    /// Whether the session has no more exercises: its count reached, its minutes up, or its
    /// placement test finished.
    pub(crate) fn complete(&self, now_ms: i64) -> bool {
        if let Some(p) = &self.placement {
            let results: Vec<bool> = p.results.iter().map(|(_, r)| *r).collect();
            return placement::finished(&p.plan, &results);
        }
        self.history.len() >= self.length as usize
            || self
                .minutes
                .is_some_and(|m| now_ms - self.started_ms >= i64::from(m) * 60_000)
    }
}

/// How a skill is shown to the learner: a grapheme's text, a word, a sentence.
pub fn skill_label(pack: &Pack, skill: &str) -> String {
    match ItemRef::from_key(pack, skill) {
        // A vowel sign or haraka on its own is drawn on ◌, as on the exercise screens.
        Some(ItemRef::Grapheme(g)) => pack.graphemes[g].display(),
        Some(ItemRef::Word(w)) => pack.words[w].text.clone(),
        Some(ItemRef::Sentence(s)) => pack.sentences[s].text.clone(),
        None => skill.to_owned(),
    }
}
