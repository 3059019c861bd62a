//! Facilitator mode's forms as both apps draw them (`kusoma_core::screens::enrol` and
//! `groups`): enrolling a learner, the groups, a roster, and the attendance that starts a
//! group session, stored with it in one transaction.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::screens::enrol::Enrol;
use kusoma_core::screens::groups::{Attendance, Groups, Roster, TURN_MAX, TURN_MIN};
use kusoma_core::{Error, Kusoma};

/// A phone with its facilitator unlocked.
fn phone() -> (tempfile::TempDir, Kusoma) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let mut k = common::open(dir.path(), &clock);
    let f = k.create_facilitator("Rehema", "9137").unwrap();
    k.unlock_facilitator(&f.id, "9137").unwrap();
    (dir, k)
}

/// Enrols `name` through the form, with no secret.
fn enrol(k: &mut Kusoma, name: &str) -> String {
    let mut form = Enrol::new(k).unwrap();
    form.set_name(name);
    form.save(k).unwrap();
    form.view().enrolled.clone().unwrap().id
}

#[test]
fn the_secret_is_tapped_as_at_sign_in_repeats_allowed_and_a_whole_one_or_none_is_saved() {
    let (_dir, mut k) = phone();
    let mut form = Enrol::new(&k).unwrap();
    assert!(!form.view().can_save, "no name yet");
    form.set_name("  Amina ");
    assert!(form.view().can_save, "a name and no secret");
    form.tap_picture(4).unwrap();
    form.tap_picture(4).unwrap();
    assert_eq!(form.view().pictures, [4, 4], "a picture may come twice");
    assert!(!form.view().can_save, "two of three pictures");
    form.tap_picture(11).unwrap();
    form.tap_picture(0).unwrap();
    assert_eq!(form.view().pictures, [4, 4, 11], "a fourth tap is ignored");
    assert!(matches!(form.tap_picture(12), Err(Error::InvalidInput(_))));
    assert!(matches!(
        form.choose_icon("🔑"),
        Err(Error::InvalidInput(_))
    ));
    let icon = form.view().icon.clone();
    form.save(&mut k).unwrap();
    let card = form.view().enrolled.clone().unwrap();
    assert_eq!((card.name.as_str(), card.has_pictures), ("Amina", true));
    assert_eq!(card.picture, icon);
    // The form is empty for the next learner, with a picture no one has yet.
    assert_eq!(form.view().name, "");
    assert!(form.view().pictures.is_empty());
    assert_ne!(form.view().icon, icon);
    k.sign_in_learner(&card.id, Some(&[4, 4, 11]), None)
        .unwrap();
}

#[test]
fn a_name_already_on_the_phone_is_said_on_the_form_and_nothing_is_stored() {
    let (_dir, mut k) = phone();
    enrol(&mut k, "Amina");
    let mut form = Enrol::new(&k).unwrap();
    form.set_name("amina");
    for p in [1, 2, 3] {
        form.tap_picture(p).unwrap();
    }
    form.save(&mut k).unwrap();
    let refused = form.view().refused.clone().unwrap();
    assert!(refused.contains("Amina"), "{refused}");
    assert!(
        refused.contains("already on this phone") && !refused.contains('`'),
        "in the interface's words, not the core's error: {refused}"
    );
    assert!(form.view().enrolled.is_none());
    assert_eq!(form.view().pictures, [1, 2, 3], "what was typed is kept");
    assert_eq!(k.learners().unwrap().len(), 1);
    form.set_name("Amina Juma");
    assert_eq!(form.view().refused, None, "typing again clears it");
}

#[test]
fn groups_are_made_from_a_typed_name_and_a_refused_name_is_said() {
    let (_dir, mut k) = phone();
    let mut groups = Groups::new(&k).unwrap();
    assert!(groups.view().groups.is_empty());
    groups.create(&mut k).unwrap();
    assert!(groups.view().groups.is_empty(), "no name: nothing made");
    groups.set_name(" Jumanne ");
    assert!(groups.view().can_create);
    groups.create(&mut k).unwrap();
    let made = &groups.view().groups;
    assert_eq!((made.len(), made[0].name.as_str()), (1, "Jumanne"));
    assert_eq!(groups.view().new_name, "");
    groups.set_name("Ijumaa\u{202E}");
    groups.create(&mut k).unwrap();
    assert!(
        groups.view().refused.is_some(),
        "a bidi override is refused"
    );
    assert_eq!(groups.view().groups.len(), 1);
}

