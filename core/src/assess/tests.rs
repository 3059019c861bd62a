//! Assessment tests: EGRA's scoring rules case by case (time adjustment, autostop on the first
//! line only, time-up then the bracket, nothing read, bad input) and every ASER boundary. The
//! expected numbers are worked out in the comments.

use super::*;
use crate::error::Error;

/// A letter grid (100 items, 60 s, autostop 10) started at `start`.
fn letters_from(start: i64) -> GridRun {
    let mut run = GridRun::standard(SubtaskKind::LetterSounds).unwrap();
    run.start(start).unwrap();
    run
}

fn wrong(run: &mut GridRun, positions: impl IntoIterator<Item = usize>) {
    for p in positions {
        run.mark(p, false).unwrap();
    }
}

fn is_invalid<T: std::fmt::Debug>(result: Result<T>) -> bool {
    matches!(result, Err(Error::InvalidInput(_)))
}

#[test]
fn standard_grids_follow_egra() {
    let letters = GridRun::standard(SubtaskKind::LetterSounds).unwrap();
    assert_eq!(
        (
            letters.items(),
            letters.limit_ms(),
            letters.autostop_after()
        ),
        (100, 60_000, 10)
    );
    for kind in [SubtaskKind::FamiliarWords, SubtaskKind::Nonwords] {
        let words = GridRun::standard(kind).unwrap();
        assert_eq!(
            (words.items(), words.limit_ms(), words.autostop_after()),
            (50, 60_000, 5)
        );
    }
    // A passage's length is the passage's; comprehension is not a grid at all.
    assert!(is_invalid(GridRun::standard(SubtaskKind::OralReading)));
    assert!(is_invalid(GridRun::standard(SubtaskKind::Comprehension)));
    assert!(GridRun::new(SubtaskKind::OralReading, 60, 60_000, 0).is_ok());
}

#[test]
fn full_time_45_of_50_attempted() {
    // 5 errors among the first 50 letters, time runs out, the bracket is on letter 50:
    // attempted 50, correct 50 − 5 = 45, no time remaining → 45 / 60 × 60 = 45 per minute.
    let mut run = letters_from(1_000);
    wrong(&mut run, [3, 12, 20, 33, 47]);
    run.time_up(61_000).unwrap();
    run.set_last_item(50).unwrap();
    let s = run.score().unwrap();
    assert_eq!((s.attempted, s.correct, s.incorrect), (50, 45, 5));
    assert_eq!(s.seconds_used, 60.0);
    assert_eq!(s.seconds_remaining, 0.0);
    assert_eq!(s.per_minute, 45.0);
    assert!(!s.autostopped && !s.finished_early);
}

#[test]
fn finishing_early_rates_over_the_time_used() {
    // All 100 letters in 40 s with 8 errors: correct 92, time remaining 20 s,
    // per minute = 92 / (60 − 20) × 60 = 92 / 40 × 60 = 138.
    let mut run = letters_from(5_000);
    wrong(&mut run, [1, 9, 18, 27, 36, 45, 54, 99]);
    run.stop_at(100, 45_000).unwrap();
    let s = run.score().unwrap();
    assert_eq!((s.attempted, s.correct, s.incorrect), (100, 92, 8));
    assert_eq!(s.seconds_used, 40.0);
    assert_eq!(s.seconds_remaining, 20.0);
    assert_eq!(s.per_minute, 138.0);
    assert!(s.finished_early && !s.autostopped);
}

#[test]
fn stopping_part_way_with_time_left_rates_over_the_full_minute() {
    // The facilitator ended the subtask at letter 30 after 20 s (no errors). EGRA records time
    // remaining only for a learner who reached the end, so 30 / 60 × 60 = 30, not 30 / 20 × 60.
    let mut run = letters_from(0);
    run.stop_at(30, 20_000).unwrap();
    let s = run.score().unwrap();
    assert_eq!((s.attempted, s.correct), (30, 30));
    assert_eq!(s.seconds_used, 20.0);
    assert_eq!(s.seconds_remaining, 0.0);
    assert_eq!(s.per_minute, 30.0);
    assert!(!s.finished_early);
}

#[test]
fn a_stop_after_the_limit_counts_the_full_limit() {
    // The last letter tapped 15 s late: the clock is clamped to 60 s, so even reaching letter
    // 100 is not an early finish: 100 / 60 × 60 = 100.
    let mut run = letters_from(0);
    run.stop_at(100, 75_000).unwrap();
    let s = run.score().unwrap();
    assert_eq!(s.seconds_used, 60.0);
    assert_eq!(s.seconds_remaining, 0.0);
    assert_eq!(s.per_minute, 100.0);
    assert!(!s.finished_early);
}

