//! Placement: a short test (at most 12 sound-to-letter items, spread over the curriculum) that
//! lets a learner who already knows some letters skip the units she knows.
//!
//! Units are placed from the start while every tested letter in them was answered right; the
//! first unit with a wrong answer, and everything after it, stays to be learned. The test stops
//! early after three wrong answers in a row. Placed letters count as provisionally mastered
//! (knowledge tracing at 0.96) and start a memory; the delayed checks that follow confirm them
//! or reopen the ones she did not know.

use super::fsrs::Rating;
use super::{Engine, mastery};
use crate::exercise::ItemRef;
use crate::model::LearnerModel;
use crate::pack::Pack;

/// Most items in a placement test.
pub const MAX_ITEMS: usize = 12;
/// Wrong answers in a row that end the test.
pub const STOP_AFTER_WRONG: usize = 3;
/// P(learned) given to placed skills.
const PLACED_P: f64 = 0.96;

/// The graphemes to test, in curriculum order: one from each unit, spread evenly when there are
/// more units than items, then second graphemes of the first units while there is room.
pub fn plan(pack: &Pack) -> Vec<usize> {
    let units = pack.units.len();
    let mut chosen: Vec<usize> = if units <= MAX_ITEMS {
        (0..units).collect()
    } else {
        (0..MAX_ITEMS)
            .map(|i| i * (units - 1) / (MAX_ITEMS - 1))
            .collect()
    };
    chosen.dedup();
    let mut items: Vec<(usize, usize)> = chosen
        .iter()
        .filter_map(|&u| pack.units[u].graphemes.first().map(|&g| (u, g)))
        .collect();
    for u in 0..units {
        if items.len() >= MAX_ITEMS.min(10.max(items.len())) {
            break;
        }
        if let Some(&g) = pack.units[u].graphemes.get(1) {
            items.push((u, g));
        }
    }
    items.sort_unstable();
    items.into_iter().map(|(_, g)| g).take(MAX_ITEMS).collect()
}

/// Whether the test is over: all items given, or too many wrong in a row.
pub fn finished(plan: &[usize], results: &[bool]) -> bool {
    results.len() >= plan.len()
        || (results.len() >= STOP_AFTER_WRONG
            && results.iter().rev().take(STOP_AFTER_WRONG).all(|r| !r))
}

/// How many units, from the first, the results place the learner past.
pub fn placed_units(pack: &Pack, results: &[(usize, bool)]) -> usize {
    let mut placed = 0;
    for (u, unit) in pack.units.iter().enumerate() {
        let tested: Vec<bool> = results
            .iter()
            .filter(|(g, _)| unit.graphemes.contains(g))
            .map(|(_, r)| *r)
            .collect();
        if tested.iter().any(|r| !r) {
            break;
        }
        if !tested.is_empty() {
            placed = u + 1;
        }
    }
    placed
}

/// Marks every grapheme of the first `units` units as known; returns the skills changed.
pub fn apply(
    engine: &Engine,
    pack: &Pack,
    model: &mut LearnerModel,
    units: usize,
    now_ms: i64,
) -> Vec<String> {
    let mut changed = Vec::new();
    for unit in &pack.units[..units] {
        for &g in &unit.graphemes {
            let key = ItemRef::Grapheme(g).key(pack);
            let state = model.skills.entry(key.clone()).or_default();
            if state.mastered {
                continue;
            }
            state.p_learned = state.p_learned.max(PLACED_P);
            // Placed letters are provisionally mastered (the test stands for the sittings) and
            // confirmed like any other by the delayed checks that follow.
            state.sittings = state.sittings.max(mastery::MIN_SITTINGS);
            state.sitting_ms = now_ms;
            mastery::promote(state, now_ms);
            if state.memory.is_none() {
                state.memory = Some(engine.fsrs().review(None, Rating::Good, now_ms));
            }
            changed.push(key);
        }
    }
    changed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::SelectionPolicy;
    use crate::testing::sw_pack;

    #[test]
    fn the_plan_spreads_ten_to_twelve_letters_over_the_course() {
        let pack = sw_pack();
        let plan = plan(&pack);
        assert!((10..=12).contains(&plan.len()), "{}", plan.len());
        let units: Vec<usize> = plan.iter().map(|&g| pack.graphemes[g].unit).collect();
        assert!(
            units.windows(2).all(|w| w[0] <= w[1]),
            "in curriculum order: {units:?}"
        );
        assert_eq!(units[0], 0);
        assert!(
            *units.last().unwrap() >= pack.units.len() - 3,
            "reaches late units: {units:?}"
        );
    }

    #[test]
    fn units_are_placed_up_to_the_first_mistake() {
        let pack = sw_pack();
        let plan = plan(&pack);
        let unit_of = |g: usize| pack.graphemes[g].unit;
        // Right on everything in the first three units' items, then wrong.
        let results: Vec<(usize, bool)> = plan.iter().map(|&g| (g, unit_of(g) < 3)).collect();
        assert_eq!(placed_units(&pack, &results), 3);
        assert_eq!(placed_units(&pack, &[(plan[0], false)]), 0);
        let all_right: Vec<(usize, bool)> = plan.iter().map(|&g| (g, true)).collect();
        let last_tested = plan.iter().map(|&g| unit_of(g)).max().unwrap();
        assert_eq!(placed_units(&pack, &all_right), last_tested + 1);
        assert!(finished(&plan, &[true, false, false, false]));
        assert!(!finished(&plan, &[false, false, true]));
    }

    #[test]
    fn placed_letters_are_mastered_with_a_memory() {
        let pack = sw_pack();
        let engine = Engine::default();
        let mut model = LearnerModel::default();
        let changed = apply(&engine, &pack, &mut model, 2, 1000);
        assert_eq!(
            changed.len(),
            pack.units[0].graphemes.len() + pack.units[1].graphemes.len()
        );
        assert!(
            changed
                .iter()
                .all(|k| model.mastered(k) && model.skill(k).memory.is_some())
        );
        assert!(engine.unit_mastered(&pack, &model, 1) && !engine.unit_mastered(&pack, &model, 2));
    }
}
