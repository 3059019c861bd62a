//! Engine tests: knowledge tracing to mastery, memory after mastery, lapses, slow answers, and
//! the planner's order (reviews first for a returning learner, at most half the session,
//! interleaving, never the same item twice in a row).

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::*;
use crate::policy::Turn;
use crate::testing::sw_pack;

use crate::clock::DAY_MS as DAY;

fn answer(
    engine: &Engine,
    model: &mut LearnerModel,
    bank: &mut ItemBank,
    skills: &[String],
    correct: bool,
    ms: i64,
    now: i64,
) -> Vec<Observed> {
    let obs = Observation {
        item: &skills[0],
        kind: ExerciseKind::SoundToGrapheme,
        skills,
        correct,
        response_ms: ms,
        now_ms: now,
        choices: 3,
    };
    engine.observe(&sw_pack(), model, bank, &obs)
}

const HOUR: i64 = 3_600_000;

/// Masters `skill` the quickest way the engine allows: four right answers in one sitting from
/// `start`, then one in the next sitting 13 h later.
fn master(
    engine: &Engine,
    model: &mut LearnerModel,
    bank: &mut ItemBank,
    skill: &[String],
    start: i64,
) {
    for i in 0..4 {
        answer(engine, model, bank, skill, true, 2000, start + i * 60_000);
    }
    answer(engine, model, bank, skill, true, 2000, start + 13 * HOUR);
}

#[test]
fn right_answers_in_one_sitting_do_not_master_a_grapheme_but_a_later_sitting_does() {
    let engine = Engine::default();
    let (mut model, mut bank) = (LearnerModel::default(), ItemBank::default());
    let skill = vec!["g:m".to_owned()];
    for i in 0..8 {
        let observed = answer(
            &engine,
            &mut model,
            &mut bank,
            &skill,
            true,
            2000,
            i * 60_000,
        );
        assert!(!observed[0].newly_mastered, "answer {i} of one sitting");
    }
    let state = model.skill("g:m");
    assert!(state.p_learned >= 0.95 && state.correct >= 3 && !state.mastered);
    assert!(state.memory.is_none());
    let observed = answer(
        &engine,
        &mut model,
        &mut bank,
        &skill,
        true,
        2000,
        13 * HOUR,
    );
    assert!(observed[0].newly_mastered, "the second sitting masters it");
    let state = model.skill("g:m");
    assert!(state.mastered && !state.confirmed && state.sittings == 2);
    assert!(state.memory.is_some(), "mastery starts a memory");
    assert!(model.ability.value > 0.0 && bank.get("g:m", "sound-to-grapheme").value < 0.0);
    // Confirmed by the delayed checks: the next day and a week later.
    answer(&engine, &mut model, &mut bank, &skill, true, 2000, 2 * DAY);
    assert!(!model.confirmed("g:m"));
    answer(&engine, &mut model, &mut bank, &skill, true, 2000, 8 * DAY);
    assert!(model.confirmed("g:m"), "{:?}", model.skill("g:m"));
}

#[test]
fn a_lapse_reopens_the_skill_and_counts_in_memory() {
    let engine = Engine::default();
    let (mut model, mut bank) = (LearnerModel::default(), ItemBank::default());
    let skill = vec!["g:m".to_owned()];
    master(&engine, &mut model, &mut bank, &skill, 0);
    assert!(model.mastered("g:m"));
    answer(
        &engine,
        &mut model,
        &mut bank,
        &skill,
        false,
        2000,
        10 * DAY,
    );
    let state = model.skill("g:m");
    assert!(!state.mastered && state.p_learned < 0.95, "{state:?}");
    assert_eq!(state.memory.map(|m| m.lapses), Some(1));
}

#[test]
fn a_slow_right_answer_is_a_hard_review() {
    let engine = Engine::default();
    let skill = vec!["g:m".to_owned()];
    let reviewed = |ms: i64| {
        let (mut model, mut bank) = (LearnerModel::default(), ItemBank::default());
        master(&engine, &mut model, &mut bank, &skill, 0);
        answer(&engine, &mut model, &mut bank, &skill, true, ms, 5 * DAY);
        model.skill("g:m").memory.unwrap()
    };
    let (quick, slow) = (reviewed(2_000), reviewed(30_000));
    assert!(
        slow.stability < quick.stability && slow.difficulty > quick.difficulty,
        "{slow:?} {quick:?}"
    );
}

