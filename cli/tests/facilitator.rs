//! The facilitator commands' failure paths and the learner's sign-in in `kusoma learn`: every
//! wrong input gets a clear message and exit 1, and nothing stored is lost.

#![allow(clippy::unwrap_used)]

use std::io::Write;
use std::path::Path;
use std::process::Output;

mod common;

use common::text;

fn kusoma(data: &Path, args: &[&str], stdin: &str, pin: Option<&str>) -> Output {
    match pin {
        Some(pin) => common::run(data, args, stdin, &[("KUSOMA_FACILITATOR_PIN", pin)]),
        None => common::run(data, args, stdin, &[]),
    }
}

#[test]
fn a_learner_signs_in_with_her_pictures_and_is_locked_after_five_wrong_tries() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    let add = kusoma(
        &data,
        &["learner", "add", "Amina", "--pictures", "3,7,12"],
        "",
        None,
    );
    assert!(add.status.success(), "{}", text(&add));
    // Right pictures (people count from 1), then two answers.
    let ok = kusoma(
        &data,
        &[
            "learn",
            "--learner",
            "Amina",
            "--pack",
            "sw",
            "--exercises",
            "2",
            "--lang",
            "en",
        ],
        "3 7 12\n1\n1\n",
        None,
    );
    assert!(ok.status.success(), "{}", text(&ok));
    assert!(text(&ok).contains("Touch your 3 pictures"));
    assert!(
        text(&ok).contains("[1/2]"),
        "the session ran: {}",
        text(&ok)
    );
    let wrong = kusoma(
        &data,
        &[
            "learn",
            "--learner",
            "Amina",
            "--pack",
            "sw",
            "--lang",
            "en",
        ],
        "1 2 3\n1 2 3\nsun moon star\n1 2 3\n1 2 3\n3 7 12\n",
        None,
    );
    let out = text(&wrong);
    assert_eq!(out.matches("That is not right").count(), 4, "{out}");
    assert!(out.contains("locked for a while"), "{out}");
    assert!(
        !out.contains("[1/"),
        "no session for a locked profile: {out}"
    );
}

#[test]
fn facilitator_commands_refuse_bad_input_with_a_clear_message() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    let first = kusoma(&data, &["facilitator", "add", "Rehema"], "", Some("2468"));
    assert!(first.status.success(), "{}", text(&first));
    let cases: &[(&[&str], Option<&str>, &str)] = &[
        (
            &["learner", "add", "Asha"],
            Some("1111"),
            "wrong facilitator PIN",
        ),
        (
            &["learner", "add", "Asha"],
            None,
            "facilitator PIN is needed",
        ),
        (
            &["learner", "add", "Asha", "--gender", "female"],
            Some("2468"),
            "only with the learner's consent",
        ),
        (
            &["learner", "add", "Asha", "--age-band", "teen", "--consent"],
            Some("2468"),
            "age band \"teen\"",
        ),
        (
            &["learner", "add", "Asha", "--pictures", "0,1,2"],
            Some("2468"),
            "there are 12 pictures, numbered 1 to 12; 0 is not one",
        ),
        (
            &["learner", "add", "Asha", "--pin", "12"],
            Some("2468"),
            "a PIN is 4 to 8 digits",
        ),
        (
            &["group", "add", "Nobody", "Asha"],
            Some("2468"),
            "no group named",
        ),
        (
            &["assess", "Nobody", "--pack", "sw", "--subtask", "aser"],
            Some("2468"),
            "no learner named",
        ),
        (
            &["report", "programme", "--format", "pdf"],
            Some("2468"),
            "invalid value",
        ),
        (
            &["sync", "--lrs", "ftp://x"],
            Some("2468"),
            "not an http(s) URL",
        ),
    ];
    for (args, pin, expected) in cases {
        let out = kusoma(&data, args, "", *pin);
        assert!(!out.status.success(), "{args:?} should fail");
        assert!(text(&out).contains(expected), "{args:?}: {}", text(&out));
    }
    let learner = kusoma(&data, &["learner", "add", "Asha"], "", Some("2468"));
    assert!(learner.status.success(), "{}", text(&learner));
    let no_last = kusoma(
        &data,
        &[
            "assess",
            "Asha",
            "--pack",
            "sw",
            "--subtask",
            "letter-sounds",
        ],
        "",
        Some("2468"),
    );
    assert!(
        text(&no_last).contains("needs --last"),
        "{}",
        text(&no_last)
    );
    let junk = tmp.path().join("junk.kexport");
    std::fs::write(&junk, "not a database").unwrap();
    let import = kusoma(&data, &["import", junk.to_str().unwrap()], "", Some("2468"));
    assert!(!import.status.success());
    assert!(
        text(&import).contains("cannot be merged"),
        "{}",
        text(&import)
    );
    let list = kusoma(&data, &["learner", "list"], "", None);
    assert!(text(&list).contains("Asha"), "nothing stored was lost");
}

