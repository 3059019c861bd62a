//! The learning session both apps draw (`kusoma_core::screens::lesson`): taps, a complete answer,
//! feedback, the next exercise, the summary, a turn's existing session, and refused taps.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::screens::lesson::{Lesson, LessonPhase};
use kusoma_core::{Answer, AnswerMode, Error, Kusoma, SessionOptions};
use kusoma_tests::right_answer;

fn phone() -> (tempfile::TempDir, Arc<ManualClock>, Kusoma, String) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let mut k = common::open(dir.path(), &clock);
    let amina = k.create_learner("Amina", "🌺").unwrap().id;
    (dir, clock, k, amina)
}

fn options(exercises: u32) -> SessionOptions {
    SessionOptions {
        exercises,
        seed: Some(11),
        ..SessionOptions::default()
    }
}

/// Taps the right answer on the screen, as a learner would.
fn answer_right(lesson: &mut Lesson, k: &Kusoma) {
    let exercise = lesson.state().exercise.clone().unwrap();
    match right_answer(&k.pack("sw").unwrap(), &exercise) {
        Answer::Choice(i) => lesson.select(i).unwrap(),
        Answer::Tiles(tiles) => tiles.into_iter().for_each(|t| lesson.place(t).unwrap()),
        Answer::Text(_) => unreachable!("the apps draw no typed exercise"),
    }
}

#[test]
fn a_session_runs_from_its_first_exercise_to_its_summary() {
    let (_dir, clock, mut k, amina) = phone();
    let mut lesson = Lesson::new(&amina, "sw", options(4));
    assert_eq!(lesson.state().phase, LessonPhase::NotStarted);
    lesson.start(&mut k).unwrap();
    for n in 1..=4 {
        let s = lesson.state();
        assert_eq!((s.phase, s.number, s.total), (LessonPhase::Answering, n, 4));
        assert!(!s.can_submit, "nothing tapped yet");
        // Sending an incomplete answer is ignored: no attempt is stored.
        lesson.submit(&mut k).unwrap();
        assert_eq!(lesson.state().phase, LessonPhase::Answering);
        answer_right(&mut lesson, &k);
        assert!(lesson.state().can_submit);
        clock.advance(2_500);
        lesson.submit(&mut k).unwrap();
        let s = lesson.state();
        assert_eq!(s.phase, LessonPhase::Answered);
        assert!(s.feedback.as_ref().unwrap().correct);
        lesson.next(&mut k).unwrap();
    }
    let s = lesson.state();
    assert_eq!(s.phase, LessonPhase::Finished);
    let summary = s.summary.as_ref().unwrap();
    assert_eq!((summary.answered, summary.correct), (4, 4));
}

#[test]
fn tiles_are_placed_once_each_up_to_the_answer_and_can_be_taken_back() {
    let (_dir, _clock, mut k, amina) = phone();
    // Sessions until one shows a tile exercise (the planner mixes kinds).
    for seed in 0..40 {
        let mut lesson = Lesson::new(
            &amina,
            "sw",
            SessionOptions {
                seed: Some(seed),
                ..options(10)
            },
        );
        lesson.start(&mut k).unwrap();
        while lesson.state().phase == LessonPhase::Answering {
            let exercise = lesson.state().exercise.clone().unwrap();
            if exercise.mode == AnswerMode::OrderTiles && exercise.answer_length >= 2 {
                lesson.place(0).unwrap();
                lesson.place(0).unwrap();
                assert_eq!(lesson.state().placed, [0], "a tile is placed once");
                lesson.unplace(0);
                assert!(lesson.state().placed.is_empty());
                let Answer::Tiles(tiles) = right_answer(&k.pack("sw").unwrap(), &exercise) else {
                    unreachable!()
                };
                for &t in &tiles {
                    lesson.place(t).unwrap();
                }
                // A tile past the answer's length is not placed.
                let spare = (0..exercise.choices.len() as u32).find(|t| !tiles.contains(t));
                if let Some(spare) = spare {
                    lesson.place(spare).unwrap();
                }
                assert_eq!(lesson.state().placed, tiles);
                assert!(lesson.state().can_submit);
                lesson.submit(&mut k).unwrap();
                assert!(lesson.state().feedback.as_ref().unwrap().correct);
                return;
            }
            answer_right(&mut lesson, &k);
            lesson.submit(&mut k).unwrap();
            lesson.next(&mut k).unwrap();
        }
    }
    panic!("no tile exercise in 40 sessions");
}

#[test]
fn a_tap_out_of_range_is_an_error_and_ending_early_gives_the_summary() {
    let (_dir, _clock, mut k, amina) = phone();
    let mut lesson = Lesson::new(&amina, "sw", options(6));
    assert!(matches!(lesson.end(&mut k), Err(Error::InvalidInput(_))));
    lesson.start(&mut k).unwrap();
    let before = lesson.state().clone();
    assert!(matches!(lesson.select(99), Err(Error::InvalidInput(_))));
    assert!(matches!(lesson.place(99), Err(Error::InvalidInput(_))));
    assert_eq!(lesson.state(), &before);
    answer_right(&mut lesson, &k);
    lesson.submit(&mut k).unwrap();
    // Taps after the answer was sent change nothing.
    lesson.select(0).unwrap();
    assert_eq!(lesson.state().phase, LessonPhase::Answered);
    lesson.end(&mut k).unwrap();
    let s = lesson.state();
    assert_eq!(s.phase, LessonPhase::Finished);
    assert_eq!(s.summary.as_ref().unwrap().answered, 1);
    // Ending twice keeps the first summary.
    lesson.end(&mut k).unwrap();
    assert_eq!(lesson.state().summary.as_ref().unwrap().answered, 1);
}

#[test]
fn a_session_the_core_already_started_runs_the_same_way() {
    let (_dir, _clock, mut k, amina) = phone();
    let session = k.start_session(&amina, "sw", &options(2)).unwrap();
    let mut lesson = Lesson::existing(&session, 2);
    lesson.start(&mut k).unwrap();
    assert_eq!(lesson.session(), Some(session.as_str()));
    assert_eq!((lesson.state().number, lesson.state().total), (1, 2));
}
