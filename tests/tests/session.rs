//! Whole learner sessions through the core facade: answers checked and stored, errors coming
//! back soon, units opening on mastery, determinism by seed, and progress surviving a restart.

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::{Answer, Error, Kusoma, OpenOptions, SessionOptions};
use kusoma_tests::{lessons, right_answer, wrong_answer};

fn open(dir: &Path, clock: &Arc<ManualClock>) -> Kusoma {
    let options = OpenOptions {
        pack_dirs: vec![lessons()],
        clock: clock.clone(),
        ..OpenOptions::default()
    };
    Kusoma::open(dir, options).unwrap()
}

fn options(exercises: u32, seed: u64) -> SessionOptions {
    SessionOptions {
        exercises,
        choices: 3,
        seed: Some(seed),
        minutes: None,
    }
}

/// Runs a session answering with `answer`; returns (item, correct) per exercise.
fn run(
    k: &mut Kusoma,
    learner: &str,
    pack: &str,
    opts: &SessionOptions,
    mut answer: impl FnMut(usize) -> bool,
) -> Vec<(String, bool)> {
    let p = k.pack(pack).unwrap();
    let session = k.start_session(learner, pack, opts).unwrap();
    let mut seen = Vec::new();
    while let Some(ex) = k.next_exercise(&session).unwrap() {
        assert_eq!(
            k.next_exercise(&session).unwrap().as_ref(),
            Some(&ex),
            "asking again gives the same exercise"
        );
        assert!(
            !ex.instruction.is_empty() && !ex.instruction.starts_with("exercise-"),
            "localized: {}",
            ex.instruction
        );
        let right = answer(seen.len());
        let given = if right {
            right_answer(&p, &ex)
        } else {
            wrong_answer(&p, &ex)
        };
        let feedback = k.submit(&session, &given, 1500).unwrap();
        assert_eq!(
            feedback.correct, right,
            "{:?} {:?} -> {feedback:?}",
            ex.kind, given
        );
        assert!(!feedback.message.is_empty());
        seen.push((ex.item.clone(), right));
    }
    let summary = k.end_session(&session).unwrap();
    assert_eq!(summary.answered as usize, seen.len());
    assert_eq!(
        summary.correct as usize,
        seen.iter().filter(|(_, c)| *c).count()
    );
    seen
}

#[test]
fn a_whole_session_is_checked_stored_and_summarized() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let mut k = open(dir.path(), &clock);
    let amina = k.create_learner("Amina", "🌻").unwrap();
    let seen = run(&mut k, &amina.id, "sw", &options(12, 1), |i| i % 3 != 2);
    assert_eq!(seen.len(), 12);
    let progress = k.progress(&amina.id, "sw").unwrap();
    assert_eq!(
        (progress.attempts, progress.correct, progress.sessions),
        (12, 8, 1)
    );
    assert_eq!(progress.time_ms, 12 * 1500);
    assert_eq!(
        progress.units.iter().filter(|u| u.current).count(),
        1,
        "one unit is being learned"
    );
}

#[test]
fn a_wrong_answer_comes_back_soon() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(0));
    let mut k = open(dir.path(), &clock);
    let l = k.create_learner("Neema", "").unwrap();
    let seen = run(&mut k, &l.id, "sw", &options(8, 5), |i| i != 0);
    let first = &seen[0].0;
    let back = seen[1..]
        .iter()
        .position(|(item, _)| item == first)
        .map(|p| p + 1);
    assert!(
        matches!(back, Some(2..=3)),
        "the missed item {first} came back at {back:?}: {seen:?}"
    );
    assert_ne!(seen[1].0, *first, "never the same item twice in a row");
}

