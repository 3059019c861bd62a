//! Fixed curriculum order: every item a fixed number of times, whatever the answers.
//!
//! Unit by unit: the unit's graphemes cycled [`FixedOrder::grapheme_reps`] times (a m a m a m
//! a m, so no item comes twice in a row), then its words cycled [`FixedOrder::word_reps`]
//! times, then its sentences with a question [`FixedOrder::sentence_reps`] times. After the last
//! unit the sequence starts again from the first (a second pass is review). The position in the
//! sequence is the number of answers recorded in the model.

use rand_chacha::ChaCha8Rng;

use super::{pick, record, unit_mastered};
use crate::exercise::ItemRef;
use crate::model::{ItemBank, LearnerModel};
use crate::pack::Pack;
use crate::policy::{Context, Observation, Observed, Pick, SelectionPolicy};

/// The fixed-order baseline.
#[derive(Debug, Clone)]
pub struct FixedOrder {
    /// Repetitions of each grapheme.
    pub grapheme_reps: usize,
    /// Repetitions of each word.
    pub word_reps: usize,
    /// Repetitions of each sentence.
    pub sentence_reps: usize,
}

impl Default for FixedOrder {
    fn default() -> Self {
        FixedOrder {
            grapheme_reps: 4,
            word_reps: 2,
            sentence_reps: 1,
        }
    }
}

/// Per unit, how many words and sentences with a question it has.
struct Counts {
    words: Vec<usize>,
    sentences: Vec<usize>,
}

impl Counts {
    fn of(pack: &Pack) -> Counts {
        let units = pack.units.len();
        let mut words = vec![0usize; units];
        for word in &pack.words {
            if let Some(n) = words.get_mut(word.unit) {
                *n += 1;
            }
        }
        let mut sentences = vec![0usize; units];
        for sentence in pack.sentences.iter().filter(|s| s.question.is_some()) {
            if let Some(n) = sentences.get_mut(sentence.unit) {
                *n += 1;
            }
        }
        Counts { words, sentences }
    }
}

impl FixedOrder {
    /// The length of one pass of the sequence.
    pub fn pass_length(&self, pack: &Pack) -> usize {
        self.pass(pack, &Counts::of(pack))
    }

    fn pass(&self, pack: &Pack, counts: &Counts) -> usize {
        pack.units
            .iter()
            .enumerate()
            .map(|(u, unit)| {
                unit.graphemes.len() * self.grapheme_reps
                    + counts.words[u] * self.word_reps
                    + counts.sentences[u] * self.sentence_reps
            })
            .sum()
    }

    /// The item at `position` of the sequence (which repeats pass after pass), or `None` when
    /// the pack has nothing to practise.
    pub fn item_at(&self, pack: &Pack, position: u64) -> Option<ItemRef> {
        let counts = Counts::of(pack);
        let pass = self.pass(pack, &counts);
        if pass == 0 {
            return None;
        }
        let mut at = (position % pass as u64) as usize;
        for (u, unit) in pack.units.iter().enumerate() {
            let (g, w, s) = (unit.graphemes.len(), counts.words[u], counts.sentences[u]);
            if at < g * self.grapheme_reps {
                return Some(ItemRef::Grapheme(unit.graphemes[at % g]));
            }
            at -= g * self.grapheme_reps;
            if at < w * self.word_reps {
                return (0..pack.words.len())
                    .filter(|&i| pack.words[i].unit == u)
                    .nth(at % w)
                    .map(ItemRef::Word);
            }
            at -= w * self.word_reps;
            if at < s * self.sentence_reps {
                return (0..pack.sentences.len())
                    .filter(|&i| {
                        pack.sentences[i].unit == u && pack.sentences[i].question.is_some()
                    })
                    .nth(at % s)
                    .map(ItemRef::Sentence);
            }
            at -= s * self.sentence_reps;
        }
        None
    }

    /// One whole pass of the sequence.
    pub fn sequence(&self, pack: &Pack) -> Vec<ItemRef> {
        (0..self.pass_length(pack) as u64)
            .filter_map(|i| self.item_at(pack, i))
            .collect()
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
