//! Each truth model behaves as its documentation says.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::*;
use crate::exercise::ExerciseKind;
use crate::sim::catalog::Catalog;
use crate::testing::sw_pack;

const START: i64 = 1_704_067_200_000;

fn catalog() -> Catalog {
    Catalog::new(&sw_pack())
}

fn grapheme(catalog: &Catalog, id: &str) -> usize {
    catalog.index(&format!("g:{id}")).unwrap()
}

/// Practises one item once a day (four times in a row each day) until its skill is truly
/// mastered the next morning; returns the practices it took (at most `cap`).
fn practices_to_master(model: TruthModel, kind: LearnerKind, item: usize, cap: usize) -> usize {
    let catalog = catalog();
    let mut learner = model.learner(&catalog, &Profile::plain(kind), START);
    let mut rng = ChaCha8Rng::seed_from_u64(7);
    let facts = catalog.skills[item].clone();
    let mut done = 0;
    for day in 0.. {
        let morning = START + day * DAY_MS;
        learner.pass_time(morning, &mut rng);
        if learner.mastered(&catalog, item, morning) || done >= cap {
            return done;
        }
        for i in 0..4 {
            let now = morning + i * 15_000;
            let p = learner.p_correct(
                &catalog,
                &facts,
                ExerciseKind::SoundToGrapheme,
                1.0 / 3.0,
                now,
            );
            learner.practise(&catalog, &facts, rng.random_bool(p), now, &mut rng);
            done += 1;
        }
    }
    unreachable!()
}

#[test]
fn fast_learners_master_sooner_than_slow_ones_in_every_model() {
    let catalog = catalog();
    let m = grapheme(&catalog, "m");
    for model in TruthModel::ALL {
        // BKT is random: average over several letters' worth of seeds by using several items.
        let (fast, slow): (usize, usize) = if model == TruthModel::Bkt {
            let items: Vec<usize> = catalog.unit_graphemes.iter().flatten().copied().collect();
            (
                items
                    .iter()
                    .map(|&g| practices_to_master(model, LearnerKind::Fast, g, 400))
                    .sum(),
                items
                    .iter()
                    .map(|&g| practices_to_master(model, LearnerKind::Slow, g, 400))
                    .sum(),
            )
        } else {
            (
                practices_to_master(model, LearnerKind::Fast, m, 400),
                practices_to_master(model, LearnerKind::Slow, m, 400),
            )
        };
        assert!(fast < slow, "{model:?}: fast {fast}, slow {slow}");
        assert!(fast > 0, "{model:?}: nothing is known before practice");
    }
}

#[test]
fn an_unknown_item_is_answered_at_the_guess_rate() {
    let catalog = catalog();
    let facts = &catalog.skills[grapheme(&catalog, "b")];
    for model in TruthModel::ALL {
        let learner = model.learner(&catalog, &Profile::plain(LearnerKind::Fast), START);
        let p = learner.p_correct(&catalog, facts, ExerciseKind::SoundToGrapheme, 0.25, START);
        assert!((0.25..0.30).contains(&p), "{model:?}: {p}");
        assert!(!learner.mastered(&catalog, facts.skills[0], START));
    }
}

#[test]
fn letters_known_beforehand_are_mastered_from_the_start() {
    let catalog = catalog();
    let a = grapheme(&catalog, "a");
    let profile = Profile {
        prior: vec![a],
        ..Profile::plain(LearnerKind::Slow)
    };
    for model in TruthModel::ALL {
        let learner = model.learner(&catalog, &profile, START);
        assert!(learner.mastered(&catalog, a, START), "{model:?}");
        assert!(
            !learner.mastered(&catalog, grapheme(&catalog, "m"), START),
            "{model:?}"
        );
    }
}