#[test]
fn mastering_a_units_graphemes_opens_the_next_unit_and_survives_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(0));
    let learner;
    let mut completed = None;
    {
        let mut k = open(dir.path(), &clock);
        learner = k.create_learner("Halima", "").unwrap().id;
        let p = k.pack("sw").unwrap();
        // Right answers in one sitting make letters ready, not mastered: the first unit is
        // completed in the next sitting, half a day later.
        for sitting in 0..2 {
            let session = k.start_session(&learner, "sw", &options(40, 9)).unwrap();
            while let Some(ex) = k.next_exercise(&session).unwrap() {
                let feedback = k.submit(&session, &right_answer(&p, &ex), 900).unwrap();
                clock.advance(1000);
                if let Some(unit) = feedback.unit_completed {
                    assert_eq!(sitting, 1, "not in the first sitting");
                    completed = Some(unit);
                    break;
                }
            }
            k.end_session(&session).unwrap();
            if completed.is_some() {
                break;
            }
            clock.advance(13 * 3_600_000);
        }
        let progress = k.progress(&learner, "sw").unwrap();
        assert!(
            progress.units[0].mastered && !progress.units[1].mastered && progress.units[1].current
        );
    }
    assert_eq!(completed.as_deref(), Some("a m"), "the first unit's title");
    // Reopen: progress is still there and the next session starts in the second unit.
    let mut k = open(dir.path(), &clock);
    let progress = k.progress(&learner, "sw").unwrap();
    assert!(progress.units[0].mastered && progress.units[1].current);
    assert_eq!(progress.sessions, 2);
    let session = k.start_session(&learner, "sw", &options(4, 2)).unwrap();
    let p = k.pack("sw").unwrap();
    let mut letters = Vec::new();
    while let Some(ex) = k.next_exercise(&session).unwrap() {
        let item = kusoma_core::exercise::ItemRef::from_key(&p, &ex.item).unwrap();
        if matches!(item, kusoma_core::exercise::ItemRef::Grapheme(_)) {
            letters.push((item.unit(&p), ex.item.clone()));
        }
        k.submit(&session, &right_answer(&p, &ex), 900).unwrap();
    }
    assert!(
        !letters.is_empty() && letters.iter().all(|(unit, _)| *unit == 1),
        "a returning learner's letters come from unit 2 (a word of unit 1 may come back for \
         its second sitting): {letters:?}"
    );
}

#[test]
fn the_same_seed_and_history_give_the_same_exercises() {
    let clock = Arc::new(ManualClock::new(0));
    let transcript = |seed: u64| {
        let dir = tempfile::tempdir().unwrap();
        let mut k = open(dir.path(), &clock);
        let l = k.create_learner("A", "").unwrap();
        let p = k.pack("en").unwrap();
        let s = k.start_session(&l.id, "en", &options(15, seed)).unwrap();
        let mut out = Vec::new();
        while let Some(ex) = k.next_exercise(&s).unwrap() {
            let answer = if out.len() % 4 == 1 {
                wrong_answer(&p, &ex)
            } else {
                right_answer(&p, &ex)
            };
            k.submit(&s, &answer, 1000).unwrap();
            out.push(ex);
        }
        out
    };
    assert_eq!(transcript(42), transcript(42));
    assert_ne!(transcript(42), transcript(43));
}

#[test]
fn an_acknowledged_answer_is_on_disk_before_submit_returns() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(0));
    let mut k = open(dir.path(), &clock);
    let l = k.create_learner("Zawadi", "").unwrap();
    let s = k.start_session(&l.id, "sw", &options(5, 1)).unwrap();
    let ex = k.next_exercise(&s).unwrap().unwrap();
    k.submit(&s, &right_answer(&k.pack("sw").unwrap(), &ex), 700)
        .unwrap();
    // Another connection, without the session being ended or the core dropped.
    let other = rusqlite::Connection::open(dir.path().join(kusoma_core::DATABASE_FILE)).unwrap();
    let (n, item, ms): (i64, String, i64) = other
        .query_row(
            "SELECT count(*), max(item), max(response_ms) FROM attempts",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap();
    assert_eq!((n, item, ms), (1, ex.item, 700));
}

