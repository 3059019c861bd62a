//! Assessments run through the facade (items from the pack, the clock, marks, stored scores)
//! and the reports built on them and on the attempt log.

#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::sync::Arc;

use kusoma_core::assess::{AserProbe, RunPhase, SubtaskKind};
use kusoma_core::clock::ManualClock;
use kusoma_core::report::HelpReason;
use kusoma_core::{
    AgeBand, Answer, Demographics, Enrolment, Error, Gender, Kusoma, MarkedBy, OpenOptions,
    SessionOptions,
};
use kusoma_tests::{lessons, right_answer, wrong_answer};

fn open(dir: &Path, clock: &Arc<ManualClock>) -> Kusoma {
    let options = OpenOptions {
        pack_dirs: vec![lessons()],
        clock: clock.clone(),
        ..OpenOptions::default()
    };
    Kusoma::open(dir, options).unwrap()
}

/// A letter-sounds grid in `pack` read until the minute ran out, `last` the last item read.
fn letter_grid_read_for_a_minute(
    k: &mut Kusoma,
    clock: &ManualClock,
    who: &str,
    pack: &str,
    last: u32,
) {
    let sheet = k
        .start_assessment(
            who,
            pack,
            SubtaskKind::LetterSounds,
            MarkedBy::Facilitator,
            None,
            Some(1),
        )
        .unwrap();
    k.begin_assessment(&sheet.id).unwrap();
    clock.advance(60_000);
    k.assessment_time_up(&sheet.id).unwrap();
    k.set_assessment_last_item(&sheet.id, last).unwrap();
    k.finish_assessment(&sheet.id).unwrap();
}

#[test]
fn a_letter_grid_is_drawn_from_the_pack_timed_marked_scored_and_stored() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let mut k = open(dir.path(), &clock);
    let l = k.create_learner("Amina", "").unwrap();
    let sheet = k
        .start_assessment(
            &l.id,
            "sw",
            SubtaskKind::LetterSounds,
            MarkedBy::Facilitator,
            None,
            Some(3),
        )
        .unwrap();
    assert_eq!(
        (sheet.items.len(), sheet.limit_ms, sheet.autostop_after),
        (100, 60_000, 10)
    );
    let pack = k.pack("sw").unwrap();
    assert!(
        sheet
            .items
            .iter()
            .all(|i| pack.graphemes.iter().any(|g| &g.display() == i))
    );
    assert!(
        sheet.items.windows(2).all(|w| w[0] != w[1]),
        "never the same letter twice in a row"
    );
    let again = k
        .start_assessment(
            &l.id,
            "sw",
            SubtaskKind::LetterSounds,
            MarkedBy::Facilitator,
            None,
            Some(3),
        )
        .unwrap();
    assert_eq!(again.items, sheet.items, "the same seed, the same grid");
    k.cancel_assessment(&again.id).unwrap();

    assert!(k.finish_assessment(&sheet.id).is_err(), "not before it ran");
    k.begin_assessment(&sheet.id).unwrap();
    for wrong in [2, 11, 30] {
        k.mark_assessment_item(&sheet.id, wrong, false).unwrap();
    }
    clock.advance(60_000);
    let state = k.assessment_time_up(&sheet.id).unwrap();
    assert_eq!(state.phase, RunPhase::AwaitingLastItem);
    k.set_assessment_last_item(&sheet.id, 40).unwrap();
    let r = k.finish_assessment(&sheet.id).unwrap();
    // 40 attempted, 3 wrong, the whole minute used: 37 correct per minute.
    assert_eq!((r.attempted, r.correct, r.autostopped), (40, 37, false));
    assert!((r.per_minute - 37.0).abs() < 1e-9);
    let stored = k.assessments(&l.id).unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0], r);
    assert!(matches!(
        k.assessment_state(&sheet.id),
        Err(Error::NotFound(_))
    ));
}

