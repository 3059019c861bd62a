//! Pass-the-phone turns as both apps draw them (`kusoma_core::screens::turns` with a lesson per
//! turn): hand-over, playing, the turn passing on, ending with notes after confirming.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::screens::lesson::{Lesson, LessonPhase};
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

/// Plays the turn shown to its end, as the turn screen does: one lesson on the turn's session.
fn play_turn(turns: &mut Turns, k: &mut Kusoma) -> u32 {
    turns.start_turn();
    let turn = turns.state().turn.clone().unwrap();
    let mut lesson = Lesson::existing(&turn.session, 2);
    lesson.start(k).unwrap();
    let mut answered = 0;
    loop {
        let exercise = lesson.state().exercise.clone().unwrap();
        match right_answer(&k.pack("sw").unwrap(), &exercise) {
            Answer::Choice(i) => lesson.select(i).unwrap(),
            Answer::Tiles(t) => t.into_iter().for_each(|i| lesson.place(i).unwrap()),
            Answer::Text(_) => unreachable!(),
        }
        lesson.submit(k).unwrap();
        answered += 1;
        if turns.after_answer(k).unwrap() {
            return answered;
        }
        lesson.next(k).unwrap();
        assert_eq!(lesson.state().phase, LessonPhase::Answering);
    }
}

#[test]
fn turns_pass_round_the_group_and_the_session_ends_with_notes_after_confirming() {
    let (_dir, mut k, gs, ids) = session();
    let mut turns = Turns::new(&mut k, &gs).unwrap();
    assert_eq!(turns.state().phase, TurnPhase::Passing);
    let mut order = Vec::new();
    for _ in 0..3 {
        order.push(turns.state().turn.as_ref().unwrap().learner.id.clone());
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
    assert!(s.turn.is_none());
    for id in &ids {
        assert_eq!(k.progress(id, "sw").unwrap().attempts, 2);
    }
}

#[test]
fn a_turn_ended_early_passes_the_phone_on() {
    let (_dir, mut k, gs, ids) = session();
    let mut turns = Turns::new(&mut k, &gs).unwrap();
    turns.start_turn();
    assert_eq!(turns.state().phase, TurnPhase::Playing);
    // Ending the session is only offered at the hand-over.
    turns.begin_ending();
    assert_eq!(turns.state().phase, TurnPhase::Playing);
    let session = turns.state().turn.as_ref().unwrap().session.clone();
    let mut lesson = Lesson::existing(&session, 2);
    lesson.start(&mut k).unwrap();
    lesson.end(&mut k).unwrap();
    turns.end_turn(&mut k).unwrap();
    let s = turns.state();
    assert_eq!(s.phase, TurnPhase::Passing);
    assert_eq!(s.turn.as_ref().unwrap().learner.id, ids[1]);
}
