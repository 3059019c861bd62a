//! A pack's Fluent files, `content/*.ftl` and `ui/*.ftl`: capped, depth-checked, then parsed.

#[cfg(feature = "source")]
use std::fs;
#[cfg(feature = "source")]
use std::path::Path;

use fluent_bundle::FluentResource;

#[cfg(feature = "source")]
use super::model::FtlFile;
use super::problem::{LineIndex, Problems, to_u32};
#[cfg(feature = "source")]
use super::source::{MAX_FTL_BYTES, Need, read_text};
use crate::ftl_guard::{MAX_DEPTH, too_deep};

/// The folders of a pack that hold Fluent files.
#[cfg(feature = "source")]
pub const FOLDERS: &[&str] = &["content", "ui"];
/// Most FTL files a pack may hold.
#[cfg(feature = "source")]
const MAX_FILES: usize = 64;

/// Reads every `.ftl` file of the pack's Fluent folders, reporting size, depth and syntax problems.
#[cfg(feature = "source")]
pub fn read(root: &Path, problems: &mut Problems) -> Vec<FtlFile> {
    let mut files = Vec::new();
    for folder in FOLDERS {
        let Ok(entries) = fs::read_dir(root.join(folder)) else {
            continue;
        };
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| n.ends_with(".ftl"))
            .collect();
        names.sort();
        for name in names {
            if files.len() == MAX_FILES {
                problems.file(
                    folder,
                    format!("a pack may hold at most {MAX_FILES} FTL files"),
                );
                return files;
            }
            let rel = format!("{folder}/{name}");
            if let Some(text) = read_text(root, &rel, MAX_FTL_BYTES, Need::Required, problems)
                && check(&rel, &text, problems)
            {
                files.push(FtlFile { path: rel, text });
            }
        }
    }
    files
}

/// Checks depth, then syntax; reports each syntax error with its line and column.
pub fn check(rel: &str, text: &str, problems: &mut Problems) -> bool {
    if let Some(line) = too_deep(text) {
        problems.at(
            rel,
            to_u32(line),
            None,
            format!("braces or brackets are nested deeper than {MAX_DEPTH}"),
        );
        return false;
    }
    match FluentResource::try_new(text.to_owned()) {
        Ok(_) => true,
        Err((_, errors)) => {
            let lines = LineIndex::new(text);
            for error in errors {
                // Name the broken entry's first line: the parser's own position is often where
                // it gave up, past the end of the entry.
                let (line, _) =
                    lines.locate(error.slice.as_ref().map_or(error.pos.start, |s| s.start));
                let (at_line, at_column) = lines.locate(error.pos.start);
                problems.at(
                    rel,
                    line,
                    None,
                    format!("Fluent syntax error in this entry: {} (at line {at_line}, column {at_column})", error.kind),
                );
            }
            false
        }
    }
}
