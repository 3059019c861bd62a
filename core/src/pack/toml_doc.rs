//! Reading the pack's TOML files as a spanned document, so every problem has a line and column
//! and all problems (unknown keys, wrong types, missing keys) are reported together.

use std::collections::BTreeSet;
use std::ops::Range;

use toml::Spanned;
use toml::de::{DeTable, DeValue};

pub use super::problem::Located;
use super::problem::{LineIndex, Problems};

/// A parsed TOML file with the means to locate its spans.
pub struct TomlDoc<'a> {
    /// The file name, for problems.
    pub file: &'a str,
    lines: LineIndex<'a>,
    /// The top-level table.
    pub root: Spanned<DeTable<'a>>,
}

impl<'a> TomlDoc<'a> {
    /// Parses `text`; syntax errors are recorded and yield `None`.
    pub fn parse(file: &'a str, text: &'a str, problems: &mut Problems) -> Option<Self> {
        let lines = LineIndex::new(text);
        let (root, errors) = DeTable::parse_recoverable(text);
        if errors.is_empty() {
            return Some(TomlDoc { file, lines, root });
        }
        for error in errors {
            let (line, column) = lines.locate(error.span().map_or(0, |s| s.start));
            let message = error
                .message()
                .lines()
                .next()
                .unwrap_or("syntax error")
                .to_owned();
            problems.at(
                file,
                line,
                Some(column),
                format!("TOML syntax error: {message}"),
            );
        }
        None
    }

    /// Locates a byte span's start.
    pub fn locate(&self, span: &Range<usize>) -> (u32, u32) {
        self.lines.locate(span.start)
    }

    /// Starts reading the keys of the top-level table, which is called `what` in problems.
    pub fn root_fields<'d>(&'d self, what: &'d str) -> Fields<'d, 'a> {
        self.fields(self.root.get_ref(), self.root.span(), what)
    }

    /// Starts reading the keys of `table` (at `span`), which is called `what` in problems.
    pub fn fields<'d>(
        &'d self,
        table: &'d DeTable<'a>,
        span: Range<usize>,
        what: &'d str,
    ) -> Fields<'d, 'a> {
        Fields {
            doc: self,
            table,
            span,
            what,
            used: BTreeSet::new(),
        }
    }

    /// Records a problem at a span.
    pub fn problem(
        &self,
        problems: &mut Problems,
        span: &Range<usize>,
        message: impl Into<String>,
    ) {
        let (line, column) = self.locate(span);
        problems.at(self.file, line, Some(column), message);
    }
}

/// Reads the keys of one table, remembering which were read so the rest can be reported unknown.
pub struct Fields<'d, 'a> {
    doc: &'d TomlDoc<'a>,
    table: &'d DeTable<'a>,
    span: Range<usize>,
    what: &'d str,
    used: BTreeSet<&'static str>,
}

impl<'d, 'a> Fields<'d, 'a> {
    fn value(
        &mut self,
        key: &'static str,
        required: bool,
        problems: &mut Problems,
    ) -> Option<&'d Spanned<DeValue<'a>>> {
        self.used.insert(key);
        let found = self.table.get(key);
        if found.is_none() && required {
            self.doc.problem(
                problems,
                &self.span,
                format!("{} is missing the required key `{key}`", self.what),
            );
        }
        found
    }

    /// A string value.
    pub fn string(
        &mut self,
        key: &'static str,
        required: bool,
        problems: &mut Problems,
    ) -> Option<Located> {
        let value = self.value(key, required, problems)?;
        let (line, column) = self.doc.locate(&value.span());
        match value.get_ref() {
            DeValue::String(s) => Some(Located {
                value: s.to_string(),
                line,
                column,
            }),
            _ => {
                problems.at(
                    self.doc.file,
                    line,
                    Some(column),
                    format!("`{key}` should be text in quotes"),
                );
                None
            }
        }
    }

    /// An integer value.
    pub fn integer(
        &mut self,
        key: &'static str,
        required: bool,
        problems: &mut Problems,
    ) -> Option<(i64, u32)> {
        let value = self.value(key, required, problems)?;
        let (line, column) = self.doc.locate(&value.span());
        let parsed = match value.get_ref() {
            DeValue::Integer(i) if i.radix() == 10 => i.as_str().replace('_', "").parse().ok(),
            _ => None,
        };
        if parsed.is_none() {
            problems.at(
                self.doc.file,
                line,
                Some(column),
                format!("`{key}` should be a whole number"),
            );
        }
        parsed.map(|n| (n, line))
    }

