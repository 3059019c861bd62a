//! Group sessions: a 30-learner roster, attendance in one call, and pass-the-phone turns that
//! record every answer against the learner whose turn it is.

#![allow(clippy::unwrap_used)]

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::{Error, Kusoma, OpenOptions, TurnRule};
use kusoma_tests::{lessons, right_answer};

fn open(dir: &Path, clock: &Arc<ManualClock>) -> Kusoma {
    let options = OpenOptions {
        pack_dirs: vec![lessons()],
        clock: clock.clone(),
        ..OpenOptions::default()
    };
    Kusoma::open(dir, options).unwrap()
}

/// A facilitator phone with a group of `n` learners; returns (group id, learner ids).
fn group_of(k: &mut Kusoma, n: usize) -> (String, Vec<String>) {
    let f = k.create_facilitator("Rehema", "9137").unwrap();
    k.unlock_facilitator(&f.id, "9137").unwrap();
    let ids: Vec<String> = (0..n)
        .map(|i| k.create_learner(&format!("Learner {i:02}"), "").unwrap().id)
        .collect();
    let group = k.create_group("Tuesday group").unwrap();
    let group = k.add_to_group(&group.id, &ids).unwrap();
    assert_eq!(group.members as usize, n);
    (group.id, ids)
}

#[test]
fn attendance_starts_all_present_and_absentees_are_one_call() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_000));
    let mut k = open(dir.path(), &clock);
    let (group, ids) = group_of(&mut k, 30);
    let gs = k.start_group_session(&group, "sw", None, &[]).unwrap();
    let all = k.attendance(&gs.id).unwrap();
    assert_eq!(all.len(), 30);
    assert!(all.iter().all(|a| a.present));
    assert_eq!(all[0].learner.id, ids[0], "roster order");

    let absent = vec![ids[4].clone(), ids[17].clone(), ids[29].clone()];
    let after = k.set_attendance(&gs.id, &absent, false).unwrap();
    assert_eq!(after.iter().filter(|a| !a.present).count(), 3);
    assert!(
        after
            .iter()
            .filter(|a| !a.present)
            .all(|a| absent.contains(&a.learner.id))
    );

    // Someone not on the roster: refused, and nothing changed.
    let stranger = k.create_learner("Stranger", "").unwrap();
    let err = k.set_attendance(&gs.id, &[ids[0].clone(), stranger.id], false);
    assert!(matches!(err, Err(Error::NotFound(_))));
    assert!(k.attendance(&gs.id).unwrap()[0].present);

    let ended = k
        .end_group_session(&gs.id, "Good energy; Neema needs help with ng'")
        .unwrap();
    assert!(ended.ended_ms.is_some());
    assert_eq!(ended.notes, "Good energy; Neema needs help with ng'");
}

#[test]
fn pass_the_phone_turns_rotate_over_those_present_and_answers_land_on_the_right_learner() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_000));
    let mut k = open(dir.path(), &clock);
    let (group, ids) = group_of(&mut k, 5);
    let gs = k
        .start_group_session(&group, "sw", Some(TurnRule::Exercises(2)), &[])
        .unwrap();
    k.set_attendance(&gs.id, &[ids[1].clone()], false).unwrap();
    let pack = k.pack("sw").unwrap();

    let mut order = Vec::new();
    let mut answered: HashMap<String, u32> = HashMap::new();
    for _ in 0..(4 * 2 * 2) {
        let turn = k.group_turn(&gs.id).unwrap();
        if turn.changed {
            order.push(turn.learner.id.clone());
        }
        let ex = k.next_exercise(&turn.session).unwrap().unwrap();
        k.submit(&turn.session, &right_answer(&pack, &ex), 1000)
            .unwrap();
        *answered.entry(turn.learner.id.clone()).or_default() += 1;
        clock.advance(5_000);
    }
    // Two rounds over the four present learners, in roster order, skipping the absent one.
    let present = [&ids[0], &ids[2], &ids[3], &ids[4]];
    let expected: Vec<String> = present
        .iter()
        .chain(present.iter())
        .map(|s| (*s).clone())
        .collect();
    assert_eq!(order, expected);
    for id in present {
        assert_eq!(answered[id], 4);
        assert_eq!(
            k.progress(id, "sw").unwrap().attempts,
            4,
            "stored against {id}"
        );
    }
    assert_eq!(k.progress(&ids[1], "sw").unwrap().attempts, 0);
    k.end_group_session(&gs.id, "").unwrap();
    assert!(
        k.group_turn(&gs.id).is_err(),
        "an ended session has no turns"
    );
}

#[test]
fn timed_turns_pass_the_phone_when_the_minutes_are_up() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_000));
    let mut k = open(dir.path(), &clock);
    let (group, ids) = group_of(&mut k, 3);
    let gs = k
        .start_group_session(&group, "sw", Some(TurnRule::Minutes(3)), &[])
        .unwrap();
    let first = k.group_turn(&gs.id).unwrap();
    assert_eq!(first.learner.id, ids[0]);
    clock.advance(2 * 60_000);
    assert!(!k.group_turn(&gs.id).unwrap().changed);
    clock.advance(60_000);
    let second = k.group_turn(&gs.id).unwrap();
    assert!(second.changed);
    assert_eq!(second.learner.id, ids[1]);
    assert!(matches!(
        k.start_group_session(&group, "sw", Some(TurnRule::Minutes(0)), &[]),
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(
        k.start_group_session(&group, "no-such-pack", None, &[]),
        Err(Error::NotFound(_))
    ));
}
