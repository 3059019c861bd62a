//! The set of units a unit stands on (itself and everything it requires), and the cap on
//! units that bounds those sets: shared by the source reader and the built form.

/// The most units a pack may have. A course of a few dozen units is typical; the cap keeps the
/// prerequisite sets (a bit per earlier unit, per unit) at most ~62 KB and their work bounded
/// on any pack, valid or hostile. Checked before any unit is read.
pub const MAX_UNITS: usize = 1_000;

/// A set of unit indices: a unit and every unit it requires, directly or not. A bit per unit,
/// only up to the unit's own index (a unit requires only earlier ones), so the sets of a whole
/// pack take n²/16 bytes and are built with word-wide ORs, instead of a tree node per member
/// (a 5,000-unit chain took half a gigabyte that way).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnitSet {
    words: Vec<u64>,
}

impl UnitSet {
    /// The set holding only `unit`.
    pub fn of(unit: usize) -> UnitSet {
        let mut set = UnitSet {
            words: vec![0; unit / 64 + 1],
        };
        set.words[unit / 64] |= 1 << (unit % 64);
        set
    }

    /// Adds every member of `other`.
    pub fn extend_from(&mut self, other: &UnitSet) {
        if other.words.len() > self.words.len() {
            self.words.resize(other.words.len(), 0);
        }
        for (w, o) in self.words.iter_mut().zip(&other.words) {
            *w |= o;
        }
    }

    /// Whether `unit` is a member.
    pub fn contains(&self, unit: &usize) -> bool {
        self.words
            .get(unit / 64)
            .is_some_and(|w| w & (1 << (unit % 64)) != 0)
    }

    /// The members, in order.
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            (0..64)
                .filter(move |b| w & (1 << b) != 0)
                .map(move |b| i * 64 + b)
        })
    }
}
