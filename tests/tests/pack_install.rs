//! A pack install interrupted at any step: the folders it leaves are never loaded as packs, and
//! the next open finishes or rolls back the swap so that exactly one version is there. The
//! crash suite (tests/crash/) kills a real `kusoma pack install` at each rename and unlink.

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::Path;
use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::pack::{self, container};
use kusoma_core::{Kusoma, OpenOptions};
use kusoma_tests::lessons;

fn open(data: &Path) -> Kusoma {
    let options = OpenOptions {
        pack_dirs: vec![],
        clock: Arc::new(ManualClock::new(0)),
        ..OpenOptions::default()
    };
    Kusoma::open(data, options).unwrap()
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

/// A data directory with `sw` 1.0.0 installed from its single file.
fn installed(root: &Path) -> std::path::PathBuf {
    let data = root.join("data");
    let file = root.join("sw.kpack");
    container::build(&pack::load(&lessons().join("sw")).unwrap(), &file).unwrap();
    open(&data).install_pack(&file).unwrap();
    data
}

/// A copy of the installed `sw` at `name`, with its version changed to `version`.
fn version_copy(packs: &Path, name: &str, version: &str) {
    copy_dir(&packs.join("sw"), &packs.join(name));
    let manifest = packs.join(name).join("pack.toml");
    let text = fs::read_to_string(&manifest).unwrap();
    fs::write(
        &manifest,
        text.replace("version = \"1.0.0\"", &format!("version = \"{version}\"")),
    )
    .unwrap();
    // An install writes the built form from the sources it checked; this copy's sources
    // changed, so its built form goes and the next open builds it again from them.
    fs::remove_file(packs.join(name).join("pack.built")).unwrap();
}

fn loaded(data: &Path) -> (Vec<(String, String)>, usize, Vec<String>) {
    let k = open(data);
    let packs = k
        .packs()
        .into_iter()
        .map(|p| {
            let v = k.pack(&p.id).unwrap().manifest.version.clone();
            (p.id, v)
        })
        .collect();
    let rejected = k.rejected_packs().len();
    drop(k);
    let mut names: Vec<String> = fs::read_dir(data.join("packs"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    (packs, rejected, names)
}

#[test]
fn staging_and_aside_folders_left_by_a_kill_are_never_loaded_and_are_cleared() {
    let root = tempfile::tempdir().unwrap();
    let data = installed(root.path());
    let packs = data.join("packs");
    // What a kill before the journal (or an older Kusoma) leaves: a complete new version in
    // its staging folder, an old one aside.
    version_copy(&packs, ".install-0f", "2.0.0");
    version_copy(&packs, ".old-0e", "0.9.0");
    let (loaded, rejected, names) = loaded(&data);
    assert_eq!(loaded, vec![("sw".to_owned(), "1.0.0".to_owned())]);
    assert_eq!(rejected, 0, "no duplicate id, no warning");
    assert_eq!(names, vec!["sw"]);
}

/// Writes the journal an install writes before its first rename (see install_journal.rs).
fn journal(packs: &Path, tag: &str) {
    fs::write(
        packs.join(format!(".swap-{tag}")),
        format!("kusoma-pack-swap 1\nsw\n.install-{tag}\n.old-{tag}\nend\n"),
    )
    .unwrap();
}

#[test]
fn an_install_killed_between_its_two_renames_rolls_back_to_the_old_version() {
    let root = tempfile::tempdir().unwrap();
    let data = installed(root.path());
    let packs = data.join("packs");
    version_copy(&packs, ".install-7", "2.0.0");
    journal(&packs, "7");
    fs::rename(packs.join("sw"), packs.join(".old-7")).unwrap();
    // `packs/sw` is gone: before the fix the new version loaded from its hidden folder.
    let (loaded, rejected, names) = loaded(&data);
    assert_eq!(loaded, vec![("sw".to_owned(), "1.0.0".to_owned())]);
    assert_eq!((rejected, names), (0, vec!["sw".to_owned()]));
}

#[test]
fn an_install_killed_after_its_commit_finishes_with_the_new_version() {
    let root = tempfile::tempdir().unwrap();
    let data = installed(root.path());
    let packs = data.join("packs");
    version_copy(&packs, ".install-8", "2.0.0");
    journal(&packs, "8");
    fs::rename(packs.join("sw"), packs.join(".old-8")).unwrap();
    fs::rename(packs.join(".install-8"), packs.join("sw")).unwrap();
    let (loaded, rejected, names) = loaded(&data);
    assert_eq!(loaded, vec![("sw".to_owned(), "2.0.0".to_owned())]);
    assert_eq!((rejected, names), (0, vec!["sw".to_owned()]));
}

#[test]
fn installing_again_over_an_installed_pack_leaves_one_folder() {
    let root = tempfile::tempdir().unwrap();
    let data = installed(root.path());
    let mut k = open(&data);
    k.install_pack(&root.path().join("sw.kpack")).unwrap();
    drop(k);
    let (loaded, rejected, names) = loaded(&data);
    assert_eq!(loaded.len(), 1);
    assert_eq!((rejected, names), (0, vec!["sw".to_owned()]));
}
