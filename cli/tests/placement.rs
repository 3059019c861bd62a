//! A placement test in the terminal, answered all right, survives the lessons after it: the
//! units it opened stay open and `kusoma progress` does not send her back to the first.

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

mod common;

use kusoma_core::engine::placement;

#[test]
fn a_placement_answered_all_right_survives_a_lesson_and_progress_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let pack = kusoma_core::pack::load(&common::lessons().join("sw")).unwrap();
    // Every planned letter typed as itself: all right.
    let answers: String = placement::plan(&pack)
        .iter()
        .map(|&g| format!("{}\n", pack.graphemes[g].text))
        .collect();
    let test = common::run(
        &data,
        &[
            "learn",
            "--placement",
            "--pack",
            "sw",
            "--lang",
            "en",
            "--seed",
            "2",
        ],
        &format!("Amina\n{answers}"),
        &[],
    );
    assert!(test.status.success(), "{test:?}");
    let db = rusqlite::Connection::open(data.join("kusoma.db")).unwrap();
    let placed: i64 = db
        .query_row(
            "SELECT count(*) FROM skill_state WHERE mastered = 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(placed >= 20, "{placed} letters placed");

    let lesson = common::run(
        &data,
        &[
            "learn",
            "--pack",
            "sw",
            "--lang",
            "en",
            "--exercises",
            "10",
            "--seed",
            "3",
        ],
        &"1\n".repeat(10),
        &[],
    );
    assert!(lesson.status.success(), "{lesson:?}");
    let progress = common::run(&data, &["progress", "Amina", "--lang", "en"], "", &[]);
    let text = String::from_utf8_lossy(&progress.stdout);
    let first_unit = text
        .lines()
        .find(|l| l.trim_start().starts_with(&pack.units[0].title))
        .unwrap_or_else(|| panic!("a line for the first unit: {text}"));
    assert!(
        !first_unit.contains("now learning"),
        "the first unit is not being learned again: {text}"
    );
    let still_placed: i64 = db
        .query_row(
            "SELECT count(*) FROM skill_state WHERE mastered = 1 AND skill LIKE 'g:%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(
        still_placed >= placed - 10,
        "at most the ten letters she answered can have reopened: {still_placed} of {placed}"
    );
}
