//! The LRS sync policy, driven by a scripted LRS with no network: batches committed only when
//! all of each was accepted, retries with a doubling pause, a refused batch halved until the
//! refused statement is named, wrong credentials stopping at once, and resuming after a stop.

#![allow(clippy::unwrap_used)]

use std::sync::Arc;

use kusoma_core::Kusoma;
use kusoma_core::clock::ManualClock;
use kusoma_core::exchange::sync::{LrsAnswer, SyncPolicy, SyncStep};

mod common;

use common::{open, play};

const TARGET: &str = "https://lrs.example.org/xAPI";

fn status(code: u16) -> LrsAnswer {
    LrsAnswer::Status {
        code,
        body: format!("status {code}"),
    }
}

/// A phone with `n` answered exercises (one statement each).
fn phone(n: u32) -> (tempfile::TempDir, Kusoma) {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_800_000_000_000));
    let mut k = open(&root.path().join("k"), &clock);
    let l = k.create_learner("Amina", "").unwrap();
    play(&mut k, &l.id, n, &clock);
    (root, k)
}

/// Runs a sync to its end against `lrs`, which answers each posted body; returns the steps
/// taken (bodies shortened to their statement counts) and the last one.
fn drive(
    k: &mut Kusoma,
    policy: SyncPolicy,
    mut lrs: impl FnMut(&str) -> LrsAnswer,
) -> (Vec<String>, SyncStep) {
    let mut sync = k.start_sync(TARGET, policy).unwrap();
    let mut log = Vec::new();
    for _ in 0..1000 {
        match sync.next(k).unwrap() {
            SyncStep::Post { body, statements } => {
                let parsed: Vec<serde_json::Value> = serde_json::from_str(&body).unwrap();
                assert_eq!(
                    parsed.len(),
                    statements as usize,
                    "the body holds what it says"
                );
                log.push(format!("post {statements}"));
                sync.answer(lrs(&body));
            }
            SyncStep::Wait { ms, .. } => log.push(format!("wait {ms}")),
            last => return (log, last),
        }
    }
    panic!("the sync did not end: {log:?}");
}

fn policy(batch: u32, tries: u32) -> SyncPolicy {
    SyncPolicy {
        batch,
        tries,
        first_pause_ms: 500,
        max_pause_ms: 1_500,
    }
}

#[test]
fn everything_is_sent_once_in_batches_and_a_second_sync_sends_nothing() {
    let (_root, mut k) = phone(7);
    let (log, last) = drive(&mut k, policy(3, 5), |_| status(200));
    assert_eq!(log, ["post 3", "post 3", "post 1"]);
    assert_eq!(last, SyncStep::Done { sent: 7 });
    let (log, last) = drive(&mut k, policy(3, 5), |_| status(204));
    assert!(log.is_empty());
    assert_eq!(last, SyncStep::Done { sent: 0 });
}

#[test]
fn failures_are_tried_again_after_a_doubling_pause_up_to_the_limit() {
    let (_root, mut k) = phone(2);
    let mut answers = vec![
        status(503),
        LrsAnswer::Unreachable {
            reason: "timed out".into(),
        },
        status(429),
        status(200),
    ]
    .into_iter();
    let (log, last) = drive(&mut k, policy(10, 5), |_| answers.next().unwrap());
    assert_eq!(
        log,
        [
            "post 2",
            "wait 500",
            "post 2",
            "wait 1000",
            "post 2",
            "wait 1500",
            "post 2"
        ],
        "the pause doubles and stops at its longest"
    );
    assert_eq!(last, SyncStep::Done { sent: 2 });

    // Three tries in all, then it stops, saying why; nothing was committed.
    let (_root, mut k) = phone(2);
    let (log, last) = drive(&mut k, policy(10, 3), |_| status(502));
    assert_eq!(log, ["post 2", "wait 500", "post 2", "wait 1000", "post 2"]);
    let SyncStep::Failed { reason, sent } = last else {
        panic!("{last:?}")
    };
    assert_eq!(sent, 0);
    assert!(reason.contains("after 3 tries: HTTP 502"), "{reason}");
    // Run again, with the LRS back: everything goes.
    let (_, last) = drive(&mut k, policy(10, 3), |_| status(200));
    assert_eq!(last, SyncStep::Done { sent: 2 });
}

#[test]
fn a_refused_batch_is_halved_until_the_refused_statement_is_named() {
    let (_root, mut k) = phone(9);
    // The sixth statement (the second of the second batch) is one the LRS will not take.
    let batch = k.xapi_batch(TARGET, 4).unwrap();
    let first_batch_ids: Vec<String> = batch.statements.iter().map(|(id, _)| id.clone()).collect();
    let all = k.xapi_batch(TARGET, 9).unwrap();
    let bad = all.statements[5].0.clone();
    let mut accepted: Vec<String> = Vec::new();
    let (log, last) = drive(&mut k, policy(4, 5), |body| {
        if body.contains(&bad) {
            status(400)
        } else {
            let v: Vec<serde_json::Value> = serde_json::from_str(body).unwrap();
            accepted.extend(v.iter().map(|s| s["id"].as_str().unwrap().to_owned()));
            status(200)
        }
    });
    // Batch 1 (4) goes; batch 2 (4) is refused and halved: its first half (2, holding the
    // bad one) is refused and halved again; the good one goes, the bad one is named, and the
    // sync stops before the second half.
    assert_eq!(log, ["post 4", "post 4", "post 2", "post 1", "post 1"]);
    let SyncStep::Failed { reason, sent } = last else {
        panic!("{last:?}")
    };
    assert!(
        reason.contains(&format!("refused statement {bad} (400): status 400")),
        "{reason}"
    );
    assert_eq!(sent, 4, "the first batch was committed, the second was not");
    assert!(!accepted.contains(&bad));
    // Resuming starts at the second batch again: the committed first batch is not sent twice.
    let mut resent = String::new();
    let (log, last) = drive(&mut k, policy(4, 5), |body| {
        resent.push_str(body);
        status(200)
    });
    assert_eq!(log, ["post 4", "post 1"]);
    assert_eq!(last, SyncStep::Done { sent: 5 });
    assert!(resent.contains(&bad));
    assert!(
        first_batch_ids
            .iter()
            .all(|id| !resent.contains(id.as_str()))
    );
}

#[test]
fn wrong_credentials_stop_at_once_and_bad_policies_are_refused() {
    let (_root, mut k) = phone(3);
    let (log, last) = drive(&mut k, policy(10, 5), |_| status(401));
    assert_eq!(
        log,
        ["post 3"],
        "no retry: the password will not change by waiting"
    );
    let SyncStep::Failed { reason, .. } = last else {
        panic!("{last:?}")
    };
    assert!(reason.contains("credentials (401)"), "{reason}");
    for bad in [policy(0, 5), policy(2001, 5), policy(10, 0), policy(10, 21)] {
        assert!(k.start_sync(TARGET, bad).is_err(), "{bad:?}");
    }
    assert!(k.start_sync(" ", policy(10, 5)).is_err());
}
