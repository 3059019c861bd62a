//! Data exchange between phones: snapshots merged idempotently and without conflicts, bad files
//! refused without changing anything, CSV and xAPI exports, and sync batches with a watermark.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::sync::Arc;

use kusoma_core::Error;
use kusoma_core::clock::ManualClock;

mod common;

use common::{dump, open, play, snapshot};

#[test]
fn merging_two_phones_into_a_third_is_complete_and_idempotent() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let (a_dir, b_dir, c_dir) = (
        root.path().join("a"),
        root.path().join("b"),
        root.path().join("c"),
    );
    let mut a = open(&a_dir, &clock);
    let amina = a.create_learner("Amina", "").unwrap();
    let baraka = a.create_learner("Baraka", "").unwrap();
    play(&mut a, &amina.id, 9, &clock);
    play(&mut a, &baraka.id, 6, &clock);
    let mut b = open(&b_dir, &clock);
    let neema = b.create_learner("Neema", "").unwrap();
    play(&mut b, &neema.id, 12, &clock);
    let a_file = snapshot(&a, root.path(), "a.kexport");
    let b_file = snapshot(&b, root.path(), "b.kexport");

    let mut c = open(&c_dir, &clock);
    let ra = c.merge(&a_file).unwrap();
    assert_eq!(
        (ra.learners_added, ra.attempts_added, ra.sessions_added),
        (2, 15, 2)
    );
    let rb = c.merge(&b_file).unwrap();
    assert_eq!(
        (rb.learners_added, rb.attempts_added, rb.attempts_skipped),
        (1, 12, 0)
    );
    // The merged phone knows each learner as her own phone does: the state was replayed.
    for (phone, id) in [(&a, &amina.id), (&a, &baraka.id), (&b, &neema.id)] {
        assert_eq!(
            c.progress(id, "sw").unwrap(),
            phone.progress(id, "sw").unwrap()
        );
    }
    let before = dump(&c_dir);
    drop(c);
    let mut c = open(&c_dir, &clock);
    for file in [&a_file, &b_file] {
        let again = c.merge(file).unwrap();
        assert_eq!(
            (
                again.learners_added,
                again.learners_updated,
                again.attempts_added
            ),
            (0, 0, 0)
        );
        assert!(again.attempts_skipped > 0);
    }
    assert_eq!(dump(&c_dir), before, "importing again changed nothing");
}

#[test]
fn the_later_profile_edit_wins_whichever_file_comes_first() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_000));
    let mut a = open(&root.path().join("a"), &clock);
    let x = a.create_learner("Zawadi", "").unwrap();
    let seed = snapshot(&a, root.path(), "seed.kexport");
    let mut b = open(&root.path().join("b"), &clock);
    b.merge(&seed).unwrap();
    clock.advance(1_000);
    a.rename_learner(&x.id, "Zawadi A").unwrap();
    clock.advance(1_000);
    b.rename_learner(&x.id, "Zawadi B").unwrap();
    let a_file = snapshot(&a, root.path(), "a.kexport");
    let b_file = snapshot(&b, root.path(), "b.kexport");
    for (n, order) in [[&a_file, &b_file], [&b_file, &a_file]].iter().enumerate() {
        let mut c = open(&root.path().join(format!("c{n}")), &clock);
        for f in order {
            c.merge(f).unwrap();
        }
        assert_eq!(c.learner(&x.id).unwrap().name, "Zawadi B");
    }
    let ra = a.merge(&b_file).unwrap();
    assert_eq!(ra.learners_updated, 1);
    assert_eq!(a.learner(&x.id).unwrap().name, "Zawadi B");
}

#[test]
fn a_learner_deleted_on_one_phone_does_not_come_back_from_another() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_000));
    let mut a = open(&root.path().join("a"), &clock);
    let x = a.create_learner("Halima", "").unwrap();
    play(&mut a, &x.id, 3, &clock);
    let a_file = snapshot(&a, root.path(), "a.kexport");
    let mut b = open(&root.path().join("b"), &clock);
    b.merge(&a_file).unwrap();
    b.delete_learner(&x.id).unwrap();
    // The old export still holds her: merging it back does not restore her.
    let again = b.merge(&a_file).unwrap();
    assert_eq!((again.learners_added, again.attempts_added), (0, 0));
    assert!(matches!(b.learner(&x.id), Err(Error::NotFound(_))));
    // And the deletion travels: merging b's export into a removes her there too.
    let b_file = snapshot(&b, root.path(), "b.kexport");
    let r = a.merge(&b_file).unwrap();
    assert_eq!(r.learners_deleted, 1);
    assert!(matches!(a.learner(&x.id), Err(Error::NotFound(_))));
}

