//! `kusoma pack check` on the bundled packs and on broken copies of them: every class of bad
//! input fails with exit 1 and a message naming the file and line, and nothing panics.

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn lessons(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../lessons")
        .join(id)
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// Runs `kusoma pack check DIR`; returns (exit code, stdout).
fn check(dir: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_kusoma"))
        .args(["pack", "check"])
        .arg(dir)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stderr.contains("panicked"),
        "the checker panicked: {stderr}"
    );
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

/// Copies the Swahili pack, lets `break_it` damage the copy, checks it, and asserts exit 1
/// and a problem line starting with `file:line` and containing `message`.
fn assert_caught(break_it: impl FnOnce(&Path), file_line: &str, message: &str) {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("sw");
    copy_dir(&lessons("sw"), &pack);
    break_it(&pack);
    let (code, out) = check(&pack);
    assert_eq!(code, 1, "exit 1 expected; output:\n{out}");
    let prefix = format!("{}/{file_line}", pack.display());
    assert!(
        out.lines()
            .any(|l| l.starts_with(&prefix) && l.contains(message)),
        "expected a line starting with {file_line} containing {message:?}; got:\n{out}"
    );
}

fn edit(pack: &Path, file: &str, f: impl FnOnce(String) -> String) {
    let path = pack.join(file);
    let text = fs::read_to_string(&path).unwrap();
    fs::write(&path, f(text)).unwrap();
}

/// The 1-based line of the first line of `file` that starts with `start`.
fn line_of(file: &str, start: &str) -> usize {
    let text = fs::read_to_string(lessons("sw").join(file)).unwrap();
    text.lines().position(|l| l.starts_with(start)).unwrap() + 1
}

fn append(pack: &Path, file: &str, line: &str) -> usize {
    let mut n = 0;
    edit(pack, file, |mut t| {
        if !t.ends_with('\n') {
            t.push('\n');
        }
        t.push_str(line);
        t.push('\n');
        n = t.lines().count();
        t
    });
    n
}

#[test]
fn the_bundled_packs_pass() {
    for id in ["ar", "en", "hi", "sw"] {
        let (code, out) = check(&lessons(id));
        assert_eq!(code, 0, "{out}");
        assert!(out.contains(": ok — pack"), "{out}");
    }
}

#[test]
fn unknown_field_in_the_manifest() {
    assert_caught(
        |p| edit(p, "pack.toml", |t| format!("{t}colour = \"red\"\n")),
        "pack.toml:14:1:",
        "unknown key `colour`",
    );
}

#[test]
fn missing_field_in_the_manifest() {
    let line = line_of("pack.toml", "license");
    assert_caught(
        |p| {
            edit(p, "pack.toml", |t| {
                t.lines()
                    .filter(|l| !l.starts_with("license"))
                    .map(|l| format!("{l}\n"))
                    .collect()
            })
        },
        "pack.toml:1:1:",
        "missing the required key `license`",
    );
    assert!(line > 1);
}

#[test]
fn unknown_column_in_a_table() {
    assert_caught(
        |p| edit(p, "words.tsv", |t| t.replacen("tags", "tagz", 1)),
        "words.tsv:1:",
        "unknown column `tagz`",
    );
}

#[test]
fn duplicate_ids() {
    let first = line_of("words.tsv", "mama\t");
    let added = |p: &Path| append(p, "words.tsv", "mama\tm a m a\t\tmother again\t\t\t");
    let tmp = tempfile::tempdir().unwrap();
    let copy = tmp.path().join("sw");
    copy_dir(&lessons("sw"), &copy);
    let n = added(&copy);
    assert_caught(
        |p| {
            added(p);
        },
        &format!("words.tsv:{n}:1:"),
        &format!("the word `mama` is already listed on line {first}"),
    );
    assert_caught(
        |p| {
            edit(p, "units.toml", |t| {
                t.replacen("id = \"u2\"", "id = \"u1\"", 1)
            })
        },
        "units.toml:",
        "the unit id `u1` is already used",
    );
}

#[test]
fn a_word_split_into_units_the_inventory_lacks() {
    assert_caught(
        |p| {
            append(p, "words.tsv", "maqa\tm a q a\t\tnot a word\t\t\t");
        },
        "words.tsv:",
        "is split into `q`, which is not a grapheme",
    );
}

#[test]
fn a_split_that_does_not_spell_the_word() {
    assert_caught(
        |p| {
            append(p, "words.tsv", "mimi2\tm i m i\t\tme\t\t\t");
        },
        "words.tsv:",
        "the split `m i m i` spells `mimi`, not the word `mimi2`",
    );
}

#[test]
fn a_word_used_before_its_units_are_taught() {
    // "chai" needs ch, taught in u9: placing it in u1 is not decodable.
    assert_caught(
        |p| {
            edit(p, "words.tsv", |t| {
                t.lines().map(|l| if l.starts_with("chai\t") { l.replacen("\t\t", "\tu1\t", 1) } else { l.to_owned() } + "\n").collect()
            })
        },
        &format!("words.tsv:{}:", line_of("words.tsv", "chai\t")),
        "which that unit has not taught yet (not decodable there)",
    );
}

#[test]
fn a_sentence_used_before_its_words_are_taught() {
    assert_caught(
        |p| {
            append(
                p,
                "sentences.tsv",
                "zz1\tMama ana chai.\tu3\tMother has tea.\t\t\t\t",
            );
        },
        "sentences.tsv:",
        "is placed in unit `u3` but uses words first taught in unit",
    );
}

#[test]
fn text_not_in_nfc() {
    // "é" as e + combining acute.
    assert_caught(
        |p| {
            append(p, "words.tsv", "cafe\u{301}\tk a f e\t\tcafé\t\t\t");
        },
        "words.tsv:",
        "not in Unicode NFC",
    );
}

#[test]
fn a_missing_asset() {
    assert_caught(
        |p| {
            append(
                p,
                "words.tsv",
                "mamama\tm a m a m a\t\ttest\tpictures/none.png\t\t",
            );
        },
        "words.tsv:",
        "the asset `assets/pictures/none.png` does not exist",
    );
}

#[test]
fn an_ftl_syntax_error() {
    assert_caught(
        |p| {
            fs::create_dir_all(p.join("content")).unwrap();
            fs::write(
                p.join("content/sw.ftl"),
                "feedback-correct = Hongera!\nbroken = { $x\n",
            )
            .unwrap();
        },
        "content/sw.ftl:2:",
        "Fluent syntax error",
    );
}

#[test]
fn ftl_nested_too_deep() {
    assert_caught(
        |p| {
            fs::create_dir_all(p.join("ui")).unwrap();
            fs::write(
                p.join("ui/sw.ftl"),
                format!("ok = sawa\ndeep = {}\n", "{".repeat(10_000)),
            )
            .unwrap();
        },
        "ui/sw.ftl:2:",
        "nested deeper than 32",
    );
}

#[test]
fn an_empty_file() {
    assert_caught(
        |p| fs::write(p.join("sentences.tsv"), "").unwrap(),
        "sentences.tsv:",
        "the file is empty",
    );
}

#[test]
fn a_file_that_is_not_utf8() {
    assert_caught(
        |p| {
            let mut bytes = fs::read(p.join("words.tsv")).unwrap();
            bytes.extend(b"mam\xe1\tm a m a\t\tLatin-1\t\t\t\n");
            fs::write(p.join("words.tsv"), bytes).unwrap();
        },
        "words.tsv:",
        "the file is not UTF-8",
    );
}

#[test]
fn a_file_over_the_size_cap() {
    assert_caught(
        |p| {
            let mut text = fs::read_to_string(p.join("sentences.tsv")).unwrap();
            text.push_str(&format!("# {}\n", "x".repeat(3 * 1024 * 1024)));
            fs::write(p.join("sentences.tsv"), text).unwrap();
        },
        "sentences.tsv:",
        "over the limit",
    );
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("sw");
    copy_dir(&lessons("sw"), &pack);
    append(&pack, "words.tsv", "maqa\tm a q a\t\tnot a word\t\t\t");
    edit(&pack, "pack.toml", |t| format!("{t}colour = \"red\"\n"));
    fs::write(pack.join("stories.tsv"), "").unwrap();
    let (code, out) = check(&pack);
    assert_eq!(code, 1);
    for needle in ["words.tsv:", "pack.toml:", "stories.tsv:"] {
        assert!(out.contains(needle), "{needle} missing from:\n{out}");
    }
}

#[test]
fn a_folder_that_is_not_a_pack() {
    let tmp = tempfile::tempdir().unwrap();
    let (code, out) = check(tmp.path());
    assert_eq!(code, 1);
    assert!(out.contains("pack.toml: this file is missing"), "{out}");
    let (code, _) = check(&tmp.path().join("nowhere"));
    assert_eq!(code, 1);
}

#[test]
fn engine_parameter_out_of_range_in_the_manifest() {
    assert_caught(
        |p| {
            edit(p, "pack.toml", |t| {
                format!("{t}\n[engine.bkt.grapheme]\nlearn = 0.3\nslip = 1.5\n")
            })
        },
        "pack.toml:17:8:",
        "`slip` in [engine.bkt.grapheme] should be a number from 0 up to (not including) 1",
    );
}

#[test]
fn confusable_graphemes_introduced_in_one_unit() {
    // ch and sh back in one unit, as the Swahili pack had them: refused at the unit's line.
    let line = line_of("units.toml", "graphemes = [\"p\", \"sh\"]");
    assert_caught(
        |p| {
            edit(p, "units.toml", |t| {
                t.replace("graphemes = [\"d\", \"ch\"]", "graphemes = [\"d\"]")
                    .replace(
                        "graphemes = [\"p\", \"sh\"]",
                        "graphemes = [\"p\", \"sh\", \"ch\"]",
                    )
            })
        },
        &format!("units.toml:{line}:"),
        "introduces `sh` and `ch`, which graphemes.tsv marks as confusable",
    );
    // A reason in `confusable_ok` lets the unit keep them; an empty one does not.
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("sw");
    copy_dir(&lessons("sw"), &pack);
    edit(&pack, "units.toml", |t| {
        t.replace("graphemes = [\"d\", \"ch\"]", "graphemes = [\"d\"]")
            .replace(
                "graphemes = [\"p\", \"sh\"]",
                "graphemes = [\"p\", \"sh\", \"ch\"]\nconfusable_ok = \"contrasted on purpose: cha/sha minimal pairs\"",
            )
    });
    assert_eq!(check(&pack).0, 0, "{}", check(&pack).1);
    edit(&pack, "units.toml", |t| {
        t.replace("contrasted on purpose: cha/sha minimal pairs", " ")
    });
    let (code, out) = check(&pack);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("`confusable_ok` should say why"), "{out}");
}