#[test]
fn shells_get_errors_they_can_act_on() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(0));
    let mut k = open(dir.path(), &clock);
    assert!(matches!(
        k.start_session("no-such-learner", "sw", &options(5, 1)),
        Err(Error::NotFound(_))
    ));
    let l = k.create_learner("Asha", "").unwrap();
    assert!(matches!(
        k.start_session(&l.id, "xx", &options(5, 1)),
        Err(Error::NotFound(_))
    ));
    assert!(matches!(
        k.start_session(&l.id, "sw", &options(0, 1)),
        Err(Error::InvalidInput(_))
    ));
    let s = k.start_session(&l.id, "sw", &options(5, 1)).unwrap();
    assert!(
        matches!(
            k.submit(&s, &Answer::Choice(0), 10),
            Err(Error::InvalidInput(_))
        ),
        "nothing is waiting yet"
    );
    k.next_exercise(&s).unwrap();
    assert!(matches!(
        k.submit(&s, &Answer::Choice(99), 10),
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(
        k.submit("nope", &Answer::Choice(0), 10),
        Err(Error::NotFound(_))
    ));
    // The bad answer was not recorded: the exercise is still waiting.
    assert!(k.submit(&s, &Answer::Choice(0), 10).is_ok());
    assert_eq!(k.progress(&l.id, "sw").unwrap().attempts, 1);
    for bad in ["", "   ", "a\u{7}b", &"x".repeat(65)] {
        assert!(
            matches!(k.create_learner(bad, ""), Err(Error::InvalidInput(_))),
            "{bad:?}"
        );
    }
}

#[test]
fn learner_profiles_can_be_listed_renamed_and_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(10));
    let mut k = open(dir.path(), &clock);
    let a = k.create_learner("  Amina ", "🌻").unwrap();
    clock.advance(5);
    let b = k.create_learner("Baraka", "🐐").unwrap();
    assert_eq!(a.name, "Amina", "names are trimmed");
    let names: Vec<String> = k.learners().unwrap().into_iter().map(|l| l.name).collect();
    assert_eq!(names, ["Amina", "Baraka"]);
    clock.advance(5);
    let renamed = k.rename_learner(&a.id, "Amina Juma").unwrap();
    assert_eq!(
        (renamed.name.as_str(), renamed.updated_ms),
        ("Amina Juma", 20)
    );
    let s = k.start_session(&b.id, "sw", &options(3, 1)).unwrap();
    k.next_exercise(&s).unwrap();
    k.delete_learner(&b.id).unwrap();
    assert!(
        matches!(k.next_exercise(&s), Err(Error::NotFound(_))),
        "their open session ends"
    );
    assert!(matches!(k.learner(&b.id), Err(Error::NotFound(_))));
    assert_eq!(k.learners().unwrap().len(), 1);
    assert!(matches!(
        k.rename_learner(&b.id, "X"),
        Err(Error::NotFound(_))
    ));
}

#[test]
fn a_broken_pack_is_set_aside_and_the_others_still_load() {
    let dir = tempfile::tempdir().unwrap();
    let packs = dir.path().join("extra");
    std::fs::create_dir_all(packs.join("broken")).unwrap();
    std::fs::write(packs.join("broken/pack.toml"), "format = 1\n").unwrap();
    let clock = Arc::new(ManualClock::new(0));
    let options = OpenOptions {
        pack_dirs: vec![lessons(), packs],
        clock,
        ..OpenOptions::default()
    };
    let k = Kusoma::open(&dir.path().join("data"), options).unwrap();
    let ids: Vec<String> = k.packs().into_iter().map(|p| p.id).collect();
    assert!(
        ids.contains(&"en".to_owned()) && ids.contains(&"sw".to_owned()),
        "{ids:?}"
    );
    assert_eq!(k.rejected_packs().len(), 1);
    assert!(
        k.rejected_packs()[0]
            .problems
            .iter()
            .any(|p| p.message.contains("missing the required key `id`"))
    );
}

