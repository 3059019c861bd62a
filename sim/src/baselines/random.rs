//! Random practice: each exercise on an item drawn uniformly from every practicable item of the
//! pack (graphemes, words, sentences with a question), whatever the learner knows. A floor.

use rand::Rng;
use rand_chacha::ChaCha8Rng;

use super::{pick, record, unit_mastered};
use kusoma_core::exercise::ItemRef;
use kusoma_core::model::{ItemBank, LearnerModel};
use kusoma_core::pack::Pack;
use kusoma_core::policy::{Context, Observation, Observed, Pick, SelectionPolicy};

/// The random baseline.
#[derive(Debug, Clone, Copy, Default)]
pub struct RandomPolicy;

impl SelectionPolicy for RandomPolicy {
    fn name(&self) -> &'static str {
        "random"
    }

    fn choose(&self, ctx: &Context, rng: &mut ChaCha8Rng) -> Option<Pick> {
        let pack = ctx.pack;
        let units = pack.units.len();
        let graphemes: usize = pack.units.iter().map(|u| u.graphemes.len()).sum();
        let words = pack.words.iter().filter(|w| w.unit < units).count();
        let with_question = |i: &usize| {
            let s = &pack.sentences[*i];
            s.question.is_some() && s.unit < units
        };
        let sentences = (0..pack.sentences.len()).filter(with_question).count();
        let total = graphemes + words + sentences;
        if total == 0 {
            return None;
        }
        let mut r = rng.random_range(0..total);
        let item = if r < graphemes {
            pack.units
                .iter()
                .flat_map(|u| &u.graphemes)
                .nth(r)
                .map(|&g| ItemRef::Grapheme(g))
        } else {
            r -= graphemes;
            if r < words {
                (0..pack.words.len())
                    .filter(|&w| pack.words[w].unit < units)
                    .nth(r)
                    .map(ItemRef::Word)
            } else {
                (0..pack.sentences.len())
                    .filter(with_question)
                    .nth(r - words)
                    .map(ItemRef::Sentence)
            }
        }?;
        Some(pick(pack, ctx.model, item))
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
