//! Each truth model behaves as its documentation says.

use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

use super::*;
use crate::catalog::Catalog;
use crate::testing::sw_pack;
use kusoma_core::exercise::ExerciseKind;

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

/// Practises `skill` at each of `times` (right answers) on a fresh average learner under ACT-R.
fn actr_after(
    catalog: &Catalog,
    kind: LearnerKind,
    skill: usize,
    times: &[i64],
) -> actr::ActrLearner {
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let facts = catalog.skills[skill].clone();
    let mut learner = actr::ActrLearner::new(catalog, &Profile::plain(kind), START);
    for &t in times {
        learner.practise(catalog, &facts, true, t, &mut rng);
    }
    learner
}

#[test]
fn actr_memory_fades_with_time_and_spacing_beats_massing() {
    let catalog = catalog();
    let m = grapheme(&catalog, "m");
    let once = actr_after(&catalog, LearnerKind::Average, m, &[START]);
    let minute = once.recall(m, START + 60_000);
    let day = once.recall(m, START + DAY_MS);
    let week = once.recall(m, START + 7 * DAY_MS);
    assert!(minute > day && day > week, "{minute} {day} {week}");
    // The same four practices, massed in a minute or one a day: a week after the last one,
    // the spaced letter is recalled far better.
    let massed: Vec<i64> = (0..4).map(|i| START + i * 15_000).collect();
    let spaced: Vec<i64> = (0..4).map(|i| START + i * DAY_MS).collect();
    let massed = actr_after(&catalog, LearnerKind::Average, m, &massed);
    let spaced = actr_after(&catalog, LearnerKind::Average, m, &spaced);
    let test = START + 10 * DAY_MS;
    assert!(
        spaced.recall(m, test) > 2.0 * massed.recall(m, test),
        "{} vs {}",
        spaced.recall(m, test),
        massed.recall(m, test)
    );
    // Right after the massed practice, it is the massed letter that is recalled better.
    assert!(massed.recall(m, START + 60_000) > spaced.recall(m, START + 60_000));
}

#[test]
fn actr_traces_laid_on_a_strong_memory_decay_faster() {
    let catalog = catalog();
    let m = grapheme(&catalog, "m");
    let learner = actr_after(&catalog, LearnerKind::Average, m, &[START]);
    let strong = learner.activation(m, START + 15_000).unwrap();
    let weak = learner.activation(m, START + 3 * DAY_MS).unwrap();
    assert!(strong > weak);
    let decay = |m: f64| actr::DECAY_SCALE * m.exp() + actr::DECAY_INTERCEPT;
    assert!(decay(strong) > decay(weak));
    // Recall follows the logistic of activation around the threshold.
    assert!((actr::recall_of(actr::THRESHOLD) - 0.5).abs() < 1e-12);
    // Psychological time: the first hour in full, the rest at rate h.
    assert_eq!(actr::psychological_age(30_000), 30.0);
    let day = actr::psychological_age(DAY_MS);
    assert!((day - (3600.0 + actr::BETWEEN_SESSIONS * 23.0 * 3600.0)).abs() < 1e-9);
}

#[test]
fn the_actr_models_documented_examples_hold() {
    let catalog = catalog();
    let m = grapheme(&catalog, "m");
    let once = actr_after(&catalog, LearnerKind::Average, m, &[START]);
    let minute = once.recall(m, START + 60_000);
    assert!((0.4..0.6).contains(&minute), "{minute}");
    let next_day = once.recall(m, START + DAY_MS);
    assert!((0.02..0.07).contains(&next_day), "{next_day}");
    let sitting: Vec<i64> = (0..4).map(|i| START + i * 15_000).collect();
    let four = actr_after(&catalog, LearnerKind::Average, m, &sitting);
    let next_day = four.recall(m, START + DAY_MS);
    assert!((0.15..0.35).contains(&next_day), "{next_day}");
    // Four times a day: truly mastered after about five days.
    let daily = |days: i64| -> Vec<i64> {
        (0..days)
            .flat_map(|d| (0..4).map(move |i| START + d * DAY_MS + i * 15_000))
            .collect()
    };
    let days_to_master = (1..30)
        .find(|&d| {
            let learner = actr_after(&catalog, LearnerKind::Average, m, &daily(d));
            learner.mastered(&catalog, m, START + d * DAY_MS)
        })
        .unwrap();
    assert!((6..=10).contains(&days_to_master), "{days_to_master}");
    // Massed practice alone never reaches mastery.
    let massed: Vec<i64> = (0..60).map(|i| START + i * 15_000).collect();
    let massed = actr_after(&catalog, LearnerKind::Average, m, &massed);
    assert!(!massed.mastered(&catalog, m, START + 16 * 60_000));
}