#[test]
fn rebuilding_from_the_attempt_log_equals_the_incremental_state() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let mut k = open(dir.path(), &clock);
    let p = k.pack("sw").unwrap();
    let learners: Vec<String> = ["Amina", "Neema", "Zawadi"]
        .iter()
        .map(|n| k.create_learner(n, "").unwrap().id)
        .collect();
    // Several days of sessions, learners taking turns on one phone, right and wrong answers,
    // quick and slow: memories, lapses and shared item difficulties all come into play.
    for day in 0..6 {
        for (i, learner) in learners.iter().enumerate() {
            let s = k
                .start_session(learner, "sw", &options(12, day * 10 + i as u64))
                .unwrap();
            let mut n = 0;
            while let Some(ex) = k.next_exercise(&s).unwrap() {
                let right = !(n + i + day as usize).is_multiple_of(4);
                let answer = if right {
                    right_answer(&p, &ex)
                } else {
                    wrong_answer(&p, &ex)
                };
                k.submit(&s, &answer, if n % 5 == 0 { 20_000 } else { 1_500 })
                    .unwrap();
                clock.advance(20_000);
                n += 1;
            }
            k.end_session(&s).unwrap();
        }
        clock.advance(86_400_000);
    }
    let before: Vec<_> = learners
        .iter()
        .map(|l| k.progress(l, "sw").unwrap())
        .collect();
    let report = k.rebuild("sw").unwrap();
    assert_eq!((report.attempts, report.learners), (6 * 3 * 12, 3));
    assert!(
        report.matched,
        "replaying the log gives exactly the stored state"
    );
    let after: Vec<_> = learners
        .iter()
        .map(|l| k.progress(l, "sw").unwrap())
        .collect();
    assert_eq!(before, after);
    // Derived state lost or damaged is rebuilt from the log.
    drop(k);
    let db = rusqlite::Connection::open(dir.path().join(kusoma_core::DATABASE_FILE)).unwrap();
    db.execute_batch("DELETE FROM skill_state; UPDATE item_state SET difficulty = 99;")
        .unwrap();
    drop(db);
    let mut k = open(dir.path(), &clock);
    let report = k.rebuild("sw").unwrap();
    assert!(!report.matched);
    let restored: Vec<_> = learners
        .iter()
        .map(|l| k.progress(l, "sw").unwrap())
        .collect();
    assert_eq!(before, restored);
    assert!(
        k.rebuild("sw").unwrap().matched,
        "and a second rebuild finds nothing to change"
    );
}

#[test]
fn a_placement_test_opens_later_units_and_rebuild_reproduces_it() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let mut k = open(dir.path(), &clock);
    let p = k.pack("sw").unwrap();
    let learner = k.create_learner("Mwanaisha", "").unwrap().id;
    let s = k.start_placement(&learner, "sw", Some(3)).unwrap();
    let mut asked = 0;
    while let Some(ex) = k.next_exercise(&s).unwrap() {
        assert_eq!(ex.kind, kusoma_core::ExerciseKind::SoundToGrapheme);
        let unit = kusoma_core::exercise::ItemRef::from_key(&p, &ex.item)
            .unwrap()
            .unit(&p);
        // She knows the first three units' letters and nothing after.
        let answer = if unit < 3 {
            right_answer(&p, &ex)
        } else {
            wrong_answer(&p, &ex)
        };
        k.submit(&s, &answer, 2_000).unwrap();
        clock.advance(10_000);
        asked += 1;
    }
    assert!(
        (4..=12).contains(&asked),
        "the test stops after three misses in a row: {asked}"
    );
    assert_eq!(k.progress(&learner, "sw").unwrap().attempts as usize, asked);
    assert!(
        !k.progress(&learner, "sw").unwrap().units[0].mastered,
        "nothing changes before the test ends"
    );
    let summary = k.end_session(&s).unwrap();
    let titles: Vec<String> = p.units[..3].iter().map(|u| u.title.clone()).collect();
    assert_eq!(summary.placed, titles);
    let progress = k.progress(&learner, "sw").unwrap();
    assert!(
        progress.units[..3].iter().all(|u| u.mastered) && progress.units[3].current,
        "{progress:?}"
    );
    // A lesson afterwards, then the log replays to the same state.
    let lesson = k.start_session(&learner, "sw", &options(8, 4)).unwrap();
    while let Some(ex) = k.next_exercise(&lesson).unwrap() {
        assert!(
            kusoma_core::exercise::ItemRef::from_key(&p, &ex.item)
                .unwrap()
                .unit(&p)
                <= 3,
            "{}",
            ex.item
        );
        k.submit(&lesson, &right_answer(&p, &ex), 1_000).unwrap();
        clock.advance(10_000);
    }
    k.end_session(&lesson).unwrap();
    assert!(k.rebuild("sw").unwrap().matched);
}

