//! Test helpers: the bundled Swahili pack, loaded once per test binary.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use kusoma_core::pack::{self, Pack};

/// The repository's bundled Swahili pack (`lessons/sw`).
pub fn sw_pack() -> Arc<Pack> {
    static PACK: OnceLock<Arc<Pack>> = OnceLock::new();
    PACK.get_or_init(|| {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../lessons/sw");
        match pack::load(&dir) {
            Ok(p) => Arc::new(p),
            Err(problems) => panic!("the bundled sw pack has problems: {problems:#?}"),
        }
    })
    .clone()
}