#[test]
fn autostop_looks_at_the_first_line_only() {
    // 10 wrong at 11–20 is not the first line: no autostop. Bracket on 30 at time-up:
    // correct 30 − 10 = 20 → 20 per minute.
    let mut run = letters_from(0);
    wrong(&mut run, 11..=20);
    assert!(!run.autostopped());
    run.time_up(60_000).unwrap();
    run.set_last_item(30).unwrap();
    let s = run.score().unwrap();
    assert!(!s.autostopped);
    assert_eq!((s.attempted, s.correct, s.incorrect), (30, 20, 10));
    assert_eq!(s.per_minute, 20.0);

    // The first 10 all wrong: autostop as soon as the 10th is marked; the facilitator stops
    // there. Score 0 correct, 0 per minute, the line (10) attempted.
    let mut run = letters_from(0);
    wrong(&mut run, 1..=9);
    assert!(!run.autostopped());
    run.mark(10, false).unwrap();
    assert!(run.autostopped());
    run.stop_at(10, 12_000).unwrap();
    let s = run.score().unwrap();
    assert!(s.autostopped && !s.finished_early);
    assert_eq!((s.attempted, s.correct, s.incorrect), (10, 0, 10));
    assert_eq!(s.per_minute, 0.0);
    assert_eq!(s.seconds_used, 12.0);
}

#[test]
fn autostop_on_words_is_the_first_five() {
    let mut run = GridRun::standard(SubtaskKind::Nonwords).unwrap();
    run.start(0).unwrap();
    wrong(&mut run, 1..=4);
    assert!(!run.autostopped());
    run.mark(5, false).unwrap();
    assert!(run.autostopped());
    // Stopped a little late, at word 7 (6 and 7 right): still discontinued, still 0 over 5.
    run.stop_at(7, 9_000).unwrap();
    let s = run.score().unwrap();
    assert!(s.autostopped);
    assert_eq!((s.attempted, s.correct, s.per_minute), (5, 0, 0.0));
}

#[test]
fn nine_of_the_first_ten_wrong_then_one_right_does_not_autostop() {
    // 1–9 wrong, 10 right, then 11–20 read with no errors and time up at 20:
    // correct 20 − 9 = 11 → 11 per minute.
    let mut run = letters_from(0);
    wrong(&mut run, 1..=9);
    run.mark(10, true).unwrap();
    assert!(!run.autostopped());
    run.time_up(60_000).unwrap();
    run.set_last_item(20).unwrap();
    let s = run.score().unwrap();
    assert!(!s.autostopped);
    assert_eq!((s.attempted, s.correct, s.incorrect), (20, 11, 9));
    assert_eq!(s.per_minute, 11.0);
}

#[test]
fn a_self_correction_lifts_the_autostop() {
    let mut run = letters_from(0);
    wrong(&mut run, 1..=10);
    assert!(run.autostopped());
    run.mark(4, true).unwrap();
    assert!(!run.autostopped());
    assert!(!run.is_marked_wrong(4) && run.is_marked_wrong(5));
}

#[test]
fn autostop_disabled_with_zero() {
    let mut run = GridRun::new(SubtaskKind::LetterSounds, 100, 60_000, 0).unwrap();
    run.start(0).unwrap();
    wrong(&mut run, 1..=10);
    assert!(!run.autostopped());
    run.time_up(60_000).unwrap();
    run.set_last_item(12).unwrap();
    // correct 12 − 10 = 2 → 2 per minute.
    assert_eq!(run.score().unwrap().per_minute, 2.0);
}

#[test]
fn stopping_before_the_line_is_not_an_autostop() {
    // 3 letters read, all wrong, then the learner stopped: the first line was never reached,
    // so this is a score of 0 correct over 3 attempted, not an autostop.
    let mut run = letters_from(0);
    wrong(&mut run, 1..=10); // 4–10 marked by a slip of the finger, after the last item
    run.stop_at(3, 8_000).unwrap();
    assert!(!run.autostopped());
    let s = run.score().unwrap();
    assert!(!s.autostopped);
    assert_eq!(
        (s.attempted, s.correct, s.incorrect, s.per_minute),
        (3, 0, 3, 0.0)
    );
}

