//! Packs from strangers: a symbolic link anywhere in a pack folder is refused by the checker
//! (so `pack build` never embeds a file from outside the pack), and the documented caps on
//! units and table rows are checked before the work they bound; the largest allowed pack —
//! a 1,000-unit prerequisite chain — loads.

#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use kusoma_core::pack::{self, MAX_ROWS, MAX_UNITS, container};
use kusoma_tests::lessons;

fn copy_of_sw(into: &Path) {
    fs::create_dir_all(into).unwrap();
    for entry in fs::read_dir(lessons().join("sw")).unwrap() {
        let entry = entry.unwrap();
        fs::copy(entry.path(), into.join(entry.file_name())).unwrap();
    }
}

fn problems(dir: &Path) -> String {
    match pack::load(dir) {
        Ok(_) => panic!("the pack in {} loaded", dir.display()),
        Err(problems) => problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

#[cfg(unix)]
#[test]
fn a_symlinked_asset_is_refused_and_never_embedded() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("sw");
    copy_of_sw(&dir);
    let outside = root.path().join("secret.png");
    fs::write(&outside, b"the machine's own file").unwrap();
    fs::create_dir_all(dir.join("assets")).unwrap();
    std::os::unix::fs::symlink(&outside, dir.join("assets/cow.png")).unwrap();
    let words = fs::read_to_string(dir.join("words.tsv")).unwrap();
    fs::write(dir.join("words.tsv"), words.replace("🐄", "cow.png")).unwrap();
    let p = problems(&dir);
    assert!(p.contains("symbolic link"), "{p}");
    // A linked folder on the way is refused the same way.
    fs::remove_file(dir.join("assets/cow.png")).unwrap();
    fs::remove_dir(dir.join("assets")).unwrap();
    let elsewhere = root.path().join("elsewhere");
    fs::create_dir_all(&elsewhere).unwrap();
    fs::write(elsewhere.join("cow.png"), b"x").unwrap();
    std::os::unix::fs::symlink(&elsewhere, dir.join("assets")).unwrap();
    assert!(problems(&dir).contains("symbolic link"));
}

#[cfg(unix)]
#[test]
fn a_symlinked_table_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("sw");
    copy_of_sw(&dir);
    let moved = root.path().join("words.tsv");
    fs::rename(dir.join("words.tsv"), &moved).unwrap();
    std::os::unix::fs::symlink(&moved, dir.join("words.tsv")).unwrap();
    let p = problems(&dir);
    assert!(
        p.contains("words.tsv") && p.contains("symbolic link"),
        "{p}"
    );
}

/// A pack of `units` units in a chain (each requires the one before), two letters each, and
/// `words` words.
fn chain_pack(dir: &Path, units: usize, words: usize) {
    fs::create_dir_all(dir).unwrap();
    let letter = |i: usize| format!("l{i}");
    let mut graphemes = String::from("id\ttext\tkind\tipa\tsay\n");
    let mut toml = String::new();
    for u in 0..units {
        for l in [2 * u, 2 * u + 1] {
            writeln!(graphemes, "{}\t{}\tsyllable\tx\tx", letter(l), letter(l)).unwrap();
        }
        writeln!(
            toml,
            "[[unit]]\nid = \"u{u}\"\ntitle = \"u{u}\"\ngloss = \"u{u}\"\ngraphemes = [\"{}\", \"{}\"]\n",
            letter(2 * u),
            letter(2 * u + 1)
        )
        .unwrap();
    }
    let mut table = String::from("word\tunits\tgloss\n");
    for w in 0..words {
        let (a, b) = (w % (2 * units), (w / 7) % (2 * units));
        writeln!(
            table,
            "{}{}\t{} {}\tw{w}",
            letter(a),
            letter(b),
            letter(a),
            letter(b)
        )
        .unwrap();
    }
    fs::write(dir.join("graphemes.tsv"), graphemes).unwrap();
    fs::write(dir.join("units.toml"), toml).unwrap();
    fs::write(dir.join("words.tsv"), table).unwrap();
    fs::write(dir.join("sentences.tsv"), "id\ttext\tgloss\n").unwrap();
    fs::write(
        dir.join("pack.toml"),
        "format = 1\nid = \"big\"\nlanguage = \"en\"\nname = \"Big\"\nname_en = \"Big\"\nscript = \"Latn\"\ndirection = \"ltr\"\nversion = \"1.0.0\"\nlicense = \"CC0-1.0\"\nauthors = [\"test\"]\ndescription = \"generated\"\nmin_engine = \"0.1.0\"\n",
    )
    .unwrap();
}

#[test]
fn a_pack_over_the_unit_cap_is_refused_before_its_units_are_read() {
    let root = tempfile::tempdir().unwrap();
    chain_pack(root.path(), MAX_UNITS + 1, 10);
    let p = problems(root.path());
    assert!(p.contains(&format!("at most {MAX_UNITS}")), "{p}");
}

#[test]
fn a_table_over_the_row_cap_is_refused() {
    let root = tempfile::tempdir().unwrap();
    chain_pack(root.path(), 10, MAX_ROWS + 5);
    let p = problems(root.path());
    assert!(p.contains(&format!("more than {MAX_ROWS} rows")), "{p}");
}

#[test]
fn the_largest_allowed_chain_of_units_loads_and_builds() {
    let root = tempfile::tempdir().unwrap();
    let dir = root.path().join("big");
    // Distinct words only: 20,000 rows would repeat some of these pairs.
    chain_pack(&dir, MAX_UNITS, 2_000);
    let pack = pack::load(&dir).unwrap_or_else(|p| panic!("{:?}", &p[..p.len().min(3)]));
    assert_eq!(pack.units.len(), MAX_UNITS);
    assert!(pack::UnitGraph::of(&pack.units).stands_on(MAX_UNITS - 1, 0));
    container::build(&pack, &root.path().join("big.kpack")).unwrap();
}
