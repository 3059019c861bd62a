//! Progress summaries for a learner in a pack, derived from the stored skill states. A letter
//! counts as learned once its mastery is confirmed; provisional mastery (it opens the next unit)
//! is shown beside it (`engine::mastery`).

use crate::error::Result;
use crate::exercise::ItemRef;
use crate::kusoma::Kusoma;

/// One unit's progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitProgress {
    /// Unit id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// Graphemes of the unit mastered, provisionally at least (what opens the next unit).
    pub graphemes_mastered: u32,
    /// Of those, the ones whose mastery delayed checks have confirmed: what counts as learned.
    pub graphemes_confirmed: u32,
    /// Graphemes in the unit.
    pub graphemes_total: u32,
    /// Words first used in the unit that are mastered.
    pub words_mastered: u32,
    /// Words first used in the unit.
    pub words_total: u32,
    /// Whether the policy counts the unit mastered (provisionally at least: the next unit is
    /// open).
    pub mastered: bool,
    /// Whether every grapheme of the unit is confirmed.
    pub confirmed: bool,
    /// Whether this is the unit being learned now.
    pub current: bool,
}

/// A learner's progress in a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    /// The learner's id.
    pub learner: String,
    /// The learner's name.
    pub name: String,
    /// The pack id.
    pub pack: String,
    /// Units in teaching order.
    pub units: Vec<UnitProgress>,
    /// Exercises answered.
    pub attempts: u32,
    /// Answered correctly.
    pub correct: u32,
    /// Time spent answering, ms.
    pub time_ms: i64,
    /// Sessions started.
    pub sessions: u32,
}

impl Kusoma {
    /// A learner's progress in a pack.
    pub fn progress(&self, learner: &str, pack_id: &str) -> Result<Progress> {
        let pack = self.pack(pack_id)?;
        let profile = self.store.learner(learner)?;
        let model = self.store.learner_model(learner, pack_id)?;
        let totals = self.store.totals(learner, pack_id)?;
        let mut current_found = false;
        let units = (0..pack.units.len())
            .map(|u| {
                let unit = &pack.units[u];
                let mastered = self.policy.unit_mastered(&pack, &model, u);
                let current = !mastered && !current_found;
                current_found |= current;
                let count = |items: &mut dyn Iterator<Item = ItemRef>| {
                    items.fold((0, 0), |(m, t), i| {
                        (m + u32::from(model.mastered(i.key_str(&pack))), t + 1)
                    })
                };
                let (graphemes_mastered, graphemes_total) =
                    count(&mut unit.graphemes.iter().map(|&g| ItemRef::Grapheme(g)));
                let graphemes_confirmed = unit
                    .graphemes
                    .iter()
                    .filter(|&&g| model.confirmed(ItemRef::Grapheme(g).key_str(&pack)))
                    .count() as u32;
                let (words_mastered, words_total) = count(
                    &mut (0..pack.words.len())
                        .filter(|&w| pack.words[w].unit == u)
                        .map(ItemRef::Word),
                );
                UnitProgress {
                    id: unit.id.clone(),
                    title: unit.title.clone(),
                    graphemes_mastered,
                    graphemes_confirmed,
                    graphemes_total,
                    words_mastered,
                    words_total,
                    mastered,
                    confirmed: graphemes_confirmed == graphemes_total,
                    current,
                }
            })
            .collect();
        Ok(Progress {
            learner: profile.id,
            name: profile.name,
            pack: pack_id.to_owned(),
            units,
            attempts: totals.attempts,
            correct: totals.correct,
            time_ms: totals.time_ms,
            sessions: totals.sessions,
        })
    }
}
