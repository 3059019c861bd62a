//! The facilitator gate both apps draw (`kusoma_core::screens::facilitator_gate`): the first
//! facilitator, choosing and unlocking, wrong PINs and the lock-out.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::screens::facilitator_gate::FacilitatorGate;
use kusoma_core::secret::MAX_FAILURES;
use kusoma_core::{Error, Kusoma};

fn phone() -> (tempfile::TempDir, Kusoma) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let k = common::open(dir.path(), &clock);
    (dir, k)
}

fn type_pin(gate: &mut FacilitatorGate, pin: &[u32]) {
    for &d in pin {
        gate.type_digit(d).unwrap();
    }
}

#[test]
fn a_new_phone_makes_its_first_facilitator_who_is_then_unlocked() {
    let (_dir, mut k) = phone();
    let mut gate = FacilitatorGate::new(&k).unwrap();
    assert!(gate.state().creating);
    type_pin(&mut gate, &[2, 4, 6, 8]);
    // No name yet: the PIN alone may not be sent.
    assert!(!gate.state().can_submit);
    gate.set_name("   ");
    assert!(!gate.state().can_submit);
    gate.set_name("Mama Neema");
    assert!(gate.state().can_submit);
    gate.submit(&mut k).unwrap();
    let unlocked = gate.state().unlocked.clone().expect("unlocked");
    assert_eq!(unlocked.name, "Mama Neema");
    assert!(!gate.state().creating);
    assert_eq!(gate.state().pin_digits, 0);
    assert_eq!(k.facilitators().unwrap().len(), 1);
}

#[test]
fn a_wrong_pin_empties_the_pad_and_repeated_ones_lock_her_out() {
    let (_dir, mut k) = phone();
    let f = k.create_facilitator("Baraka", "1357").unwrap();
    k.sign_out();
    let mut gate = FacilitatorGate::new(&k).unwrap();
    assert!(!gate.state().creating);
    // The pad is not for anyone until she taps her card.
    type_pin(&mut gate, &[1, 3, 5, 7]);
    assert!(!gate.state().can_submit);
    assert!(matches!(gate.choose("nobody"), Err(Error::NotFound(_))));
    gate.choose(&f.id).unwrap();
    assert_eq!(gate.state().pin_digits, 0, "choosing opens an empty pad");
    type_pin(&mut gate, &[0, 0, 0, 0]);
    gate.submit(&mut k).unwrap();
    assert!(gate.state().wrong_try);
    assert_eq!(
        (gate.state().pin_digits, gate.state().unlocked.clone()),
        (0, None)
    );
    for _ in 1..MAX_FAILURES {
        type_pin(&mut gate, &[0, 0, 0, 0]);
        gate.submit(&mut k).unwrap();
    }
    assert!(gate.state().locked_until_ms.is_some());
    type_pin(&mut gate, &[1, 3, 5, 7]);
    gate.submit(&mut k).unwrap();
    assert_eq!(
        gate.state().unlocked,
        None,
        "the right PIN during the lock-out is refused"
    );
    gate.back();
    assert_eq!(gate.state().chosen, None);
}

#[test]
fn the_right_pin_unlocks_and_a_digit_out_of_range_is_an_error() {
    let (_dir, mut k) = phone();
    let f = k.create_facilitator("Baraka", "1357").unwrap();
    k.sign_out();
    let mut gate = FacilitatorGate::new(&k).unwrap();
    gate.choose(&f.id).unwrap();
    assert!(matches!(gate.type_digit(12), Err(Error::InvalidInput(_))));
    type_pin(&mut gate, &[1, 3, 5, 8]);
    gate.delete_digit();
    type_pin(&mut gate, &[7]);
    gate.submit(&mut k).unwrap();
    assert_eq!(
        gate.state().unlocked.as_ref().map(|c| c.id.as_str()),
        Some(f.id.as_str())
    );
}
