//! `kusoma learn` and `kusoma progress` driven by a script through a pipe, as a facilitator's
//! script or a test harness would: attempts are stored, a second run continues from them, and
//! end of input ends the session cleanly.

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Output;

mod common;

fn kusoma(data: &Path, args: &[&str], stdin: &str) -> Output {
    common::run(data, args, stdin, &[])
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn attempts(data: &Path) -> i64 {
    let db = rusqlite::Connection::open(data.join("kusoma.db")).unwrap();
    db.query_row("SELECT count(*) FROM attempts", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_piped_session_is_stored_and_a_second_run_continues_from_it() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    // A new learner by name, the Swahili pack by id, then one answer per exercise.
    let first = kusoma(
        &data,
        &["learn", "--lang", "en", "--exercises", "5", "--seed", "3"],
        "Amina\nsw\n1\n2\n3\n1\n2\n",
    );
    assert!(first.status.success(), "{}", stdout(&first));
    let text = stdout(&first);
    assert!(text.contains("[5/5]"), "{text}");
    assert!(text.contains("Goodbye. Your progress is saved."), "{text}");
    assert_eq!(attempts(&data), 5);

    // Run again on the same data: pick the stored learner by number.
    let second = kusoma(
        &data,
        &["learn", "--pack", "sw", "--exercises", "4"],
        "1\n1\n1\n1\n1\n",
    );
    assert!(second.status.success(), "{}", stdout(&second));
    assert!(
        stdout(&second).contains("1) Amina"),
        "the stored learner is offered: {}",
        stdout(&second)
    );
    assert_eq!(attempts(&data), 9);

    let progress = kusoma(&data, &["progress", "Amina"], "");
    assert!(progress.status.success());
    let text = stdout(&progress);
    assert!(text.contains("Progress of Amina in Kiswahili"), "{text}");
    assert!(text.contains("9 exercises in 2 sessions"), "{text}");
}

#[test]
fn end_of_input_ends_the_session_cleanly() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let out = kusoma(
        &data,
        &[
            "learn",
            "--learner",
            "Neema",
            "--pack",
            "en",
            "--exercises",
            "10",
        ],
        "1\n2\n",
    );
    assert!(out.status.success(), "{}", stdout(&out));
    assert!(
        stdout(&out).contains("You answered"),
        "the summary is shown: {}",
        stdout(&out)
    );
    assert_eq!(attempts(&data), 2);
    // Nothing at all on input: no learner is made, nothing fails.
    let empty = tmp.path().join("empty");
    let out = kusoma(&empty, &["learn"], "");
    assert!(out.status.success());
}

#[test]
fn answers_that_are_not_understood_are_asked_again() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let out = kusoma(
        &data,
        &[
            "learn",
            "--lang",
            "en",
            "--learner",
            "Asha",
            "--pack",
            "sw",
            "--exercises",
            "1",
            "--seed",
            "1",
        ],
        "9\n0\n\n2\n",
    );
    assert!(out.status.success());
    let text = stdout(&out);
    assert_eq!(
        text.matches("Please type a number from 1 to 3.").count(),
        2,
        "{text}"
    );
    assert_eq!(attempts(&data), 1);
}

#[test]
fn the_interface_follows_the_chosen_language() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let out = kusoma(
        &data,
        &[
            "learn",
            "--lang",
            "sw-KE",
            "--learner",
            "Asha",
            "--pack",
            "sw",
            "--exercises",
            "1",
        ],
        "1\n",
    );
    let text = stdout(&out);
    assert!(text.contains("Karibu Kusoma."), "{text}");
    assert!(
        text.contains("Kwaheri. Maendeleo yako yamehifadhiwa."),
        "{text}"
    );
}

#[test]
fn a_data_directory_holding_something_else_is_refused_and_kept() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    std::fs::create_dir_all(&data).unwrap();
    std::fs::write(data.join("kusoma.db"), "my shopping list\n").unwrap();
    let out = kusoma(&data, &["learn", "--learner", "A"], "1\n");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is not a Kusoma database"), "{err}");
    assert_eq!(
        std::fs::read_to_string(data.join("kusoma.db")).unwrap(),
        "my shopping list\n"
    );
}

#[test]
fn progress_of_an_unknown_learner_is_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let out = kusoma(&tmp.path().join("d"), &["progress", "Nobody"], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no learner called `Nobody`"));
}

#[test]
fn a_session_in_each_pack_speaks_that_packs_language_and_says_how_to_stop() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    // (pack, how to stop in its language, a piece of its interface: the goodbye line)
    let cases = [
        (
            "en",
            "Type q and press Enter",
            "Goodbye. Your progress is saved.",
        ),
        (
            "sw",
            "Andika q kisha",
            "Kwaheri. Maendeleo yako yamehifadhiwa.",
        ),
        ("hi", "q लिखकर Enter", "फिर मिलेंगे"),
        ("ar", "اُكْتُبِي q", "مع السلامة"),
    ];
    for (pack, quit, goodbye) in cases {
        let out = kusoma(
            &data,
            &[
                "learn",
                "--learner",
                "Amina",
                "--pack",
                pack,
                "--exercises",
                "2",
                "--seed",
                "4",
            ],
            "1\n2\n",
        );
        assert!(out.status.success(), "{pack}: {}", stdout(&out));
        let text = stdout(&out);
        // No debug header: the learner reads words, not "[sw · Kiswahili · ltr]".
        assert!(
            !text.contains(" · ltr]") && !text.contains(" · rtl]"),
            "{text}"
        );
        assert!(text.contains(quit), "{pack}: {text}");
        assert!(
            text.contains(goodbye),
            "{pack}: the interface is in the pack's language:\n{text}"
        );
        assert!(text.contains("[2/2]"), "{text}");
    }
    assert_eq!(attempts(&data), 8);
}

#[test]
fn a_placement_test_says_what_it_is_counts_truly_and_gives_its_result() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let args = [
        "learn",
        "--lang",
        "en",
        "--learner",
        "Zawadi",
        "--pack",
        "sw",
        "--placement",
        "--seed",
        "1",
    ];
    // Wrong answers: the test ends after three misses in a row, and still says its result.
    let out = kusoma(&data, &args, &"2\n".repeat(14));
    assert!(out.status.success(), "{}", stdout(&out));
    let text = stdout(&out);
    assert!(
        text.contains("A short test first: 12 letters at most."),
        "{text}"
    );
    assert!(text.contains("[1/12]") && text.contains("[3/12]"), "{text}");
    assert!(!text.contains("/10]") && !text.contains("[13/"), "{text}");
    assert!(
        text.contains("You start at the beginning of the course."),
        "{text}"
    );
}