    /// A number (a TOML float, or a decimal integer such as `0`), with its line and column.
    pub fn number(
        &mut self,
        key: &'static str,
        required: bool,
        problems: &mut Problems,
    ) -> Option<(f64, u32, u32)> {
        let value = self.value(key, required, problems)?;
        let (line, column) = self.doc.locate(&value.span());
        let parsed = match value.get_ref() {
            DeValue::Float(f) => f.as_str().replace('_', "").parse::<f64>().ok(),
            DeValue::Integer(i) if i.radix() == 10 => i
                .as_str()
                .replace('_', "")
                .parse::<i64>()
                .ok()
                .map(|n| n as f64),
            _ => None,
        };
        if parsed.is_none() {
            problems.at(
                self.doc.file,
                line,
                Some(column),
                format!("`{key}` should be a number, like 0.2"),
            );
        }
        parsed.map(|n| (n, line, column))
    }

    /// A boolean value (`true` or `false`).
    pub fn boolean(
        &mut self,
        key: &'static str,
        required: bool,
        problems: &mut Problems,
    ) -> Option<bool> {
        let value = self.value(key, required, problems)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.doc.problem(
                    problems,
                    &value.span(),
                    format!("`{key}` should be true or false, without quotes"),
                );
                None
            }
        }
    }

    /// An optional sub-table (`[parent.key]` or `key = { … }`) with its span.
    pub fn table(
        &mut self,
        key: &'static str,
        problems: &mut Problems,
    ) -> Option<(&'d DeTable<'a>, Range<usize>)> {
        let value = self.value(key, false, problems)?;
        match value.get_ref() {
            DeValue::Table(table) => Some((table, value.span())),
            _ => {
                self.doc.problem(
                    problems,
                    &value.span(),
                    format!(
                        "`{key}` in {} should be a table (a section in brackets)",
                        self.what
                    ),
                );
                None
            }
        }
    }

    /// An array of strings.
    pub fn strings(
        &mut self,
        key: &'static str,
        required: bool,
        problems: &mut Problems,
    ) -> Option<Vec<Located>> {
        let value = self.value(key, required, problems)?;
        let (line, column) = self.doc.locate(&value.span());
        let DeValue::Array(items) = value.get_ref() else {
            problems.at(
                self.doc.file,
                line,
                Some(column),
                format!("`{key}` should be a list in brackets, like [\"a\", \"b\"]"),
            );
            return None;
        };
        let mut out = Vec::new();
        for item in items.iter() {
            let (line, column) = self.doc.locate(&item.span());
            match item.get_ref() {
                DeValue::String(s) => out.push(Located {
                    value: s.to_string(),
                    line,
                    column,
                }),
                _ => problems.at(
                    self.doc.file,
                    line,
                    Some(column),
                    format!("each item of `{key}` should be text in quotes"),
                ),
            }
        }
        Some(out)
    }

    /// An array of tables (`[[key]]`).
    pub fn tables(
        &mut self,
        key: &'static str,
        problems: &mut Problems,
    ) -> Vec<(&'d DeTable<'a>, Range<usize>)> {
        let Some(value) = self.value(key, true, problems) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        match value.get_ref() {
            DeValue::Array(items) => {
                for item in items.iter() {
                    if let DeValue::Table(table) = item.get_ref() {
                        out.push((table, item.span()));
                    } else {
                        self.doc.problem(
                            problems,
                            &item.span(),
                            format!("each `{key}` should be a [[{key}]] table"),
                        );
                    }
                }
            }
            _ => self.doc.problem(
                problems,
                &value.span(),
                format!("`{key}` should be written as [[{key}]] tables"),
            ),
        }
        out
    }

    /// Reports every key that was not read as unknown.
    pub fn finish(self, problems: &mut Problems) {
        for (key, _) in self.table.iter() {
            if !self.used.contains(key.get_ref().as_ref()) {
                let known: Vec<&str> = self.used.iter().copied().collect();
                self.doc.problem(
                    problems,
                    &key.span(),
                    format!(
                        "unknown key `{}` in {}; the keys are: {}",
                        key.get_ref(),
                        self.what,
                        known.join(", ")
                    ),
                );
            }
        }
    }
}