#[test]
fn a_word_is_evidence_about_its_letters_not_a_review_of_each() {
    let engine = Engine::default();
    let (mut model, mut bank) = (LearnerModel::default(), ItemBank::default());
    let (m, a) = (vec!["g:m".to_owned()], vec!["g:a".to_owned()]);
    master(&engine, &mut model, &mut bank, &m, 0);
    master(&engine, &mut model, &mut bank, &a, 0);
    // `a` is the weaker memory: reviewed hard just now, `m` well.
    answer(&engine, &mut model, &mut bank, &m, true, 2000, 3 * DAY);
    let before = model.clone();
    let word = vec!["w:mama".to_owned(), "g:m".to_owned(), "g:a".to_owned()];
    answer(
        &engine,
        &mut model,
        &mut bank,
        &word,
        true,
        2000,
        3 * DAY + 60_000,
    );
    let (m_before, a_before) = (before.skill("g:m"), before.skill("g:a"));
    let (m_after, a_after) = (model.skill("g:m"), model.skill("g:a"));
    assert_eq!(
        m_after.memory, m_before.memory,
        "the stronger letter's memory is untouched"
    );
    assert_ne!(
        a_after.memory, a_before.memory,
        "the weakest letter gets a (hard) review"
    );
    assert!(
        a_after.memory.unwrap().stability
            < engine
                .fsrs()
                .review(a_before.memory, Rating::Good, 3 * DAY + 60_000)
                .stability,
        "a word's review counts less than a direct right answer"
    );
    assert_eq!(
        m_after.attempts, m_before.attempts,
        "only the word's own skill counts attempts"
    );

    // A wrong word blames the letter least likely known; no letter's stage or memory changes.
    let (mut fresh, mut bank) = (LearnerModel::default(), ItemBank::default());
    master(&engine, &mut fresh, &mut bank, &m, 0);
    let word = vec!["w:mama".to_owned(), "g:m".to_owned(), "g:x".to_owned()];
    answer(&engine, &mut fresh, &mut bank, &word, false, 2000, DAY);
    let (m_after, x_after) = (fresh.skill("g:m"), fresh.skill("g:x"));
    assert!(
        m_after.mastered,
        "a word cannot reopen a letter; a direct check decides"
    );
    assert!(m_after.p_learned > 0.8, "{m_after:?}");
    assert!(
        x_after.p_learned < BktParams::GRAPHEME.transition(BktParams::GRAPHEME.prior),
        "the unknown letter is blamed: {x_after:?}"
    );
}

/// A learner who has mastered every grapheme of the first `units` units, `days_ago` (its second
/// sitting then).
fn returning_learner(engine: &Engine, units: usize, days_ago: i64) -> (LearnerModel, ItemBank) {
    let pack = sw_pack();
    let (mut model, mut bank) = (LearnerModel::default(), ItemBank::default());
    for u in 0..units {
        for &g in &pack.units[u].graphemes {
            let skill = vec![ItemRef::Grapheme(g).key(&pack)];
            master(
                engine,
                &mut model,
                &mut bank,
                &skill,
                -days_ago * DAY - 13 * HOUR,
            );
        }
    }
    (model, bank)
}

fn plan(
    engine: &Engine,
    model: &LearnerModel,
    bank: &ItemBank,
    length: usize,
    now: i64,
) -> Vec<ItemRef> {
    let pack = sw_pack();
    let mut history: Vec<Turn> = Vec::new();
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    for _ in 0..length {
        let ctx = Context {
            pack: &pack,
            model,
            bank,
            history: &history,
            session_length: length,
            now_ms: now,
        };
        let pick = engine.choose(&ctx, &mut rng).unwrap();
        history.push(Turn {
            item: pick.item,
            correct: true,
        });
    }
    history.iter().map(|t| t.item).collect()
}