#[test]
fn a_word_needs_its_letters() {
    let catalog = catalog();
    let pack = sw_pack();
    let mama = catalog.index("w:mama").unwrap();
    let facts = catalog.skills[mama].clone();
    assert_eq!(facts.parts().len(), 2, "m and a");
    let mut rng = ChaCha8Rng::seed_from_u64(3);
    // BKT: the word learned but not its letters is not enough.
    let mut bkt = bkt::BktLearner::new(&catalog, &Profile::plain(LearnerKind::Fast), START);
    while !bkt.learned(mama) {
        // Practise the word until its own skill flips; its letters may flip too.
        bkt.practise(&catalog, &facts, true, START, &mut rng);
    }
    let letters = facts.parts().iter().all(|&g| bkt.learned(g));
    assert_eq!(bkt.mastered(&catalog, mama, START), letters);
    // Memory: the word's recall is capped by its weakest letter's.
    let mut memory =
        memory::MemoryLearner::new(&catalog, &Profile::plain(LearnerKind::Average), START);
    memory.practise(&catalog, &facts, true, START, &mut rng);
    let later = START + DAY_MS;
    let word = memory.item_recall(&catalog, mama, later);
    let weakest = facts
        .parts()
        .iter()
        .map(|&g| memory.recall(g, later))
        .fold(1.0, f64::min);
    assert!(word <= weakest + 1e-12, "{word} vs {weakest}");
    // Logistic: known letters help read a word never practised.
    let profile = Profile {
        prior: facts.parts().to_vec(),
        ..Profile::plain(LearnerKind::Average)
    };
    let knows_letters = logistic::LogisticLearner::new(&catalog, &profile, START);
    let knows_nothing =
        logistic::LogisticLearner::new(&catalog, &Profile::plain(LearnerKind::Average), START);
    let kind = ExerciseKind::WordToWritten;
    assert!(
        knows_letters.know(&catalog, &facts, kind, START)
            > knows_nothing.know(&catalog, &facts, kind, START) + 0.2
    );
    assert!(pack.word_index("mama").is_some());
}

#[test]
fn memory_decays_without_practice_and_spacing_strengthens_it_more() {
    let catalog = catalog();
    let m = grapheme(&catalog, "m");
    let facts = catalog.skills[m].clone();
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let profile = Profile::plain(LearnerKind::Average);

    let mut learner = memory::MemoryLearner::new(&catalog, &profile, START);
    learner.practise(&catalog, &facts, true, START, &mut rng);
    let soon = learner.recall(m, START + 60_000);
    let day = learner.recall(m, START + DAY_MS);
    let week = learner.recall(m, START + 7 * DAY_MS);
    assert!(
        soon > 0.99 && day < soon && week < day && week < 0.01,
        "{soon} {day} {week}"
    );

    // Four practices: massed in a minute, or one a day.
    let mut massed = memory::MemoryLearner::new(&catalog, &profile, START);
    let mut spaced = memory::MemoryLearner::new(&catalog, &profile, START);
    for i in 0..4 {
        massed.practise(&catalog, &facts, true, START + i * 15_000, &mut rng);
        spaced.practise(&catalog, &facts, true, START + i * DAY_MS, &mut rng);
    }
    assert!(spaced.strength(m) > 2.0 * massed.strength(m));

    // A wrong answer strengthens less than a right one.
    let mut right = memory::MemoryLearner::new(&catalog, &profile, START);
    let mut wrong = memory::MemoryLearner::new(&catalog, &profile, START);
    right.practise(&catalog, &facts, true, START, &mut rng);
    wrong.practise(&catalog, &facts, true, START, &mut rng);
    right.practise(&catalog, &facts, true, START + DAY_MS, &mut rng);
    wrong.practise(&catalog, &facts, false, START + DAY_MS, &mut rng);
    assert!(right.strength(m) > wrong.strength(m));
    assert!(wrong.strength(m) > learner.strength(m), "still some gain");
}

#[test]
fn mastery_under_the_memory_model_ignores_what_was_just_seen() {
    let catalog = catalog();
    let m = grapheme(&catalog, "m");
    let facts = catalog.skills[m].clone();
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let mut learner =
        memory::MemoryLearner::new(&catalog, &Profile::plain(LearnerKind::Fast), START);
    learner.practise(&catalog, &facts, true, START, &mut rng);
    let now = START + 15_000;
    assert!(learner.know(&catalog, &facts, ExerciseKind::SoundToGrapheme, now) > 0.99);
    assert!(
        !learner.mastered(&catalog, m, now),
        "one look is not mastery"
    );
}

#[test]
fn forgetful_learners_unlearn_between_days_under_bkt() {
    let catalog = catalog();
    let letters: Vec<usize> = catalog.unit_graphemes.iter().flatten().copied().collect();
    let profile = |kind| Profile {
        prior: letters.clone(),
        ..Profile::plain(kind)
    };
    let mut rng = ChaCha8Rng::seed_from_u64(5);
    let mut forgetful = bkt::BktLearner::new(&catalog, &profile(LearnerKind::Forgetful), START);
    let mut average = bkt::BktLearner::new(&catalog, &profile(LearnerKind::Average), START);
    let later = START + 60 * DAY_MS;
    forgetful.pass_time(later, &mut rng);
    average.pass_time(later, &mut rng);
    let kept = |l: &bkt::BktLearner| letters.iter().filter(|&&g| l.learned(g)).count();
    assert_eq!(kept(&average), letters.len());
    // 0.97^60 ≈ 16 % kept.
    assert!(kept(&forgetful) < letters.len() / 2, "{}", kept(&forgetful));
}

