//! The baselines pick what their documentation says.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::*;
use crate::catalog::curriculum;
use crate::testing::sw_pack;
use crate::truth::DAY_MS;
use kusoma_core::exercise::ExerciseKind;
use kusoma_core::model::{ItemBank, SkillState};
use kusoma_core::policy::{Context, Turn, rotated_kinds};

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
fn fixed_order_teaches_unit_by_unit_with_review_blocks_of_earlier_units() {
    let pack = sw_pack();
    let fixed = FixedOrder::default();
    let sequence = fixed.sequence(&pack);
    let letters = |u: usize| -> Vec<ItemRef> {
        pack.units[u]
            .graphemes
            .iter()
            .map(|&g| ItemRef::Grapheme(g))
            .collect()
    };
    let words = |u: usize| -> Vec<ItemRef> {
        (0..pack.words.len())
            .filter(|&w| pack.words[w].unit == u)
            .map(ItemRef::Word)
            .collect()
    };
    let questions = |u: usize| {
        pack.sentences
            .iter()
            .filter(|s| s.unit == u && s.question.is_some())
            .count()
    };
    // The length: new letters four times, words twice, sentences once, plus review blocks.
    let review: usize = (0..pack.units.len())
        .map(|u| {
            fixed::REVIEW_DISTANCES
                .iter()
                .filter_map(|&d| u.checked_sub(d))
                .map(|r| letters(r).len() + usize::from(!words(r).is_empty()))
                .sum::<usize>()
        })
        .sum();
    let questions_total: usize = (0..pack.units.len()).map(questions).sum();
    assert_eq!(
        sequence.len(),
        4 * pack.graphemes.len() + 2 * pack.words.len() + questions_total + review
    );
    // Unit 1: no review; its letters interleaved four times, then its words twice.
    let a = ItemRef::Grapheme(pack.grapheme_index("a").unwrap());
    let m = ItemRef::Grapheme(pack.grapheme_index("m").unwrap());
    assert_eq!(&sequence[..8], &[a, m, a, m, a, m, a, m]);
    let unit0_words = words(0);
    let n = unit0_words.len();
    assert_eq!(&sequence[8..8 + n], unit0_words.as_slice());
    assert_eq!(&sequence[8 + n..8 + 2 * n], unit0_words.as_slice());
    // Unit 2 opens with a review of unit 1: its letters and its first word, then b i b i ….
    let at = 8 + 2 * n + questions(0);
    assert_eq!(&sequence[at..at + 3], &[a, m, unit0_words[0]]);
    assert_eq!(&sequence[at + 3..at + 5], letters(1).as_slice());
    // Unit 5's review looks back 1, 2 and 4 units (units 4, 3 and 1), each with its next word;
    // unit 1 has been reviewed twice before (before units 2 and 3), so its third word.
    let start5 = sequence
        .iter()
        .position(|i| *i == letters(4)[0])
        .map(|first_new| first_new - (letters(3).len() + letters(2).len() + letters(0).len() + 3))
        .unwrap();
    let mut expected = letters(3);
    expected.extend(letters(2));
    expected.extend(letters(0));
    expected.push(words(3)[0]);
    expected.push(words(2)[1 % words(2).len()]);
    expected.push(unit0_words[2 % n]);
    assert_eq!(
        &sequence[start5..start5 + expected.len()],
        expected.as_slice()
    );
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
fn leitner_introduces_letters_when_nothing_is_due_and_reads_words_of_known_units() {
    let pack = sw_pack();
    let leitner = Leitner::default();
    let letters: Vec<ItemRef> = pack
        .units
        .iter()
        .flat_map(|u| u.graphemes.iter().map(|&g| ItemRef::Grapheme(g)))
        .collect();
    let day = |d: i64| START + d * DAY_MS + 18 * 3_600_000;
    let mut model = LearnerModel::default();
    let mut history: Vec<Turn> = Vec::new();
    let step = |model: &mut LearnerModel, history: &mut Vec<Turn>, now, correct| {
        let item = choose(&leitner, &pack, model, history, now);
        answer(&leitner, &pack, model, item, correct, now);
        history.push(Turn { item, correct });
        item
    };
    let mut t = day(0);
    let mut next = || {
        t += 15_000;
        t
    };
    // Day 0: nothing is due, so new letters in curriculum order; a miss is retried after
    // another exercise.
    assert_eq!(step(&mut model, &mut history, next(), true), letters[0]);
    assert_eq!(step(&mut model, &mut history, next(), false), letters[1]);
    assert!(!leitner.unit_readable(&pack, &model, 0), "m is in box 1");
    assert_eq!(step(&mut model, &mut history, next(), true), letters[2]);
    assert_eq!(step(&mut model, &mut history, next(), true), letters[1]);
    assert!(leitner.unit_readable(&pack, &model, 0));
    for (i, letter) in letters.iter().enumerate().skip(3) {
        let got = step(&mut model, &mut history, next(), true);
        assert_eq!(got, *letter, "new letter {i}");
    }
    // Every letter is in box 2: reading practice, new words first in curriculum order.
    let first_word = ItemRef::Word(0);
    assert_eq!(pack.words[0].unit, 0);
    assert_eq!(step(&mut model, &mut history, next(), true), first_word);
    assert_eq!(
        step(&mut model, &mut history, next(), true),
        ItemRef::Word(1)
    );
    // Day 1: box 2 is not due yet, so reading goes on.
    history.clear();
    assert!(matches!(
        step(&mut model, &mut history, day(1), true),
        ItemRef::Word(_) | ItemRef::Sentence(_)
    ));
    // Day 2: box 2 is due, in order of last practice; a miss goes back to box 1.
    history.clear();
    assert_eq!(step(&mut model, &mut history, day(2), false), letters[0]);
    assert_eq!(
        step(&mut model, &mut history, day(2) + 15_000, true),
        letters[2]
    );
    for _ in 0..letters.len() + 2 {
        let now = day(2) + 30_000 + history.len() as i64 * 15_000;
        step(&mut model, &mut history, now, true);
    }
    let box_of = |item: ItemRef| leitner.box_of(&model.skill(item.key_str(&pack)));
    assert_eq!(box_of(letters[0]), 2, "missed, then right in the retry");
    assert_eq!(box_of(letters[2]), 3);
    // Day 3: letters[0] (box 2, last seen on day 2) is not due; nothing in box 3 is either.
    history.clear();
    assert!(matches!(
        step(&mut model, &mut history, day(3), true),
        ItemRef::Word(_) | ItemRef::Sentence(_)
    ));
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

#[test]
fn states_read_in_one_pass_equal_the_models_lookups() {
    let pack = sw_pack();
    let mut model = LearnerModel::default();
    let items = curriculum(&pack);
    for (n, &item) in items.iter().enumerate().step_by(7) {
        answer(
            &RandomPolicy,
            &pack,
            &mut model,
            item,
            n % 2 == 0,
            START + n as i64,
        );
    }
    model
        .skills
        .insert("g:not-in-the-pack".into(), SkillState::default());
    let keys = states::SortedKeys::default();
    for _ in 0..2 {
        let states = states::States::read(&keys, &pack, &model);
        for &item in &items {
            assert_eq!(
                states.get(item),
                model.skills.get(item.key_str(&pack)),
                "{item:?}"
            );
        }
    }
}