#[test]
fn a_returning_learner_gets_due_reviews_first_but_at_most_half_the_session() {
    let engine = Engine::default();
    let pack = sw_pack();
    let (model, bank) = returning_learner(&engine, 3, 40);
    let items = plan(&engine, &model, &bank, 10, 0);
    let is_review = |i: &ItemRef| {
        model
            .skills
            .get(&i.key(&pack))
            .is_some_and(|s| s.memory.is_some())
    };
    assert!(
        is_review(&items[0]),
        "the first exercise is a due review: {items:?}"
    );
    let reviews = items.iter().filter(|i| is_review(i)).count();
    assert!(
        (1..=5).contains(&reviews),
        "{reviews} reviews in 10: {items:?}"
    );
    assert!(
        items[5..].iter().any(|i| !is_review(i)),
        "new material follows"
    );
    // Nothing is due the day after mastery: the session is all new material.
    let (fresh, bank) = returning_learner(&engine, 3, 0);
    let items = plan(&engine, &fresh, &bank, 6, 60_000);
    assert!(
        items.iter().all(|i| fresh
            .skills
            .get(&i.key(&pack))
            .is_none_or(|s| s.memory.is_none())),
        "{items:?}"
    );
}

#[test]
fn new_material_interleaves_skills_and_never_repeats_an_item_back_to_back() {
    let engine = Engine::default();
    let pack = sw_pack();
    let items = plan(
        &engine,
        &LearnerModel::default(),
        &ItemBank::default(),
        12,
        0,
    );
    for pair in items.windows(2) {
        assert_ne!(pair[0], pair[1], "{items:?}");
    }
    let distinct: std::collections::BTreeSet<_> = items.iter().collect();
    assert!(
        (2..=6).contains(&distinct.len()),
        "interleaves a few skills: {items:?}"
    );
    assert!(
        items.iter().all(|i| i.unit(&pack) == 0),
        "starts in the first unit: {items:?}"
    );
}

#[test]
fn the_target_picks_the_kind_nearest_the_predicted_success() {
    let low = Engine::new(EngineConfig::with_target(0.7));
    let high = Engine::new(EngineConfig::with_target(0.95));
    assert_eq!(
        high.config.target_success, 0.9,
        "the target is kept within 0.7–0.9"
    );
    let pack = sw_pack();
    let (model, bank) = returning_learner(&low, 2, 0);
    let word = ItemRef::Word(pack.index.unit_words[1][0]);
    let ctx = Context {
        pack: &pack,
        model: &model,
        bank: &bank,
        history: &[],
        session_length: 10,
        now_ms: DAY / 2,
    };
    let kinds = planner_pick_for_tests(&low, &ctx, word);
    assert_eq!(kinds.len(), 3);
    let p = |k: ExerciseKind| {
        low.predict_at(
            &pack,
            &model,
            &bank,
            &word.key(&pack),
            k,
            guess_choices(k, 3),
            DAY / 2,
        )
    };
    assert!((p(kinds[0]) - 0.7).abs() <= (p(kinds[2]) - 0.7).abs());
}

/// Right answers to `g:m` until it is mastered (at most `max`): two in a first sitting, the
/// rest in a second.
fn right_answers_to_mastery(engine: &Engine, pack: &Pack, max: i64) -> Option<i64> {
    let mut model = LearnerModel::default();
    let skill = vec!["g:m".to_owned()];
    (1..=max).find(|&i| {
        let now = if i < 3 {
            i * 60_000
        } else {
            13 * HOUR + i * 60_000
        };
        let obs = Observation {
            item: &skill[0],
            kind: ExerciseKind::SoundToGrapheme,
            skills: &skill,
            correct: true,
            response_ms: 2000,
            now_ms: now,
            choices: 3,
        };
        engine.observe(pack, &mut model, &mut ItemBank::default(), &obs)[0].newly_mastered
    })
}

#[test]
fn a_packs_parameters_override_the_defaults_for_its_kind_only() {
    let engine = Engine::default();
    let mut pack = (*sw_pack()).clone();
    pack.manifest.bkt[0] = crate::pack::BktOverride {
        learn: Some(0.5),
        ..Default::default()
    };
    assert_eq!(
        engine.params(&pack, "g:m"),
        BktParams {
            learn: 0.5,
            ..BktParams::GRAPHEME
        }
    );
    assert_eq!(engine.params(&pack, "w:mama"), BktParams::WORD);
    // Two right answers in a first sitting, the third in a second: with learn 0.5, P(learned)
    // is past mastery by then, so the minimum of three right answers decides.
    let answers = right_answers_to_mastery(&engine, &pack, 6);
    assert_eq!(answers, Some(3), "learn 0.5: mastered at the minimum of 3");
    let default_answers = right_answers_to_mastery(&Engine::default(), &sw_pack(), 8);
    assert!(
        default_answers > answers,
        "the defaults take longer: {default_answers:?}"
    );
}