#[test]
fn logistic_levels_rise_with_practice_and_sink_with_time_but_not_below_the_start() {
    let catalog = catalog();
    let m = grapheme(&catalog, "m");
    let facts = catalog.skills[m].clone();
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let mut learner =
        logistic::LogisticLearner::new(&catalog, &Profile::plain(LearnerKind::Forgetful), START);
    for _ in 0..10 {
        learner.practise(&catalog, &facts, false, START, &mut rng);
    }
    let practised = learner.level(m);
    assert!((practised - (logistic::START_LEVEL + 10.0 * learner.rate)).abs() < 1e-9);
    learner.pass_time(START + 10 * DAY_MS, &mut rng);
    assert!((learner.level(m) - (practised - 10.0 * learner.decay_per_day)).abs() < 1e-9);
    learner.pass_time(START + 1000 * DAY_MS, &mut rng);
    assert_eq!(learner.level(m), logistic::START_LEVEL);
    // Harder kinds are harder.
    let mut learner =
        logistic::LogisticLearner::new(&catalog, &Profile::plain(LearnerKind::Average), START);
    let word = catalog.skills[catalog.index("w:mama").unwrap()].clone();
    for _ in 0..8 {
        learner.practise(&catalog, &word, true, START, &mut rng);
    }
    let easy = learner.know(&catalog, &word, ExerciseKind::WordToWritten, START);
    let hard = learner.know(&catalog, &word, ExerciseKind::BuildWord, START);
    assert!(easy > hard);
}

#[test]
fn profiles_are_drawn_deterministically_in_the_documented_shares() {
    let catalog = catalog();
    let a = Profile::draw(&catalog, 9, 17);
    assert_eq!(a, Profile::draw(&catalog, 9, 17));
    let profiles: Vec<Profile> = (0..2000).map(|l| Profile::draw(&catalog, 1, l)).collect();
    for (kind, share) in LearnerKind::SHARES {
        let got = profiles.iter().filter(|p| p.kind == kind).count() as f64 / 2000.0;
        assert!((got - share).abs() < 0.04, "{}: {got}", kind.name());
    }
    let with_prior = profiles.iter().filter(|p| !p.prior.is_empty()).count() as f64 / 2000.0;
    assert!((with_prior - PRIOR_SHARE).abs() < 0.05, "{with_prior}");
    let early: Vec<usize> = catalog.unit_graphemes[..PRIOR_UNITS]
        .iter()
        .flatten()
        .copied()
        .collect();
    assert!(
        profiles
            .iter()
            .flat_map(|p| &p.prior)
            .all(|g| early.contains(g))
    );
}

#[test]
fn the_memory_models_documented_examples_hold() {
    let catalog = catalog();
    let m = grapheme(&catalog, "m");
    let facts = catalog.skills[m].clone();
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let profile = Profile::plain(LearnerKind::Average);
    // Four times in one sitting: recalled about a third of the time the next day.
    let mut learner = memory::MemoryLearner::new(&catalog, &profile, START);
    for i in 0..4 {
        learner.practise(&catalog, &facts, true, START + i * 30_000, &mut rng);
    }
    let next_day = learner.recall(m, START + DAY_MS);
    assert!((0.25..0.45).contains(&next_day), "{next_day}");
    // One review on each of the next three days: mastered after the third (recall a day later
    // ≥ 0.9), though not yet from one day to the next.
    for day in 1..=3 {
        learner.practise(&catalog, &facts, true, START + day * DAY_MS, &mut rng);
    }
    assert!(learner.mastered(&catalog, m, START + 3 * DAY_MS + 60_000));
    assert!(!learner.mastered(&catalog, m, START + 4 * DAY_MS));
    // After five daily reviews it holds the next morning.
    for day in 4..=5 {
        learner.practise(&catalog, &facts, true, START + day * DAY_MS, &mut rng);
    }
    assert!(learner.mastered(&catalog, m, START + 6 * DAY_MS));
    // Practised every day for two months: still mastered a month later.
    for day in 6..60 {
        learner.practise(&catalog, &facts, true, START + day * DAY_MS, &mut rng);
    }
    assert!(learner.mastered(&catalog, m, START + 90 * DAY_MS));
    // Massed practice alone: not mastered the next day, however many repetitions.
    let mut massed = memory::MemoryLearner::new(&catalog, &profile, START);
    for i in 0..40 {
        massed.practise(&catalog, &facts, true, START + i * 15_000, &mut rng);
    }
    assert!(!massed.mastered(&catalog, m, START + 20 * 60_000));
}
