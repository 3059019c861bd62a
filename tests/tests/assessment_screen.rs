//! The assessment screens' view-models (`kusoma_core::screens`) driven as a shell drives them:
//! whole flows tap by tap on a manual clock, and the taps that must be refused or ignored.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::sync::Arc;

use kusoma_core::assess::{self, AserLevel, RunPhase, SubtaskKind};
use kusoma_core::clock::ManualClock;
use kusoma_core::screens::aser::{ASER_SHOWN, AserModel};
use kusoma_core::screens::assessment::{AssessmentModel, Subtask};
use kusoma_core::{Error, Kusoma};

use common::open;

/// An engine on a manual clock, a learner, and a started grid of `subtask`.
fn grid(dir: &Path, subtask: Subtask) -> (Kusoma, Arc<ManualClock>, String, AssessmentModel) {
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let mut k = open(dir, &clock);
    let learner = k.create_learner("Amina", "").unwrap().id;
    let model = AssessmentModel::start(&mut k, &learner, "sw", subtask, None).unwrap();
    (k, clock, learner, model)
}

fn wrong_indices(m: &AssessmentModel) -> Vec<usize> {
    let wrong = &m.state().wrong;
    (0..wrong.len()).filter(|&i| wrong[i]).collect()
}

#[test]
fn the_choice_screen_offers_the_timed_subtasks_then_aser() {
    assert_eq!(
        Subtask::CHOICES,
        [
            Subtask::LetterSounds,
            Subtask::FamiliarWords,
            Subtask::Nonwords,
            Subtask::OralReading,
            Subtask::Aser
        ]
    );
    for s in Subtask::CHOICES.into_iter().chain([Subtask::Comprehension]) {
        let stored = s.egra().map_or(assess::ASER_SUBTASK, SubtaskKind::as_str);
        assert_eq!(Subtask::from_stored(stored), Some(s));
    }
    assert_eq!(Subtask::from_stored("spelling"), None);
}

#[test]
fn items_are_touched_wrong_then_stop_and_the_next_touch_is_the_last_item() {
    let dir = tempfile::tempdir().unwrap();
    let (mut k, clock, learner, mut m) = grid(dir.path(), Subtask::LetterSounds);
    let s = m.state();
    assert_eq!(
        (s.items.len(), s.columns, s.phase),
        (100, 10, RunPhase::Ready)
    );
    assert_eq!(s.seconds_left, 60);
    m.touch(&mut k, 3).unwrap();
    assert!(
        wrong_indices(&m).is_empty(),
        "nothing is marked before Start"
    );

    m.begin(&mut k).unwrap();
    assert_eq!(m.state().phase, RunPhase::Running);
    clock.advance(20_000);
    for i in [1, 4, 4, 6] {
        m.touch(&mut k, i).unwrap(); // 4 twice: right again
    }
    assert_eq!(wrong_indices(&m), [1, 6]);
    assert_eq!(
        m.state().seconds_left,
        40,
        "the real time left, not the minute it began with"
    );
    m.stop();
    assert!(m.state().marking_last);
    m.touch(&mut k, 19).unwrap();
    let s = m.state();
    assert_eq!(
        (s.phase, s.last_item, s.marking_last),
        (RunPhase::Done, Some(19), false)
    );
    assert_eq!(
        wrong_indices(&m),
        [1, 6],
        "the touch marked the last item, not a mistake"
    );

    // After the stop, marks may still be finished (EGRA's practice) and the last item corrected.
    m.touch(&mut k, 2).unwrap();
    m.stop();
    m.touch(&mut k, 20).unwrap();
    assert_eq!(m.state().last_item, Some(20));
    m.finish(&mut k).unwrap();
    let r = m.state().result.unwrap();
    // 21 attempted, 3 wrong; stopped part-way, so rated over the full minute.
    assert_eq!((r.attempted, r.correct), (21, 18));
    assert!((r.per_minute - 18.0).abs() < 1e-9);
    assert!(
        m.state().questions.is_empty(),
        "a letter grid has no questions"
    );
    assert_eq!(k.assessments(&learner).unwrap().len(), 1);

    m.finish(&mut k).unwrap();
    m.touch(&mut k, 30).unwrap();
    m.stop();
    assert_eq!(
        k.assessments(&learner).unwrap().len(),
        1,
        "Done twice stores once"
    );
    assert_eq!(
        (m.state().last_item, m.state().marking_last),
        (Some(20), false)
    );
}

