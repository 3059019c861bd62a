//! EGRA's rules as the toolkit prints them (2nd ed., RTI 2016): oral reading stops when no word
//! of the passage's first printed line is read correctly, and comprehension is scored over the
//! story's questions, never more.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;
use std::sync::Arc;

use kusoma_core::assess::SubtaskKind;
use kusoma_core::assess::items::DEFAULT_FIRST_LINE;
use kusoma_core::clock::ManualClock;
use kusoma_core::{Error, Kusoma, MarkedBy, OpenOptions};
use kusoma_tests::lessons;

fn open(dir: &Path, packs: &Path, clock: &Arc<ManualClock>) -> Kusoma {
    let options = OpenOptions {
        pack_dirs: vec![packs.to_path_buf()],
        clock: clock.clone(),
        ..OpenOptions::default()
    };
    Kusoma::open(dir, options).unwrap()
}

fn reading_sheet(k: &mut Kusoma, learner: &str, pack: &str) -> kusoma_core::AssessmentSheet {
    k.start_assessment(
        learner,
        pack,
        SubtaskKind::OralReading,
        MarkedBy::Facilitator,
        None,
        Some(1),
    )
    .unwrap()
}

#[test]
fn the_autostop_line_is_the_passages_first_line_not_its_first_question() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let mut k = open(dir.path(), &lessons(), &clock);
    let l = k.create_learner("Amina", "").unwrap();
    for pack in ["sw", "hi", "ar", "en"] {
        let sheet = reading_sheet(&mut k, &l.id, pack);
        // No bundled story marks its line, so the line is EGRA's ten words; before, it was
        // the words up to the first question (3 to 8 here).
        assert_eq!(sheet.autostop_after as usize, DEFAULT_FIRST_LINE, "{pack}");
    }
    // Nine of the ten wrong is no early stop; all ten wrong is.
    let sheet = reading_sheet(&mut k, &l.id, "sw");
    k.begin_assessment(&sheet.id).unwrap();
    for position in 1..=9 {
        let state = k.mark_assessment_item(&sheet.id, position, false).unwrap();
        assert!(!state.autostopped);
    }
    assert!(
        k.mark_assessment_item(&sheet.id, 10, false)
            .unwrap()
            .autostopped
    );
}

#[test]
fn a_pack_may_mark_the_first_printed_line() {
    let packs = tempfile::tempdir().unwrap();
    let sw = packs.path().join("sw");
    fs::create_dir(&sw).unwrap();
    for entry in fs::read_dir(lessons().join("sw")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), sw.join(entry.file_name())).unwrap();
    }
    let stories = fs::read_to_string(sw.join("stories.tsv")).unwrap();
    let marked: Vec<String> = stories
        .lines()
        .enumerate()
        .map(|(i, line)| match i {
            0 => format!("{line}\tfirst_line"),
            1 => format!("{line}\t7"),
            _ => format!("{line}\t"),
        })
        .collect();
    fs::write(sw.join("stories.tsv"), marked.join("\n") + "\n").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let mut k = open(dir.path(), packs.path(), &clock);
    let l = k.create_learner("Amina", "").unwrap();
    assert_eq!(reading_sheet(&mut k, &l.id, "sw").autostop_after, 7);

    // A line longer than the story is refused with its place.
    fs::write(
        sw.join("stories.tsv"),
        marked.join("\n").replacen("\t7", "\t900", 1) + "\n",
    )
    .unwrap();
    let problems = kusoma_core::pack::load(&sw).unwrap_err();
    assert!(
        problems.iter().any(
            |p| p.to_string().starts_with("stories.tsv:2:") && p.message.contains("first_line")
        ),
        "{problems:?}"
    );
}

#[test]
fn comprehension_answers_are_capped_at_the_storys_questions() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let mut k = open(dir.path(), &lessons(), &clock);
    let l = k.create_learner("Amina", "").unwrap();
    let questions = reading_sheet(&mut k, &l.id, "sw").questions.len() as u32;
    assert!(questions >= 3);
    let err = k
        .record_comprehension(&l.id, "sw", 20, 20, None)
        .unwrap_err();
    assert!(matches!(err, Error::InvalidInput(_)), "{err}");
    assert!(
        err.to_string().contains(&format!("has {questions}")),
        "{err}"
    );
    assert!(
        k.record_comprehension(&l.id, "sw", 2, questions + 1, None)
            .is_err()
    );
    let ok = k
        .record_comprehension(&l.id, "sw", 2, questions, None)
        .unwrap();
    assert_eq!((ok.correct, ok.attempted), (2, questions));
}
