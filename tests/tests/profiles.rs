//! Shared-phone profiles: picture login and PIN with lock-out, facilitator PIN, demographics
//! only with consent, and deleting a learner for good.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;
use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::{
    AgeBand, Demographics, Enrolment, Error, Gender, Kusoma, OpenOptions, SessionOptions,
};
use kusoma_tests::lessons;

fn open(dir: &Path, clock: &Arc<ManualClock>) -> Kusoma {
    let options = OpenOptions {
        pack_dirs: vec![lessons()],
        clock: clock.clone(),
        ..OpenOptions::default()
    };
    Kusoma::open(dir, options).unwrap()
}

fn enrol(k: &mut Kusoma, name: &str, pictures: Option<Vec<u8>>, pin: Option<&str>) -> String {
    k.enrol_learner(&Enrolment {
        name: name.into(),
        icon: "🌻".into(),
        pictures,
        pin: pin.map(str::to_owned),
        demographics: None,
    })
    .unwrap()
    .id
}

#[test]
fn a_protected_learner_needs_her_pictures_and_pin_before_a_session() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_000_000));
    let mut k = open(dir.path(), &clock);
    let amina = enrol(&mut k, "Amina", Some(vec![3, 7, 11]), Some("2580"));
    let learner = k.learner(&amina).unwrap();
    assert!(learner.has_pictures && learner.has_pin && learner.is_protected());

    let start = |k: &mut Kusoma| k.start_session(&amina, "sw", &SessionOptions::default());
    assert!(matches!(start(&mut k), Err(Error::Denied(_))));
    // Pictures right but no PIN, PIN right but pictures in the wrong order: both refused.
    assert!(matches!(
        k.sign_in_learner(&amina, Some(&[3, 7, 11]), None),
        Err(Error::Denied(_))
    ));
    assert!(matches!(
        k.sign_in_learner(&amina, Some(&[7, 3, 11]), Some("2580")),
        Err(Error::Denied(_))
    ));
    k.sign_in_learner(&amina, Some(&[3, 7, 11]), Some("2580"))
        .unwrap();
    assert_eq!(k.signed_in_learner(), Some(amina.as_str()));
    start(&mut k).unwrap();

    // The quick exit signs her out: the next person cannot continue as her.
    k.sign_out();
    assert!(matches!(start(&mut k), Err(Error::Denied(_))));
}

#[test]
fn five_wrong_tries_lock_the_profile_even_against_the_right_answer() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_000_000));
    let mut k = open(dir.path(), &clock);
    let id = enrol(&mut k, "Neema", Some(vec![0, 0, 1]), None);
    for _ in 0..4 {
        assert!(matches!(
            k.sign_in_learner(&id, Some(&[1, 0, 0]), None),
            Err(Error::Denied(_))
        ));
    }
    assert!(matches!(
        k.sign_in_learner(&id, Some(&[1, 0, 0]), None),
        Err(Error::Locked {
            until_ms: 1_060_000
        })
    ));
    assert!(matches!(
        k.sign_in_learner(&id, Some(&[0, 0, 1]), None),
        Err(Error::Locked { .. })
    ));
    // The lock survives closing the app: it is stored.
    drop(k);
    let mut k = open(dir.path(), &clock);
    assert!(matches!(
        k.sign_in_learner(&id, Some(&[0, 0, 1]), None),
        Err(Error::Locked { .. })
    ));
    clock.advance(60_000);
    k.sign_in_learner(&id, Some(&[0, 0, 1]), None).unwrap();
    // Success clears the count: four more wrong tries do not lock.
    for _ in 0..4 {
        assert!(matches!(
            k.sign_in_learner(&id, Some(&[5, 5, 5]), None),
            Err(Error::Denied(_))
        ));
    }
    k.sign_in_learner(&id, Some(&[0, 0, 1]), None).unwrap();
}