#[test]
fn time_up_waits_for_the_last_item_read() {
    let dir = tempfile::tempdir().unwrap();
    let (mut k, clock, _, mut m) = grid(dir.path(), Subtask::FamiliarWords);
    assert_eq!(m.state().columns, 5);
    m.begin(&mut k).unwrap();
    clock.advance(15_500);
    m.tick(&mut k).unwrap();
    assert_eq!(
        m.state().seconds_left,
        44,
        "44.5 s left shows 44: never more than is left"
    );
    m.touch(&mut k, 0).unwrap();
    clock.advance(44_500);
    m.tick(&mut k).unwrap();
    let s = m.state();
    assert_eq!((s.phase, s.seconds_left), (RunPhase::AwaitingLastItem, 0));
    assert!(s.marking_last);
    m.finish(&mut k).unwrap();
    assert!(
        m.state().result.is_none(),
        "Done is ignored until the last item is marked"
    );
    m.touch(&mut k, 29).unwrap();
    assert_eq!(m.state().phase, RunPhase::Done);
    m.finish(&mut k).unwrap();
    let r = m.state().result.unwrap();
    assert_eq!((r.attempted, r.correct), (30, 29));
    assert!((r.per_minute - 29.0).abs() < 1e-9);
}

#[test]
fn a_touch_after_the_minute_ends_the_run_even_without_a_tick() {
    let dir = tempfile::tempdir().unwrap();
    let (mut k, clock, _, mut m) = grid(dir.path(), Subtask::Nonwords);
    m.begin(&mut k).unwrap();
    clock.advance(61_000);
    m.touch(&mut k, 3).unwrap();
    assert_eq!(m.state().phase, RunPhase::AwaitingLastItem);
    assert_eq!(wrong_indices(&m), [3], "the mark still counts");
}

#[test]
fn an_all_wrong_first_line_offers_the_autostop_and_scores_zero() {
    let dir = tempfile::tempdir().unwrap();
    let (mut k, clock, _, mut m) = grid(dir.path(), Subtask::LetterSounds);
    m.begin(&mut k).unwrap();
    clock.advance(12_000);
    for i in 0..9 {
        m.touch(&mut k, i).unwrap();
    }
    assert!(
        !m.state().offer_autostop,
        "nine of ten wrong is not the whole line"
    );
    m.touch(&mut k, 9).unwrap();
    assert!(m.state().offer_autostop);
    assert_eq!(m.state().autostop_after, 10);
    m.stop();
    assert!(
        !m.state().offer_autostop,
        "once stopping, the offer is gone"
    );
    m.touch(&mut k, 9).unwrap();
    m.finish(&mut k).unwrap();
    let r = m.state().result.unwrap();
    assert_eq!((r.attempted, r.correct, r.per_minute), (10, 0, 0.0));
}

