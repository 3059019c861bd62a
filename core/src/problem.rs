//! A problem found in a pack: where it is and a plain sentence saying what is wrong.

use std::fmt;

/// One problem in a pack, located as precisely as the file allows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Path of the file inside the pack folder, with `/` separators (e.g. `words.tsv`).
    pub file: String,
    /// 1-based line, when the problem is on a line.
    pub line: Option<u32>,
    /// 1-based column in characters, when it helps.
    pub column: Option<u32>,
    /// A plain sentence a localizer can act on.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// Collects problems while a pack is read, so that all of them are reported, not only the first.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    /// Records a problem at a line (and optional column) of `file`.
    pub fn at(&mut self, file: &str, line: u32, column: Option<u32>, message: impl Into<String>) {
        self.list.push(Problem {
            file: file.to_owned(),
            line: Some(line),
            column,
            message: message.into(),
        });
    }

    /// Records a problem about a whole file.
    pub fn file(&mut self, file: &str, message: impl Into<String>) {
        self.list.push(Problem {
            file: file.to_owned(),
            line: None,
            column: None,
            message: message.into(),
        });
    }

    /// Whether nothing has been found so far.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    /// How many problems have been found so far.
    #[cfg(feature = "source")]
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// The problems in the order they were found.
    pub fn into_vec(self) -> Vec<Problem> {
        self.list
    }
}

/// A text value from a pack file with its place.
#[cfg(feature = "source")]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The value.
    pub value: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based character column.
    pub column: u32,
}

/// Maps byte offsets of a text to 1-based lines and character columns.
#[derive(Debug)]
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Indexes the line starts of `text`.
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Self { text, starts }
    }

    /// The 1-based (line, column) of a byte offset; the column counts characters.
    pub fn locate(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.text.len());
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts[line];
        let column = self
            .text
            .get(start..offset)
            .map_or(0, |prefix| prefix.chars().count());
        (to_u32(line + 1), to_u32(column + 1))
    }
}

/// Converts a count to `u32`, saturating: files are capped far below that size.
pub fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_lines_and_character_columns() {
        let index = LineIndex::new("ab\nçd\n\nx");
        assert_eq!(index.locate(0), (1, 1));
        assert_eq!(index.locate(3), (2, 1));
        // 'ç' is two bytes: the byte after it is column 2.
        assert_eq!(index.locate(5), (2, 2));
        assert_eq!(index.locate(8), (4, 1));
        assert_eq!(index.locate(999), (4, 2));
    }

    #[test]
    fn displays_file_line_and_column() {
        let mut problems = Problems::default();
        problems.at("words.tsv", 4, Some(7), "bad");
        problems.file("pack.toml", "missing");
        let shown: Vec<String> = problems.into_vec().iter().map(|p| p.to_string()).collect();
        assert_eq!(shown, ["words.tsv:4:7: bad", "pack.toml: missing"]);
    }
}
