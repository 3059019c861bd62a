//! Fixed curriculum order, as a fixed-sequence literacy app does it: a course laid out in
//! advance, unit by unit, with cumulative review, that ignores the learner's answers.
//!
//! The sequence, for each unit `u` in curriculum order:
//!
//! 1. **Review block** (every unit but the first): the letters of the units `u − 1`, `u − 2`,
//!    `u − 4` and `u − 8` (those that exist), once each, then one word of each of those units
//!    (the unit's next word each time it is reviewed, round the unit's words). Systematic
//!    phonics programmes open each lesson with a short review of letters taught before; the
//!    review looks back at growing distances, so a unit is reviewed 1, 2, 4 and 8 units after it
//!    was taught (expanding retrieval practice, Landauer & Bjork 1978).
//! 2. **New letters**: the unit's letters cycled [`FixedOrder::grapheme_reps`] times
//!    (a m a m a m a m, so no letter comes twice in a row).
//! 3. **Words**: the unit's words in file order, the whole list [`FixedOrder::word_reps`] times.
//! 4. **Sentences**: the unit's sentences with a question, [`FixedOrder::sentence_reps`] times.
//!
//! After the last unit the sequence starts again from the first (a second pass is review). The
//! position in the sequence is the number of answers recorded in the model, so the order is
//! fixed in advance whatever the answers.
//!
//! The earlier version had no review block: a unit's letters came back only on the next pass of
//! the whole course, about 900 exercises later.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use rand_chacha::ChaCha8Rng;

use super::{pick, record, unit_mastered};
use kusoma_core::exercise::ItemRef;
use kusoma_core::model::{ItemBank, LearnerModel};
use kusoma_core::pack::Pack;
use kusoma_core::policy::{Context, Observation, Observed, Pick, SelectionPolicy};

/// How far back the review block before a unit looks, in units.
pub const REVIEW_DISTANCES: [usize; 4] = [1, 2, 4, 8];

/// A pack's identity for the cache: its id and its numbers of graphemes and words.
type PackKey = (String, usize, usize);

/// The fixed-order baseline.
#[derive(Debug)]
pub struct FixedOrder {
    /// Repetitions of each new letter.
    pub grapheme_reps: usize,
    /// Repetitions of each unit's word list.
    pub word_reps: usize,
    /// Repetitions of each sentence.
    pub sentence_reps: usize,
    /// One pass of the sequence per pack (keyed by the pack's id and sizes), built once.
    cache: Mutex<HashMap<PackKey, Arc<Vec<ItemRef>>>>,
}

impl Default for FixedOrder {
    fn default() -> Self {
        FixedOrder::new(4, 2, 1)
    }
}

impl Clone for FixedOrder {
    fn clone(&self) -> Self {
        FixedOrder::new(self.grapheme_reps, self.word_reps, self.sentence_reps)
    }
}

impl FixedOrder {
    /// A fixed order with these repetitions.
    pub fn new(grapheme_reps: usize, word_reps: usize, sentence_reps: usize) -> FixedOrder {
        FixedOrder {
            grapheme_reps,
            word_reps,
            sentence_reps,
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The length of one pass of the sequence.
    pub fn pass_length(&self, pack: &Pack) -> usize {
        self.pass(pack).len()
    }

    /// The item at `position` of the sequence (which repeats pass after pass), or `None` when
    /// the pack has nothing to practise.
    pub fn item_at(&self, pack: &Pack, position: u64) -> Option<ItemRef> {
        let pass = self.pass(pack);
        if pass.is_empty() {
            return None;
        }
        pass.get((position % pass.len() as u64) as usize).copied()
    }

    /// One whole pass of the sequence.
    pub fn sequence(&self, pack: &Pack) -> Vec<ItemRef> {
        self.pass(pack).as_ref().clone()
    }

    fn pass(&self, pack: &Pack) -> Arc<Vec<ItemRef>> {
        let key = (pack.id().to_owned(), pack.graphemes.len(), pack.words.len());
        if let Ok(cache) = self.cache.lock()
            && let Some(pass) = cache.get(&key)
        {
            return Arc::clone(pass);
        }
        let pass = Arc::new(self.build(pack));
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(key, Arc::clone(&pass));
        }
        pass
    }

    fn build(&self, pack: &Pack) -> Vec<ItemRef> {
        let units = pack.units.len();
        let mut words: Vec<Vec<ItemRef>> = vec![Vec::new(); units];
        for (w, word) in pack.words.iter().enumerate() {
            if let Some(bucket) = words.get_mut(word.unit) {
                bucket.push(ItemRef::Word(w));
            }
        }
        let mut sentences: Vec<Vec<ItemRef>> = vec![Vec::new(); units];
        for (s, sentence) in pack.sentences.iter().enumerate() {
            if sentence.question.is_some()
                && let Some(bucket) = sentences.get_mut(sentence.unit)
            {
                bucket.push(ItemRef::Sentence(s));
            }
        }
        // How many times each unit has been reviewed, to take its next word each time.
        let mut reviewed = vec![0usize; units];
        let mut out = Vec::new();
        for (u, unit) in pack.units.iter().enumerate() {
            let earlier: Vec<usize> = REVIEW_DISTANCES
                .iter()
                .filter_map(|&d| u.checked_sub(d))
                .collect();
            for &r in &earlier {
                out.extend(
                    pack.units[r]
                        .graphemes
                        .iter()
                        .map(|&g| ItemRef::Grapheme(g)),
                );
            }
            for &r in &earlier {
                if !words[r].is_empty() {
                    out.push(words[r][reviewed[r] % words[r].len()]);
                }
                reviewed[r] += 1;
            }
            for _ in 0..self.grapheme_reps {
                out.extend(unit.graphemes.iter().map(|&g| ItemRef::Grapheme(g)));
            }
            for _ in 0..self.word_reps {
                out.extend_from_slice(&words[u]);
            }
            for _ in 0..self.sentence_reps {
                out.extend_from_slice(&sentences[u]);
            }
        }
        out
    }
}

impl SelectionPolicy for FixedOrder {
    fn name(&self) -> &'static str {
        "fixed-order"
    }

    fn choose(&self, ctx: &Context, _: &mut ChaCha8Rng) -> Option<Pick> {
        let done: u64 = ctx
            .model
            .skills
            .values()
            .map(|s| u64::from(s.attempts))
            .sum();
        let item = self.item_at(ctx.pack, done)?;
        Some(pick(ctx.pack, ctx.model, item))
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