#[test]
fn only_questions_on_text_reached_are_asked_all_marked_then_saved_once() {
    let dir = tempfile::tempdir().unwrap();
    let (mut k, clock, learner, mut m) = grid(dir.path(), Subtask::OralReading);
    assert_eq!(m.state().columns, 0, "a passage flows");
    let passage = assess::items::draw(&k.pack("sw").unwrap(), SubtaskKind::OralReading, 0).unwrap();
    assert_eq!(passage.texts, m.state().items, "the pack's one story");
    let ends = passage.question_ends;
    assert!(
        ends.len() >= 2,
        "the Swahili story has questions along it: {ends:?}"
    );
    assert!(m.mark_question(0, true).is_err(), "no question before Done");

    m.begin(&mut k).unwrap();
    clock.advance(30_000);
    m.stop();
    // She stopped where the first question's sentence ends (index = 1-based word − 1).
    m.touch(&mut k, u32::try_from(ends[0] - 1).unwrap())
        .unwrap();
    m.finish(&mut k).unwrap();
    let asked = assess::questions_reached(&ends, ends[0]);
    assert_eq!(m.state().questions.len(), asked);
    assert!(asked < ends.len());
    assert!(!m.state().can_save);
    m.save_comprehension(&mut k).unwrap();
    assert!(
        m.state().comprehension.is_none(),
        "Save is ignored until all are marked"
    );
    let last = u32::try_from(asked).unwrap();
    assert!(matches!(
        m.mark_question(last, true),
        Err(Error::InvalidInput(_))
    ));
    for i in 0..last {
        m.mark_question(i, i != 0).unwrap();
    }
    assert!(m.state().can_save);
    m.save_comprehension(&mut k).unwrap();
    let c = m.state().comprehension.unwrap();
    assert_eq!((c.correct, c.attempted), (last - 1, last));
    assert!(!m.state().can_save);
    m.mark_question(0, true).unwrap();
    assert_eq!(
        m.state().answers[0],
        Some(false),
        "a saved mark does not change"
    );
    m.save_comprehension(&mut k).unwrap();
    let stored = k.assessments(&learner).unwrap();
    assert_eq!(
        stored.len(),
        2,
        "the reading and its comprehension, once each"
    );
    assert_eq!(stored[1].subtask, "comprehension");
}

#[test]
fn wrong_taps_are_errors_or_ignored_never_panics() {
    let dir = tempfile::tempdir().unwrap();
    let (mut k, clock, learner, mut m) = grid(dir.path(), Subtask::LetterSounds);
    for s in [Subtask::Comprehension, Subtask::Aser] {
        let refused = AssessmentModel::start(&mut k, &learner, "sw", s, None);
        assert!(matches!(refused, Err(Error::InvalidInput(_))), "{s:?}");
    }
    let before = m.state().clone();
    for index in [100, u32::MAX] {
        assert!(matches!(
            m.touch(&mut k, index),
            Err(Error::InvalidInput(_))
        ));
    }
    m.stop();
    m.tick(&mut k).unwrap();
    m.finish(&mut k).unwrap();
    assert_eq!(
        m.state(),
        &before,
        "out of range, or before Start: nothing changes"
    );

    m.begin(&mut k).unwrap();
    m.begin(&mut k).unwrap(); // a double tap on Start
    assert_eq!(m.state().phase, RunPhase::Running);
    // Stopping at an item in no time is the core's refusal, kept as an error and still
    // stopping, so the facilitator can touch again once the clock moved.
    m.stop();
    assert!(matches!(m.touch(&mut k, 4), Err(Error::InvalidInput(_))));
    assert!(m.state().marking_last);
    clock.advance(5_000);
    m.touch(&mut k, 4).unwrap();
    assert_eq!(m.state().phase, RunPhase::Done);

    m.cancel(&mut k).unwrap();
    assert!(
        k.assessments(&learner).unwrap().is_empty(),
        "a cancelled run stores nothing"
    );
    assert!(matches!(m.finish(&mut k), Err(Error::NotFound(_))));
}

#[test]
fn an_aser_probe_is_kept_in_bounds_gets_its_level_and_is_saved_once() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(0));
    let mut k = open(dir.path(), &clock);
    let learner = k.create_learner("Amina", "").unwrap().id;
    let mut probe = AserModel::new(&learner, "sw", None);
    probe.set_letters(9);
    assert_eq!(
        probe.state().letters_right,
        ASER_SHOWN,
        "no more right than shown"
    );
    probe.set_words(4);
    probe.set_paragraph(Some(400));
    assert_eq!(probe.state().paragraph_mistakes, Some(20));
    probe.set_paragraph(Some(4)); // more than 3 mistakes: the paragraph is not passed
    probe.set_story(None);
    probe.save(&mut k).unwrap();
    assert_eq!(probe.state().level, Some(AserLevel::Word));
    probe.set_words(0);
    probe.save(&mut k).unwrap();
    assert_eq!(
        probe.state().words_right,
        4,
        "a saved probe does not change"
    );
    let stored = k.assessments(&learner).unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].level.as_deref(), Some("word"));

    let mut nobody = AserModel::new("no-such-learner", "sw", None);
    assert!(nobody.save(&mut k).is_err());
    assert_eq!(nobody.state().level, None, "a refused save shows no level");
}