#[test]
fn a_learner_answering_on_the_phone_is_marked_by_the_core_and_autostop_applies() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(0));
    let mut k = open(dir.path(), &clock);
    let l = k.create_learner("Neema", "").unwrap();
    let sheet = k
        .start_assessment(
            &l.id,
            "sw",
            SubtaskKind::FamiliarWords,
            MarkedBy::Learner,
            None,
            Some(1),
        )
        .unwrap();
    assert_eq!(sheet.items.len(), 50);
    k.begin_assessment(&sheet.id).unwrap();
    assert!(
        k.answer_assessment_item(&sheet.id, 1, &sheet.items[0])
            .unwrap()
    );
    for p in 1..=5u32 {
        let right = k.answer_assessment_item(&sheet.id, p, "zzz").unwrap();
        assert!(!right);
    }
    assert!(k.assessment_state(&sheet.id).unwrap().autostopped);
    clock.advance(20_000);
    k.stop_assessment(&sheet.id, 5).unwrap();
    let r = k.finish_assessment(&sheet.id).unwrap();
    assert_eq!(
        (r.attempted, r.correct, r.autostopped, r.per_minute),
        (5, 0, true, 0.0)
    );
    assert_eq!(r.marked_by, "learner");
    assert!(matches!(
        k.answer_assessment_item(&sheet.id, 1, "x"),
        Err(Error::NotFound(_))
    ));
}

#[test]
fn invented_words_are_not_words_of_the_pack_and_the_passage_is_a_story() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(0));
    let mut k = open(dir.path(), &clock);
    let l = k.create_learner("Asha", "").unwrap();
    for pack in ["sw", "hi", "ar", "en"] {
        let p = k.pack(pack).unwrap();
        let sheet = k
            .start_assessment(
                &l.id,
                pack,
                SubtaskKind::Nonwords,
                MarkedBy::Facilitator,
                None,
                Some(9),
            )
            .unwrap();
        assert_eq!(sheet.items.len(), 50, "{pack}");
        assert!(
            sheet
                .items
                .iter()
                .all(|w| p.words.iter().all(|x| &x.text != w)),
            "{pack}"
        );
        let reading = k
            .start_assessment(
                &l.id,
                pack,
                SubtaskKind::OralReading,
                MarkedBy::Facilitator,
                None,
                None,
            )
            .unwrap();
        assert!(reading.items.len() >= 10, "{pack}: a passage of words");
        assert_eq!(reading.questions.len(), reading.question_ends.len());
    }
    assert!(matches!(
        k.start_assessment(
            &l.id,
            "sw",
            SubtaskKind::Comprehension,
            MarkedBy::Facilitator,
            None,
            None
        ),
        Err(Error::InvalidInput(_))
    ));
}