#[test]
fn a_session_with_a_time_limit_ends_when_the_minutes_are_up() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(0));
    let mut k = open(dir.path(), &clock);
    let p = k.pack("sw").unwrap();
    let learner = k.create_learner("Rehema", "").unwrap().id;
    let timed = SessionOptions {
        exercises: 100,
        choices: 3,
        seed: Some(1),
        minutes: Some(2),
    };
    let s = k.start_session(&learner, "sw", &timed).unwrap();
    let mut answered = 0;
    while let Some(ex) = k.next_exercise(&s).unwrap() {
        let feedback = k.submit(&s, &right_answer(&p, &ex), 1_000).unwrap();
        answered += 1;
        clock.advance(25_000);
        // Feedback tells the time at the answer: not yet up while the loop runs.
        assert!(!feedback.session_complete, "after {answered}");
    }
    assert_eq!(
        answered, 5,
        "two minutes of 25-second exercises, far fewer than the 100 allowed"
    );
}

/// Opens a phone whose only pack is a copy of `sw` with `extra` appended to its pack.toml.
fn open_with_manifest_extra(dir: &Path, clock: &Arc<ManualClock>, extra: &str) -> Kusoma {
    let packs = dir.join("packs");
    let sw = packs.join("sw");
    std::fs::create_dir_all(&sw).unwrap();
    for entry in std::fs::read_dir(lessons().join("sw")).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), sw.join(entry.file_name())).unwrap();
    }
    let manifest = sw.join("pack.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, format!("{text}{extra}")).unwrap();
    let options = OpenOptions {
        pack_dirs: vec![packs],
        clock: clock.clone(),
        ..OpenOptions::default()
    };
    let k = Kusoma::open(&dir.join("data"), options).unwrap();
    assert!(k.rejected_packs().is_empty(), "{:?}", k.rejected_packs());
    k
}

/// Answers everything right, in sittings half a day apart, until the first unit is completed;
/// returns, for the first skill mastered, how many right answers its own item had by then, and
/// how many right answers the unit's letters had in all.
fn right_answers_to_mastery(k: &mut Kusoma, clock: &ManualClock, learner: &str) -> (usize, usize) {
    let p = k.pack("sw").unwrap();
    let mut own: std::collections::HashMap<String, usize> = Default::default();
    let mut first = None;
    for sitting in 0..4 {
        let s = k
            .start_session(learner, "sw", &options(30, 7 + sitting))
            .unwrap();
        while let Some(ex) = k.next_exercise(&s).unwrap() {
            let feedback = k.submit(&s, &right_answer(&p, &ex), 1_500).unwrap();
            let rights = own.entry(ex.item.clone()).or_default();
            *rights += 1;
            if !feedback.mastered.is_empty() && first.is_none() {
                first = Some(*rights);
            }
            if feedback.unit_completed.is_some() {
                k.end_session(&s).unwrap();
                let unit: usize = p.units[0]
                    .graphemes
                    .iter()
                    .map(|&g| {
                        own.get(&format!("g:{}", p.graphemes[g].id))
                            .copied()
                            .unwrap_or(0)
                    })
                    .sum();
                return (first.unwrap(), unit);
            }
        }
        k.end_session(&s).unwrap();
        clock.advance(13 * 3_600_000);
    }
    panic!("no unit completed in four sittings of right answers");
}

/// Both packs say their letters are easy to guess (0.5): with the plain defaults the first
/// unit's letters already reach mastery at the floor of three right answers (answers to `mama`
/// add evidence for `m` and `a`), which no `learn` could lower.
const EASY_GUESS: &str = "\n[engine.bkt.grapheme]\nguess = 0.5\n";

