//! Test helpers: the bundled packs, loaded once per test binary.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use crate::pack::{self, Pack};

/// The repository's `lessons/<id>` folder.
pub fn lessons(id: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../lessons")
        .join(id)
}

fn load(cell: &'static OnceLock<Arc<Pack>>, id: &str) -> Arc<Pack> {
    cell.get_or_init(|| match pack::load(&lessons(id)) {
        Ok(p) => Arc::new(p),
        Err(problems) => panic!("the bundled {id} pack has problems: {problems:#?}"),
    })
    .clone()
}

/// The bundled Swahili pack.
pub fn sw_pack() -> Arc<Pack> {
    static PACK: OnceLock<Arc<Pack>> = OnceLock::new();
    load(&PACK, "sw")
}

/// The bundled English pack.
pub fn en_pack() -> Arc<Pack> {
    static PACK: OnceLock<Arc<Pack>> = OnceLock::new();
    load(&PACK, "en")
}
