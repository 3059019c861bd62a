//! Answers typed in the terminal as a learner types them: choice numbers in her script's own
//! digits, tiles without spaces, a repeated tile named, text that is no choice asked again.

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Output;

mod common;

fn kusoma(data: &Path, args: &[&str], stdin: &str) -> Output {
    common::run(data, args, stdin, &[])
}

/// (item, kind, answer, correct) of every stored attempt, in order.
fn attempts(data: &Path) -> Vec<(String, String, String, i64)> {
    let db = rusqlite::Connection::open(data.join("kusoma.db")).unwrap();
    let mut stmt = db
        .prepare("SELECT item, kind, answer, correct FROM attempts ORDER BY id")
        .unwrap();
    stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn session(pack: &str, answers: &str) -> (Vec<(String, String, String, i64)>, String) {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let args = [
        "learn",
        "--lang",
        "en",
        "--learner",
        "Salma",
        "--pack",
        pack,
        "--exercises",
        "4",
        "--seed",
        "5",
    ];
    let out = kusoma(&data, &args, answers);
    assert!(out.status.success(), "{}", common::text(&out));
    (attempts(&data), common::text(&out))
}

#[test]
fn a_piped_arabic_session_answering_arabic_indic_one_records_choice_one() {
    let (western, _) = session("ar", "1\n1\n1\n1\n");
    let (arabic, out) = session("ar", "١\n١\n١\n١\n");
    assert_eq!(arabic.len(), 4, "{out}");
    // The same exercises (same seed), the same answers stored: ١ is choice 1.
    assert_eq!(arabic, western, "{out}");
    // Extended Arabic-Indic and Devanagari digits too.
    let (extended, _) = session("ar", "۱\n۱\n۱\n۱\n");
    assert_eq!(extended, western);
    let (hindi_western, _) = session("hi", "1\n1\n1\n1\n");
    let (hindi, _) = session("hi", "१\n१\n१\n१\n");
    assert_eq!(hindi, hindi_western);
}

#[test]
fn text_that_is_no_choice_is_asked_again_not_marked_wrong() {
    let (western, _) = session("sw", "1\n1\n1\n1\n");
    let (typed, out) = session("sw", "xyz\n1\n1\n1\n1\n");
    assert!(
        out.contains("That is not one of the answers. Type its number, from 1 to"),
        "{out}"
    );
    // "xyz" stored nothing: the four attempts are those of the plain run.
    assert_eq!(typed, western, "{out}");
}

#[test]
fn an_unknown_interface_language_is_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let out = kusoma(
        &tmp.path().join("d"),
        &["--lang", "xx", "progress", "Amina"],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    let text = common::text(&out);
    assert!(text.contains("there is no interface in `xx`"), "{text}");
    assert!(text.contains("en, sw, hi, ar, fr"), "{text}");
    // A known one, with a region, is fine.
    let out = kusoma(
        &tmp.path().join("d"),
        &["--lang", "sw-KE", "progress", "Amina"],
        "",
    );
    assert!(!common::text(&out).contains("there is no interface"));
}

#[test]
fn a_lone_vowel_sign_tile_is_drawn_on_a_dotted_circle() {
    // Hindi tiles include vowel signs; none is printed bare after its number.
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("data");
    let args = [
        "learn",
        "--lang",
        "en",
        "--learner",
        "Asha",
        "--pack",
        "hi",
        "--exercises",
        "30",
        "--seed",
        "2",
    ];
    let out = kusoma(&data, &args, &"1\n".repeat(40));
    let text = common::text(&out);
    for line in text.lines() {
        if let Some((_, label)) = line.trim_start().split_once(") ") {
            let first = label.chars().next();
            assert!(
                !first.is_some_and(|c| ('\u{093E}'..='\u{094D}').contains(&c)),
                "a bare mark: {line}"
            );
        }
    }
}