#[test]
fn nothing_read_scores_zero_without_dividing() {
    // Time up with the bracket before the first item: 0 attempted, 0 per minute.
    let mut run = letters_from(0);
    run.time_up(60_000).unwrap();
    run.set_last_item(0).unwrap();
    let s = run.score().unwrap();
    assert_eq!((s.attempted, s.correct, s.incorrect), (0, 0, 0));
    assert_eq!(s.per_minute, 0.0);
    assert!(!s.finished_early);

    // Stopped at once with nothing read (no time used): also 0, no division by zero.
    let mut run = letters_from(500);
    run.stop_at(0, 500).unwrap();
    let s = run.score().unwrap();
    assert_eq!((s.attempted, s.per_minute, s.seconds_used), (0, 0.0, 0.0));
    assert!(s.per_minute.is_finite());
}

#[test]
fn items_read_in_no_time_are_refused() {
    // 5 letters with the clock not moving would be an infinite rate.
    let mut run = letters_from(500);
    assert!(is_invalid(run.stop_at(5, 500)));
    assert_eq!(run.phase(), RunPhase::Running);
}

#[test]
fn marks_after_the_last_item_are_ignored() {
    // Wrong at 7 and 60, bracket at 50: only 7 counts → correct 49 → 49 per minute.
    let mut run = letters_from(0);
    wrong(&mut run, [7, 60]);
    run.time_up(60_000).unwrap();
    run.set_last_item(50).unwrap();
    let s = run.score().unwrap();
    assert_eq!((s.attempted, s.correct, s.incorrect), (50, 49, 1));
    assert_eq!(s.per_minute, 49.0);
}

#[test]
fn time_up_waits_for_the_last_item() {
    let mut run = letters_from(0);
    assert_eq!(run.phase(), RunPhase::Running);
    wrong(&mut run, [2, 41]);
    // The timer fires a little early: the minute is still the minute.
    run.time_up(59_990).unwrap();
    assert_eq!(run.phase(), RunPhase::AwaitingLastItem);
    assert_eq!(run.last_item(), None);
    assert!(is_invalid(run.score()));
    // Marks may still be finished after the stop (41 becomes a self-correction).
    run.mark(41, true).unwrap();
    run.set_last_item(40).unwrap();
    assert_eq!(run.phase(), RunPhase::Done);
    // Bracket at 40, one error (2) → correct 39 over the full 60 s → 39 per minute.
    let s = run.score().unwrap();
    assert_eq!((s.attempted, s.correct, s.incorrect), (40, 39, 1));
    assert_eq!(s.seconds_used, 60.0);
    assert_eq!(s.per_minute, 39.0);
    // A mis-tapped bracket can be moved: 42 → correct 41.
    run.set_last_item(42).unwrap();
    assert_eq!(run.score().unwrap().correct, 41);
}

#[test]
fn invalid_positions_and_order_are_refused() {
    let mut run = GridRun::standard(SubtaskKind::LetterSounds).unwrap();
    assert_eq!(run.phase(), RunPhase::Ready);
    assert!(is_invalid(run.mark(1, false)), "mark before start");
    assert!(is_invalid(run.stop_at(5, 1_000)), "stop before start");
    assert!(is_invalid(run.time_up(1_000)), "time up before start");
    assert!(is_invalid(run.set_last_item(5)), "last item before start");
    assert!(is_invalid(run.score()), "score before start");
    run.start(0).unwrap();
    assert!(is_invalid(run.start(10)), "started twice");
    assert!(is_invalid(run.mark(0, false)), "position 0");
    assert!(is_invalid(run.mark(101, false)), "beyond the grid");
    assert!(is_invalid(run.set_last_item(5)), "last item while running");
    assert!(is_invalid(run.score()), "score while running");
    assert!(is_invalid(run.stop_at(101, 30_000)), "stop beyond the grid");
    run.stop_at(100, 30_000).unwrap();
    assert!(is_invalid(run.stop_at(100, 31_000)), "stopped twice");
    assert!(is_invalid(run.time_up(60_000)), "time up after the stop");
    assert!(
        is_invalid(run.set_last_item(101)),
        "corrected beyond the grid"
    );
    assert!(!run.is_marked_wrong(0) && !run.is_marked_wrong(500));

    assert!(is_invalid(GridRun::new(
        SubtaskKind::Comprehension,
        5,
        60_000,
        0
    )));
    assert!(is_invalid(GridRun::new(
        SubtaskKind::Nonwords,
        0,
        60_000,
        0
    )));
    assert!(is_invalid(GridRun::new(SubtaskKind::Nonwords, 50, 0, 5)));
    assert!(is_invalid(GridRun::new(SubtaskKind::Nonwords, 50, -1, 5)));
    assert!(is_invalid(GridRun::new(
        SubtaskKind::Nonwords,
        4,
        60_000,
        5
    )));
}

