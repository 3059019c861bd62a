//! What the core knows about a learner in one pack: a state per skill, derived from attempts.

use std::collections::BTreeMap;

/// The state of one skill (`g:m`, `w:mama`, `s:s1`) for one learner.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SkillState {
    /// Answers given on it.
    pub attempts: u32,
    /// Correct answers.
    pub correct: u32,
    /// Correct answers in a row, up to the latest.
    pub streak: u32,
    /// Whether the selection policy counts it as mastered.
    pub mastered: bool,
    /// When it was last practised, ms since the Unix epoch.
    pub last_ms: i64,
}

/// Every skill state of one learner in one pack.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LearnerModel {
    /// State by skill id.
    pub skills: BTreeMap<String, SkillState>,
}

impl LearnerModel {
    /// The state of a skill (default when never practised).
    pub fn skill(&self, id: &str) -> SkillState {
        self.skills.get(id).cloned().unwrap_or_default()
    }

    /// Whether a skill is mastered.
    pub fn mastered(&self, id: &str) -> bool {
        self.skills.get(id).is_some_and(|s| s.mastered)
    }
}
