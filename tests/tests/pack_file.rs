//! Single-file packs: build, install, use — and every kind of bad file refused with a clear
//! error, leaving the installed packs untouched.

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::pack::{self, container};
use kusoma_core::{Error, Kusoma, OpenOptions, SessionOptions};
use kusoma_tests::{lessons, right_answer};
use rusqlite::Connection;

/// A data directory with no packs but those installed into it.
fn open(data: &Path) -> Kusoma {
    let options = OpenOptions {
        pack_dirs: vec![],
        clock: Arc::new(ManualClock::new(0)),
        ..OpenOptions::default()
    };
    Kusoma::open(data, options).unwrap()
}

fn built(id: &str, dir: &Path) -> PathBuf {
    let pack = pack::load(&lessons().join(id)).unwrap();
    let out = dir.join(format!("{id}.kpack"));
    container::build(&pack, &out).unwrap();
    out
}

fn refused(k: &mut Kusoma, file: &Path) -> String {
    match k.install_pack(file) {
        Err(Error::PackRejected { problems, .. }) => problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// The installed `sw` folder's files and bytes, to prove a refusal changed nothing.
fn snapshot(data: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![data.join("packs")];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else {
                out.push((path.clone(), fs::read(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

#[test]
fn a_built_pack_installs_and_a_learner_can_use_it_after_a_restart() {
    let tmp = tempfile::tempdir().unwrap();
    let file = built("sw", tmp.path());
    let data = tmp.path().join("data");
    {
        let mut k = open(&data);
        assert!(k.packs().is_empty());
        let summary = k.install_pack(&file).unwrap();
        assert_eq!(summary.id, "sw");
        assert_eq!(k.packs().len(), 1, "usable at once");
    }
    let mut k = open(&data);
    assert_eq!(
        k.packs().into_iter().map(|p| p.id).collect::<Vec<_>>(),
        ["sw"]
    );
    let learner = k.create_learner("Amina", "").unwrap();
    let s = k
        .start_session(
            &learner.id,
            "sw",
            &SessionOptions {
                exercises: 3,
                seed: Some(1),
                ..SessionOptions::default()
            },
        )
        .unwrap();
    let p = k.pack("sw").unwrap();
    while let Some(ex) = k.next_exercise(&s).unwrap() {
        assert!(k.submit(&s, &right_answer(&p, &ex), 500).unwrap().correct);
    }
    // Installing again (an update) replaces it cleanly and leaves no staging folders.
    k.install_pack(&file).unwrap();
    let names: Vec<String> = fs::read_dir(data.join("packs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["sw"]);
}

#[test]
fn the_content_hash_covers_every_file() {
    let tmp = tempfile::tempdir().unwrap();
    let a = built("sw", tmp.path());
    let b = tmp.path().join("again.kpack");
    container::build(&pack::load(&lessons().join("sw")).unwrap(), &b).unwrap();
    let hash = |f: &Path| container::read(f).unwrap().manifest["content_hash"].clone();
    assert_eq!(
        hash(&a),
        hash(&b),
        "building twice gives the same content hash"
    );
    assert_eq!(hash(&a).len(), 64);
}

/// Builds `sw`, installs it, damages a copy with `damage`, and asserts the copy is refused with
/// a message containing `expect` and the installed pack is untouched.
fn assert_refused(damage: impl FnOnce(&Path), expect: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let good = built("sw", tmp.path());
    let data = tmp.path().join("data");
    let mut k = open(&data);
    k.install_pack(&good).unwrap();
    let before = snapshot(&data);
    let bad = tmp.path().join("bad.kpack");
    fs::copy(&good, &bad).unwrap();
    damage(&bad);
    let message = refused(&mut k, &bad);
    assert!(
        message.contains(expect),
        "expected {expect:?} in:\n{message}"
    );
    assert_eq!(snapshot(&data), before, "the installed packs are untouched");
    assert_eq!(k.packs().len(), 1);
    drop(k);
    assert_eq!(
        open(&data).packs().len(),
        1,
        "and still load after a restart"
    );
}

/// Writes the content hash of the files as they are now, as a careless tool would.
fn rehash(conn: &Connection) {
    let mut stmt = conn.prepare("SELECT path, bytes FROM files").unwrap();
    let files = stmt
        .query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
        })
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let hash = container::content_hash(&files);
    conn.execute(
        "UPDATE manifest SET value = ?1 WHERE key = 'content_hash'",
        [hash],
    )
    .unwrap();
}

fn sql(file: &Path, statements: &str) {
    Connection::open(file)
        .unwrap()
        .execute_batch(statements)
        .unwrap();
}

#[test]
fn a_file_that_is_not_sqlite_at_all() {
    assert_refused(
        |f| fs::write(f, "PK\u{3}\u{4} this is a zip, or anything else").unwrap(),
        "not an SQLite file",
    );
}

#[test]
fn a_truncated_file() {
    assert_refused(
        |f| {
            let bytes = fs::read(f).unwrap();
            fs::write(f, &bytes[..bytes.len() / 2]).unwrap();
        },
        "not a Kusoma pack file",
    );
}

#[test]
fn a_tampered_file_whose_hash_no_longer_matches() {
    assert_refused(
        |f| {
            sql(
                f,
                "UPDATE files SET bytes = CAST(replace(CAST(bytes AS TEXT), 'mama', 'baba') AS BLOB) WHERE path = 'words.tsv';",
            )
        },
        "does not match its content hash",
    );
}

#[test]
fn an_extra_table() {
    assert_refused(
        |f| sql(f, "CREATE TABLE extra (x);"),
        "tables are not those of a pack file",
    );
}

#[test]
fn a_trigger() {
    assert_refused(
        |f| {
            sql(
                f,
                "CREATE TABLE log (x); CREATE TRIGGER t AFTER INSERT ON files BEGIN INSERT INTO log VALUES (1); END;",
            )
        },
        "unexpected trigger",
    );
}

#[test]
fn a_view() {
    assert_refused(
        |f| sql(f, "CREATE VIEW v AS SELECT * FROM files;"),
        "unexpected view",
    );
}

#[test]
fn a_huge_row() {
    assert_refused(
        |f| {
            sql(
                f,
                "INSERT INTO files VALUES ('words2.tsv', zeroblob(3000000));",
            )
        },
        "over the limit",
    );
}

#[test]
fn a_path_that_escapes_the_pack() {
    assert_refused(
        |f| sql(f, "INSERT INTO files VALUES ('../../evil.tsv', x'00');"),
        "unsafe path",
    );
}

#[test]
fn another_applications_database() {
    assert_refused(
        |f| sql(f, "PRAGMA application_id = 42;"),
        "another application's database",
    );
}

#[test]
fn interface_messages_that_drop_a_variable() {
    assert_refused(
        |f| {
            // A pack's own interface message without English's `$count`: re-hashed, so only
            // the messages' check against English can refuse it.
            let conn = Connection::open(f).unwrap();
            conn.execute(
                "INSERT INTO files (path, bytes) VALUES ('ui/sw.ftl', CAST(?1 AS BLOB))",
                ["feedback-correct = Vizuri!\nshell-unit-checking = za kuthibitisha siku nyingine\n"],
            )
            .unwrap();
            rehash(&conn);
        },
        "ui/sw.ftl:2: `shell-unit-checking` uses {} but English uses {$count}",
    );
}

#[test]
fn content_that_fails_the_checker_even_with_a_matching_hash() {
    assert_refused(
        |f| {
            // Re-hash after breaking the pack, as a careless tool would: the checker still runs.
            let conn = Connection::open(f).unwrap();
            conn.execute("UPDATE files SET bytes = CAST('word\tunits\tgloss\nmaqa\tm a q a\tx\n' AS BLOB) WHERE path = 'words.tsv'", []).unwrap();
            rehash(&conn);
        },
        "words.tsv:2",
    );
}

#[test]
fn pictures_travel_inside_the_pack_file_and_shells_get_their_path() {
    let tmp = tempfile::tempdir().unwrap();
    // A copy of the Swahili pack with one picture file.
    let source = tmp.path().join("sw");
    copy_dir(&lessons().join("sw"), &source);
    fs::create_dir_all(source.join("assets/pictures")).unwrap();
    let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>";
    fs::write(source.join("assets/pictures/cup.svg"), svg).unwrap();
    let mut words = fs::read_to_string(source.join("words.tsv")).unwrap();
    words.push_str("kikombe\tk i k o m b e\t\tcup\tpictures/cup.svg\t\thome\n");
    fs::write(source.join("words.tsv"), words).unwrap();
    let pack = pack::load(&source).unwrap();
    assert!(pack.files().contains(&"assets/pictures/cup.svg".to_owned()));
    let file = tmp.path().join("sw.kpack");
    container::build(&pack, &file).unwrap();

    let mut k = open(&tmp.path().join("data"));
    k.install_pack(&file).unwrap();
    let path = k.asset_path("sw", "pictures/cup.svg").unwrap();
    assert!(path.starts_with(tmp.path().join("data/packs/sw")));
    assert_eq!(fs::read_to_string(path).unwrap(), svg);
    for bad in ["../pack.toml", "/etc/passwd", "pictures\\cup.svg", ""] {
        assert!(
            matches!(k.asset_path("sw", bad), Err(Error::InvalidInput(_))),
            "{bad:?}"
        );
    }
    assert!(matches!(
        k.asset_path("sw", "pictures/none.svg"),
        Err(Error::NotFound(_))
    ));
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}
