//! Leitner boxes (Leitner 1972, *So lernt man lernen*), in the form spaced-repetition studies
//! use as a baseline (e.g. Settles & Meeder 2016, "A trainable spaced repetition model for
//! language learning", ACL): five boxes, a card in box b reviewed every 2^(b−1) days (1, 2, 4,
//! 8, 16), a right answer moves it up one box, a wrong one back to box 1.
//!
//! The cards are the pack's **letters** (graphemes); reading material (words and sentences)
//! is practice between reviews. A letter's box is 1 + its streak of right answers on its own
//! item, at most [`Leitner::boxes`]. The day is the calendar day of `now_ms` (the simulator runs
//! one session a day). Each exercise takes, in this order:
//!
//! 1. **due letter**: the letter whose box's interval has passed since it was last practised,
//!    lowest box first, then longest unpractised;
//! 2. **retry**: a letter answered wrong earlier in this session and not right since (not
//!    straight after), since a card that falls back to box 1 is worked again;
//! 3. **new letter**: the next letter of the curriculum not yet introduced — whenever nothing
//!    is due, as Leitner's box 1 takes new cards;
//! 4. **reading practice**: once every letter is in the boxes, a word or sentence of a unit
//!    whose letters are all in box ≥ 2 (answered right at their last review) — the one in the
//!    lowest box, then longest unpractised (so new words come first, in curriculum order);
//! 5. **extra letter practice**: the letter in the lowest box, longest unpractised.
//!
//! The item just practised is never taken again straight away while there is another choice.
//!
//! The earlier version put every item of the pack (each unit's letters, then its twenty-odd
//! words and its sentences) into the boxes in curriculum order, eight new ones a session: the
//! boxes filled with unit 1's words before unit 2's letters were introduced, and due reviews of
//! words then took the sessions, so 56 % of units were never reached in 60 days and it lost to
//! random practice under every truth model.

use rand_chacha::ChaCha8Rng;

use super::states::{SortedKeys, States};
use super::{pick, record, unit_mastered};
use crate::truth::DAY_MS;
use kusoma_core::exercise::ItemRef;
use kusoma_core::model::{ItemBank, LearnerModel, SkillState};
use kusoma_core::pack::Pack;
use kusoma_core::policy::{Context, Observation, Observed, Pick, SelectionPolicy};

/// The Leitner baseline.
#[derive(Debug)]
pub struct Leitner {
    /// How many boxes.
    pub boxes: u32,
    /// The lowest box all of a unit's letters must be in for its words to be practised.
    pub reading_box: u32,
    keys: SortedKeys,
}

impl Default for Leitner {
    fn default() -> Self {
        Leitner::new(5, 2)
    }
}

impl Clone for Leitner {
    fn clone(&self) -> Self {
        Leitner::new(self.boxes, self.reading_box)
    }
}

impl Leitner {
    /// Leitner with `boxes` boxes, reading the words of units whose letters are all in
    /// `reading_box` or above.
    pub fn new(boxes: u32, reading_box: u32) -> Leitner {
        Leitner {
            boxes,
            reading_box,
            keys: SortedKeys::default(),
        }
    }

    /// An item's box, 1-based.
    pub fn box_of(&self, state: &SkillState) -> u32 {
        1 + state.streak.min(self.boxes - 1)
    }

    /// Days between reviews of an item in box `b`.
    pub fn interval(b: u32) -> i64 {
        1 << (b - 1)
    }

    /// The best-ranked of `items` by (box, last practice), skipping `skip`; unpractised items
    /// rank first (box 1, never practised), in the order given.
    fn lowest_box(
        &self,
        states: &States,
        items: impl Iterator<Item = ItemRef>,
        skip: Option<ItemRef>,
    ) -> Option<ItemRef> {
        items
            .filter(|&i| Some(i) != skip)
            .enumerate()
            .min_by_key(|&(n, i)| {
                let s = states.get(i);
                let (b, last) = s.map_or((1, i64::MIN), |s| (self.box_of(s), s.last_ms));
                (b, last, n)
            })
            .map(|(_, i)| i)
    }

    /// [`Leitner::unit_readable`] from states already read.
    fn readable(&self, pack: &Pack, states: &States, unit: usize) -> bool {
        pack.units[unit].graphemes.iter().all(|&g| {
            states
                .get(ItemRef::Grapheme(g))
                .is_some_and(|s| s.attempts > 0 && self.box_of(s) >= self.reading_box)
        })
    }

    /// Whether a unit's words may be practised: every letter it introduces is in
    /// [`Leitner::reading_box`] or above.
    pub fn unit_readable(&self, pack: &Pack, model: &LearnerModel, unit: usize) -> bool {
        pack.units[unit].graphemes.iter().all(|&g| {
            model
                .skills
                .get(ItemRef::Grapheme(g).key_str(pack))
                .is_some_and(|s| s.attempts > 0 && self.box_of(s) >= self.reading_box)
        })
    }
}

/// The pack's letters in curriculum order.
fn letters(pack: &Pack) -> impl Iterator<Item = ItemRef> + '_ {
    pack.units
        .iter()
        .flat_map(|u| u.graphemes.iter().map(|&g| ItemRef::Grapheme(g)))
}

impl SelectionPolicy for Leitner {
    fn name(&self) -> &'static str {
        "leitner"
    }

    fn choose(&self, ctx: &Context, _: &mut ChaCha8Rng) -> Option<Pick> {
        let pack = ctx.pack;
        let model = ctx.model;
        let today = ctx.now_ms.div_euclid(DAY_MS);
        let just_seen = ctx.history.last().map(|t| t.item);
        let states = States::read(&self.keys, pack, model);
        let state = |i: ItemRef| states.get(i).filter(|s| s.attempts > 0);
        let choose = |item: ItemRef| Some(pick(pack, model, item));

        // 1. Due letters.
        let due = letters(pack).filter(|&i| {
            state(i).is_some_and(|s| {
                today - s.last_ms.div_euclid(DAY_MS) >= Self::interval(self.box_of(s))
            })
        });
        if let Some(item) = self.lowest_box(&states, due, just_seen) {
            return choose(item);
        }
        // 2. Retry of a letter answered wrong in this session.
        let retry = ctx.history.iter().enumerate().find_map(|(i, turn)| {
            let settled = ctx.history[i + 1..]
                .iter()
                .any(|t| t.item == turn.item && t.correct);
            (!turn.correct
                && !settled
                && matches!(turn.item, ItemRef::Grapheme(_))
                && Some(turn.item) != just_seen)
                .then_some(turn.item)
        });
        if let Some(item) = retry {
            return choose(item);
        }
        // 3. A new letter.
        if let Some(item) = letters(pack).find(|&i| state(i).is_none()) {
            return choose(item);
        }
        // 4. Reading practice from units whose letters are all in box ≥ 2.
        let readable: Vec<bool> = (0..pack.units.len())
            .map(|u| self.readable(pack, &states, u))
            .collect();
        let words = (0..pack.words.len())
            .filter(|&w| readable.get(pack.words[w].unit) == Some(&true))
            .map(ItemRef::Word);
        let sentences = (0..pack.sentences.len())
            .filter(|&s| {
                let s = &pack.sentences[s];
                s.question.is_some() && readable.get(s.unit) == Some(&true)
            })
            .map(ItemRef::Sentence);
        if let Some(item) = self.lowest_box(&states, words.chain(sentences), just_seen) {
            return choose(item);
        }
        // 5. Extra practice of the weakest letter, else the same one again.
        self.lowest_box(&states, letters(pack), just_seen)
            .or(just_seen)
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
