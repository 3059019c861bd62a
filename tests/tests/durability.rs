//! What a kill, a second process, a damaged file or an open reader leaves behind: each test
//! builds the state an interruption leaves (the crash suite in tests/crash/ makes the real
//! kills) and checks the next open ends as before or as after, never between.

#![allow(clippy::unwrap_used)]

mod common;

use std::fs;
use std::path::Path;
use std::sync::Arc;

use common::{open, play, snapshot};
use kusoma_core::clock::ManualClock;
use kusoma_core::store::Store;
use kusoma_core::{Error, Kusoma, OpenOptions};

const NOW: i64 = 1_800_000_000_000;

/// Whether the stored derived state of `sw` is exactly the replay of its log.
fn state_is_the_replay(dir: &Path, clock: &Arc<ManualClock>) -> bool {
    let mut k = open(dir, clock);
    k.rebuild("sw").unwrap().matched
}

fn count(dir: &Path, sql: &str) -> i64 {
    let conn = rusqlite::Connection::open(dir.join("kusoma.db")).unwrap();
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

#[test]
fn an_import_killed_after_its_merge_is_replayed_at_the_next_open() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let mut a = open(&root.path().join("a"), &clock);
    let amina = a.create_learner("Amina", "").unwrap();
    play(&mut a, &amina.id, 12, &clock);
    let file = snapshot(&a, root.path(), "a.kexport");
    let b_dir = root.path().join("b");
    drop(open(&b_dir, &clock));
    // The merge's transaction commits and the process dies before the replay: exactly what
    // the merge alone, without the facade, leaves.
    let mut store = Store::open(&b_dir.join("kusoma.db")).unwrap();
    store.merge(&file, NOW).unwrap();
    drop(store);
    assert_eq!(
        count(&b_dir, "SELECT count(*) FROM skill_state"),
        0,
        "the kill left the state unreplayed"
    );
    // The next open replays it before anything reads it.
    let b = open(&b_dir, &clock);
    assert_eq!(
        b.progress(&amina.id, "sw").unwrap(),
        a.progress(&amina.id, "sw").unwrap()
    );
    drop(b);
    assert!(state_is_the_replay(&b_dir, &clock));
}

#[test]
fn importing_again_after_an_interrupted_import_leaves_no_stale_state() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let mut a = open(&root.path().join("a"), &clock);
    let amina = a.create_learner("Amina", "").unwrap();
    play(&mut a, &amina.id, 9, &clock);
    let file = snapshot(&a, root.path(), "a.kexport");
    let b_dir = root.path().join("b");
    drop(open(&b_dir, &clock));
    let mut store = Store::open(&b_dir.join("kusoma.db")).unwrap();
    store.merge(&file, NOW).unwrap();
    drop(store);
    let mut b = open(&b_dir, &clock);
    let again = b.merge(&file).unwrap();
    assert_eq!(again.attempts_added, 0);
    assert_eq!(
        b.progress(&amina.id, "sw").unwrap(),
        a.progress(&amina.id, "sw").unwrap()
    );
    drop(b);
    assert!(state_is_the_replay(&b_dir, &clock));
}

#[test]
fn a_deleted_learner_leaves_the_pooled_item_state() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let dir = root.path().join("p");
    let mut k = open(&dir, &clock);
    let amina = k.create_learner("Amina", "").unwrap();
    let neema = k.create_learner("Neema", "").unwrap();
    play(&mut k, &amina.id, 6, &clock);
    play(&mut k, &neema.id, 6, &clock);
    // A session of hers still open when she is deleted.
    let s = k
        .start_session(&neema.id, "sw", &kusoma_core::SessionOptions::default())
        .unwrap();
    let _ = k.next_exercise(&s).unwrap();
    k.delete_learner(&neema.id).unwrap();
    drop(k);
    // The item difficulties are those of Amina's answers alone.
    let k = open(&dir, &clock);
    let (_, bank) = k.replay("sw").unwrap();
    drop(k);
    let store = Store::open(&dir.join("kusoma.db")).unwrap();
    assert_eq!(store.item_bank("sw").unwrap(), bank);
    drop(store);
    assert!(state_is_the_replay(&dir, &clock));
}

