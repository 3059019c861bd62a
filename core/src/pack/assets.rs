//! Asset references: pictures and recordings under a pack's `assets/` folder.

use std::fs;
use std::path::Path;

use super::model::Picture;
use super::problem::Problems;
use super::source::{MAX_ASSET_BYTES, linked};
use super::tsv::Cell;

/// What an asset is for, which decides the file types allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AssetKind {
    /// A recording.
    Audio,
    /// A picture file.
    Picture,
}

impl AssetKind {
    fn extensions(self) -> &'static [&'static str] {
        match self {
            AssetKind::Audio => &["ogg", "opus", "mp3"],
            AssetKind::Picture => &["png", "webp", "svg"],
        }
    }
}

/// Checks that `cell` names a safe path to an existing asset of the right type and size.
pub fn check_asset(
    root: &Path,
    file: &str,
    cell: &Cell,
    kind: AssetKind,
    problems: &mut Problems,
) -> Option<String> {
    let path = cell.text;
    let mut report = |message: String| problems.at(file, cell.line, Some(cell.column), message);
    if path.starts_with('/')
        || path.contains('\\')
        || path.split('/').any(|p| p == ".." || p.is_empty())
    {
        report(format!(
            "the asset path `{path}` must be relative to assets/, without `..`, `\\` or empty parts"
        ));
        return None;
    }
    let ext = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if !kind.extensions().contains(&ext.as_str()) {
        report(format!(
            "`{path}` should end in one of: .{}",
            kind.extensions().join(", .")
        ));
        return None;
    }
    if let Some(why) = linked(root, &format!("assets/{path}")) {
        report(why);
        return None;
    }
    match fs::metadata(root.join("assets").join(path)) {
        Ok(meta) if meta.is_file() && meta.len() <= MAX_ASSET_BYTES => Some(path.to_owned()),
        Ok(meta) if meta.is_file() => {
            report(format!(
                "the asset `{path}` is {} bytes, over the limit of {MAX_ASSET_BYTES} bytes",
                meta.len()
            ));
            None
        }
        Ok(_) => {
            report(format!(
                "`assets/{path}` is not a regular file (a folder, a device or a pipe)"
            ));
            None
        }
        Err(_) => {
            report(format!("the asset `assets/{path}` does not exist"));
            None
        }
    }
}

/// Reads a picture cell: a picture file under `assets/`, or an emoji sequence.
pub fn picture(root: &Path, file: &str, cell: &Cell, problems: &mut Problems) -> Option<Picture> {
    if cell.text.contains('.') || cell.text.contains('/') {
        return check_asset(root, file, cell, AssetKind::Picture, problems).map(Picture::File);
    }
    if cell
        .text
        .chars()
        .any(|c| c.is_alphanumeric() || c.is_whitespace())
    {
        problems.at(
            file,
            cell.line,
            Some(cell.column),
            format!(
                "the picture `{}` is neither an emoji nor a picture file (.png, .webp, .svg)",
                cell.text
            ),
        );
        return None;
    }
    Some(Picture::Emoji(cell.text.to_owned()))
}
