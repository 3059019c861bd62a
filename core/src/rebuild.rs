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
    /// Replays a pack's attempt log through the policy, from an empty state. The log is
    /// streamed row by row: a phone with a million attempts replays in bounded memory.
    pub fn replay(&self, pack_id: &str) -> Result<(BTreeMap<String, LearnerModel>, ItemBank)> {
        self.replay_counted(pack_id)
            .map(|(models, bank, _)| (models, bank))
    }

    fn replay_counted(
        &self,
        pack_id: &str,
    ) -> Result<(BTreeMap<String, LearnerModel>, ItemBank, usize)> {
        let pack = self.pack(pack_id)?;
        let mut models: BTreeMap<String, LearnerModel> = BTreeMap::new();
        let mut bank = ItemBank::default();
        // Placement tests change nothing answer by answer; their result is applied where each
        // ended test's last answer stands in the log.
        let placements = self.store.placements(pack_id)?;
        let last_of: HashMap<String, i64> = self.store.placement_last_attempts(pack_id)?;
        let mut results: HashMap<String, Vec<(usize, bool)>> = HashMap::new();
        let mut count = 0;
        self.store.each_pack_attempt(pack_id, |rowid, attempt| {
            count += 1;
            let model = models.entry(attempt.learner.clone()).or_default();
            if let Some(s) = attempt
                .session
                .as_deref()
                .filter(|s| placements.contains_key(*s))
            {
                let answers = results.entry(s.to_owned()).or_default();
                if let Some(ItemRef::Grapheme(g)) = ItemRef::from_key(&pack, &attempt.item) {
                    answers.push((g, attempt.correct));
                }
                if last_of.get(s) == Some(&rowid)
                    && let Some(Some(ended_ms)) = placements.get(s)
                {
                    let units = placement::placed_units(&pack, answers);
                    placement::apply(&Engine::default(), &pack, model, units, *ended_ms);
                }
                return Ok(());
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
            Ok(())
        })?;
        Ok((models, bank, count))
    }

    /// Rebuilds a pack's derived state from its attempt log and stores it, ending the pack's
    /// open sessions (their in-memory state would be stale).
    pub fn rebuild(&mut self, pack_id: &str) -> Result<RebuildReport> {
        let (models, bank, attempts) = self.replay_counted(pack_id)?;
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
