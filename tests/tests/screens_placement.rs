//! The placement test as both apps run it: offered on the home screen before her first answer,
//! played on the ordinary lesson flow (exercise, feedback, summary), and what it placed kept by
//! the sessions after it and shown on the home screen.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::exercise::ItemRef;
use kusoma_core::screens::lesson::{Lesson, LessonPhase};
use kusoma_core::{Answer, Kusoma, SessionOptions};
use kusoma_tests::right_answer;

/// Taps the right answer to the exercise shown and sends it; returns the exercise's item.
fn answer_right(lesson: &mut Lesson, k: &mut Kusoma) -> String {
    let exercise = lesson.state().exercise.clone().unwrap();
    match right_answer(&k.pack("sw").unwrap(), &exercise) {
        Answer::Choice(i) => lesson.select(i).unwrap(),
        Answer::Tiles(t) => t.into_iter().for_each(|i| lesson.place(i).unwrap()),
        Answer::Text(_) => unreachable!("the apps draw no typed exercise"),
    }
    lesson.submit(k).unwrap();
    assert!(lesson.state().feedback.as_ref().unwrap().correct);
    exercise.item
}

/// Plays `lesson` to its summary with every answer right; returns the items asked.
fn play_all_right(lesson: &mut Lesson, k: &mut Kusoma, clock: &ManualClock) -> Vec<String> {
    lesson.start(k).unwrap();
    let mut asked = Vec::new();
    while lesson.state().phase == LessonPhase::Answering {
        clock.advance(2_000);
        asked.push(answer_right(lesson, k));
        lesson.next(k).unwrap();
    }
    asked
}

#[test]
fn a_placement_answered_all_right_skips_the_units_she_knows_and_home_shows_them_done() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let mut k = common::open(dir.path(), &clock);
    let saida = k.create_learner("Saida", "🌺").unwrap().id;
    assert!(k.home_screen(&saida, "sw").unwrap().offer_placement);

    let mut test = Lesson::placement(&saida, "sw", Some(3));
    assert_eq!(test.state().phase, LessonPhase::NotStarted);
    let answered = play_all_right(&mut test, &mut k, &clock).len() as u32;
    let s = test.state();
    assert_eq!(s.phase, LessonPhase::Finished);
    assert_eq!(s.total, answered, "the test counts its own letters");
    let summary = s.summary.as_ref().unwrap();
    assert!(
        summary.placed.len() >= 10,
        "placed past {:?}",
        summary.placed
    );
    assert_eq!(summary.message, k.placement_result_text(&summary.placed));
    assert!(
        summary.message.contains(&summary.placed[0]),
        "{}",
        summary.message
    );

    let home = k.home_screen(&saida, "sw").unwrap();
    assert!(
        !home.offer_placement,
        "offered only before her first answer"
    );
    let done = home.units.iter().take_while(|u| u.done).count();
    assert_eq!(
        done,
        summary.placed.len(),
        "home shows the placed units done"
    );
    assert!(!home.units[0].current);

    // The next ordinary session teaches the first unit not placed, not unit 1 again.
    let pack = k.pack("sw").unwrap();
    let options = SessionOptions {
        exercises: 10,
        seed: Some(5),
        ..SessionOptions::default()
    };
    let mut next = Lesson::new(&saida, "sw", options);
    let asked = play_all_right(&mut next, &mut k, &clock);
    assert_eq!(asked.len(), 10);
    // Placed letters come back only as delayed checks on a later day, never this evening.
    let letters: Vec<usize> = asked
        .iter()
        .filter(|i| i.starts_with("g:"))
        .map(|i| ItemRef::from_key(&pack, i).unwrap().unit(&pack))
        .collect();
    assert!(
        letters.iter().all(|&u| u >= done),
        "units of the letters asked after placing {done}: {letters:?}"
    );
}