#[test]
fn a_pack_that_sets_a_higher_learn_rate_masters_letters_in_fewer_right_answers() {
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let plain = tempfile::tempdir().unwrap();
    let mut k = open_with_manifest_extra(plain.path(), &clock, EASY_GUESS);
    let l = k.create_learner("Amina", "").unwrap();
    let (default_skill, default_unit) = right_answers_to_mastery(&mut k, &clock, &l.id);

    let fast = tempfile::tempdir().unwrap();
    let extra = format!("{EASY_GUESS}learn = 0.5\n");
    let mut k = open_with_manifest_extra(fast.path(), &clock, &extra);
    let l = k.create_learner("Amina", "").unwrap();
    let (fast_skill, fast_unit) = right_answers_to_mastery(&mut k, &clock, &l.id);
    // Fewer right answers of its own before the letter waits for its second sitting, and
    // fewer for the unit's letters in all, with learn 0.5 than with the default 0.2.
    assert!(fast_skill < default_skill, "{fast_skill} < {default_skill}");
    assert!(fast_unit < default_unit, "{fast_unit} < {default_unit}");

    // The pack's parameters are the policy's in replay too: rebuild equals the incremental
    // state, which it would not if replay fell back to the defaults.
    for day in 0..3 {
        let s = k.start_session(&l.id, "sw", &options(15, day)).unwrap();
        let p = k.pack("sw").unwrap();
        let mut n = 0;
        while let Some(ex) = k.next_exercise(&s).unwrap() {
            let answer = if n % 4 == 3 {
                wrong_answer(&p, &ex)
            } else {
                right_answer(&p, &ex)
            };
            k.submit(&s, &answer, 1_500).unwrap();
            clock.advance(30_000);
            n += 1;
        }
        k.end_session(&s).unwrap();
        clock.advance(86_400_000);
    }
    assert!(k.rebuild("sw").unwrap().matched);
}

#[test]
fn kinds_predicted_equally_hard_take_turns_so_words_are_also_matched_to_pictures() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let mut k = open(dir.path(), &clock);
    let l = k.create_learner("Zuhura", "").unwrap();
    let pack = k.pack("sw").unwrap();
    let mut kinds = std::collections::HashSet::new();
    for seed in 0..4 {
        let s = k.start_session(&l.id, "sw", &options(40, seed)).unwrap();
        while let Some(ex) = k.next_exercise(&s).unwrap() {
            kinds.insert(ex.kind);
            k.submit(&s, &right_answer(&pack, &ex), 1500).unwrap();
            clock.advance(4_000);
        }
        k.end_session(&s).unwrap();
        clock.advance(86_400_000);
    }
    for kind in [
        kusoma_core::ExerciseKind::WordToWritten,
        kusoma_core::ExerciseKind::WordToPicture,
    ] {
        assert!(kinds.contains(&kind), "{kind:?} never came: {kinds:?}");
    }
}

#[test]
fn a_database_from_before_two_stage_mastery_gets_its_stages_by_replaying_the_log() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let learner;
    {
        let mut k = open(dir.path(), &clock);
        learner = k.create_learner("Mwajuma", "").unwrap().id;
        for day in 0..2 {
            run(&mut k, &learner, "sw", &options(20, day), |_| true);
            clock.advance(86_400_000);
        }
    }
    // Make it a version-4 file: the stage and fit columns gone, as before the migration.
    let db = dir.path().join("kusoma.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        for column in [
            "sittings",
            "sitting_ms",
            "mastered_ms",
            "checks",
            "confirmed",
        ] {
            conn.execute_batch(&format!("ALTER TABLE skill_state DROP COLUMN {column}"))
                .unwrap();
        }
        for column in ["fit_learned", "fit_chances", "fit_slips", "fit_answers"] {
            conn.execute_batch(&format!("ALTER TABLE learner_state DROP COLUMN {column}"))
                .unwrap();
        }
        conn.pragma_update(None, "user_version", 4).unwrap();
    }
    let mut k = open(dir.path(), &clock);
    let sittings: i64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT max(sittings) FROM skill_state", [], |r| r.get(0))
        .unwrap();
    assert_eq!(sittings, 2, "the replay counted both sittings");
    let chances: f64 = rusqlite::Connection::open(&db)
        .unwrap()
        .query_row("SELECT fit_chances FROM learner_state", [], |r| r.get(0))
        .unwrap();
    assert!(chances > 0.0, "and fitted her letter parameters");
    assert!(k.progress(&learner, "sw").unwrap().units[0].mastered);
    assert!(
        k.rebuild("sw").unwrap().matched,
        "the upgrade left the replayed state"
    );
}
