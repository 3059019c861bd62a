//! The interface language chosen on a phone: used at once, kept across restarts ahead of the
//! platform's locales, and a bad choice refused with nothing stored.

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::path::Path;

use kusoma_core::{Error, Kusoma, OpenOptions};
use kusoma_tests::lessons;

fn open(dir: &Path, phone: &str) -> Kusoma {
    let options = OpenOptions {
        pack_dirs: vec![lessons()],
        locales: vec![phone.to_owned()],
        ..OpenOptions::default()
    };
    Kusoma::open(dir, options).unwrap()
}

fn first(k: &Kusoma) -> String {
    k.ui_locales().first().cloned().unwrap_or_default()
}

#[test]
fn a_chosen_language_outlasts_a_restart_on_a_phone_set_to_another() {
    let dir = tempfile::tempdir().unwrap();
    let mut k = open(dir.path(), "en");
    assert_eq!(first(&k), "en");
    let english = k.tr("app-check", &[]);
    k.choose_interface_language("sw").unwrap();
    assert_eq!(first(&k), "sw");
    assert_ne!(k.tr("app-check", &[]), english, "the words change at once");
    drop(k);

    let k = open(dir.path(), "en");
    assert_eq!(
        first(&k),
        "sw",
        "the phone's English does not win over her choice"
    );
}

#[test]
fn an_unknown_or_malformed_language_is_refused_and_nothing_is_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut k = open(dir.path(), "en");
    k.choose_interface_language("hi").unwrap();
    for bad in ["zu", "not a tag!", ""] {
        let err = k.choose_interface_language(bad).unwrap_err();
        assert!(matches!(err, Error::InvalidInput(_)), "{bad:?}: {err:?}");
        assert_eq!(first(&k), "hi", "{bad:?} changed the language in use");
    }
    drop(k);
    assert_eq!(first(&open(dir.path(), "en")), "hi");
}

#[test]
fn the_platforms_locales_given_again_keep_the_chosen_language_first() {
    let dir = tempfile::tempdir().unwrap();
    let mut k = open(dir.path(), "en");
    k.set_platform_locales(&["ar".to_owned()]).unwrap();
    assert_eq!(first(&k), "ar", "with no choice, the platform's language");
    k.choose_interface_language("sw").unwrap();
    k.set_platform_locales(&["ar".to_owned()]).unwrap();
    assert_eq!(
        first(&k),
        "sw",
        "after packs are installed or the phone's language changes"
    );
}
