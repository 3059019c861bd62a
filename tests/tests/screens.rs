//! The screens' shared rules in the core (`kusoma_core::screens`): text by role with its
//! fallbacks, the defaults both apps use, a distinct card picture for each new learner, the
//! reports' numbers in the interface's digits.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::l10n::Arg;
use kusoma_core::screens::defaults::{CARD_PICTURES, LOGIN_PICTURES, app_defaults};
use kusoma_core::screens::text::UiText;
use kusoma_core::store::WeekCount;

fn phone() -> (tempfile::TempDir, kusoma_core::Kusoma) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(ManualClock::new(1_700_000_000_000));
    let k = common::open(dir.path(), &clock);
    (dir, k)
}

#[test]
fn every_role_has_words_whatever_the_interface_language() {
    let (_dir, mut k) = phone();
    for locale in ["en", "sw", "hi", "ar", "fr"] {
        k.set_locales(&[locale]);
        for &role in UiText::ALL {
            let text = k.ui_text(role, &[]);
            assert!(
                text.is_some_and(|t| !t.trim().is_empty()),
                "{locale}: {role:?} has no text"
            );
        }
    }
}

#[test]
fn a_role_none_of_whose_ids_exists_gives_no_text_and_a_role_falls_back_in_order() {
    let (_dir, k) = phone();
    assert!(k.try_tr("app-no-such-message", &[]).is_none());
    assert_eq!(k.tr("app-no-such-message", &[]), "app-no-such-message");
    // The fallbacks both apps had drifted on are one list now.
    assert_eq!(UiText::Name.ids(), ["app-name", "shell-ask-name"]);
    assert_eq!(
        UiText::WrongPin.ids(),
        ["app-wrong-pin", "shell-wrong-secret"]
    );
    assert_eq!(UiText::QuickExit.ids(), ["app-quick-exit", "app-finish"]);
    let mut firsts: Vec<_> = UiText::ALL.iter().map(|r| r.ids()[0]).collect();
    let roles = firsts.len();
    firsts.sort_unstable();
    firsts.dedup();
    assert_eq!(roles, firsts.len(), "two roles share their first id");
}

#[test]
fn arguments_reach_the_words() {
    let (_dir, mut k) = phone();
    k.set_locales(&["en"]);
    let text = k
        .ui_text(UiText::TimeLeft, &[("seconds", Arg::Num(42))])
        .unwrap();
    assert!(text.contains("42"), "{text}");
}

#[test]
fn the_defaults_are_the_cores_own() {
    let d = app_defaults();
    assert_eq!(
        d.session_exercises,
        kusoma_core::SessionOptions::default().exercises
    );
    assert_eq!(d.login_pictures.len(), 12);
    assert_eq!(d.login_length, 3);
    assert_eq!((d.pin_min, d.pin_max), (4, 8));
    // No card picture is a login picture: a card never hints at a secret.
    assert!(CARD_PICTURES.iter().all(|c| !LOGIN_PICTURES.contains(c)));
    let mut cards = CARD_PICTURES.to_vec();
    cards.sort_unstable();
    cards.dedup();
    assert_eq!(
        cards.len(),
        CARD_PICTURES.len(),
        "a card picture is listed twice"
    );
}

#[test]
fn each_new_learner_is_offered_a_picture_no_one_else_has() {
    let (_dir, mut k) = phone();
    let mut seen = Vec::new();
    for i in 0..CARD_PICTURES.len() {
        let picture = k.suggested_card_picture().unwrap();
        assert!(
            !seen.contains(&picture),
            "learner {i} offered {picture} again"
        );
        k.create_learner(&format!("Learner {i}"), picture).unwrap();
        seen.push(picture);
    }
    // Every picture is taken once: the next is the first of the least used.
    assert_eq!(k.suggested_card_picture().unwrap(), CARD_PICTURES[0]);
    // A learner who picked her own picture is counted too.
    k.create_learner("Amina", CARD_PICTURES[0]).unwrap();
    assert_eq!(k.suggested_card_picture().unwrap(), CARD_PICTURES[1]);
}

#[test]
fn stored_assessment_names_have_their_roles_and_unknown_ones_none() {
    assert_eq!(
        UiText::for_stored_subtask("nonwords"),
        Some(UiText::SubtaskNonwords)
    );
    assert_eq!(
        UiText::for_stored_subtask("aser"),
        Some(UiText::SubtaskAser)
    );
    assert_eq!(UiText::for_stored_subtask("spelling"), None);
    assert_eq!(
        UiText::for_stored_aser_level("story"),
        Some(UiText::AserLevelStory)
    );
    assert_eq!(UiText::for_stored_aser_level("Story"), None);
}

#[test]
fn a_reason_for_help_is_worded_by_the_core_with_a_whole_percentage() {
    use kusoma_core::report::HelpReason;
    let (_dir, mut k) = phone();
    k.set_locales(&["en"]);
    let struggling = k
        .help_reason_text(&HelpReason::Struggling { accuracy: 0.754 })
        .unwrap();
    assert!(struggling.contains("75"), "{struggling}");
    let stalled = k
        .help_reason_text(&HelpReason::Stalled { days: 9 })
        .unwrap();
    assert!(stalled.contains('9'), "{stalled}");
    assert_eq!(
        k.help_reason_text(&HelpReason::NotStarted),
        k.ui_text(UiText::HelpNotStarted, &[])
    );
}

