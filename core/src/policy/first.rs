//! The first selection policy: the current unit's unmastered items first, errors come back
//! soon, and the next unit opens when every grapheme of the current one is mastered.
//!
//! A skill is mastered after `streak` correct answers in a row; a wrong answer resets the streak
//! and un-masters it. Only the item's own skill (the first of an exercise's skills) is updated:
//! the adaptive engine will credit the parts of a word as well.

use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;

use super::{
    Context, Observation, Observed, Pick, SelectionPolicy, Turn, letters_mastered, rotated_kinds,
};
use crate::exercise::ItemRef;
use crate::model::{ItemBank, LearnerModel};
use crate::pack::Pack;

/// The first policy's settings.
#[derive(Debug, Clone)]
pub struct FirstPolicy {
    /// Correct answers in a row that make a skill mastered.
    pub streak: u32,
    /// How many other exercises come between a wrong answer and its retry.
    pub retry_gap: usize,
}

impl Default for FirstPolicy {
    fn default() -> Self {
        FirstPolicy {
            streak: 3,
            retry_gap: 2,
        }
    }
}

impl FirstPolicy {
    /// The first unit (in teaching order) that is not yet mastered.
    fn current_unit(&self, pack: &Pack, model: &LearnerModel) -> Option<usize> {
        (0..pack.units.len()).find(|&u| !self.unit_mastered(pack, model, u))
    }

    /// An item answered wrong in this session, not yet answered right since, whose retry is due.
    fn due_retry(&self, history: &[Turn]) -> Option<ItemRef> {
        let last = history.len();
        history.iter().enumerate().find_map(|(i, turn)| {
            let later = &history[i + 1..];
            let retried = later.iter().any(|t| t.item == turn.item);
            (!turn.correct && !retried && last - i > self.retry_gap).then_some(turn.item)
        })
    }

    /// Items of `unit`: its graphemes, then its words, then sentences with questions.
    fn items_of(pack: &Pack, unit: usize) -> Vec<ItemRef> {
        let graphemes = pack.units[unit]
            .graphemes
            .iter()
            .map(|&g| ItemRef::Grapheme(g));
        let words = (0..pack.words.len())
            .filter(|&w| pack.words[w].unit == unit)
            .map(ItemRef::Word);
        let sentences = (0..pack.sentences.len())
            .filter(|&s| pack.sentences[s].unit == unit && pack.sentences[s].question.is_some())
            .map(ItemRef::Sentence);
        graphemes.chain(words).chain(sentences).collect()
    }
}