#[test]
fn a_clock_going_backwards_is_refused_and_changes_nothing() {
    let mut run = letters_from(10_000);
    assert!(is_invalid(run.stop_at(5, 9_999)));
    assert!(is_invalid(run.time_up(i64::MIN)));
    assert_eq!(run.phase(), RunPhase::Running);
    // The clock reads sensibly again: 5 letters in 10 s, not the end → 5 per minute.
    run.stop_at(5, 20_000).unwrap();
    assert_eq!(run.score().unwrap().per_minute, 5.0);
}

#[test]
fn extreme_times_do_not_overflow() {
    let mut run = letters_from(i64::MIN);
    run.stop_at(100, i64::MAX).unwrap();
    let s = run.score().unwrap();
    assert_eq!(s.seconds_used, 60.0);
    assert_eq!(s.per_minute, 100.0);
}

#[test]
fn remaining_time_for_display() {
    let mut run = GridRun::standard(SubtaskKind::FamiliarWords).unwrap();
    assert_eq!(run.remaining_ms(123), 60_000);
    run.start(1_000).unwrap();
    assert_eq!(run.remaining_ms(11_000), 50_000);
    assert_eq!(run.remaining_ms(500), 60_000); // earlier than the start: clamped
    assert_eq!(run.remaining_ms(90_000), 0);
    run.stop_at(50, 31_000).unwrap();
    assert_eq!(run.remaining_ms(99_000), 30_000); // the stopped clock
}

#[test]
fn oral_reading_finished_early() {
    // A 60-word passage read to the end in 45 s; wrong at 4, 17 (marked twice) and 33:
    // incorrect 3, correct 57, time remaining 15 → 57 / (60 − 15) × 60 = 76 words per minute.
    let s = oral_reading(60, 60, &[4, 17, 17, 33], 45_000, TIME_LIMIT_MS).unwrap();
    assert_eq!((s.attempted, s.correct, s.incorrect), (60, 57, 3));
    assert_eq!(s.seconds_remaining, 15.0);
    assert_eq!(s.per_minute, 76.0);
    assert!(s.finished_early);
}

#[test]
fn oral_reading_full_time_and_part_way() {
    // 80 words, time up at word 52, wrong at 5 and 60 (after the bracket, ignored):
    // correct 51 → 51 per minute.
    let s = oral_reading(80, 52, &[5, 60], 60_000, TIME_LIMIT_MS).unwrap();
    assert_eq!((s.attempted, s.correct, s.incorrect), (52, 51, 1));
    assert_eq!(s.per_minute, 51.0);
    assert!(!s.finished_early);
    // Time beyond the limit is clamped: the same score.
    assert_eq!(
        oral_reading(80, 52, &[5, 60], 90_000, TIME_LIMIT_MS).unwrap(),
        s
    );
    // Stopped at word 20 after 30 s without reaching the end: over the full minute,
    // 20 / 60 × 60 = 20.
    let s = oral_reading(80, 20, &[], 30_000, TIME_LIMIT_MS).unwrap();
    assert_eq!(
        (s.per_minute, s.seconds_used, s.seconds_remaining),
        (20.0, 30.0, 0.0)
    );
    // Nothing read.
    let s = oral_reading(80, 0, &[], 60_000, TIME_LIMIT_MS).unwrap();
    assert_eq!((s.attempted, s.per_minute), (0, 0.0));
}

#[test]
fn oral_reading_refuses_bad_input() {
    assert!(is_invalid(oral_reading(0, 0, &[], 1_000, 60_000)));
    assert!(is_invalid(oral_reading(60, 61, &[], 1_000, 60_000)));
    assert!(is_invalid(oral_reading(60, 10, &[0], 1_000, 60_000)));
    assert!(is_invalid(oral_reading(60, 10, &[61], 1_000, 60_000)));
    assert!(is_invalid(oral_reading(60, 10, &[], -1, 60_000)));
    assert!(is_invalid(oral_reading(60, 10, &[], 0, 60_000)));
    assert!(is_invalid(oral_reading(60, 10, &[], 1_000, 0)));
}