#[test]
fn a_stored_assessment_is_named_and_its_result_worded_by_the_core() {
    let (_dir, mut k) = phone();
    k.set_locales(&["en"]);
    let amina = k.create_learner("Amina", "🌺").unwrap().id;
    let probe = kusoma_core::assess::AserProbe {
        letters_shown: 5,
        letters_right: 5,
        words_shown: 5,
        words_right: 5,
        paragraph_mistakes: Some(1),
        story_mistakes: None,
    };
    let aser = k.record_aser(&amina, "sw", &probe, None).unwrap();
    let title = k.assessment_title(&aser).unwrap();
    assert_eq!(Some(title), k.ui_text(UiText::SubtaskAser, &[]));
    let level = k.ui_text(UiText::AserLevelParagraph, &[]).unwrap();
    let result = k.assessment_result_text(&aser).unwrap();
    assert!(result.contains(&level), "{result} names {level}");
    let mut unknown = aser.clone();
    unknown.subtask = "spelling".into();
    assert_eq!(k.assessment_title(&unknown), None);
    assert_eq!(k.assessment_result_text(&unknown), None);
}

#[test]
fn the_home_screen_counts_confirmed_letters_as_learned_and_marks_the_current_unit() {
    let (_dir, mut k) = phone();
    let amina = k.create_learner("Amina", "🌺").unwrap().id;
    let home = k.home_screen(&amina, "sw").unwrap();
    assert_eq!(home.name, "Amina");
    assert_eq!(home.pack_name, k.pack("sw").unwrap().manifest.name);
    assert_eq!(home.units.iter().filter(|u| u.current).count(), 1);
    assert_eq!(
        (home.letters_learned, home.attempts, home.sessions),
        (0, 0, 0)
    );
    assert!(
        home.units
            .iter()
            .all(|u| u.letters_learned + u.letters_to_confirm <= u.letters_total)
    );
    assert!(k.home_screen("nobody", "sw").is_err());
}

#[test]
fn settings_list_each_language_once_and_a_refused_pack_file_says_why() {
    let (dir, mut k) = phone();
    k.set_locales(&["sw"]);
    let view = k.settings_view();
    let mut tags: Vec<_> = view.languages.iter().map(|l| l.tag.as_str()).collect();
    let listed = tags.len();
    tags.dedup();
    assert_eq!(listed, tags.len());
    assert!(tags.contains(&"sw"));
    assert_eq!(view.current, "sw");
    assert!(!view.right_to_left);
    let junk = dir.path().join("junk.kpack");
    std::fs::write(&junk, b"not a pack").unwrap();
    let after = k.install_pack_from_settings(&junk);
    assert_eq!(after.installed, None);
    assert!(after.refused.as_deref().is_some_and(|r| !r.is_empty()));
    assert_eq!(
        after.languages, view.languages,
        "a refused file changes nothing"
    );
}

#[test]
fn a_learner_stored_without_a_picture_shows_the_first_card_picture_everywhere() {
    use kusoma_core::screens::defaults::card_picture;
    use kusoma_core::screens::sign_in::LearnerCard;
    let (_dir, mut k) = phone();
    let old = k.create_learner("Zawadi", "").unwrap();
    assert_eq!(old.icon, "", "stored as it came");
    assert_eq!(LearnerCard::of(&old).picture, CARD_PICTURES[0]);
    assert_eq!(card_picture("🐢"), "🐢");
}

#[test]
fn report_numbers_come_in_the_interfaces_digits_with_each_weeks_start() {
    let (_dir, mut k) = phone();
    // Week 2,921 since the epoch starts on Thursday 2025-12-25 (weeks count from 1970-01-01).
    let weeks = [WeekCount {
        week: 2_921,
        attempts: 17,
        correct: 9,
        time_ms: 0,
    }];
    k.set_locales(&["en"]);
    let en = &k.week_bars(&weeks)[0];
    let plain = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
    assert_eq!((en.attempts, en.count.as_str()), (17, "17"));
    assert_eq!(plain(&en.starts), "25/12");
    assert_eq!(plain(&k.attended_text(3, 4)), "3 of 4");
    assert_eq!(
        k.share_text(UiText::AttendanceRate, 0.666)
            .map(|t| plain(&t)),
        Some("Attendance: 67%".into())
    );
    k.set_locales(&["ar"]);
    let ar = &k.week_bars(&weeks)[0];
    assert_eq!(plain(&ar.count), "١٧");
    assert_eq!(plain(&ar.starts), "٢٥/١٢");
    assert_eq!(plain(&k.attended_text(3, 4)), "٣ من ٤");
    k.set_locales(&["hi"]);
    assert_eq!(plain(&k.attended_text(3, 4)), "4 में से 3");
}

#[test]
fn a_vowel_sign_named_on_its_own_in_a_report_stands_on_a_dotted_circle() {
    let (_dir, k) = phone();
    let pack = k.pack("hi").unwrap();
    let sign = pack
        .graphemes
        .iter()
        .find(|g| g.text == "\u{093E}")
        .expect("the Hindi pack teaches the vowel sign ा");
    let label = kusoma_core::skill_label(&pack, &format!("g:{}", sign.id));
    assert_eq!(
        label, "\u{25CC}\u{093E}",
        "◌ा, as the exercise screens draw it"
    );
    let letter = pack.graphemes.iter().find(|g| g.text == "क").unwrap();
    assert_eq!(
        kusoma_core::skill_label(&pack, &format!("g:{}", letter.id)),
        "क"
    );
}
