//! Names on a shared phone: no control or text-direction characters, no two learners (or two
//! facilitators) of one name, and a merge that would bring in a second one renames it visibly.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use common::{open, snapshot};
use kusoma_core::Error;
use kusoma_core::clock::ManualClock;

const NOW: i64 = 1_800_000_000_000;

fn refusal(r: kusoma_core::Result<impl std::fmt::Debug>) -> String {
    match r {
        Err(Error::InvalidInput(m)) => m,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

#[test]
fn control_and_bidi_override_characters_are_refused_in_every_name() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let mut k = open(root.path(), &clock);
    for bad in [
        "Amina\u{1b}[2J",
        "Amina\u{202E}anima",
        "Ami\u{2067}na",
        "Ami\u{9b}na",
    ] {
        assert!(refusal(k.create_learner(bad, "")).contains("control"));
        assert!(refusal(k.create_group(bad)).contains("control"));
    }
    let l = k.create_learner("Amina", "").unwrap();
    assert!(refusal(k.rename_learner(&l.id, "A\u{202D}b")).contains("control"));
    assert!(refusal(k.create_facilitator("F\u{7}", "2468")).contains("control"));
}

#[test]
fn two_learners_cannot_share_a_name_whatever_its_case_spacing_or_normal_form() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let mut k = open(root.path(), &clock);
    k.create_learner("Zawadi", "").unwrap();
    let m = refusal(k.create_learner("  zAWADI ", ""));
    assert!(m.contains("already a learner called `Zawadi`"), "{m}");
    let amelie = k.create_learner("Ame\u{301}lie", "").unwrap();
    refusal(k.create_learner("AMÉLIE", ""));
    // Renaming to one's own name (another case) is fine; to another's is not.
    k.rename_learner(&amelie.id, "amélie").unwrap();
    refusal(k.rename_learner(&amelie.id, "zawadi"));
    k.create_facilitator("Halima", "2468").unwrap();
    let halima = k.facilitators().unwrap()[0].id.clone();
    k.unlock_facilitator(&halima, "2468").unwrap();
    refusal(k.create_facilitator("HALIMA", "1357"));
}

#[test]
fn a_merge_bringing_a_second_zawadi_renames_her_and_says_so() {
    let root = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(NOW));
    let mut a = open(&root.path().join("a"), &clock);
    let theirs = a.create_learner("Zawadi", "").unwrap();
    let file = snapshot(&a, root.path(), "a.kexport");
    let mut b = open(&root.path().join("b"), &clock);
    let ours = b.create_learner("zawadi", "").unwrap();
    let r = b.merge(&file).unwrap();
    assert_eq!(
        r.renamed,
        vec![("Zawadi".to_owned(), "Zawadi (2)".to_owned())]
    );
    assert_eq!(b.learner(&ours.id).unwrap().name, "zawadi");
    assert_eq!(b.learner(&theirs.id).unwrap().name, "Zawadi (2)");
    // Merging again renames nothing more.
    assert!(b.merge(&file).unwrap().renamed.is_empty());
}
