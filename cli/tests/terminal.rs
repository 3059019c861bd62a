//! The terminal as a hostile place: a reader that goes away (`| head -c 1`), names holding
//! escapes from an old database, an empty `$KUSOMA_DATA_DIR`, a second `kusoma` beside a
//! running one.

#![allow(clippy::unwrap_used)]

mod common;

use std::process::{Command, Stdio};

use common::{lessons, run, text};

#[test]
fn a_closed_pipe_ends_quietly_with_status_0() {
    let data = tempfile::tempdir().unwrap();
    assert!(
        run(data.path(), &["learner", "add", "Amina"], "", &[])
            .status
            .success()
    );
    let learn: Vec<&str> = "learn --pack sw --lang en --exercises 2 --seed 1"
        .split(' ')
        .collect();
    for args in [
        &["learner", "list"][..],
        &["progress", "Amina"][..],
        &learn[..],
    ] {
        // The reading end is closed before kusoma writes a byte: every write is EPIPE.
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let out = Command::new(env!("CARGO_BIN_EXE_kusoma"))
            .args(args)
            .arg("--data-dir")
            .arg(data.path())
            .arg("--packs")
            .arg(lessons())
            .env("LANG", "C")
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn stored_names_with_escapes_are_printed_escaped() {
    let data = tempfile::tempdir().unwrap();
    assert!(
        run(data.path(), &["learner", "add", "Amina"], "", &[])
            .status
            .success()
    );
    // A name stored before such names were refused (or by another program).
    let db = rusqlite::Connection::open(data.path().join("kusoma.db")).unwrap();
    db.execute(
        "UPDATE learners SET display_name = 'Amina' || char(27) || '[2J' || char(8238)",
        [],
    )
    .unwrap();
    drop(db);
    let out = run(data.path(), &["learner", "list"], "", &[]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        !stdout.contains('\u{1b}') && !stdout.contains('\u{202e}'),
        "{stdout:?}"
    );
    assert!(stdout.contains("Amina\\u{1b}[2J\\u{202e}"), "{stdout:?}");
}

#[test]
fn errors_naming_hostile_paths_and_names_are_printed_escaped_on_stderr() {
    let data = tempfile::tempdir().unwrap();
    let hostile = data.path().join("sw\u{1b}[31m.kpack");
    std::fs::write(&hostile, "not a pack").unwrap();
    let cases = [
        vec![
            "pack".to_owned(),
            "install".to_owned(),
            hostile.display().to_string(),
        ],
        vec!["progress".to_owned(), "Amina\u{1b}[31m\u{202e}".to_owned()],
    ];
    for args in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = run(data.path(), &args, "", &[]);
        assert!(!out.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            !stderr.contains('\u{1b}') && !stderr.contains('\u{202e}'),
            "{args:?}: {stderr:?}"
        );
        assert!(stderr.contains("\\u{1b}[31m"), "{args:?}: {stderr:?}");
    }
}

#[test]
fn an_empty_kusoma_data_dir_is_unset_not_the_current_folder() {
    let cwd = tempfile::tempdir().unwrap();
    let home = tempfile::tempdir().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kusoma"))
        .args(["learner", "list", "--packs"])
        .arg(lessons())
        .current_dir(cwd.path())
        .env("KUSOMA_DATA_DIR", "")
        .env("HOME", home.path())
        .env_remove("XDG_DATA_HOME")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out));
    assert!(!cwd.path().join("kusoma.db").exists());
    assert!(home.path().join(".local/share/kusoma/kusoma.db").exists());
}

#[test]
fn a_second_kusoma_on_a_data_directory_in_use_is_refused_with_what_to_do() {
    let data = tempfile::tempdir().unwrap();
    assert!(
        run(data.path(), &["learner", "add", "Amina"], "", &[])
            .status
            .success()
    );
    // A `kusoma learn` waiting for its first answer holds the data directory.
    let mut learning = Command::new(env!("CARGO_BIN_EXE_kusoma"))
        .args(["learn", "--pack", "sw", "--data-dir"])
        .arg(data.path())
        .arg("--packs")
        .arg(lessons())
        .env("LANG", "C")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Its first prompt is printed once the data directory is open (and locked).
    let mut first = [0u8; 1];
    std::io::Read::read_exact(learning.stdout.as_mut().unwrap(), &mut first).unwrap();
    let out = run(data.path(), &["learner", "list"], "", &[]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("in use by another Kusoma"),
        "{}",
        text(&out)
    );
    drop(learning.stdin.take());
    learning.wait().unwrap();
    assert!(
        run(data.path(), &["learner", "list"], "", &[])
            .status
            .success()
    );
}
