//! The sign-in flow both apps draw (`kusoma_core::screens::sign_in`): pictures, PIN, both or
//! neither, wrong tries, the lock-out, and what the state never shows.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use kusoma_core::clock::{Clock, ManualClock};
use kusoma_core::screens::sign_in::{SignIn, SignInStep};
use kusoma_core::secret::MAX_FAILURES;
use kusoma_core::{Enrolment, Error, Kusoma};

fn phone() -> (tempfile::TempDir, Arc<ManualClock>, Kusoma) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let k = common::open(dir.path(), &clock);
    (dir, clock, k)
}

fn enrol(k: &mut Kusoma, name: &str, pictures: Option<Vec<u8>>, pin: Option<&str>) -> String {
    let e = Enrolment {
        name: name.into(),
        icon: k.suggested_card_picture().unwrap().into(),
        pictures,
        pin: pin.map(Into::into),
        ..Enrolment::default()
    };
    k.enrol_learner(&e).unwrap().id
}

fn tap_all(flow: &mut SignIn, k: &mut Kusoma, pictures: &[u32]) {
    for &p in pictures {
        flow.tap_picture(k, p).unwrap();
    }
}

#[test]
fn a_picture_login_signs_in_after_a_wrong_try_that_starts_it_again() {
    let (_dir, _clock, mut k) = phone();
    let amina = enrol(&mut k, "Amina", Some(vec![3, 7, 11]), None);
    let mut flow = SignIn::new(&k).unwrap();
    assert_eq!(flow.state().step, SignInStep::Choose);
    flow.choose(&amina).unwrap();
    assert_eq!(flow.state().step, SignInStep::Pictures);
    tap_all(&mut flow, &mut k, &[3, 7]);
    assert_eq!(flow.state().pictures_entered, 2);
    flow.tap_picture(&mut k, 10).unwrap();
    let s = flow.state();
    assert!(s.wrong_try);
    assert_eq!((s.step, s.pictures_entered), (SignInStep::Pictures, 0));
    tap_all(&mut flow, &mut k, &[3, 7, 11]);
    assert_eq!(flow.state().step, SignInStep::SignedIn);
    assert!(!flow.state().wrong_try);
    assert_eq!(k.signed_in_learner(), Some(amina.as_str()));
    flow.sign_out(&mut k);
    assert_eq!(flow.state().step, SignInStep::Choose);
    assert_eq!(k.signed_in_learner(), None);
}

#[test]
fn pictures_then_a_pin_and_a_wrong_pin_goes_back_to_the_pictures() {
    let (_dir, _clock, mut k) = phone();
    let neema = enrol(&mut k, "Neema", Some(vec![0, 1, 2]), Some("4321"));
    let mut flow = SignIn::new(&k).unwrap();
    flow.choose(&neema).unwrap();
    tap_all(&mut flow, &mut k, &[0, 1, 2]);
    assert_eq!(flow.state().step, SignInStep::Pin);
    for d in [1, 2, 3] {
        flow.type_digit(d).unwrap();
    }
    // Three digits are too few to try: the submit is ignored, nothing counts against her.
    assert!(!flow.state().can_submit_pin);
    flow.submit_pin(&mut k).unwrap();
    assert_eq!(flow.state().step, SignInStep::Pin);
    flow.type_digit(4).unwrap();
    assert!(flow.state().can_submit_pin);
    flow.submit_pin(&mut k).unwrap();
    let s = flow.state();
    assert!(s.wrong_try);
    assert_eq!(
        (s.step, s.pictures_entered, s.pin_digits),
        (SignInStep::Pictures, 0, 0)
    );
    tap_all(&mut flow, &mut k, &[0, 1, 2]);
    for d in [4, 3, 2, 1] {
        flow.type_digit(d).unwrap();
    }
    flow.delete_digit();
    flow.type_digit(1).unwrap();
    flow.submit_pin(&mut k).unwrap();
    assert_eq!(flow.state().step, SignInStep::SignedIn);
}

