//! Leitner boxes.
//!
//! An item's box is 1 + its streak of right answers, at most [`Leitner::boxes`] (5): a right
//! answer moves it one box up, a wrong one back to box 1. An item in box b is due when at least
//! 2^(b−1) sessions have passed since it was last practised (box 1 every session, box 5 every
//! 16). The session clock is the calendar day of `now_ms` (the simulator runs one session a
//! day). Each exercise takes, in this order:
//!
//! 1. the due item in the lowest box, longest unpractised first;
//! 2. an item answered wrong earlier in this session and not right since (not straight after);
//! 3. the next item of the curriculum not yet introduced, while fewer than
//!    [`Leitner::new_per_session`] (8) were introduced in this session;
//! 4. extra practice: the introduced item in the lowest box, longest unpractised first;
//! 5. a new item even beyond the quota, when nothing else is left.
//!
//! The item just practised is never taken again straight away while there is another choice.

use rand_chacha::ChaCha8Rng;

use super::{pick, record, unit_mastered};
use crate::exercise::ItemRef;
use crate::model::{ItemBank, LearnerModel, SkillState};
use crate::pack::Pack;
use crate::policy::{Context, Observation, Observed, Pick, SelectionPolicy};
use crate::sim::catalog::curriculum;
use crate::sim::truth::DAY_MS;

/// The Leitner baseline.
#[derive(Debug, Clone)]
pub struct Leitner {
    /// How many boxes.
    pub boxes: u32,
    /// New items introduced per session before extra practice.
    pub new_per_session: usize,
}

impl Default for Leitner {
    fn default() -> Self {
        Leitner {
            boxes: 5,
            new_per_session: 8,
        }
    }
}

impl Leitner {
    /// An item's box, 1-based.
    pub fn box_of(&self, state: &SkillState) -> u32 {
        1 + state.streak.min(self.boxes - 1)
    }

    /// Sessions between reviews of an item in box `b`.
    pub fn interval(b: u32) -> i64 {
        1 << (b - 1)
    }

    /// The best-ranked item among the deck's skills that pass `keep`, by (box, last practice).
    fn lowest_box<'m>(
        &self,
        pack: &Pack,
        model: &'m LearnerModel,
        keep: impl Fn(&str, &SkillState) -> bool,
    ) -> Option<ItemRef> {
        let mut candidates: Vec<(u32, i64, &'m str)> = model
            .skills
            .iter()
            .filter(|(k, s)| s.attempts > 0 && keep(k, s))
            .map(|(k, s)| (self.box_of(s), s.last_ms, k.as_str()))
            .collect();
        candidates.sort_unstable();
        candidates
            .into_iter()
            .find_map(|(_, _, k)| ItemRef::from_key(pack, k))
    }
}

impl SelectionPolicy for Leitner {
    fn name(&self) -> &'static str {
        "leitner"
    }

    fn choose(&self, ctx: &Context, _: &mut ChaCha8Rng) -> Option<Pick> {
        let pack = ctx.pack;
        let model = ctx.model;
        let today = ctx.now_ms.div_euclid(DAY_MS);
        let previous = ctx.history.last().map(|t| t.item.key(pack));
        let not_previous = |k: &str| previous.as_deref() != Some(k);
        let choose = |item: ItemRef| Some(pick(pack, model, item));

        // 1. Due reviews.
        let due = self.lowest_box(pack, model, |k, s| {
            not_previous(k)
                && today - s.last_ms.div_euclid(DAY_MS) >= Self::interval(self.box_of(s))
        });
        if let Some(item) = due {
            return choose(item);
        }
        // 2. Retry of a wrong answer of this session.
        let just_seen = ctx.history.last().map(|t| t.item);
        let retry = ctx.history.iter().enumerate().find_map(|(i, turn)| {
            let later = &ctx.history[i + 1..];
            let settled = later.iter().any(|t| t.item == turn.item && t.correct);
            (!turn.correct && !settled && Some(turn.item) != just_seen).then_some(turn.item)
        });
        if let Some(item) = retry {
            return choose(item);
        }
        // 3. New items, a few per session.
        let items = curriculum(pack);
        let deck = model.skills.values().filter(|s| s.attempts > 0).count();
        let next_new = items
            .iter()
            .skip(deck.min(items.len()))
            .chain(&items)
            .copied()
            .find(|i| {
                model
                    .skills
                    .get(&i.key(pack))
                    .is_none_or(|s| s.attempts == 0)
            });
        let mut seen: Vec<ItemRef> = ctx.history.iter().map(|t| t.item).collect();
        seen.sort_unstable();
        seen.dedup();
        let introduced = seen
            .iter()
            .filter(|&&item| {
                let times = ctx.history.iter().filter(|t| t.item == item).count();
                model
                    .skills
                    .get(&item.key(pack))
                    .is_some_and(|s| s.attempts as usize == times)
            })
            .count();
        if introduced < self.new_per_session
            && let Some(item) = next_new
        {
            return choose(item);
        }
        // 4. Extra practice of the weakest introduced item.
        if let Some(item) = self.lowest_box(pack, model, |k, _| not_previous(k)) {
            return choose(item);
        }
        // 5. Anything new, else the same item again.
        next_new
            .or(just_seen)
            .or_else(|| items.first().copied())
            .and_then(choose)
    }

    fn observe(
        &self,
        _pack: &Pack,
        model: &mut LearnerModel,
        _: &mut ItemBank,
        obs: &Observation,
    ) -> Vec<Observed> {
        record(model, obs)
    }

    fn unit_mastered(&self, pack: &Pack, model: &LearnerModel, unit: usize) -> bool {
        unit_mastered(pack, model, unit)
    }
}