#[test]
fn actr_learners_differ_by_kind_and_letters_known_beforehand_last() {
    let catalog = catalog();
    let m = grapheme(&catalog, "m");
    let times: Vec<i64> = (0..5).map(|d| START + d * DAY_MS).collect();
    let test = START + 8 * DAY_MS;
    let recall = |kind| actr_after(&catalog, kind, m, &times).recall(m, test);
    let (fast, average, slow, forgetful) = (
        recall(LearnerKind::Fast),
        recall(LearnerKind::Average),
        recall(LearnerKind::Slow),
        recall(LearnerKind::Forgetful),
    );
    assert!(fast > average && average > slow, "{fast} {average} {slow}");
    assert!(forgetful < average, "{forgetful} {average}");
    // A faster pace acts like more practice.
    let quick = Profile {
        pace: 1.3,
        ..Profile::plain(LearnerKind::Average)
    };
    assert!(actr::ActrLearner::new(&catalog, &quick, START).offset > 0.2);
    // A letter known beforehand stays known without practice, even for a slow learner.
    let a = grapheme(&catalog, "a");
    let profile = Profile {
        prior: vec![a],
        ..Profile::plain(LearnerKind::Slow)
    };
    let learner = actr::ActrLearner::new(&catalog, &profile, START);
    assert!(learner.mastered(&catalog, a, START + 90 * DAY_MS));
    assert!(!learner.mastered(&catalog, m, START));
    assert_eq!(learner.recall(m, START), 0.0, "never seen");
}

#[test]
fn actr_words_need_their_letters_and_mastered_all_agrees_with_mastered() {
    let catalog = catalog();
    let mama = catalog.index("w:mama").unwrap();
    let facts = catalog.skills[mama].clone();
    let mut rng = ChaCha8Rng::seed_from_u64(2);
    let mut learner = actr::ActrLearner::new(&catalog, &Profile::plain(LearnerKind::Fast), START);
    for d in 0..20 {
        for i in 0..4 {
            let now = START + d * DAY_MS + i * 15_000;
            learner.practise(&catalog, &facts, i % 3 != 0, now, &mut rng);
        }
    }
    let later = START + 21 * DAY_MS;
    let word = learner.item_recall(&catalog, mama, later);
    let weakest = facts
        .parts()
        .iter()
        .map(|&g| learner.recall(g, later))
        .fold(1.0, f64::min);
    assert!(word <= weakest + 1e-12, "{word} vs {weakest}");
    assert_eq!(
        learner.practices(facts.parts()[0]),
        80,
        "each word practice uses its letters"
    );
    let all = learner.mastered_all(&catalog, later);
    for (s, &mastered) in all.iter().enumerate() {
        assert_eq!(
            mastered,
            learner.mastered(&catalog, s, later),
            "{}",
            catalog.skills[s].key
        );
    }
    assert!(all[mama], "twenty days of practice master the word");
}

#[test]
fn actr_slot_sums_stay_within_a_fraction_of_a_percent_and_ignore_query_order() {
    let catalog = catalog();
    let m = grapheme(&catalog, "m");
    let facts = catalog.skills[m].clone();
    let mut rng = ChaCha8Rng::seed_from_u64(4);
    let mut a = actr::ActrLearner::new(&catalog, &Profile::plain(LearnerKind::Average), START);
    let mut b = a.clone();
    let session = |d: i64| START + d * DAY_MS + 18 * 3_600_000;
    for d in 0..30 {
        for i in 0..5 {
            let now = session(d) + i * 47_000;
            // a asks a day ahead first, b asks now first: the order must not matter.
            let ahead = now + DAY_MS;
            let (a1, a2) = (a.activation(m, ahead), a.activation(m, now));
            let (b2, b1) = (b.activation(m, now), b.activation(m, ahead));
            assert_eq!((a1, a2), (b1, b2));
            a.practise(&catalog, &facts, true, now, &mut rng);
            b.practise(&catalog, &facts, true, now, &mut rng);
        }
        for t in [session(d) + 7 * 60_000, session(d) + DAY_MS + 60_000] {
            let fast = a.activation(m, t).unwrap();
            let exact = a.exact_activation(m, t).unwrap();
            // Activation is ln of the sum: 0.003 in activation is 0.3 % of the sum.
            assert!((fast - exact).abs() < 0.003, "day {d}: {fast} vs {exact}");
        }
    }
}
