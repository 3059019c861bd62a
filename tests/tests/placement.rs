//! Placement results survive: a learner placed past units she knows is not taught them again in
//! the sessions that follow; their letters come back only as delayed checks, and a check she
//! fails reopens that letter alone.

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::exercise::ItemRef;
use kusoma_core::{Kusoma, OpenOptions, SessionOptions};
use kusoma_tests::{lessons, right_answer, wrong_answer};

use kusoma_core::clock::DAY_MS as DAY;

fn open(dir: &std::path::Path, clock: &Arc<ManualClock>) -> Kusoma {
    let options = OpenOptions {
        pack_dirs: vec![lessons()],
        clock: clock.clone(),
        ..OpenOptions::default()
    };
    Kusoma::open(dir, options).unwrap()
}

/// A placement test answered all right; returns how many units it placed.
fn place_all_right(k: &mut Kusoma, clock: &ManualClock, learner: &str) -> usize {
    let p = k.pack("sw").unwrap();
    let s = k.start_placement(learner, "sw", Some(3)).unwrap();
    while let Some(ex) = k.next_exercise(&s).unwrap() {
        k.submit(&s, &right_answer(&p, &ex), 2_000).unwrap();
        clock.advance(10_000);
    }
    k.end_session(&s).unwrap().placed.len()
}

/// A session of `n` exercises answered by `answer(item)`; returns the items asked.
fn session(
    k: &mut Kusoma,
    clock: &ManualClock,
    learner: &str,
    n: u32,
    seed: u64,
    mut answer: impl FnMut(&str) -> bool,
) -> Vec<String> {
    let p = k.pack("sw").unwrap();
    let options = SessionOptions {
        exercises: n,
        choices: 3,
        seed: Some(seed),
        minutes: None,
    };
    let s = k.start_session(learner, "sw", &options).unwrap();
    let mut asked = Vec::new();
    while let Some(ex) = k.next_exercise(&s).unwrap() {
        let given = if answer(&ex.item) {
            right_answer(&p, &ex)
        } else {
            wrong_answer(&p, &ex)
        };
        k.submit(&s, &given, 2_000).unwrap();
        asked.push(ex.item.clone());
        clock.advance(15_000);
    }
    k.end_session(&s).unwrap();
    asked
}

#[test]
fn a_placement_answered_all_right_survives_the_sessions_after_it_and_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let mut k = open(dir.path(), &clock);
    let p = k.pack("sw").unwrap();
    let learner = k.create_learner("Saida", "").unwrap().id;
    let placed = place_all_right(&mut k, &clock, &learner);
    assert!(placed >= 10, "placed past {placed} units");
    let unit_of = |item: &str| ItemRef::from_key(&p, item).unwrap().unit(&p);

    // The same evening, then three days in a row, and the phone restarted in between.
    let mut asked = session(&mut k, &clock, &learner, 20, 1, |_| true);
    drop(k); // one Kusoma per data directory at a time
    for day in 1..=3 {
        clock.advance(DAY);
        let mut k = open(dir.path(), &clock);
        asked.extend(session(&mut k, &clock, &learner, 20, 1 + day, |_| true));
    }
    let mut k = open(dir.path(), &clock);
    assert!(
        k.rebuild("sw").unwrap().matched,
        "the log replays to the same state"
    );
    let progress = k.progress(&learner, "sw").unwrap();
    assert!(
        progress.units[..placed].iter().all(|u| u.mastered),
        "every placed unit is still open: {progress:?}"
    );
    assert!(
        !progress.units[0].current,
        "`a m` is not being learned again: {progress:?}"
    );
    // Placed letters come back as delayed checks — at most one per check each — never as
    // teaching; and none on the evening of the test, when no check is due.
    let placed_letters: usize = p.units[..placed].iter().map(|u| u.graphemes.len()).sum();
    let checks_of_placed = asked
        .iter()
        .filter(|i| i.starts_with("g:") && unit_of(i) < placed)
        .count();
    assert!(
        checks_of_placed <= 2 * placed_letters,
        "{checks_of_placed} exercises on {placed_letters} placed letters"
    );
    assert!(
        asked[..20]
            .iter()
            .all(|i| !i.starts_with("g:") || unit_of(i) >= placed),
        "the evening of the test teaches the first unit not placed: {:?}",
        &asked[..20]
    );
}

#[test]
fn a_failed_check_reopens_only_the_letter_she_did_not_know() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let mut k = open(dir.path(), &clock);
    let learner = k.create_learner("Zuhura", "").unwrap().id;
    let placed = place_all_right(&mut k, &clock, &learner);
    clock.advance(DAY);
    // She does not know `m` after all; everything else is right.
    session(&mut k, &clock, &learner, 20, 9, |item| item != "g:m");
    let progress = k.progress(&learner, "sw").unwrap();
    assert!(
        !progress.units[0].mastered && progress.units[0].current,
        "the unit of the failed letter is open again: {progress:?}"
    );
    assert!(
        progress.units[1..placed].iter().all(|u| u.mastered),
        "the other placed units stand: {progress:?}"
    );
    assert!(
        k.rebuild("sw").unwrap().matched,
        "the log replays to the same state"
    );
}
