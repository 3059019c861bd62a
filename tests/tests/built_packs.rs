//! Installed packs open from their built form: listed from its header at open, their content
//! read and hash-checked on first use, and built again from their sources when the built form
//! is missing (a pack installed by an older Kusoma).

#![allow(clippy::unwrap_used)]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::pack::{self, container};
use kusoma_core::{Error, Kusoma, OpenOptions};
use kusoma_tests::lessons;

fn open(data: &Path) -> Kusoma {
    let options = OpenOptions {
        pack_dirs: vec![],
        clock: Arc::new(ManualClock::new(0)),
        ..OpenOptions::default()
    };
    Kusoma::open(data, options).unwrap()
}

/// A data directory with `sw` installed from its single file; the path of its built form.
fn installed(root: &Path) -> (PathBuf, PathBuf) {
    let data = root.join("data");
    let file = root.join("sw.kpack");
    container::build(&pack::load(&lessons().join("sw")).unwrap(), &file).unwrap();
    open(&data).install_pack(&file).unwrap();
    let built = data.join("packs/sw").join(pack::built::BUILT_FILE);
    assert!(built.is_file(), "the install wrote the built form");
    (data, built)
}

#[test]
fn a_pack_damaged_after_install_is_listed_at_open_and_refused_on_first_use() {
    let root = tempfile::tempdir().unwrap();
    let (data, built) = installed(root.path());
    let mut bytes = fs::read(&built).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x55;
    fs::write(&built, &bytes).unwrap();

    let k = open(&data);
    // Opening read only the header: the pack is listed, nothing is rejected.
    assert_eq!(
        k.packs().iter().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        ["sw"]
    );
    assert!(k.rejected_packs().is_empty());
    // Its content is read now, and the damage is found by its hash.
    match k.pack("sw") {
        Err(Error::PackRejected { problems, .. }) => {
            assert!(
                problems[0].message.contains("body does not match its hash"),
                "{problems:?}"
            );
        }
        other => panic!(
            "a damaged pack was served: {:?}",
            other.map(|p| p.id().to_owned())
        ),
    }
}

#[test]
fn a_pack_installed_without_a_built_form_is_built_again_from_its_sources_at_open() {
    let root = tempfile::tempdir().unwrap();
    let (data, built) = installed(root.path());
    let written = fs::read(&built).unwrap();
    fs::remove_file(&built).unwrap();

    let k = open(&data);
    assert!(k.rejected_packs().is_empty());
    assert_eq!(k.pack("sw").unwrap().id(), "sw");
    drop(k);
    assert_eq!(
        fs::read(&built).unwrap(),
        written,
        "the same built form, written again"
    );
}