#[test]
fn reports_name_who_needs_help_and_disaggregate_by_gender_and_age() {
    let dir = tempfile::tempdir().unwrap();
    let day = 86_400_000;
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let mut k = open(dir.path(), &clock);
    let mut enrol = |name: &str, gender, age_band| {
        k.enrol_learner(&Enrolment {
            name: name.into(),
            demographics: Some(Demographics { gender, age_band }),
            ..Enrolment::default()
        })
        .unwrap()
        .id
    };
    let strong = enrol("Strong", Gender::Female, AgeBand::From15To24);
    let weak = enrol("Weak", Gender::Female, AgeBand::From25To34);
    let away = enrol("Away", Gender::Male, AgeBand::From15To24);
    let new = enrol("New", Gender::Male, AgeBand::From25To34);
    let group = k.create_group("Ijumaa").unwrap();
    let ids = vec![strong.clone(), weak.clone(), away.clone(), new.clone()];
    k.add_to_group(&group.id, &ids).unwrap();
    let pack = k.pack("sw").unwrap();
    let play = |k: &mut Kusoma, who: &str, right: bool, n: u32| {
        let s = k
            .start_session(
                who,
                "sw",
                &SessionOptions {
                    exercises: n,
                    seed: Some(2),
                    ..SessionOptions::default()
                },
            )
            .unwrap();
        while let Some(ex) = k.next_exercise(&s).unwrap() {
            let a: Answer = if right {
                right_answer(&pack, &ex)
            } else {
                wrong_answer(&pack, &ex)
            };
            k.submit(&s, &a, 1000).unwrap();
        }
        k.end_session(&s).unwrap();
    };
    play(&mut k, &away, true, 12);
    clock.advance(20 * day);
    play(&mut k, &strong, true, 12);
    play(&mut k, &weak, false, 12);
    let gs = k.start_group_session(&group.id, "sw", None, &[]).unwrap();
    k.set_attendance(&gs.id, std::slice::from_ref(&away), false)
        .unwrap();

    let r = k.group_report(&group.id, "sw").unwrap();
    let reasons: Vec<(&str, HelpReason)> = r
        .needs_help
        .iter()
        .map(|n| (n.name.as_str(), n.reason))
        .collect();
    assert_eq!(reasons.len(), 3, "{reasons:?}");
    assert_eq!(reasons[0], ("New", HelpReason::NotStarted));
    assert_eq!(reasons[1], ("Away", HelpReason::Stalled { days: 20 }));
    assert_eq!(
        reasons[2],
        ("Weak", HelpReason::Struggling { accuracy: 0.0 })
    );
    assert!(
        !r.needs_help[2].struggles.is_empty(),
        "the skills she misses are named"
    );
    assert!(r.hardest_items.iter().all(|i| i.correct < i.attempts));
    assert!(!r.hardest_items.is_empty());
    assert_eq!(r.attendance_rate, Some(0.75));

    for (who, level_probe, cpm) in [
        (
            &strong,
            AserProbe {
                letters_shown: 5,
                letters_right: 5,
                words_shown: 5,
                words_right: 5,
                paragraph_mistakes: Some(1),
                story_mistakes: Some(2),
            },
            40.0,
        ),
        (
            &weak,
            AserProbe {
                letters_shown: 5,
                letters_right: 2,
                ..AserProbe::default()
            },
            4.0,
        ),
    ] {
        k.record_aser(who, "sw", &level_probe, None).unwrap();
        letter_grid_read_for_a_minute(&mut k, &clock, who, "sw", cpm as u32);
    }
    let p = k.programme_report(None).unwrap();
    assert_eq!(p.total.learners, 4);
    assert_eq!(p.total.aser_assessed, 2);
    assert_eq!(p.total.aser, [1, 0, 0, 0, 1]);
    let female = p
        .by_gender
        .iter()
        .find(|r| r.gender == Some(Gender::Female))
        .unwrap();
    assert_eq!(female.learners, 2);
    let cpm = female
        .subtasks
        .iter()
        .find(|s| s.subtask == "letter-sounds")
        .unwrap();
    assert!((cpm.latest - 22.0).abs() < 1e-9, "mean of 40 and 4");
    let male = p
        .by_gender
        .iter()
        .find(|r| r.gender == Some(Gender::Male))
        .unwrap();
    assert_eq!((male.learners, male.aser_assessed), (2, 0));
    assert_eq!(p.by_gender_and_age.len(), 4);

    // A Hindi grid read fast does not raise the Kiswahili means when the report is for sw:
    // the two are different yardsticks.
    letter_grid_read_for_a_minute(&mut k, &clock, &weak, "hi", 90);
    let letter_sounds = |p: &kusoma_core::report::ProgrammeReport| {
        let s = p
            .total
            .subtasks
            .iter()
            .find(|s| s.subtask == "letter-sounds");
        s.map(|s| (s.learners, s.latest))
    };
    let sw = k.programme_report(Some("sw")).unwrap();
    assert_eq!(sw.total.learners, 4, "all four have sw sessions");
    assert_eq!(letter_sounds(&sw), Some((2, 22.0)));
    assert_eq!(sw.total.attendance_rate, Some(0.75));
    let hi = k.programme_report(Some("hi")).unwrap();
    assert_eq!(hi.total.learners, 1, "only Weak has anything in hi");
    assert_eq!(letter_sounds(&hi), Some((1, 90.0)));
    assert_eq!(hi.total.aser_assessed, 0, "the ASER probes were in sw");
    assert_eq!(hi.total.attendance_rate, None, "no group session was in hi");
    assert!(matches!(
        k.programme_report(Some("xx")),
        Err(Error::NotFound(_))
    ));

    let lr = k.learner_report(&strong, "sw").unwrap();
    assert_eq!(lr.aser_level.as_deref(), Some("story"));
    assert_eq!(lr.weeks.len(), 8);
    assert_eq!(lr.weeks.iter().map(|w| w.attempts).sum::<u32>(), 12);
    assert_eq!(lr.recent_accuracy, Some(1.0));
}