#[test]
fn letters_practised_only_through_words_come_back_for_direct_reviews() {
    let engine = Engine::default();
    let pack = sw_pack();
    let (mut model, mut bank) = (LearnerModel::default(), ItemBank::default());
    let word = ItemRef::Word(pack.index.unit_words[0][0]);
    let skills = word.skills(&pack);
    for letter in &skills[1..] {
        master(
            &engine,
            &mut model,
            &mut bank,
            std::slice::from_ref(letter),
            0,
        );
    }
    // Three weeks of that word answered right every day, and never a letter on its own.
    for day in 1..=21 {
        answer(
            &engine,
            &mut model,
            &mut bank,
            &skills,
            true,
            2000,
            day * DAY,
        );
    }
    let items = plan(&engine, &model, &bank, 4, 22 * DAY);
    assert!(
        items
            .iter()
            .any(|i| matches!(i, ItemRef::Grapheme(_)) && skills[1..].contains(&i.key(&pack))),
        "the word's letters are due for a direct review: {items:?}"
    );
}

#[test]
fn reading_practice_goes_to_the_word_of_the_letter_least_known() {
    let engine = Engine::default();
    let pack = sw_pack();
    let last = pack.units.len() - 1;
    let (mut model, bank) = returning_learner(&engine, pack.units.len(), 0);
    // Every letter is mastered and nothing is due, so every exercise is reading practice; one
    // letter of the last unit is known a little less surely than the others.
    let word = pack.index.unit_words[last][0];
    let weak = pack.words[word]
        .graphemes
        .iter()
        .copied()
        .find(|&g| pack.graphemes[g].unit == last)
        .expect("a unit's word reads one of its letters");
    let weak_key = ItemRef::Grapheme(weak).key(&pack);
    model.skills.get_mut(&weak_key).unwrap().p_learned = 0.96;
    let reads = |item: &ItemRef| match *item {
        ItemRef::Word(w) => pack.words[w].graphemes.contains(&weak),
        ItemRef::Sentence(s) => pack.sentences[s]
            .words
            .iter()
            .any(|&w| pack.words[w].graphemes.contains(&weak)),
        ItemRef::Grapheme(_) => false,
    };
    let items = plan(&engine, &model, &bank, 3, 60_000);
    assert!(
        items.iter().all(|i| !matches!(i, ItemRef::Grapheme(_))),
        "{items:?}"
    );
    assert!(
        reads(&items[0]),
        "the first reading practises {weak_key}: {items:?}"
    );
}

#[test]
fn the_unit_being_learned_offers_a_different_word_each_time() {
    let engine = Engine::default();
    let pack = sw_pack();
    let (mut model, mut bank) = (LearnerModel::default(), ItemBank::default());
    let mut rng = ChaCha8Rng::seed_from_u64(9);
    let mut history: Vec<Turn> = Vec::new();
    // One session of 20, every answer right, the model updated after each as a session does.
    for n in 0..20 {
        let now = n * 20_000;
        let ctx = Context {
            pack: &pack,
            model: &model,
            bank: &bank,
            history: &history,
            session_length: 20,
            now_ms: now,
        };
        let pick = engine.choose(&ctx, &mut rng).unwrap();
        let skills = pick.item.skills(&pack);
        let obs = Observation {
            item: &skills[0],
            kind: pick.kinds[0],
            skills: &skills,
            correct: true,
            response_ms: 2000,
            now_ms: now,
            choices: 3,
        };
        engine.observe(&pack, &mut model, &mut bank, &obs);
        history.push(Turn {
            item: pick.item,
            correct: true,
        });
    }
    let words: std::collections::BTreeSet<ItemRef> = history
        .iter()
        .map(|t| t.item)
        .filter(|i| !matches!(i, ItemRef::Grapheme(_)))
        .collect();
    let times = history
        .iter()
        .filter(|t| !matches!(t.item, ItemRef::Grapheme(_)))
        .count();
    assert!(
        words.len() >= 2 && words.len() * 2 >= times,
        "{times} readings of {} words: {words:?}",
        words.len()
    );
}