#[test]
fn comprehension_counts_only_questions_asked() {
    // Nothing asked (the learner read nothing): 0, and asked 0 tells it apart from all wrong.
    let s = comprehension(0, 0).unwrap();
    assert_eq!((s.correct, s.asked, s.share), (0, 0, 0.0));
    // 3 of the 4 questions reached → 0.75.
    assert_eq!(comprehension(3, 4).unwrap().share, 0.75);
    assert_eq!(comprehension(5, 5).unwrap().share, 1.0);
    assert!(is_invalid(comprehension(5, 4)));
    // Questions needing words up to 10, 25, 40, 58, 60; bracket at 40 → 3 may be asked.
    let ends = [10, 25, 40, 58, 60];
    assert_eq!(questions_reached(&ends, 40), 3);
    assert_eq!(questions_reached(&ends, 0), 0);
    assert_eq!(questions_reached(&ends, 60), 5);
}

fn probe(
    letters: usize,
    words: usize,
    paragraph: Option<usize>,
    story: Option<usize>,
) -> AserProbe {
    AserProbe {
        letters_shown: 5,
        letters_right: letters,
        words_shown: 5,
        words_right: words,
        paragraph_mistakes: paragraph,
        story_mistakes: story,
    }
}

#[test]
fn aser_levels_at_every_boundary() {
    let level = |p: AserProbe| p.level().unwrap();
    assert_eq!(level(AserProbe::default()), AserLevel::Beginner);
    assert_eq!(level(probe(3, 0, None, None)), AserLevel::Beginner);
    assert_eq!(level(probe(4, 0, None, None)), AserLevel::Letter);
    assert_eq!(level(probe(5, 3, None, None)), AserLevel::Letter);
    assert_eq!(level(probe(5, 4, None, None)), AserLevel::Word);
    // Words are given to a learner who failed the paragraph before letters: words pass alone.
    assert_eq!(level(probe(0, 4, Some(9), None)), AserLevel::Word);
    assert_eq!(level(probe(0, 0, Some(3), None)), AserLevel::Paragraph);
    assert_eq!(level(probe(5, 5, Some(4), None)), AserLevel::Word);
    assert_eq!(level(probe(0, 0, Some(3), Some(3))), AserLevel::Story);
    assert_eq!(level(probe(0, 0, Some(0), Some(4))), AserLevel::Paragraph);
    // The story only counts after the paragraph was passed.
    assert_eq!(level(probe(5, 5, Some(4), Some(0))), AserLevel::Word);
    assert_eq!(level(probe(5, 5, None, Some(0))), AserLevel::Word);
    // 8 of 10 is 4 in 5; 7 of 10 is not.
    let ten = |right| AserProbe {
        letters_shown: 10,
        letters_right: right,
        ..AserProbe::default()
    };
    assert_eq!(level(ten(8)), AserLevel::Letter);
    assert_eq!(level(ten(7)), AserLevel::Beginner);
    assert!(is_invalid(probe(6, 0, None, None).level()));
    assert!(is_invalid(probe(0, 6, None, None).level()));
}

#[test]
fn stored_names_round_trip() {
    for level in AserLevel::ALL {
        assert_eq!(AserLevel::parse(level.as_str()).unwrap(), level);
    }
    let names: Vec<_> = AserLevel::ALL.iter().map(|l| l.as_str()).collect();
    assert_eq!(names, ["beginner", "letter", "word", "paragraph", "story"]);
    assert!(AserLevel::Beginner < AserLevel::Story);
    assert!(is_invalid(AserLevel::parse("Story")));
    assert!(is_invalid(AserLevel::parse("")));
    for kind in SubtaskKind::ALL {
        assert_eq!(SubtaskKind::parse(kind.as_str()).unwrap(), kind);
    }
    assert!(is_invalid(SubtaskKind::parse("letters")));
}

#[test]
fn the_first_line_is_the_marked_one_or_egras_ten_words() {
    use super::items::{DEFAULT_FIRST_LINE, first_line};
    assert_eq!(first_line(None, 60), DEFAULT_FIRST_LINE);
    assert_eq!(first_line(None, 6), 6);
    assert_eq!(first_line(Some(7), 60), 7);
    assert_eq!(first_line(Some(12), 60), 12);
}