#[test]
fn a_pin_only_learner_starts_at_her_pad_and_one_with_no_secret_with_any_three_pictures() {
    let (_dir, _clock, mut k) = phone();
    let baraka = enrol(&mut k, "Baraka", None, Some("123456"));
    let zawadi = enrol(&mut k, "Zawadi", None, None);
    let mut flow = SignIn::new(&k).unwrap();
    flow.choose(&baraka).unwrap();
    assert_eq!(flow.state().step, SignInStep::Pin);
    // The pad takes at most eight digits.
    for _ in 0..12 {
        flow.type_digit(9).unwrap();
    }
    assert_eq!(flow.state().pin_digits, 8);
    flow.choose(&zawadi).unwrap();
    assert_eq!(
        (flow.state().step, flow.state().pin_digits),
        (SignInStep::Pictures, 0)
    );
    tap_all(&mut flow, &mut k, &[5, 5, 5]);
    assert_eq!(flow.state().step, SignInStep::SignedIn);
}

#[test]
fn repeated_wrong_tries_lock_the_profile_and_the_lock_ends_with_its_time() {
    let (_dir, clock, mut k) = phone();
    let amina = enrol(&mut k, "Amina", Some(vec![3, 7, 11]), None);
    let mut flow = SignIn::new(&k).unwrap();
    flow.choose(&amina).unwrap();
    for _ in 0..MAX_FAILURES {
        tap_all(&mut flow, &mut k, &[0, 0, 0]);
    }
    let until = flow.state().locked_until_ms.expect("locked");
    assert!(until > clock.now_ms());
    // While locked even the right pictures are refused, and the state still says so.
    tap_all(&mut flow, &mut k, &[3, 7, 11]);
    assert_eq!(flow.state().step, SignInStep::Pictures);
    assert!(flow.state().locked_until_ms.is_some());
    clock.advance(until - clock.now_ms() + 1);
    tap_all(&mut flow, &mut k, &[3, 7, 11]);
    assert_eq!(flow.state().step, SignInStep::SignedIn);
    assert_eq!(flow.state().locked_until_ms, None);
}

#[test]
fn taps_out_of_range_are_errors_that_change_nothing() {
    let (_dir, _clock, mut k) = phone();
    let amina = enrol(&mut k, "Amina", Some(vec![3, 7, 11]), Some("1234"));
    let mut flow = SignIn::new(&k).unwrap();
    assert!(matches!(flow.choose("no-such-id"), Err(Error::NotFound(_))));
    flow.choose(&amina).unwrap();
    flow.tap_picture(&mut k, 3).unwrap();
    let before = flow.state().clone();
    assert!(matches!(
        flow.tap_picture(&mut k, 12),
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(
        flow.tap_picture(&mut k, u32::MAX),
        Err(Error::InvalidInput(_))
    ));
    assert!(matches!(flow.type_digit(10), Err(Error::InvalidInput(_))));
    assert_eq!(flow.state(), &before);
    // A digit typed during the pictures step is ignored, not kept for later.
    flow.type_digit(1).unwrap();
    assert_eq!(flow.state().pin_digits, 0);
}

#[test]
fn a_learner_created_from_the_chooser_gets_a_picture_of_her_own_and_is_chosen() {
    let (_dir, _clock, mut k) = phone();
    let mut flow = SignIn::new(&k).unwrap();
    let first = flow.create(&mut k, "Amina", "").unwrap();
    let second = flow.create(&mut k, "Neema", "").unwrap();
    assert_ne!(first.picture, second.picture);
    assert_eq!(flow.state().learners.len(), 2);
    assert_eq!(
        flow.state().chosen.as_ref().map(|c| c.id.as_str()),
        Some(second.id.as_str())
    );
    // A learner deleted elsewhere is dropped from the chooser at the next refresh.
    k.delete_learner(&second.id).unwrap();
    flow.refresh(&k).unwrap();
    assert_eq!(flow.state().step, SignInStep::Choose);
    assert_eq!(flow.state().learners.len(), 1);
}