#[test]
fn bad_files_are_refused_and_change_nothing() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_000));
    let mut a = open(&root.path().join("a"), &clock);
    let l = a.create_learner("Asha", "").unwrap();
    play(&mut a, &l.id, 3, &clock);
    let good = snapshot(&a, root.path(), "good.kexport");
    let c_dir = root.path().join("c");
    let mut c = open(&c_dir, &clock);
    let other = c.create_learner("Mine", "").unwrap();
    play(&mut c, &other.id, 2, &clock);
    let before = dump(&c_dir);

    let bad = |name: &str, bytes: &[u8]| {
        let p = root.path().join(name);
        fs::write(&p, bytes).unwrap();
        p
    };
    let text = bad("notes.txt", b"learner,attempts\nAsha,3\n");
    let bytes = fs::read(&good).unwrap();
    let truncated = bad("truncated.kexport", &bytes[..bytes.len() / 2]);
    let live = root.path().join("a").join("kusoma.db");
    let tamper = |name: &str, sql: &str| {
        let p = root.path().join(name);
        fs::copy(&good, &p).unwrap();
        let conn = rusqlite::Connection::open(&p).unwrap();
        conn.execute_batch(sql).unwrap();
        p
    };
    let extra_table = tamper("extra.kexport", "CREATE TABLE evil (x);");
    let huge_name = tamper(
        "huge.kexport",
        "UPDATE learners SET display_name = printf('%.5000c', 'x');",
    );
    let trigger = tamper(
        "trigger.kexport",
        "CREATE TRIGGER t AFTER INSERT ON learners BEGIN DELETE FROM attempts; END;",
    );
    let dangling = tamper(
        "dangling.kexport",
        "PRAGMA foreign_keys = OFF; DELETE FROM learners;",
    );
    let newer = tamper("newer.kexport", "PRAGMA user_version = 99;");
    for file in [
        &text,
        &truncated,
        &live,
        &extra_table,
        &huge_name,
        &trigger,
        &dangling,
        &newer,
    ] {
        let err = c.merge(file).unwrap_err();
        assert!(
            matches!(err, Error::InvalidInput(ref m) if m.contains("nothing was changed")),
            "{}: {err}",
            file.display()
        );
    }
    assert!(matches!(
        c.merge(&root.path().join("missing.kexport")),
        Err(Error::NotFound(_))
    ));
    assert_eq!(dump(&c_dir), before);
    // The good file still merges afterwards.
    assert_eq!(c.merge(&good).unwrap().attempts_added, 3);
}

#[test]
fn xapi_statements_are_pseudonymous_stable_and_synced_in_batches_once() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let mut k = open(&root.path().join("k"), &clock);
    let l = k.create_learner("Wanjiru Kamau", "").unwrap();
    play(&mut k, &l.id, 7, &clock);
    let first = root.path().join("1.json");
    let second = root.path().join("2.json");
    assert_eq!(k.export_xapi(&first, false).unwrap(), 7);
    k.export_xapi(&second, false).unwrap();
    let text = fs::read_to_string(&first).unwrap();
    assert_eq!(
        text,
        fs::read_to_string(&second).unwrap(),
        "the same statements every time"
    );
    assert!(!text.contains("Wanjiru"), "no names in xAPI");
    let statements: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    let mut ids: Vec<&str> = statements
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 7);
    for s in &statements {
        assert_eq!(s["actor"]["account"]["name"], l.id.as_str());
        assert_eq!(s["verb"]["id"], "http://adlnet.gov/expapi/verbs/answered");
        assert!(s["result"]["success"].is_boolean());
        assert!(s["result"]["duration"].as_str().unwrap().starts_with("PT"));
        assert!(s["context"]["registration"].is_string());
    }

    // Batches of 3: a batch not committed comes back; committed ones never do.
    let target = "https://lrs.example.org/xAPI";
    let b1 = k.xapi_batch(target, 3).unwrap();
    assert_eq!(b1.count, 3);
    assert_eq!(
        k.xapi_batch(target, 3).unwrap(),
        b1,
        "resume: the same batch again"
    );
    let mut sent: Vec<String> = Vec::new();
    let mut batch = b1;
    while batch.count > 0 {
        let v: Vec<serde_json::Value> = serde_json::from_str(&batch.json).unwrap();
        sent.extend(v.iter().map(|s| s["id"].as_str().unwrap().to_owned()));
        k.commit_xapi_batch(target, &batch).unwrap();
        batch = k.xapi_batch(target, 3).unwrap();
    }
    sent.sort_unstable();
    assert_eq!(sent, ids, "every statement exactly once");
    assert!(matches!(
        k.xapi_batch(target, 0),
        Err(Error::InvalidInput(_))
    ));
}

