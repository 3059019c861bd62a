//! Store tests: migrations from every older version, refusing foreign and newer files without
//! touching them, append-only attempts, durability.

use std::fs;
use std::path::Path;

use rusqlite::Connection;

use super::*;
use crate::model::{Estimate, LetterFit, Memory, SkillState};

fn learner(id: &str) -> Learner {
    Learner::new(id.into(), "Amina".into(), "🌻".into(), 1)
}

fn attempt(id: &str, learner: &str) -> NewAttempt {
    NewAttempt {
        id: id.into(),
        learner: learner.into(),
        session: None,
        pack: "sw".into(),
        pack_version: "1.0.0".into(),
        item: "g:m".into(),
        kind: "sound-to-grapheme".into(),
        skills: vec!["g:m".into()],
        answer: "m".into(),
        expected: "m".into(),
        correct: true,
        response_ms: 1200,
        created_ms: 5,
        choices: 3,
    }
}

/// Tables, columns (with types, defaults, keys), indexes and triggers, in a comparable form.
fn describe(conn: &Connection) -> Vec<String> {
    let mut out = Vec::new();
    let mut stmt = conn
        .prepare("SELECT type, name, tbl_name FROM sqlite_schema ORDER BY type, name")
        .unwrap();
    let objects: Vec<(String, String, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (kind, name, table) in objects {
        out.push(format!("{kind} {name} on {table}"));
        if kind == "table" {
            let mut cols = conn
                .prepare(&format!("PRAGMA table_xinfo('{name}')"))
                .unwrap();
            let described: Vec<String> = cols
                .query_map([], |r| {
                    Ok(format!(
                        "  {} {} notnull={} default={:?} pk={}",
                        r.get::<_, String>(1)?,
                        r.get::<_, String>(2)?,
                        r.get::<_, i64>(3)?,
                        r.get::<_, Option<String>>(4)?,
                        r.get::<_, i64>(5)?
                    ))
                })
                .unwrap()
                .map(Result::unwrap)
                .collect();
            out.extend(described);
        }
    }
    out.push(format!(
        "user_version {}",
        conn.pragma_query_value(None, "user_version", |r| r.get::<_, i64>(0))
            .unwrap()
    ));
    out.push(format!(
        "application_id {}",
        conn.pragma_query_value(None, "application_id", |r| r.get::<_, i32>(0))
            .unwrap()
    ));
    out
}

#[test]
fn a_database_upgraded_from_each_older_version_equals_a_fresh_one() {
    let dir = tempfile::tempdir().unwrap();
    let fresh = Store::open(&dir.path().join("fresh.db")).unwrap();
    let want = describe(&fresh.conn);
    assert!(want.iter().any(|l| l == "table attempts on attempts"));
    for old in 0..schema::latest() {
        let path = dir.path().join(format!("v{old}.db"));
        {
            let mut conn = Connection::open(&path).unwrap();
            schema::migrate(&mut conn, 0, old).unwrap();
            if old >= 1 {
                conn.execute("INSERT INTO learners (uuid, display_name, created_ms, updated_ms) VALUES ('l1', 'Amina', 1, 1)", [])
                    .unwrap();
            }
        }
        let upgraded = Store::open(&path).unwrap();
        assert_eq!(
            describe(&upgraded.conn),
            want,
            "upgraded from version {old}"
        );
        if old >= 1 {
            assert_eq!(
                upgraded.learner("l1").unwrap().name,
                "Amina",
                "data survives the upgrade from {old}"
            );
        }
    }
}

fn assert_refused_untouched(path: &Path, check: impl Fn(&Error) -> bool) {
    let before = fs::read(path).unwrap();
    let err = Store::open(path).unwrap_err();
    assert!(check(&err), "unexpected error: {err}");
    assert_eq!(
        fs::read(path).unwrap(),
        before,
        "the file is left byte for byte"
    );
    assert!(
        !path.with_extension("db-wal").exists(),
        "no WAL file is created beside it"
    );
}

#[test]
fn a_file_that_is_not_a_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kusoma.db");
    fs::write(&path, b"these are my notes, not a database\n").unwrap();
    assert_refused_untouched(&path, |e| matches!(e, Error::NotADatabase { .. }));
    // A valid header with garbage after it is refused by SQLite itself.
    let mut bytes = b"SQLite format 3\0".to_vec();
    bytes.extend([0xAB; 2000]);
    fs::write(&path, &bytes).unwrap();
    assert_refused_untouched(&path, |e| {
        matches!(e, Error::NotADatabase { .. } | Error::Storage(_))
    });
}

#[test]
fn another_applications_database_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kusoma.db");
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE contacts (name TEXT);")
        .unwrap();
    assert_refused_untouched(&path, |e| matches!(e, Error::NotADatabase { .. }));
}

