//! Which units stand on which: the prerequisite graph's reachability, built once for the
//! checks of a pack's words, sentences and stories (is an item decodable in the unit it names;
//! which is the earliest unit where it is), and the cap on units that bounds it.
//!
//! Each unit gets the set of units that stand on it (itself and every unit requiring it,
//! directly or not), a bit per unit, built in one pass from the last unit back: a unit's set is
//! itself and the sets of the units that require it directly. That is O(e · n/64) word ORs for
//! n units and e requirements (at the cap, n/64 ≤ 16): the closure of an arbitrary
//! prerequisite graph has no linear algorithm, but this one is over the units only, whatever
//! the number of words. Then each check of an item is O(k) bit lookups for its k needed units,
//! and its earliest unit the first bit of k ANDed sets, found without scanning units. Unit ids
//! are looked up in a hash map, not by scanning the units per word. Nothing of this is kept in
//! the pack: opening an installed pack builds none of it.

use std::collections::{BTreeSet, HashMap};

use super::model::Unit;

/// The most units a pack may have. A course of a few dozen units is typical; the cap keeps the
/// reachability sets (a bit per unit, per unit) at most 125 KB while a pack is checked, and
/// their work bounded on any pack, valid or hostile. Checked before any unit is read.
pub const MAX_UNITS: usize = 1_000;

/// The units of a pack as the checks see them: ids to indices, and who stands on whom.
#[derive(Debug, Default)]
pub struct UnitGraph {
    ids: Vec<String>,
    index: HashMap<String, usize>,
    /// Per unit, the units that stand on it, a bit per unit index.
    above: Vec<Vec<u64>>,
}

impl UnitGraph {
    /// Builds the graph of `units`, whose requirements are all earlier units (the reader
    /// refuses any other).
    pub fn of(units: &[Unit]) -> UnitGraph {
        let n = units.len();
        let words = n.div_ceil(64);
        let mut required_by: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (u, unit) in units.iter().enumerate() {
            for &r in &unit.requires {
                if r < u {
                    required_by[r].push(u);
                }
            }
        }
        let mut above = vec![vec![0u64; words]; n];
        for u in (0..n).rev() {
            let mut set = vec![0u64; words];
            set[u / 64] |= 1 << (u % 64);
            for &later in &required_by[u] {
                for (w, o) in set.iter_mut().zip(&above[later]) {
                    *w |= o;
                }
            }
            above[u] = set;
        }
        let ids: Vec<String> = units.iter().map(|u| u.id.clone()).collect();
        let index = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i))
            .collect();
        UnitGraph { ids, index, above }
    }

    /// The index of the unit `id`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.get(id).copied()
    }

    /// The id of the unit at `unit` (an index below the number of units).
    pub fn id(&self, unit: usize) -> &str {
        self.ids.get(unit).map_or("", String::as_str)
    }

    /// Whether `unit` stands on `needed` (is it, or requires it, directly or not).
    pub fn stands_on(&self, unit: usize, needed: usize) -> bool {
        self.above
            .get(needed)
            .and_then(|set| set.get(unit / 64))
            .is_some_and(|w| w & (1 << (unit % 64)) != 0)
    }

    /// The first unit (in teaching order) that stands on every unit in `needed`: the lowest
    /// bit common to their sets, read a word at a time.
    pub fn earliest_within(&self, needed: &BTreeSet<usize>) -> Option<usize> {
        let sets: Vec<&Vec<u64>> = needed
            .iter()
            .map(|&n| self.above.get(n))
            .collect::<Option<_>>()?;
        let Some((first, rest)) = sets.split_first() else {
            // Nothing needed: the first unit, if there is one.
            return (!self.above.is_empty()).then_some(0);
        };
        // A unit stands only on earlier units, so none before the latest needed one can.
        let start = needed.last().copied().unwrap_or(0) / 64;
        (start..first.len()).find_map(|i| {
            let w = rest.iter().fold(first[i], |acc, s| acc & s[i]);
            (w != 0).then(|| i * 64 + w.trailing_zeros() as usize)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(i: usize, requires: Vec<usize>) -> Unit {
        Unit {
            id: format!("u{i}"),
            title: String::new(),
            gloss: String::new(),
            graphemes: Vec::new(),
            requires,
        }
    }

    #[test]
    fn reachability_follows_requirements_and_nothing_else() {
        // 0 ← 1 ← 3, 2 alone, 130 requires 2 and 3; the rest a chain from 4.
        let mut units: Vec<Unit> = (0..131)
            .map(|i| unit(i, i.checked_sub(1).into_iter().collect()))
            .collect();
        units[0] = unit(0, vec![]);
        units[2] = unit(2, vec![]);
        units[3] = unit(3, vec![1]);
        units[4] = unit(4, vec![]);
        units[130] = unit(130, vec![2, 3]);
        let g = UnitGraph::of(&units);
        assert!(g.stands_on(3, 0) && g.stands_on(3, 3) && !g.stands_on(3, 2));
        assert!(g.stands_on(130, 0) && g.stands_on(130, 2) && !g.stands_on(130, 4));
        assert!(g.stands_on(129, 4) && !g.stands_on(129, 0) && !g.stands_on(5000, 0));
        assert_eq!(g.earliest_within(&BTreeSet::from([0, 2])), Some(130));
        assert_eq!(g.earliest_within(&BTreeSet::from([1])), Some(1));
        assert_eq!(g.earliest_within(&BTreeSet::from([2, 4])), None);
        assert_eq!(g.earliest_within(&BTreeSet::from([4, 70])), Some(70));
        assert_eq!(g.position("u130"), Some(130));
        assert_eq!(g.position("u131"), None);
    }
}