#[test]
fn the_programme_iri_is_set_once_and_names_every_actor_activity_and_extension() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let mut k = open(&root.path().join("k"), &clock);
    let l = k.create_learner("Amina", "").unwrap();
    play(&mut k, &l.id, 3, &clock);
    assert_eq!(k.programme_iri().unwrap(), "https://kusoma.invalid");
    assert!(matches!(
        k.set_programme_iri("literacy.example.org"),
        Err(Error::InvalidInput(_))
    ));
    assert_eq!(
        k.set_programme_iri("https://literacy.example.org/kusoma/")
            .unwrap(),
        "https://literacy.example.org/kusoma"
    );
    // The same again is fine; another is refused, and the first stays.
    k.set_programme_iri("https://literacy.example.org/kusoma")
        .unwrap();
    let refused = k
        .set_programme_iri("https://other.example.net")
        .unwrap_err()
        .to_string();
    assert!(
        refused.contains("already https://literacy.example.org/kusoma"),
        "{refused}"
    );
    let out = root.path().join("x.json");
    k.export_xapi(&out, false).unwrap();
    let text = fs::read_to_string(&out).unwrap();
    assert!(
        !text.contains("kusoma.invalid") && !text.contains("kusoma.org"),
        "{text}"
    );
    let statements: Vec<serde_json::Value> = serde_json::from_str(&text).unwrap();
    for s in &statements {
        assert_eq!(
            s["actor"]["account"]["homePage"],
            "https://literacy.example.org/kusoma/learners"
        );
        let object = s["object"]["id"].as_str().unwrap();
        assert!(
            object.starts_with("https://literacy.example.org/kusoma/packs/sw/"),
            "{object}"
        );
        let extensions = s["context"]["extensions"].as_object().unwrap();
        assert!(
            extensions
                .keys()
                .all(|key| key.starts_with("https://literacy.example.org/kusoma/xapi/")),
            "{extensions:?}"
        );
    }

    // A phone that already synced under the default cannot rename its statements.
    let mut m = open(&root.path().join("m"), &clock);
    let l = m.create_learner("Neema", "").unwrap();
    play(&mut m, &l.id, 2, &clock);
    let target = "https://lrs.example.org/xAPI";
    let batch = m.xapi_batch(target, 10).unwrap();
    m.commit_xapi_batch(target, &batch).unwrap();
    let refused = m
        .set_programme_iri("https://literacy.example.org")
        .unwrap_err()
        .to_string();
    assert!(refused.contains("before the first sync"), "{refused}");
    assert_eq!(m.programme_iri().unwrap(), "https://kusoma.invalid");
}

#[test]
fn csv_export_has_a_row_per_record_and_no_names() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_000));
    let mut k = open(&root.path().join("k"), &clock);
    let l = k.create_learner("Faraja Unique", "").unwrap();
    play(&mut k, &l.id, 5, &clock);
    let out = root.path().join("csv");
    let n = k.export_csv(&out, false).unwrap();
    assert_eq!((n.learners, n.attempts, n.assessments), (1, 5, 0));
    let attempts = fs::read_to_string(out.join("attempts.csv")).unwrap();
    assert_eq!(attempts.lines().count(), 6);
    assert!(attempts.starts_with("attempt_id,learner_id,"));
    for f in ["learners.csv", "attempts.csv", "assessments.csv"] {
        assert!(!fs::read_to_string(out.join(f)).unwrap().contains("Faraja"));
    }
    assert!(!out.join("attempts.csv.partial").exists());
}

#[test]
fn an_aser_probe_travels_with_the_export_like_every_egra_subtask() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let (a_dir, b_dir) = (root.path().join("a"), root.path().join("b"));
    let file = {
        let mut a = open(&a_dir, &clock);
        let amina = a.create_learner("Amina", "").unwrap().id;
        let probe = kusoma_core::assess::AserProbe {
            letters_shown: 5,
            letters_right: 4,
            ..Default::default()
        };
        a.record_aser(&amina, "sw", &probe, None).unwrap();
        snapshot(&a, root.path(), "a.kexport")
    };
    let mut b = open(&b_dir, &clock);
    b.merge(&file).unwrap();
    let amina = b.learners().unwrap()[0].id.clone();
    let stored = b.assessments(&amina).unwrap();
    assert_eq!(stored.len(), 1, "{stored:?}");
    assert_eq!(stored[0].subtask, "aser");
}
