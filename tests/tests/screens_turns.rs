//! Pass-the-phone turns as both apps draw them (`kusoma_core::screens::turns`, holding a lesson
//! per turn): hand-over, playing, the turn passing on, ending with notes after confirming.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::screens::lesson::{LessonPhase, Tap};
use kusoma_core::screens::turns::{TurnPhase, Turns};
use kusoma_core::{Answer, Kusoma, TurnRule};
use kusoma_tests::right_answer;

/// A facilitator's phone with a group of three and a session of two exercises a turn.
fn session() -> (tempfile::TempDir, Kusoma, String, Vec<String>) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let mut k = common::open(dir.path(), &clock);
    let f = k.create_facilitator("Rehema", "9137").unwrap();
    k.unlock_facilitator(&f.id, "9137").unwrap();
    let ids: Vec<String> = ["Amina", "Baraka", "Neema"]
        .iter()
        .map(|n| k.create_learner(n, "").unwrap().id)
        .collect();
    let group = k.create_group("Jumanne").unwrap();
    k.add_to_group(&group.id, &ids).unwrap();
    let gs = k
        .start_group_session(&group.id, "sw", Some(TurnRule::Exercises(2)), &[])
        .unwrap();
    (dir, k, gs.id, ids)
}

/// Plays the turn shown to its end, as the turn screen does: taps on the turn's lesson.
fn play_turn(turns: &mut Turns, k: &mut Kusoma) -> u32 {
    turns.start_turn(k).unwrap();
    let mut answered = 0;
    while turns.state().phase == TurnPhase::Playing {
        let lesson = turns.lesson().unwrap().state();
        assert_eq!(lesson.phase, LessonPhase::Answering);
        assert_eq!((lesson.number, lesson.total), (answered + 1, 2));
        let exercise = lesson.exercise.clone().unwrap();
        match right_answer(&k.pack("sw").unwrap(), &exercise) {
            Answer::Choice(index) => turns.tap(Tap::Select { index }).unwrap(),
            Answer::Tiles(t) => t
                .into_iter()
                .for_each(|index| turns.tap(Tap::Place { index }).unwrap()),
            Answer::Text(_) => unreachable!(),
        }
        turns.submit(k).unwrap();
        answered += 1;
        turns.next(k).unwrap();
    }
    assert!(turns.lesson().is_none(), "the passed turn's lesson is gone");
    answered
}

#[test]
fn turns_pass_round_the_group_and_the_session_ends_with_notes_after_confirming() {
    let (_dir, mut k, gs, ids) = session();
    let mut turns = Turns::new(&mut k, &gs, 2).unwrap();
    assert_eq!(turns.state().phase, TurnPhase::Passing);
    let mut order = Vec::new();
    for _ in 0..3 {
        order.push(turns.state().turn.learner.id.clone());
        assert_eq!(play_turn(&mut turns, &mut k), 2, "a turn is two exercises");
        assert_eq!(turns.state().phase, TurnPhase::Passing);
    }
    assert_eq!(order, ids, "round the group in roster order");
    // Ending asks first; going back keeps the session.
    turns.end(&mut k).unwrap();
    assert_eq!(
        turns.state().phase,
        TurnPhase::Passing,
        "end without asking is ignored"
    );
    turns.begin_ending();
    turns.cancel_ending();
    assert_eq!(turns.state().phase, TurnPhase::Passing);
    turns.begin_ending();
    turns.set_notes("Neema read the story aloud");
    turns.end(&mut k).unwrap();
    let s = turns.state();
    assert_eq!(s.phase, TurnPhase::Ended);
    assert_eq!(
        s.ended.as_ref().unwrap().notes,
        "Neema read the story aloud"
    );
    for id in &ids {
        assert_eq!(k.progress(id, "sw").unwrap().attempts, 2);
    }
}

#[test]
fn a_turn_ended_early_passes_the_phone_on() {
    let (_dir, mut k, gs, ids) = session();
    let mut turns = Turns::new(&mut k, &gs, 2).unwrap();
    turns.start_turn(&mut k).unwrap();
    assert_eq!(turns.state().phase, TurnPhase::Playing);
    // Ending the session is only offered at the hand-over.
    turns.begin_ending();
    assert_eq!(turns.state().phase, TurnPhase::Playing);
    // Next before an answer does not move the turn on.
    turns.next(&mut k).unwrap();
    assert_eq!(turns.lesson().unwrap().state().number, 1);
    turns.end_turn(&mut k).unwrap();
    assert!(turns.lesson().is_none());
    let s = turns.state();
    assert_eq!(s.phase, TurnPhase::Passing);
    assert_eq!(s.turn.learner.id, ids[1]);
}