/// A scripted LRS on loopback: answers each POST with the next status in `script` (then 200),
/// and records how many statements each request carried.
fn fake_lrs(script: Vec<u16>) -> (String, std::sync::mpsc::Receiver<(u16, usize)>) {
    use std::io::{BufRead, BufReader, Read};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}/xAPI", listener.local_addr().unwrap());
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut script = script.into_iter();
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { return };
            let mut reader = BufReader::new(stream.try_clone().unwrap());
            let mut length = 0usize;
            loop {
                let mut line = String::new();
                if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                    break;
                }
                if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                    length = v.trim().parse().unwrap_or(0);
                }
            }
            let mut body = vec![0; length];
            reader.read_exact(&mut body).unwrap();
            let statements: Vec<serde_json::Value> =
                serde_json::from_slice(&body).unwrap_or_default();
            let status = script.next().unwrap_or(200);
            let _ = tx.send((status, statements.len()));
            let reply =
                format!("HTTP/1.1 {status} X\r\ncontent-length: 2\r\nconnection: close\r\n\r\n[]");
            let _ = stream.write_all(reply.as_bytes());
        }
    });
    (url, rx)
}

#[test]
fn sync_retries_failures_splits_refused_batches_and_resumes_where_it_stopped() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    let learn = kusoma(
        &data,
        &[
            "learn",
            "--learner",
            "Amina",
            "--pack",
            "sw",
            "--exercises",
            "8",
            "--seed",
            "2",
            "--lang",
            "en",
        ],
        &"1\n".repeat(20),
        None,
    );
    assert!(learn.status.success(), "{}", text(&learn));
    let sync = |url: &str, tries: &str| {
        common::run(
            &data,
            &[
                "sync", "--lrs", url, "--user", "kusoma", "--batch", "4", "--tries", tries,
            ],
            "",
            &[("KUSOMA_LRS_PASSWORD", "secret")],
        )
    };
    // 1. The LRS fails twice (503), then accepts; the first batch of 4 is refused (422) as a
    //    whole and split into halves of 2, which pass; the second batch passes.
    let (url, seen) = fake_lrs(vec![503, 503, 422]);
    let out = sync(&url, "3");
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("done, 8 statements sent"),
        "{}",
        text(&out)
    );
    let requests: Vec<(u16, usize)> = seen.try_iter().collect();
    assert_eq!(
        requests,
        vec![(503, 4), (503, 4), (422, 4), (200, 2), (200, 2), (200, 4)]
    );
    // 2. Nothing new for this LRS: nothing is posted.
    assert!(text(&sync(&url, "1")).contains("done, 0 statements sent"));
    assert_eq!(seen.try_iter().count(), 0);
    // 3. A new LRS that is down: the sync stops, says how to resume, and resumes later.
    let (url3, _) = fake_lrs(vec![500, 500]);
    let failed = sync(&url3, "2");
    assert!(!failed.status.success());
    assert!(
        text(&failed).contains("run the sync again to resume"),
        "{}",
        text(&failed)
    );
    let resumed = sync(&url3, "2");
    assert!(
        text(&resumed).contains("done, 8 statements sent"),
        "{}",
        text(&resumed)
    );
    // 4. A statement refused on its own is named, and the sync stops before it.
    let (url4, _) = fake_lrs(vec![409, 200, 409, 409]);
    let refused = sync(&url4, "1");
    assert!(!refused.status.success());
    assert!(
        text(&refused).contains("the LRS refused statement"),
        "{}",
        text(&refused)
    );
}
