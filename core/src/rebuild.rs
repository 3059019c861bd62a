//! Rebuilding derived state from the append-only attempt log: every learner's skills and
//! ability and the pack's item difficulties are replayed through the policy from nothing, in the
//! order the attempts were recorded, and must equal what was built answer by answer.

use std::collections::{BTreeMap, HashMap};

use crate::engine::{Engine, placement};
use crate::error::{Error, Result};
use crate::exercise::{ExerciseKind, ItemRef};
use crate::kusoma::Kusoma;
use crate::model::{ItemBank, LearnerModel};
use crate::policy::Observation;
use crate::store::AttemptRecord;

/// What a rebuild did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RebuildReport {
    /// The pack.
    pub pack: String,
    /// Attempts replayed.
    pub attempts: usize,
    /// Learners with attempts in the pack.
    pub learners: usize,
    /// Whether the replayed state equalled the stored one (it was rewritten either way).
    pub matched: bool,
}

impl Kusoma {
    /// Replays a pack's attempt log through the policy, from an empty state.
    pub fn replay(&self, pack_id: &str) -> Result<(BTreeMap<String, LearnerModel>, ItemBank)> {
        let attempts = self.store.pack_attempts(pack_id)?;
        self.replay_attempts(pack_id, &attempts)
    }

    fn replay_attempts(
        &self,
        pack_id: &str,
        attempts: &[AttemptRecord],
    ) -> Result<(BTreeMap<String, LearnerModel>, ItemBank)> {
        let pack = self.pack(pack_id)?;
        let mut models: BTreeMap<String, LearnerModel> = BTreeMap::new();
        let mut bank = ItemBank::default();
        // Placement tests change nothing answer by answer; their result is applied where each
        // ended test's last answer stands in the log.
        let placements = self.store.placements(pack_id)?;
        let mut last_of: HashMap<&str, usize> = HashMap::new();
        for (i, a) in attempts.iter().enumerate() {
            if let Some(s) = a.session.as_deref().filter(|s| placements.contains_key(*s)) {
                last_of.insert(s, i);
            }
        }
        let mut results: HashMap<&str, Vec<(usize, bool)>> = HashMap::new();
        for (i, attempt) in attempts.iter().enumerate() {
            let model = models.entry(attempt.learner.clone()).or_default();
            if let Some(s) = attempt
                .session
                .as_deref()
                .filter(|s| placements.contains_key(*s))
            {
                let answers = results.entry(s).or_default();
                if let Some(ItemRef::Grapheme(g)) = ItemRef::from_key(&pack, &attempt.item) {
                    answers.push((g, attempt.correct));
                }
                if last_of.get(s) == Some(&i)
                    && let Some(Some(ended_ms)) = placements.get(s)
                {
                    let units = placement::placed_units(&pack, answers);
                    placement::apply(&Engine::default(), &pack, model, units, *ended_ms);
                }
                continue;
            }
            let kind = ExerciseKind::from_name(&attempt.kind).ok_or_else(|| {
                Error::InvalidInput(format!(
                    "attempt {} has an unknown kind `{}`",
                    attempt.id, attempt.kind
                ))
            })?;
            let observation = Observation {
                item: &attempt.item,
                kind,
                skills: &attempt.skills,
                correct: attempt.correct,
                response_ms: attempt.response_ms,
                now_ms: attempt.created_ms,
                choices: attempt.choices as usize,
            };
            self.policy.observe(&pack, model, &mut bank, &observation);
        }
        Ok((models, bank))
    }

    /// Rebuilds a pack's derived state from its attempt log and stores it, ending the pack's
    /// open sessions (their in-memory state would be stale).
    pub fn rebuild(&mut self, pack_id: &str) -> Result<RebuildReport> {
        // The log is read once: it can be long.
        let log = self.store.pack_attempts(pack_id)?;
        let (models, bank) = self.replay_attempts(pack_id, &log)?;
        let attempts = log.len();
        let mut matched = self.store.item_bank(pack_id)? == bank;
        for (learner, model) in &models {
            matched &= self.store.learner_model(learner, pack_id)? == *model;
        }
        self.store.replace_state(pack_id, &models, &bank)?;
        self.banks.insert(pack_id.to_owned(), bank);
        self.sessions.retain(|_, s| s.pack_id() != pack_id);
        Ok(RebuildReport {
            pack: pack_id.to_owned(),
            attempts,
            learners: models.len(),
            matched,
        })
    }
}
