//! What the facilitator tools say when a command from the README is typed slightly wrong: the
//! numbers as typed (pictures 1 to 12), and a CSV export never silently made a folder.

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

mod common;

const PIN: (&str, &str) = ("KUSOMA_FACILITATOR_PIN", "2468");

#[test]
fn pictures_are_numbered_1_to_12_in_the_message_too() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    let out = common::run(&data, &["facilitator", "add", "Rehema"], "", &[PIN]);
    assert!(out.status.success(), "{}", common::text(&out));
    for (pictures, bad) in [("3,7,13", "13"), ("0,1,2", "0")] {
        let out = common::run(
            &data,
            &["learner", "add", "Amina", "--pictures", pictures],
            "",
            &[PIN],
        );
        assert_eq!(out.status.code(), Some(1));
        let text = common::text(&out);
        assert!(
            text.contains(&format!(
                "there are 12 pictures, numbered 1 to 12; {bad} is not one"
            )),
            "{text}"
        );
    }
    let out = common::run(
        &data,
        &["learner", "add", "Amina", "--pictures", "1,7,12"],
        "",
        &[PIN],
    );
    assert!(out.status.success(), "{}", common::text(&out));
}

#[test]
fn a_csv_export_to_a_name_ending_in_csv_is_refused_not_made_a_folder() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    common::run(&data, &["facilitator", "add", "Rehema"], "", &[PIN]);
    let file = tmp.path().join("out.csv");
    let out = common::run(
        &data,
        &["export", "--format", "csv", "-o", file.to_str().unwrap()],
        "",
        &[PIN],
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::text(&out).contains("into a folder"),
        "{}",
        common::text(&out)
    );
    assert!(!file.exists());
    let folder = tmp.path().join("out");
    let out = common::run(
        &data,
        &["export", "--format", "csv", "-o", folder.to_str().unwrap()],
        "",
        &[PIN],
    );
    assert!(out.status.success(), "{}", common::text(&out));
    assert!(folder.join("learners.csv").is_file());
}