#[test]
fn a_deletion_with_a_reader_open_scrubs_the_name_once_the_reader_is_gone() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let dir = root.path().join("p");
    let mut k = open(&dir, &clock);
    let secret = "Qwertyuiopname";
    let l = k.create_learner(secret, "").unwrap();
    let reader = rusqlite::Connection::open(dir.join("kusoma.db")).unwrap();
    reader.execute_batch("BEGIN").unwrap();
    let _: i64 = reader
        .query_row("SELECT count(*) FROM learners", [], |r| r.get(0))
        .unwrap();
    // The scrub waits (bounded) for the reader, then says the deletion stands and the scrub
    // is pending, instead of returning as if the name were gone.
    match k.delete_learner(&l.id) {
        Err(Error::ScrubPending { .. }) => {}
        other => panic!("expected ScrubPending, got {other:?}"),
    }
    assert!(matches!(k.learner(&l.id), Err(Error::NotFound(_))));
    reader.execute_batch("COMMIT").unwrap();
    drop(reader);
    drop(k);
    drop(open(&dir, &clock)); // the pending scrub runs at open
    for name in ["kusoma.db", "kusoma.db-wal"] {
        if let Ok(bytes) = fs::read(dir.join(name)) {
            let found = bytes.windows(secret.len()).any(|w| w == secret.as_bytes());
            assert!(!found, "the name is still in {name}");
        }
    }
}

#[test]
fn a_second_open_of_a_data_directory_is_refused_until_the_first_closes() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let first = open(root.path(), &clock);
    match Kusoma::open(root.path(), OpenOptions::default()) {
        Err(e @ Error::InUse { .. }) => assert!(e.to_string().contains("close it"), "{e}"),
        other => panic!("expected InUse, got {other:?}"),
    }
    drop(first);
    drop(open(root.path(), &clock));
}

/// A data directory holding one learner, Amina, closed again (closing checkpoints the log, so
/// her page is in `kusoma.db` itself).
fn closed_with_amina(clock: &Arc<ManualClock>) -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    let mut k = open(root.path(), clock);
    k.create_learner("Amina", "").unwrap();
    drop(k);
    root
}

#[test]
fn a_damaged_database_is_moved_aside_and_a_fresh_one_opened_next() {
    let clock = Arc::new(ManualClock::new(NOW));
    let root = closed_with_amina(&clock);
    let db = root.path().join("kusoma.db");
    // The header stays (so it is ours), the schema page after it is garbage.
    let mut bytes = fs::read(&db).unwrap();
    for b in &mut bytes[100..4096] {
        *b = 0xA5;
    }
    fs::write(&db, &bytes).unwrap();
    let moved = match Kusoma::open(root.path(), OpenOptions::default()) {
        Err(Error::Corrupt { moved_to, .. }) => moved_to,
        other => panic!("expected Corrupt, got {other:?}"),
    };
    assert_eq!(fs::read(&moved).unwrap(), bytes, "moved aside untouched");
    assert!(moved.to_string_lossy().contains("kusoma.db.corrupt-"));
    let k = open(root.path(), &clock);
    assert!(k.learners().unwrap().is_empty(), "a fresh database");
}

/// The root page of `table` in the closed database `db` (1-based) and the page size.
fn root_page(db: &Path, table: &str) -> (u64, u64) {
    let conn = rusqlite::Connection::open(db).unwrap();
    let page: i64 = conn
        .query_row(
            "SELECT rootpage FROM sqlite_schema WHERE name = ?1",
            [table],
            |r| r.get(0),
        )
        .unwrap();
    let size: i64 = conn
        .query_row("PRAGMA page_size", [], |r| r.get(0))
        .unwrap();
    (page.unsigned_abs(), size.unsigned_abs())
}