#[test]
fn a_database_from_a_newer_kusoma_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("kusoma.db");
    drop(Store::open(&path).unwrap());
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", schema::latest() + 1)
            .unwrap();
    }
    assert_refused_untouched(
        &path,
        |e| matches!(e, Error::SchemaTooNew { found, supported, .. } if *found == schema::latest() + 1 && *supported == schema::latest()),
    );
}

#[test]
fn attempts_are_append_only_and_deleting_a_learner_removes_their_data() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap();
    store.insert_learner(&learner("l1")).unwrap();
    let state = SkillState {
        attempts: 1,
        correct: 1,
        streak: 1,
        mastered: false,
        last_ms: 5,
        p_learned: 0.43,
        memory: Some(Memory {
            stability: 2.3,
            difficulty: 5.1,
            last_review_ms: 5,
            lapses: 1,
        }),
        sittings: 2,
        sitting_ms: 4,
        mastered_ms: 3,
        checks: 1,
        confirmed: true,
    };
    let ability = Estimate {
        value: 0.7,
        count: 1,
    };
    let letters = LetterFit {
        learned: 0.25,
        chances: 1.5,
        slips: 0.125,
        answers: 2.0,
    };
    let effects = AttemptEffects {
        skills: &[("g:m", &state)],
        ability,
        letters,
        item: Some((
            "g:m#sound-to-grapheme",
            Estimate {
                value: -0.2,
                count: 1,
            },
        )),
    };
    store
        .record_attempt(&attempt("a1", "l1"), &effects)
        .unwrap();
    let model = store.learner_model("l1", "sw").unwrap();
    assert_eq!(
        (model.skill("g:m"), model.ability, model.letters),
        (state.clone(), ability, letters),
        "every field round-trips"
    );
    assert_eq!(
        store
            .item_bank("sw")
            .unwrap()
            .get("g:m", "sound-to-grapheme"),
        Estimate {
            value: -0.2,
            count: 1
        }
    );
    let err = store
        .conn
        .execute("UPDATE attempts SET correct = 0", [])
        .unwrap_err();
    assert!(err.to_string().contains("append-only"));
    assert_eq!(store.attempts("l1", "sw").unwrap(), [attempt("a1", "l1")]);
    assert_eq!(store.learner_model("l1", "sw").unwrap().skill("g:m"), state);
    store.delete_learner("l1", 9).unwrap();
    let left: i64 = store
        .conn
        .query_row(
            "SELECT (SELECT count(*) FROM attempts) + (SELECT count(*) FROM skill_state)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(left, 0);
    assert!(matches!(store.learner("l1"), Err(Error::NotFound(_))));
}

#[test]
fn a_recorded_attempt_is_visible_to_another_connection_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = Store::open(&path).unwrap();
    store.insert_learner(&learner("l1")).unwrap();
    store
        .record_attempt(&attempt("a1", "l1"), &AttemptEffects::default())
        .unwrap();
    // A second connection, as another process would open it: only committed data is seen.
    let other = Connection::open(&path).unwrap();
    let n: i64 = other
        .query_row("SELECT count(*) FROM attempts", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 1);
    let sync: i64 = store
        .conn
        .pragma_query_value(None, "synchronous", |r| r.get(0))
        .unwrap();
    assert_eq!(sync, 2, "synchronous=FULL");
    let mode: String = store
        .conn
        .pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn a_failed_attempt_write_leaves_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap();
    store.insert_learner(&learner("l1")).unwrap();
    store
        .record_attempt(&attempt("a1", "l1"), &AttemptEffects::default())
        .unwrap();
    // The same attempt id again violates UNIQUE: the skill state in that transaction is not kept.
    let state = SkillState {
        attempts: 9,
        ..SkillState::default()
    };
    assert!(
        store
            .record_attempt(
                &attempt("a1", "l1"),
                &AttemptEffects {
                    skills: &[("g:x", &state)],
                    ..AttemptEffects::default()
                }
            )
            .is_err()
    );
    assert!(store.learner_model("l1", "sw").unwrap().skills.is_empty());
    assert_eq!(store.attempts("l1", "sw").unwrap().len(), 1);
}

#[test]
fn a_session_start_goes_back_to_full_sync_whether_it_was_stored_or_not() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("k.db")).unwrap();
    store.insert_learner(&learner("l1")).unwrap();
    let session = SessionRecord {
        id: "s1".into(),
        learner: "l1".into(),
        pack: "sw".into(),
        seed: 7,
        started_ms: 1,
        ended_ms: None,
        kind: "learn".into(),
        group_session: None,
    };
    let sync = |store: &Store| -> i64 {
        store
            .conn
            .pragma_query_value(None, "synchronous", |r| r.get(0))
            .unwrap()
    };
    store.insert_session(&session).unwrap();
    assert_eq!(sync(&store), 2, "synchronous=FULL after a stored session");
    assert_eq!(store.session("s1").unwrap().seed, 7);
    // The same id again: refused by the table, and the connection is still FULL for answers.
    assert!(store.insert_session(&session).is_err());
    assert_eq!(sync(&store), 2, "synchronous=FULL after a refused session");
}
