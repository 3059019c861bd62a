//! Reading a pack's files defensively: size caps, UTF-8, NFC, empty files.

use std::fs;
use std::io::Read;
use std::path::Path;

use super::problem::{Problems, to_u32};
use crate::text::first_non_nfc_column;

/// Largest text file a pack may hold (TSV, TOML).
pub const MAX_TEXT_BYTES: u64 = 2 * 1024 * 1024;
/// Largest FTL file a pack may hold.
#[cfg(feature = "source")]
pub const MAX_FTL_BYTES: u64 = 256 * 1024;
/// Largest asset (picture or recording) a pack may hold.
pub const MAX_ASSET_BYTES: u64 = 1024 * 1024;

/// Why `rel` (a `/`-separated path under `root`) is not the pack's own file: a symbolic link
/// at it or on the way to it (`assets/cow.png → /etc/passwd` would let a pack read, and `pack
/// build` embed, any file of the machine). `None` when every part is a plain folder or file,
/// or when it does not exist (the caller says what is missing). The pack's folder itself may
/// be reached through a link: only what is inside it is the pack's.
pub fn linked(root: &Path, rel: &str) -> Option<String> {
    let mut path = root.to_path_buf();
    for part in rel.split('/') {
        path.push(part);
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                return Some(format!(
                    "`{rel}` is a symbolic link or goes through one; a pack holds only its own files, so copy the file itself into the pack"
                ));
            }
            Ok(_) => {}
            Err(_) => return None,
        }
    }
    None
}

/// Whether a file must exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Its absence is a problem.
    Required,
    /// Its absence is fine.
    Optional,
}

/// Reads `rel` under `root` as UTF-8 text of at most `cap` bytes, checking that it is non-empty
/// and NFC. Records every problem found and returns the text when it could be read at all.
pub fn read_text(
    root: &Path,
    rel: &str,
    cap: u64,
    need: Need,
    problems: &mut Problems,
) -> Option<String> {
    if let Some(why) = linked(root, rel) {
        problems.file(rel, why);
        return None;
    }
    let path = root.join(rel);
    let meta = match fs::metadata(&path) {
        Ok(meta) => meta,
        Err(_) => {
            if need == Need::Required {
                problems.file(rel, "this file is missing; every pack needs it");
            }
            return None;
        }
    };
    if !meta.is_file() {
        problems.file(
            rel,
            "this should be a file, but it is a folder or something else",
        );
        return None;
    }
    if meta.len() > cap {
        problems.file(
            rel,
            format!(
                "the file is {} bytes, over the limit of {cap} bytes",
                meta.len()
            ),
        );
        return None;
    }
    let mut bytes = Vec::new();
    // Read at most cap + 1 bytes: the file may have grown since the size check.
    let read = fs::File::open(&path).and_then(|f| f.take(cap + 1).read_to_end(&mut bytes));
    if let Err(err) = read {
        problems.file(rel, format!("the file could not be read: {err}"));
        return None;
    }
    if bytes.len() as u64 > cap {
        problems.file(rel, format!("the file is over the limit of {cap} bytes"));
        return None;
    }
    let text = decode_utf8(rel, bytes, problems)?;
    if text.trim().is_empty() {
        problems.file(rel, "the file is empty");
        return None;
    }
    check_nfc(rel, &text, problems);
    Some(text)
}

/// Decodes UTF-8, dropping a byte-order mark; reports the line and column of the first bad byte.
fn decode_utf8(rel: &str, mut bytes: Vec<u8>, problems: &mut Problems) -> Option<String> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    match String::from_utf8(bytes) {
        Ok(text) => Some(text),
        Err(err) => {
            let good = err.utf8_error().valid_up_to();
            let bytes = err.as_bytes();
            let before = std::str::from_utf8(&bytes[..good]).unwrap_or_default();
            let line = before.matches('\n').count() + 1;
            let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
            problems.at(
                rel,
                to_u32(line),
                Some(to_u32(column)),
                "the file is not UTF-8 text; save it as UTF-8 (in a spreadsheet: \"Unicode (UTF-8)\")",
            );
            None
        }
    }
}

/// Reports each line that is not in Unicode Normalization Form C.
fn check_nfc(rel: &str, text: &str, problems: &mut Problems) {
    for (i, line) in text.lines().enumerate() {
        if let Some(column) = first_non_nfc_column(line) {
            problems.at(
                rel,
                to_u32(i + 1),
                Some(to_u32(column)),
                "this text is not in Unicode NFC form (a letter and its accent are stored apart); \
                 re-type it or save the file as NFC",
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(bytes: &[u8], cap: u64) -> (Option<String>, Vec<String>) {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("f.tsv"), bytes).unwrap();
        let mut problems = Problems::default();
        let text = read_text(dir.path(), "f.tsv", cap, Need::Required, &mut problems);
        (
            text,
            problems.into_vec().iter().map(|p| p.to_string()).collect(),
        )
    }

    #[test]
    fn reads_utf8_and_drops_a_byte_order_mark() {
        let (text, problems) = read("\u{feff}a\tb\n".as_bytes(), 100);
        assert_eq!(text.as_deref(), Some("a\tb\n"));
        assert!(problems.is_empty());
    }

    #[test]
    fn names_the_line_of_the_first_byte_that_is_not_utf8() {
        let (text, problems) = read(b"ok\nab\xff\n", 100);
        assert!(text.is_none());
        assert_eq!(problems.len(), 1);
        assert!(
            problems[0].starts_with("f.tsv:2:3: the file is not UTF-8"),
            "{problems:?}"
        );
    }

    #[test]
    fn refuses_empty_and_oversized_files() {
        assert!(read(b" \n\n", 100).1[0].contains("the file is empty"));
        assert!(read(&[b'a'; 101], 100).1[0].contains("over the limit of 100 bytes"));
    }

    #[test]
    fn reports_text_that_is_not_nfc_but_still_returns_it() {
        let (text, problems) = read("mama\ncafe\u{301}\n".as_bytes(), 100);
        assert!(text.is_some());
        assert!(problems[0].starts_with("f.tsv:2:4: this text is not in Unicode NFC"));
    }

    #[test]
    fn a_missing_required_file_is_a_problem_and_an_optional_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let mut problems = Problems::default();
        read_text(dir.path(), "x.tsv", 10, Need::Optional, &mut problems);
        assert!(problems.is_empty());
        read_text(dir.path(), "x.tsv", 10, Need::Required, &mut problems);
        assert_eq!(problems.len(), 1);
    }
}