#[test]
fn damage_met_mid_session_is_its_own_error_and_the_next_open_moves_the_file_aside() {
    use std::io::{Seek, SeekFrom, Write};
    let clock = Arc::new(ManualClock::new(NOW));
    let root = closed_with_amina(&clock);
    let db = root.path().join("kusoma.db");
    let (page, size) = root_page(&db, "learners");
    assert!(
        page > 1,
        "a table page in the middle of the file, not the header's"
    );

    let k = open(root.path(), &clock);
    // While it is open, the page of the table a later call reads is overwritten on disk.
    let mut file = fs::OpenOptions::new().write(true).open(&db).unwrap();
    file.seek(SeekFrom::Start((page - 1) * size)).unwrap();
    file.write_all(&vec![0x5A; usize::try_from(size).unwrap()])
        .unwrap();
    file.sync_all().unwrap();
    drop(file);
    match k.learners() {
        Err(e @ Error::Damaged { .. }) => {
            let text = e.to_string();
            assert!(
                text.contains("kusoma.db") && text.contains("open it again"),
                "{text}"
            );
            assert!(e.is_corruption());
        }
        other => panic!("expected Damaged, got {other:?}"),
    }
    drop(k);

    // The next open checks the file, finds it damaged and moves it aside; the one after starts
    // fresh.
    let moved = match Kusoma::open(root.path(), OpenOptions::default()) {
        Err(Error::Corrupt { moved_to, .. }) => moved_to,
        other => panic!("expected Corrupt, got {other:?}"),
    };
    assert!(moved.exists() && !db.exists());
    assert!(!root.path().join("kusoma.db.damaged").exists());
    let k = open(root.path(), &clock);
    assert!(k.learners().unwrap().is_empty(), "a fresh database");
}

#[test]
fn a_false_alarm_of_damage_loses_nothing() {
    let clock = Arc::new(ManualClock::new(NOW));
    let root = closed_with_amina(&clock);
    // The mark a damaged read leaves, beside a database that is whole.
    let mark = root.path().join("kusoma.db.damaged");
    fs::write(&mark, "").unwrap();
    let k = open(root.path(), &clock);
    assert_eq!(k.learners().unwrap().len(), 1, "the whole file is kept");
    assert!(!mark.exists(), "checked once, the mark is cleared");
}

#[test]
fn a_file_that_is_not_sqlite_is_still_refused_and_left_alone() {
    let root = tempfile::tempdir().unwrap();
    fs::write(root.path().join("kusoma.db"), "not a database").unwrap();
    assert!(matches!(
        Kusoma::open(root.path(), OpenOptions::default()),
        Err(Error::NotADatabase { .. })
    ));
    assert_eq!(
        fs::read_to_string(root.path().join("kusoma.db")).unwrap(),
        "not a database"
    );
}

#[test]
fn an_export_never_replaces_a_file_unless_asked_and_leaves_no_partial() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let mut k = open(&root.path().join("p"), &clock);
    let l = k.create_learner("Amina", "").unwrap();
    play(&mut k, &l.id, 3, &clock);
    for (name, is_dir) in [("s.kexport", false), ("x.json", false), ("csv", true)] {
        let out = root.path().join(name);
        let run = |replace: bool| -> kusoma_core::Result<()> {
            match name {
                "s.kexport" => k.export_snapshot(&out, replace),
                "x.json" => k.export_xapi(&out, replace).map(|_| ()),
                _ => k.export_csv(&out, replace).map(|_| ()),
            }
        };
        run(false).unwrap();
        let first = if is_dir {
            fs::read(out.join("attempts.csv")).unwrap()
        } else {
            fs::read(&out).unwrap()
        };
        match run(false) {
            Err(Error::InvalidInput(m)) => assert!(m.contains("already exists"), "{m}"),
            other => panic!("{name}: expected a refusal, got {other:?}"),
        }
        let after = if is_dir {
            fs::read(out.join("attempts.csv")).unwrap()
        } else {
            fs::read(&out).unwrap()
        };
        assert_eq!(first, after, "{name}: refused, and left as it was");
        run(true).unwrap();
        let leftovers: Vec<_> = fs::read_dir(if is_dir {
            out.clone()
        } else {
            root.path().into()
        })
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".partial") || n.ends_with("-journal"))
        .collect();
        assert!(leftovers.is_empty(), "{name}: {leftovers:?}");
    }
}

#[test]
fn a_leftover_partial_snapshot_of_a_killed_export_does_not_block_the_next() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let k = open(&root.path().join("p"), &clock);
    let out = root.path().join("s.kexport");
    fs::write(root.path().join("s.kexport.partial"), b"half").unwrap();
    fs::write(root.path().join("s.kexport.partial-journal"), b"half").unwrap();
    k.export_snapshot(&out, false).unwrap();
    assert!(!root.path().join("s.kexport.partial").exists());
    let mut b = open(&root.path().join("b"), &clock);
    b.merge(&out).unwrap();
}
