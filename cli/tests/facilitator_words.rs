//! What the facilitator tools say when a command from the README is typed slightly wrong: the
//! numbers as typed (pictures 1 to 12), and a CSV export never silently made a folder; counts
//! read right for one and for many; and `report programme --pack` is one language's report.

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

mod common;

const PIN: (&str, &str) = ("KUSOMA_FACILITATOR_PIN", "2468");

/// `kusoma export --format csv -o out`, with the facilitator PIN.
fn export_csv(data: &std::path::Path, out: &std::path::Path) -> std::process::Output {
    common::run(
        data,
        &["export", "--format", "csv", "-o", out.to_str().unwrap()],
        "",
        &[PIN],
    )
}

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
    let out = export_csv(&data, &file);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        common::text(&out).contains("into a folder"),
        "{}",
        common::text(&out)
    );
    assert!(!file.exists());
    let folder = tmp.path().join("out");
    let out = export_csv(&data, &folder);
    assert!(out.status.success(), "{}", common::text(&out));
    assert!(folder.join("learners.csv").is_file());
}

#[test]
fn one_of_a_thing_is_said_in_the_singular_and_many_in_the_plural() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    common::run(&data, &["facilitator", "add", "Rehema"], "", &[PIN]);
    for name in ["Amina", "Baraka"] {
        let out = common::run(&data, &["learner", "add", name], "", &[PIN]);
        assert!(out.status.success(), "{}", common::text(&out));
    }
    common::run(&data, &["group", "create", "Ijumaa"], "", &[PIN]);
    let one = common::run(&data, &["group", "add", "Ijumaa", "Amina"], "", &[PIN]);
    assert!(
        common::text(&one).contains("group Ijumaa has 1 learner\n"),
        "{}",
        common::text(&one)
    );
    let two = common::run(&data, &["group", "add", "Ijumaa", "Baraka"], "", &[PIN]);
    assert!(
        common::text(&two).contains("group Ijumaa has 2 learners\n"),
        "{}",
        common::text(&two)
    );
    let folder = tmp.path().join("out");
    let out = export_csv(&data, &folder);
    let text = common::text(&out);
    assert!(
        text.contains("wrote 2 learners, 0 attempts and 0 assessments to"),
        "{text}"
    );
}

#[test]
fn every_counted_sentence_the_tools_use_is_in_their_messages() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let ftl = std::fs::read_to_string(root.join("l10n/en/facilitator.ftl")).unwrap();
    let mut used = 0;
    for entry in std::fs::read_dir(root.join("src")).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for piece in source.split("\"cli-").skip(1) {
            let id: String = piece
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '-')
                .collect();
            if piece[id.len()..].starts_with('"') {
                used += 1;
                assert!(
                    ftl.contains(&format!("\ncli-{id} =")),
                    "cli-{id} is used but not in facilitator.ftl"
                );
            }
        }
    }
    assert!(
        used >= 10,
        "only {used} message ids found: the scan is broken"
    );
}

#[test]
fn a_programme_report_for_one_pack_is_given_and_an_unknown_pack_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    common::run(&data, &["facilitator", "add", "Rehema"], "", &[PIN]);
    let out = common::run(&data, &["report", "programme", "--pack", "sw"], "", &[PIN]);
    assert!(out.status.success(), "{}", common::text(&out));
    assert!(common::text(&out).contains("Programme report"));
    let out = common::run(&data, &["report", "programme", "--pack", "xx"], "", &[PIN]);
    assert_eq!(out.status.code(), Some(1), "{}", common::text(&out));
    assert!(
        common::text(&out).contains("no pack with id `xx`"),
        "{}",
        common::text(&out)
    );
}

#[test]
fn a_lock_out_says_when_it_ends_in_the_local_time_zone() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    common::run(&data, &["facilitator", "add", "Rehema"], "", &[PIN]);
    let wrong = ("KUSOMA_FACILITATOR_PIN", "1111");
    for _ in 0..5 {
        common::run(&data, &["group", "list"], "", &[wrong]);
    }
    // A POSIX TZ string needs no zoneinfo files: East Africa Time, UTC+3.
    let out = common::run(&data, &["group", "list"], "", &[wrong, ("TZ", "EAT-3")]);
    let text = common::text(&out);
    assert!(
        text.contains("locked after too many wrong tries, until 20"),
        "{text}"
    );
    assert!(text.trim_end().ends_with(" EAT"), "in local time: {text}");
    assert!(!text.contains("ms since the Unix epoch"), "{text}");
}
