//! Rules shared by the source reader and the built form: the pack format, what an id and a
//! version look like, and the caps on a pack's tables.

use super::BktParams;

/// The engine's knowledge-tracing defaults per skill kind (in the order of `SKILL_KINDS`),
/// against which a pack's partial override's guess + slip is checked.
pub(crate) const DEFAULT_BKT: [BktParams; 3] =
    [BktParams::GRAPHEME, BktParams::WORD, BktParams::SENTENCE];

/// The pack format this engine reads.
pub const FORMAT: i64 = 1;

/// Longest line a TSV file may have, in bytes.
pub const MAX_LINE_BYTES: usize = 4096;

/// The most rows a table (graphemes, words, sentences, stories) may have: many times a real
/// course, and a bound on the checker's work (each row is checked against the units and the
/// other tables). Rows past it are not read.
pub const MAX_ROWS: usize = 20_000;

/// Whether `name` can name a file under a pack's `assets/`: relative, no `.` or `..` part, no
/// empty part, no backslash. The one rule for names from a built file and from a shell.
pub fn asset_name_is_safe(name: &str) -> bool {
    !name.is_empty()
        && !name.starts_with('/')
        && !name.contains('\\')
        && !name
            .split('/')
            .any(|p| p == ".." || p == "." || p.is_empty())
}

/// Whether `id` is a valid pack id.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 32
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Parses MAJOR.MINOR.PATCH.
pub fn parse_version(v: &str) -> Option<(u32, u32, u32)> {
    let mut parts = v.split('.').map(|p| p.parse::<u32>().ok());
    let version = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(version)
}
