//! What the HTML reports say where a value is missing or a section is empty, and which way they
//! read: an untimed ASER probe has no rate, an empty needs-help list is a sentence and not an
//! empty table, a gender nobody assessed shows "–" in the chart, an Arabic report is in Arabic
//! and reads right to left.
//! (How they fit a phone's screen is tests/reports/render.sh, in a real browser.)

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

mod common;

use std::path::Path;

const PIN: (&str, &str) = ("KUSOMA_FACILITATOR_PIN", "2468");

fn ok(data: &Path, args: &[&str], stdin: &str) -> String {
    let out = common::run(data, args, stdin, &[PIN]);
    assert!(out.status.success(), "{args:?}: {}", common::text(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A phone with a facilitator and Amina (female, assessed) in the group "Tuesday".
fn phone(data: &Path) {
    ok(data, &["facilitator", "add", "Rehema"], "");
    ok(
        data,
        &[
            "learner",
            "add",
            "Amina",
            "--pictures",
            "3,7,12",
            "--gender",
            "female",
            "--age-band",
            "25-34",
            "--consent",
        ],
        "",
    );
    ok(data, &["group", "create", "Tuesday"], "");
    ok(data, &["group", "add", "Tuesday", "Amina"], "");
}

/// Amina's letter-sounds grid from the sheet: 40 read, item 3 wrong, so 39 a minute.
fn letter_grid(data: &Path) {
    ok(
        data,
        &[
            "assess",
            "Amina",
            "--pack",
            "sw",
            "--subtask",
            "letter-sounds",
            "--wrong",
            "3",
            "--last",
            "40",
        ],
        "",
    );
}

/// The part of `html` from the heading that starts with `heading` to the next heading.
fn section<'a>(html: &'a str, heading: &str) -> &'a str {
    let start = html
        .find(&format!("<h2>{heading}"))
        .unwrap_or_else(|| panic!("no heading {heading:?} in {html}"));
    let rest = &html[start + 4..];
    &rest[..rest.find("<h2>").unwrap_or(rest.len())]
}

#[test]
fn an_untimed_aser_probe_shows_its_level_and_no_rate() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    phone(&data);
    ok(
        &data,
        &[
            "assess",
            "Amina",
            "--pack",
            "sw",
            "--subtask",
            "aser",
            "--letters",
            "5/5",
            "--words",
            "4/5",
        ],
        "",
    );
    let report = ["report", "learner", "Amina", "--pack", "sw"];
    let html = ok(&data, &[&report[..], &["--format", "html"]].concat(), "");
    let row = html
        .split("<tr>")
        .find(|row| row.contains("Reading level (ASER)"))
        .unwrap_or_else(|| panic!("no ASER row in {html}"));
    assert!(row.contains(">Words<"), "the level is shown: {row}");
    assert!(!row.contains("0.0"), "an untimed probe has no rate: {row}");
    assert!(row.contains('–'), "the missing rate is a dash: {row}");
    let text = ok(&data, &report, "");
    let line = text.lines().find(|l| l.contains(" aser ")).unwrap();
    assert!(!line.contains("0.0"), "{line}");
}

#[test]
fn a_group_where_nobody_needs_help_says_so_instead_of_an_empty_table() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    phone(&data);
    // Four exercises today: started, not stalled, too few to be judged struggling.
    ok(
        &data,
        &[
            "learn",
            "--learner",
            "Amina",
            "--pack",
            "sw",
            "--exercises",
            "4",
            "--seed",
            "1",
        ],
        // Her three pictures to sign in, then four answers.
        "3 7 12\n1\n2\n3\n1\n",
    );
    let html = ok(
        &data,
        &[
            "report", "group", "Tuesday", "--pack", "sw", "--format", "html",
        ],
        "",
    );
    let help = section(&html, "Needs help");
    assert!(!help.contains("<table"), "no empty table: {help}");
    assert!(help.contains("Nobody in this group needs help"), "{help}");
    let text = ok(&data, &["report", "group", "Tuesday", "--pack", "sw"], "");
    assert!(text.contains("Nobody in this group needs help"), "{text}");
}

#[test]
fn a_gender_nobody_assessed_shows_a_dash_in_the_chart_not_zero() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    phone(&data);
    ok(
        &data,
        &["learner", "add", "Neema", "--pictures", "1,5,9"],
        "",
    );
    letter_grid(&data);
    let html = ok(&data, &["report", "programme", "--format", "html"], "");
    let chart = section(&html, "Letter sounds");
    assert!(chart.contains("unspecified"), "{chart}");
    assert!(chart.contains("39.0"), "Amina's rate: {chart}");
    assert!(!chart.contains("0.0<"), "nobody's rate is no rate: {chart}");
    assert!(chart.contains(">–<"), "{chart}");
}

#[test]
fn an_arabic_report_is_written_in_arabic_and_its_data_in_the_page_order() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    phone(&data);
    letter_grid(&data);
    let args = ["--lang", "ar", "report", "programme", "--format", "html"];
    let html = ok(&data, &args, "");
    assert!(html.contains("تقرير البرنامج"), "the title: {html}");
    assert!(html.contains("امرأة"), "a gender in Arabic: {html}");
    // First to latest reads right to left on an Arabic page: the arrow points left.
    assert!(html.contains("39.0 ← 39.0"), "{html}");
    let en = ok(&data, &args[2..], "");
    assert!(
        en.contains("39.0 → 39.0") && en.contains(">Programme report<"),
        "{en}"
    );
}

#[test]
fn an_arabic_report_reads_right_to_left_and_an_english_one_left_to_right() {
    let tmp = tempfile::tempdir().unwrap();
    let data = tmp.path().join("d");
    phone(&data);
    for (lang, head) in [
        ("ar", "<html lang=\"ar\" dir=\"rtl\">"),
        ("en", "<html lang=\"en\" dir=\"ltr\">"),
    ] {
        for report in [
            &["report", "learner", "Amina", "--pack", "sw"][..],
            &["report", "group", "Tuesday", "--pack", "sw"],
            &["report", "programme"],
        ] {
            let args = [&["--lang", lang][..], report, &["--format", "html"]].concat();
            let html = ok(&data, &args, "");
            assert!(html.contains(head), "{args:?}: {}", &html[..120]);
        }
    }
}
