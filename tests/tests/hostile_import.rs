//! Hostile exports: a file another phone (or an attacker) made, holding values no Kusoma phone
//! writes. Each is refused before the first write, with a message naming the table and
//! column, and the phone is left exactly as it was (every table dumped before and after); a
//! huge row id merges in time that follows the rows, not the id.

#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;
use std::sync::Arc;

use common::{dump, open, play, snapshot};
use kusoma_core::clock::ManualClock;
use kusoma_core::{Error, Kusoma};

const NOW: i64 = 1_800_000_000_000;

/// A phone with one learner and a few answers, its export, and a second phone to import into
/// that already holds a learner of its own (so "unchanged" means something).
struct Phones {
    root: tempfile::TempDir,
    clock: Arc<ManualClock>,
    file: std::path::PathBuf,
}

fn phones() -> Phones {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let mut a = open(&root.path().join("a"), &clock);
    let amina = a.create_learner("Amina", "").unwrap();
    play(&mut a, &amina.id, 4, &clock);
    let file = snapshot(&a, root.path(), "a.kexport");
    drop(a);
    let mut b = open(&root.path().join("b"), &clock);
    let neema = b.create_learner("Neema", "").unwrap();
    play(&mut b, &neema.id, 3, &clock);
    Phones { root, clock, file }
}

/// Edits the export with plain SQL (as an attacker would), then imports it on phone b and
/// expects a refusal mentioning `needle` with nothing changed.
fn refused(edit: &str, needle: &str) {
    let p = phones();
    let conn = rusqlite::Connection::open(&p.file).unwrap();
    conn.execute_batch(edit).unwrap();
    drop(conn);
    let b_dir = p.root.path().join("b");
    let before = dump(&b_dir);
    let mut b = open(&b_dir, &p.clock);
    match b.merge(&p.file) {
        Err(Error::InvalidInput(m)) => {
            assert!(m.contains(needle), "`{needle}` not in: {m}");
            assert!(m.contains("nothing was changed"), "{m}");
        }
        other => panic!("{edit}: expected a refusal, got {other:?}"),
    }
    drop(b);
    assert_eq!(dump(&b_dir), before, "{edit}: the phone changed");
    // And the phone is still whole: its own log replays to its state.
    let mut b = open(&b_dir, &p.clock);
    assert!(b.rebuild("sw").unwrap().matched);
}

/// An attempt row like the export's first one, with `column = value` changed.
fn attempt_with(column: &str, value: &str) -> String {
    let cols = "uuid, learner_id, session_id, pack_id, pack_version, item, kind, skills, answer, \
                expected, correct, response_ms, created_ms, engine_version, choices";
    let cols = if column == "id" {
        format!("id, {cols}")
    } else {
        cols.to_owned()
    };
    let select = cols
        .split(", ")
        .map(|c| match c {
            "uuid" => "'00000000-0000-4000-8000-000000000001'".to_owned(),
            c if c == column => format!("{value} AS {c}"),
            c => c.to_owned(),
        })
        .collect::<Vec<_>>()
        .join(", ");
    format!("INSERT INTO attempts ({cols}) SELECT {select} FROM attempts ORDER BY id LIMIT 1;")
}

#[test]
fn an_attempt_of_an_unknown_kind_is_refused_before_anything_is_written() {
    refused(&attempt_with("kind", "'bogus'"), "`kind`");
}

#[test]
fn an_attempt_with_negative_or_absurd_choices_is_refused() {
    refused(&attempt_with("choices", "-1"), "`choices`");
    refused(&attempt_with("choices", "1000000"), "`choices`");
}

#[test]
fn ten_megabyte_strings_are_refused_in_every_column_that_was_open_to_them() {
    let big = "printf('%.*c', 10000000, 'x')";
    refused(&attempt_with("engine_version", big), "`engine_version`");
    refused(&attempt_with("answer", big), "`answer`");
    refused(&assessment_with(big), "`pack_id`");
    refused(
        &format!(
            "{} INSERT INTO assessment_items (assessment_id, position, item, correct)
             SELECT id, 0, {big}, 1 FROM assessments LIMIT 1;",
            assessment_with("'sw'")
        ),
        "`item`",
    );
}

/// An assessment row of the export's learner, with `pack_id` given (the fixture has none).
fn assessment_with(pack_id: &str) -> String {
    format!(
        "INSERT INTO assessments (uuid, learner_id, pack_id, subtask, marked_by, items, limit_ms,
                                  attempted, correct, seconds_used, per_minute, autostopped,
                                  started_ms, ended_ms)
         SELECT '00000000-0000-4000-8000-0000000000aa', id, {pack_id}, 'letter-sounds', 'learner',
                10, 60000, 10, 5, 60, 5, 0, {NOW}, {NOW} FROM learners LIMIT 1;"
    )
}

#[test]
fn timestamps_far_in_the_future_are_refused_so_no_edit_wins_forever() {
    refused(
        &format!("UPDATE learners SET updated_ms = {};", i64::MAX),
        "`updated_ms`",
    );
    refused(
        &attempt_with("created_ms", &format!("{}", NOW + 3 * 86_400_000)),
        "`created_ms`",
    );
    refused(&attempt_with("response_ms", "-5"), "`response_ms`");
}

#[test]
fn a_name_with_terminal_escapes_or_a_bidi_override_is_refused() {
    refused(
        "UPDATE learners SET display_name = 'Amina' || char(27) || '[31m';",
        "control",
    );
    refused(
        "UPDATE learners SET display_name = 'Amina' || char(8238) || 'x';",
        "control",
    );
}

#[test]
fn a_huge_row_id_merges_in_a_few_slices_not_two_to_the_62() {
    let p = phones();
    let conn = rusqlite::Connection::open(&p.file).unwrap();
    conn.execute_batch(&attempt_with("id", &(1i64 << 62).to_string()))
        .unwrap();
    drop(conn);
    let mut b = open(&p.root.path().join("b"), &p.clock);
    // Before the fix this loop ran 2^62 / 5,000 slices while holding the write lock.
    let r = b.merge(&p.file).unwrap();
    assert_eq!(r.attempts_added, 5);
    assert!(b.rebuild("sw").unwrap().matched);
}

#[test]
fn a_typed_answer_past_the_cap_is_refused_and_the_exercise_stays_pending() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let mut k: Kusoma = open(root.path(), &clock);
    let l = k.create_learner("Amina", "").unwrap();
    let s = k
        .start_session(&l.id, "sw", &kusoma_core::SessionOptions::default())
        .unwrap();
    let ex = k.next_exercise(&s).unwrap().unwrap();
    let huge = kusoma_core::Answer::Text("a".repeat(1 << 20));
    match k.submit(&s, &huge, 1000) {
        Err(Error::InvalidInput(m)) => assert!(m.contains("1024"), "{m}"),
        other => panic!("expected a refusal, got {other:?}"),
    }
    // A million tiles (the check is quadratic in them) is refused at once too.
    let tiles = kusoma_core::Answer::Tiles((0..1_000_000).collect());
    assert!(matches!(
        k.submit(&s, &tiles, 1000),
        Err(Error::InvalidInput(_))
    ));
    let pack = k.pack("sw").unwrap();
    k.submit(&s, &kusoma_tests::right_answer(&pack, &ex), 1000)
        .unwrap();
    let conn = rusqlite::Connection::open(Path::new(root.path()).join("kusoma.db")).unwrap();
    let longest: i64 = conn
        .query_row("SELECT max(length(answer)) FROM attempts", [], |r| r.get(0))
        .unwrap();
    assert!(longest < 1024);
}