#[test]
fn bad_pictures_and_pins_are_refused_before_anything_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1));
    let mut k = open(dir.path(), &clock);
    for (pictures, pin) in [
        (Some(vec![1, 2]), None),
        (Some(vec![1, 2, 12]), None),
        (None, Some("12")),
        (None, Some("12ab")),
    ] {
        let e = k.enrol_learner(&Enrolment {
            name: "Zawadi".into(),
            pictures,
            pin: pin.map(str::to_owned),
            ..Enrolment::default()
        });
        assert!(matches!(e, Err(Error::InvalidInput(_))), "{e:?}");
    }
    assert!(k.learners().unwrap().is_empty());
}

#[test]
fn once_a_facilitator_exists_enrolment_needs_the_facilitator_pin() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1));
    let mut k = open(dir.path(), &clock);
    let f = k.create_facilitator("Mama Rehema", "9137").unwrap();
    let new = |k: &mut Kusoma| {
        k.enrol_learner(&Enrolment {
            name: "Baraka".into(),
            ..Enrolment::default()
        })
    };
    assert!(matches!(new(&mut k), Err(Error::Denied(_))));
    assert!(matches!(
        k.create_facilitator("Other", "1111"),
        Err(Error::Denied(_))
    ));
    assert!(matches!(
        k.unlock_facilitator(&f.id, "9136"),
        Err(Error::Denied(_))
    ));
    k.unlock_facilitator(&f.id, "9137").unwrap();
    new(&mut k).unwrap();
    k.sign_out();
    assert!(matches!(new(&mut k), Err(Error::Denied(_))));
    assert!(matches!(k.groups(), Err(Error::Denied(_))));
}

#[test]
fn demographics_are_stored_only_with_consent_and_cleared_when_it_is_withdrawn() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(5_000));
    let mut k = open(dir.path(), &clock);
    let plain = enrol(&mut k, "Asha", None, None);
    let l = k.learner(&plain).unwrap();
    assert_eq!(
        (l.gender, l.age_band, l.consent_ms),
        (Gender::Unspecified, AgeBand::Unspecified, None)
    );

    let given = k
        .enrol_learner(&Enrolment {
            name: "Halima".into(),
            demographics: Some(Demographics {
                gender: Gender::Female,
                age_band: AgeBand::From15To24,
            }),
            ..Enrolment::default()
        })
        .unwrap();
    assert_eq!(given.gender, Gender::Female);
    assert_eq!(given.age_band, AgeBand::From15To24);
    assert_eq!(given.consent_ms, Some(5_000));

    let withdrawn = k.set_demographics(&given.id, None).unwrap();
    assert_eq!(
        (withdrawn.gender, withdrawn.age_band, withdrawn.consent_ms),
        (Gender::Unspecified, AgeBand::Unspecified, None)
    );
}

#[test]
fn deleting_a_learner_leaves_no_trace_of_her_in_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1));
    let mut k = open(dir.path(), &clock);
    let keep = enrol(&mut k, "Keeper", None, None);
    let name = "Wanjiru-Unique-Marker";
    let gone = enrol(&mut k, name, None, Some("4455"));
    k.sign_in_learner(&gone, None, Some("4455")).unwrap();
    let s = k
        .start_session(&gone, "sw", &SessionOptions::default())
        .unwrap();
    k.next_exercise(&s).unwrap();
    k.submit(&s, &kusoma_core::Answer::Choice(0), 1500).unwrap();
    k.delete_learner(&gone).unwrap();

    assert!(matches!(k.learner(&gone), Err(Error::NotFound(_))));
    assert_eq!(k.learners().unwrap().len(), 1);
    assert_eq!(k.learner(&keep).unwrap().name, "Keeper");
    for entry in fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let bytes = fs::read(&path).unwrap();
            assert!(
                !bytes.windows(name.len()).any(|w| w == name.as_bytes()),
                "{} still holds the deleted learner's name",
                path.display()
            );
        }
    }
}
