//! The baselines pick what their documentation says.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::*;
use crate::exercise::ExerciseKind;
use crate::model::{ItemBank, SkillState};
use crate::policy::{Context, Turn, rotated_kinds};
use crate::sim::catalog::curriculum;
use crate::sim::truth::DAY_MS;
use crate::testing::sw_pack;

const START: i64 = 1_704_067_200_000;

fn choose(
    policy: &dyn SelectionPolicy,
    pack: &Pack,
    model: &LearnerModel,
    history: &[Turn],
    now_ms: i64,
) -> ItemRef {
    policy
        .choose(
            &Context {
                pack,
                model,
                bank: &ItemBank::default(),
                history,
                session_length: 20,
                now_ms,
            },
            &mut ChaCha8Rng::seed_from_u64(1),
        )
        .unwrap()
        .item
}

fn answer(
    policy: &dyn SelectionPolicy,
    pack: &Pack,
    model: &mut LearnerModel,
    item: ItemRef,
    correct: bool,
    now_ms: i64,
) {
    let skills = item.skills(pack);
    policy.observe(
        pack,
        model,
        &mut ItemBank::default(),
        &Observation {
            item: &skills[0],
            kind: rotated_kinds(item, 0)[0],
            skills: &skills,
            correct,
            response_ms: 2000,
            now_ms,
            choices: 3,
        },
    );
}

#[test]
fn fixed_order_cycles_graphemes_words_and_sentences_unit_by_unit() {
    let pack = sw_pack();
    let fixed = FixedOrder::default();
    let sequence = fixed.sequence(&pack);
    let questions = pack
        .sentences
        .iter()
        .filter(|s| s.question.is_some())
        .count();
    assert_eq!(
        sequence.len(),
        4 * pack.graphemes.len() + 2 * pack.words.len() + questions
    );
    let a = ItemRef::Grapheme(pack.grapheme_index("a").unwrap());
    let m = ItemRef::Grapheme(pack.grapheme_index("m").unwrap());
    assert_eq!(&sequence[..8], &[a, m, a, m, a, m, a, m]);
    let unit0_words: Vec<ItemRef> = (0..pack.words.len())
        .filter(|&w| pack.words[w].unit == 0)
        .map(ItemRef::Word)
        .collect();
    let n = unit0_words.len();
    assert_eq!(&sequence[8..8 + n], unit0_words.as_slice());
    assert_eq!(&sequence[8 + n..8 + 2 * n], unit0_words.as_slice());
    // Every item of the curriculum is in one pass, in curriculum order of first appearance.
    let mut firsts: Vec<ItemRef> = Vec::new();
    for item in &sequence {
        if !firsts.contains(item) {
            firsts.push(*item);
        }
    }
    assert_eq!(firsts, curriculum(&pack));
    // The position is the number of answers; after a pass it starts again.
    let mut model = LearnerModel::default();
    assert_eq!(choose(&fixed, &pack, &model, &[], START), a);
    answer(&fixed, &pack, &mut model, a, false, START);
    assert_eq!(
        choose(&fixed, &pack, &model, &[], START),
        m,
        "whatever the answer"
    );
    assert_eq!(fixed.item_at(&pack, sequence.len() as u64 + 1), Some(m));
}

#[test]
fn leitner_reviews_due_boxes_first_and_introduces_a_few_new_items() {
    let pack = sw_pack();
    let leitner = Leitner::default();
    let quota = leitner.new_per_session;
    let items = curriculum(&pack);
    let day = |d: i64| START + d * DAY_MS + 18 * 3_600_000;
    let mut model = LearnerModel::default();
    let mut history: Vec<Turn> = Vec::new();
    let step = |model: &mut LearnerModel, history: &mut Vec<Turn>, now, correct| {
        let item = choose(&leitner, &pack, model, history, now);
        answer(&leitner, &pack, model, item, correct, now);
        history.push(Turn { item, correct });
        item
    };
    // Day 0: new items in curriculum order up to the quota, all answered right (box 2).
    for (i, expected) in items.iter().take(quota).enumerate() {
        let item = step(&mut model, &mut history, day(0) + i as i64 * 15_000, true);
        assert_eq!(item, *expected, "new item {i}");
    }
    // The quota is used: extra practice, lowest box and longest unpractised first.
    assert_eq!(
        step(&mut model, &mut history, day(0) + 200_000, false),
        items[0]
    );
    // Not the item just seen, although it is now in box 1.
    assert_eq!(
        step(&mut model, &mut history, day(0) + 215_000, true),
        items[1]
    );
    // The wrong answer is retried.
    assert_eq!(
        step(&mut model, &mut history, day(0) + 230_000, false),
        items[0]
    );
    // Day 1: box 1 is due; box 2 and 3 are not, so then a new item.
    history.clear();
    assert_eq!(step(&mut model, &mut history, day(1), true), items[0]);
    assert_eq!(
        step(&mut model, &mut history, day(1) + 15_000, true),
        items[quota]
    );
    // Day 2: the box-2 items of day 0 are due, in order of last practice.
    history.clear();
    assert_eq!(step(&mut model, &mut history, day(2), true), items[2]);
    assert_eq!(
        step(&mut model, &mut history, day(2) + 15_000, true),
        items[3]
    );
}

#[test]
fn leitner_boxes_follow_the_streak_and_double_their_interval() {
    let leitner = Leitner::default();
    let state = |streak| SkillState {
        streak,
        attempts: 1,
        ..SkillState::default()
    };
    assert_eq!(leitner.box_of(&state(0)), 1);
    assert_eq!(leitner.box_of(&state(2)), 3);
    assert_eq!(leitner.box_of(&state(9)), 5);
    assert_eq!(
        (1..=5).map(Leitner::interval).collect::<Vec<_>>(),
        [1, 2, 4, 8, 16]
    );
}

#[test]
fn random_practice_draws_from_the_whole_pack() {
    let pack = sw_pack();
    let items = curriculum(&pack);
    let model = LearnerModel::default();
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    let mut seen = std::collections::HashSet::new();
    for _ in 0..3000 {
        let pick = RandomPolicy
            .choose(
                &Context {
                    pack: &pack,
                    model: &model,
                    bank: &ItemBank::default(),
                    history: &[],
                    session_length: 20,
                    now_ms: START,
                },
                &mut rng,
            )
            .unwrap();
        assert!(items.contains(&pick.item), "{pick:?}");
        seen.insert(pick.item);
    }
    assert!(
        seen.len() > items.len() * 9 / 10,
        "{} of {}",
        seen.len(),
        items.len()
    );
}

#[test]
fn baselines_keep_streaks_on_the_items_own_skill() {
    let pack = sw_pack();
    let mut model = LearnerModel::default();
    let word = ItemRef::Word(pack.word_index("mama").unwrap());
    for i in 0..STREAK {
        answer(
            &RandomPolicy,
            &pack,
            &mut model,
            word,
            true,
            START + i64::from(i),
        );
    }
    assert!(model.mastered("w:mama"));
    assert!(!model.skills.contains_key("g:m"), "parts are not touched");
    answer(&RandomPolicy, &pack, &mut model, word, false, START + 10);
    assert!(!model.mastered("w:mama"));
    assert_eq!(model.skill("w:mama").attempts, STREAK + 1);
    assert_eq!(rotated_kinds(word, 1)[0], ExerciseKind::WordToPicture);
}
