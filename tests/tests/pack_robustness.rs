//! Nothing panics on any pack input: seeded random damage to every file of a real pack, and
//! hand-made hostile files (deep nesting, huge lines, binary junk). Loading must return
//! problems, never crash.

// Test helpers outside #[test] functions may unwrap too: a failure is a test failure.
#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};

use kusoma_core::pack;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

fn lessons(id: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../lessons")
        .join(id)
}

const FILES: &[&str] = &[
    "pack.toml",
    "graphemes.tsv",
    "units.toml",
    "words.tsv",
    "sentences.tsv",
    "stories.tsv",
];

fn fresh_copy(into: &Path) {
    fs::create_dir_all(into).unwrap();
    for f in FILES {
        fs::copy(lessons("sw").join(f), into.join(f)).unwrap();
    }
}

/// One random kind of damage to `bytes`.
fn damage(bytes: &mut Vec<u8>, rng: &mut ChaCha8Rng) {
    if bytes.is_empty() {
        bytes.push(b'x');
    }
    let at = rng.random_range(0..bytes.len());
    let junk: &[&[u8]] = &[
        b"\t",
        b"\n",
        b"{",
        b"[",
        b"\"",
        b"=",
        b"\xff",
        b"\xcc\x81",
        b"\0",
        b"#",
        b"[[unit]]\n",
        b" ",
    ];
    match rng.random_range(0..5) {
        0 => bytes[at] = rng.random(),
        1 => bytes.truncate(at),
        2 => {
            let piece = junk.choose(rng).unwrap();
            bytes.splice(at..at, piece.iter().copied());
        }
        3 => {
            let end = (at + rng.random_range(0..200)).min(bytes.len());
            let copy: Vec<u8> = bytes[at..end].to_vec();
            bytes.splice(at..at, copy);
        }
        _ => {
            let end = (at + rng.random_range(0..50)).min(bytes.len());
            bytes.drain(at..end);
        }
    }
}

#[test]
fn randomly_damaged_packs_give_problems_not_panics() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sw");
    let mut rng = ChaCha8Rng::seed_from_u64(20261126);
    let mut rejected = 0;
    for round in 0..300 {
        fresh_copy(&dir);
        for _ in 0..rng.random_range(1..4) {
            let file = dir.join(FILES.choose(&mut rng).unwrap());
            let mut bytes = fs::read(&file).unwrap();
            for _ in 0..rng.random_range(1..6) {
                damage(&mut bytes, &mut rng);
            }
            fs::write(&file, bytes).unwrap();
        }
        match pack::load(&dir) {
            Ok(_) => {}
            Err(problems) => {
                rejected += 1;
                assert!(
                    !problems.is_empty(),
                    "round {round}: rejected without a reason"
                );
                for p in &problems {
                    assert!(
                        !p.message.is_empty() && !p.file.is_empty(),
                        "round {round}: {p:?}"
                    );
                }
            }
        }
    }
    assert!(rejected > 150, "most damage is caught ({rejected} of 300)");
}

#[test]
fn hostile_files_are_refused_with_a_problem() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("sw");
    let deep_toml = format!("x = {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let deep_table = format!("x = {}{}\n", "{a=".repeat(5_000), "}".repeat(5_000));
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("units.toml", deep_toml.into_bytes()),
        ("units.toml", deep_table.into_bytes()),
        ("pack.toml", vec![0xFF; 5000]),
        ("words.tsv", vec![b'\t'; 100_000]),
        (
            "words.tsv",
            format!("word\tunits\tgloss\n{}\n", "a".repeat(100_000)).into_bytes(),
        ),
        ("graphemes.tsv", b"\0\0\0\0".to_vec()),
        ("sentences.tsv", b"id\ttext\tgloss\n \tx\t\n".to_vec()),
        ("words.tsv", b"word\tunits\tgloss\n".to_vec()),
        ("units.toml", b"unit = 5\n".to_vec()),
        (
            "units.toml",
            b"[[unit]]\nid = 1\ntitle = []\ngloss = {}\ngraphemes = [1, 2]\n".to_vec(),
        ),
    ];
    for (file, bytes) in cases {
        fresh_copy(&dir);
        fs::write(dir.join(file), &bytes).unwrap();
        let problems = pack::load(&dir).expect_err("a hostile file is refused");
        assert!(
            problems.iter().any(|p| p.file == file),
            "{file}: {problems:?}"
        );
    }
}