impl SelectionPolicy for FirstPolicy {
    fn name(&self) -> &'static str {
        "first"
    }

    fn choose(&self, ctx: &Context, rng: &mut ChaCha8Rng) -> Option<Pick> {
        let pack = ctx.pack;
        let previous = ctx.history.last().map(|t| t.item);
        let pick = |item: ItemRef| Pick {
            item,
            kinds: rotated_kinds(item, ctx.model.skill(item.key_str(pack)).attempts),
        };
        if let Some(item) = self.due_retry(ctx.history) {
            return Some(pick(item));
        }
        let fresh = |items: Vec<ItemRef>| -> Vec<ItemRef> {
            items.into_iter().filter(|&i| Some(i) != previous).collect()
        };
        if let Some(unit) = self.current_unit(pack, ctx.model) {
            let items = Self::items_of(pack, unit);
            // Graphemes not yet answered right come first, then the least-practised unmastered item.
            let unmastered: Vec<ItemRef> = fresh(items)
                .into_iter()
                .filter(|i| !ctx.model.mastered(i.key_str(pack)))
                .collect();
            let new_graphemes: Vec<ItemRef> = unmastered
                .iter()
                .copied()
                .filter(|i| {
                    matches!(i, ItemRef::Grapheme(_))
                        && ctx.model.skill(i.key_str(pack)).correct == 0
                })
                .collect();
            let pool = if new_graphemes.is_empty() {
                unmastered
            } else {
                new_graphemes
            };
            if let Some(least) = pool
                .iter()
                .map(|i| ctx.model.skill(i.key_str(pack)).attempts)
                .min()
            {
                let tied: Vec<ItemRef> = pool
                    .into_iter()
                    .filter(|i| ctx.model.skill(i.key_str(pack)).attempts == least)
                    .collect();
                return tied.choose(rng).copied().map(pick);
            }
        }
        // Everything of the current unit is mastered but for the item just seen, or the whole
        // pack is mastered: review what was practised longest ago.
        let all: Vec<ItemRef> = fresh(
            (0..pack.units.len())
                .flat_map(|u| Self::items_of(pack, u))
                .collect(),
        );
        all.into_iter()
            .min_by_key(|i| ctx.model.skill(i.key_str(pack)).last_ms)
            .map(pick)
    }

    fn observe(
        &self,
        _pack: &Pack,
        model: &mut LearnerModel,
        _bank: &mut ItemBank,
        obs: &Observation,
    ) -> Vec<Observed> {
        let Some(skill) = obs.skills.first() else {
            return Vec::new();
        };
        let state = model.skills.entry(skill.clone()).or_default();
        let was = state.mastered;
        state.count(obs.correct, obs.now_ms);
        state.mastered = state.streak >= self.streak;
        vec![Observed {
            skill: skill.clone(),
            newly_mastered: state.mastered && !was,
        }]
    }

    fn unit_mastered(&self, pack: &Pack, model: &LearnerModel, unit: usize) -> bool {
        letters_mastered(pack, model, unit)
    }
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;

    use super::*;
    use crate::exercise::ExerciseKind;
    use crate::testing::sw_pack;

    fn obs(skills: &[String], correct: bool, now_ms: i64) -> Observation<'_> {
        Observation {
            item: &skills[0],
            kind: ExerciseKind::SoundToGrapheme,
            skills,
            correct,
            response_ms: 1000,
            now_ms,
            choices: 3,
        }
    }

    fn turn(item: ItemRef, correct: bool) -> Turn {
        Turn { item, correct }
    }

    #[test]
    fn a_missed_item_is_retried_after_the_gap_unless_already_retried() {
        let policy = FirstPolicy::default();
        let (a, b, c) = (ItemRef::Word(1), ItemRef::Word(2), ItemRef::Word(3));
        assert_eq!(
            policy.due_retry(&[turn(a, false), turn(b, true)]),
            None,
            "too soon"
        );
        assert_eq!(
            policy.due_retry(&[turn(a, false), turn(b, true), turn(c, true)]),
            Some(a)
        );
        assert_eq!(
            policy.due_retry(&[turn(a, false), turn(b, true), turn(a, true), turn(c, true)]),
            None
        );
    }

    #[test]
    fn streaks_master_and_a_mistake_unmasters() {
        let policy = FirstPolicy::default();
        let mut model = LearnerModel::default();
        let skill = vec!["g:m".to_owned(), "g:a".to_owned()];
        for (i, expect_new) in [false, false, true].into_iter().enumerate() {
            let observed = policy.observe(
                &sw_pack(),
                &mut model,
                &mut ItemBank::default(),
                &obs(&skill, true, i as i64),
            );
            assert_eq!(
                observed,
                [Observed {
                    skill: "g:m".into(),
                    newly_mastered: expect_new
                }]
            );
        }
        assert!(model.mastered("g:m"));
        assert!(
            !model.skills.contains_key("g:a"),
            "only the item's own skill is updated"
        );
        policy.observe(
            &sw_pack(),
            &mut model,
            &mut ItemBank::default(),
            &obs(&skill, false, 9),
        );
        assert_eq!(
            model.skill("g:m"),
            crate::model::SkillState {
                attempts: 4,
                correct: 3,
                streak: 0,
                mastered: false,
                last_ms: 9,
                ..Default::default()
            }
        );
    }

    #[test]
    fn new_graphemes_of_the_current_unit_come_first() {
        let pack = sw_pack();
        let policy = FirstPolicy::default();
        let model = LearnerModel::default();
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let pick = policy
            .choose(
                &Context {
                    pack: &pack,
                    model: &model,
                    bank: &ItemBank::default(),
                    history: &[],
                    session_length: 10,
                    now_ms: 0,
                },
                &mut rng,
            )
            .unwrap();
        assert!(
            matches!(pick.item, ItemRef::Grapheme(g) if pack.graphemes[g].unit == 0),
            "{pick:?}"
        );
        assert_eq!(pick.kinds[0], ExerciseKind::SoundToGrapheme);
    }
}