#[test]
fn a_sight_word_may_come_before_its_letters_a_plain_word_may_not() {
    // `shamba` placed in u1 is not decodable there; tagged `sight` it is taught whole.
    let row = "shamba\tsh a m b a\tu1\tfarm\t\t\t";
    let tmp = tempfile::tempdir().unwrap();
    let pack = tmp.path().join("sw");
    copy_dir(&lessons("sw"), &pack);
    edit(&pack, "words.tsv", |t| {
        t.lines()
            .filter(|l| !l.starts_with("shamba\t"))
            .map(|l| format!("{l}\n"))
            .collect()
    });
    let n = append(&pack, "words.tsv", row);
    let (code, out) = check(&pack);
    assert_eq!(code, 1, "{out}");
    assert!(
        out.contains(&format!("words.tsv:{n}:")) && out.contains("tag it `sight`"),
        "{out}"
    );
    edit(&pack, "words.tsv", |t| {
        t.replace(row, "shamba\tsh a m b a\tu1\tfarm\t\t\tsight")
    });
    let (code, out) = check(&pack);
    assert_eq!(code, 0, "{out}");
    // `pack stats` lists the sight words of the English pack.
    let out = Command::new(env!("CARGO_BIN_EXE_kusoma"))
        .args(["pack", "stats"])
        .arg(lessons("en"))
        .output()
        .unwrap();
    let out = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.contains("sight words (taught whole, not decoded): 12 — a, i, me, to, go, no, he, we, my, she, the, you"),
        "{out}"
    );
}

#[test]
fn ignore_case_is_true_or_false() {
    assert_caught(
        |p| {
            edit(p, "pack.toml", |t| {
                t.replace("ignore_case = true", "ignore_case = \"yes\"")
            })
        },
        "pack.toml:13:",
        "`ignore_case` should be true or false",
    );
}