#[test]
fn learners_ticked_join_the_roster_in_the_list_order() {
    let (_dir, mut k) = phone();
    let ids: Vec<String> = ["Amina", "Baraka", "Neema"]
        .iter()
        .map(|n| enrol(&mut k, n))
        .collect();
    let group = k.create_group("Jumanne").unwrap();
    let mut roster = Roster::new(&k, &group.id).unwrap();
    assert_eq!(roster.view().others.len(), 3);
    assert!(matches!(
        roster.toggle_adding("nobody"),
        Err(Error::NotFound(_))
    ));
    roster.toggle_adding(&ids[2]).unwrap();
    roster.toggle_adding(&ids[1]).unwrap();
    roster.toggle_adding(&ids[0]).unwrap();
    roster.toggle_adding(&ids[1]).unwrap();
    assert_eq!(roster.view().adding, [ids[0].clone(), ids[2].clone()]);
    roster.add_ticked(&mut k).unwrap();
    let names: Vec<&str> = roster
        .view()
        .roster
        .iter()
        .map(|l| l.name.as_str())
        .collect();
    assert_eq!(names, ["Amina", "Neema"]);
    assert_eq!(roster.view().others.len(), 1);
    assert!(roster.view().adding.is_empty());
    assert_eq!(roster.view().group.members, 2);
}

#[test]
fn attendance_starts_a_session_stored_with_its_absent_and_the_turn_length_in_bounds() {
    let (_dir, mut k) = phone();
    let ids: Vec<String> = ["Amina", "Baraka"]
        .iter()
        .map(|n| enrol(&mut k, n))
        .collect();
    let group = k.create_group("Jumanne").unwrap();
    k.add_to_group(&group.id, &ids).unwrap();
    let mut a = Attendance::new(&k, &group.id, "sw").unwrap();
    assert_eq!(a.view().group, "Jumanne");
    for _ in 0..30 {
        a.more();
    }
    assert_eq!((a.view().turn_every, a.view().can_more), (TURN_MAX, false));
    for _ in 0..30 {
        a.fewer();
    }
    assert_eq!((a.view().turn_every, a.view().can_fewer), (TURN_MIN, false));
    a.more();
    a.toggle(&ids[0]).unwrap();
    a.toggle(&ids[1]).unwrap();
    assert!(!a.view().can_start, "nobody present");
    assert!(matches!(a.start(&mut k), Err(Error::InvalidInput(_))));
    assert!(k.group_sessions(&group.id).unwrap().is_empty());
    a.toggle(&ids[1]).unwrap();
    a.start(&mut k).unwrap();
    let session = a.view().started.clone().unwrap();
    let present: Vec<bool> = k
        .attendance(&session)
        .unwrap()
        .iter()
        .map(|e| e.present)
        .collect();
    assert_eq!(present, [false, true], "Amina absent, Baraka present");
    let stored = k.group_sessions(&group.id).unwrap();
    assert_eq!((stored.len(), stored[0].turn_every), (1, 2));
    a.start(&mut k).unwrap();
    assert_eq!(a.view().started.as_deref(), Some(session.as_str()));
    assert_eq!(
        k.group_sessions(&group.id).unwrap().len(),
        1,
        "Start twice is one session"
    );
}

#[test]
fn an_absent_learner_off_the_roster_stores_no_session_at_all() {
    let (_dir, mut k) = phone();
    let on = enrol(&mut k, "Amina");
    let off = enrol(&mut k, "Baraka");
    let group = k.create_group("Jumanne").unwrap();
    k.add_to_group(&group.id, std::slice::from_ref(&on))
        .unwrap();
    let refused = k.start_group_session(&group.id, "sw", None, &[off]);
    assert!(matches!(refused, Err(Error::NotFound(_))));
    assert!(
        k.group_sessions(&group.id).unwrap().is_empty(),
        "the session and its attendance are one transaction"
    );
}
