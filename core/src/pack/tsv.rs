//! A strict reader for the pack's tab-separated tables: named columns, one row per line.

use super::problem::{Located, Problems, to_u32};

pub use super::rules::{MAX_LINE_BYTES, MAX_ROWS};

/// A column a table may have, and whether every table of that kind needs it.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    /// The header name.
    pub name: &'static str,
    /// Whether the header must be present and every row must fill it.
    pub required: bool,
}

/// A parsed table: the header's columns and the data rows, each with its line number.
#[derive(Debug)]
pub struct Table<'a> {
    /// The file the table came from, for problems.
    pub file: &'a str,
    header: Vec<&'a str>,
    /// The data rows, in file order.
    pub rows: Vec<Row<'a>>,
}

/// One data row.
#[derive(Debug)]
pub struct Row<'a> {
    /// 1-based line in the file.
    pub line: u32,
    cells: Vec<&'a str>,
    starts: Vec<u32>,
}

/// A non-empty cell value with its place in the file.
#[derive(Debug, Clone, Copy)]
pub struct Cell<'a> {
    /// The text, trimmed of surrounding spaces.
    pub text: &'a str,
    /// 1-based line.
    pub line: u32,
    /// 1-based character column where the cell starts.
    pub column: u32,
}

impl<'a> Table<'a> {
    /// Parses `text` as a table whose columns are drawn from `columns`. Records unknown, duplicate
    /// and missing columns, rows with too many cells, over-long lines and empty required cells.
    pub fn parse(
        file: &'a str,
        text: &'a str,
        columns: &[Column],
        problems: &mut Problems,
    ) -> Self {
        let mut lines = text
            .lines()
            .enumerate()
            .map(|(i, l)| (to_u32(i + 1), l))
            .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'));
        let mut table = Table {
            file,
            header: Vec::new(),
            rows: Vec::new(),
        };
        let Some((header_line, header)) = lines.next() else {
            problems.file(file, "the file has no header line naming its columns");
            return table;
        };
        table.header = header.split('\t').map(str::trim).collect();
        table.check_header(header_line, columns, problems);
        for (line, text) in lines {
            if table.rows.len() == MAX_ROWS {
                problems.at(
                    file,
                    line,
                    None,
                    format!("the table has more than {MAX_ROWS} rows, the most a pack may have; split the course into several packs"),
                );
                break;
            }
            if text.len() > MAX_LINE_BYTES {
                problems.at(
                    file,
                    line,
                    None,
                    format!("the line is longer than {MAX_LINE_BYTES} bytes"),
                );
                continue;
            }
            let row = Row::split(line, text);
            if row.cells.len() > table.header.len() {
                problems.at(
                    file,
                    line,
                    Some(row.starts[table.header.len()]),
                    format!(
                        "this row has {} cells but the header names {} columns (is there a stray tab?)",
                        row.cells.len(),
                        table.header.len()
                    ),
                );
            }
            for column in columns.iter().filter(|c| c.required) {
                if table.header.contains(&column.name) && table.get(&row, column.name).is_none() {
                    problems.at(
                        file,
                        line,
                        None,
                        format!("the `{}` column is empty", column.name),
                    );
                }
            }
            table.rows.push(row);
        }
        table
    }

    fn check_header(&self, line: u32, columns: &[Column], problems: &mut Problems) {
        for (i, name) in self.header.iter().enumerate() {
            let column = Some(to_u32(i + 1));
            if !columns.iter().any(|c| c.name == *name) {
                let known: Vec<&str> = columns.iter().map(|c| c.name).collect();
                problems.at(
                    self.file,
                    line,
                    column,
                    format!(
                        "unknown column `{name}`; the columns are: {}",
                        known.join(", ")
                    ),
                );
            } else if self.header[..i].contains(name) {
                problems.at(
                    self.file,
                    line,
                    column,
                    format!("the column `{name}` appears twice"),
                );
            }
        }
        for column in columns.iter().filter(|c| c.required) {
            if !self.header.contains(&column.name) {
                problems.at(
                    self.file,
                    line,
                    None,
                    format!("the required column `{}` is missing", column.name),
                );
            }
        }
    }

    /// The non-empty cell of `row` in column `name`.
    pub fn get(&self, row: &Row<'a>, name: &str) -> Option<Cell<'a>> {
        let index = self.header.iter().position(|h| *h == name)?;
        let text = row.cells.get(index)?.trim();
        (!text.is_empty()).then(|| Cell {
            text,
            line: row.line,
            column: row.starts[index],
        })
    }
}

impl<'a> Row<'a> {
    fn split(line: u32, text: &'a str) -> Self {
        let cells: Vec<&str> = text.split('\t').collect();
        let mut starts = Vec::with_capacity(cells.len());
        let mut column = 1;
        for cell in &cells {
            starts.push(column);
            column += to_u32(cell.chars().count()) + 1;
        }
        Row {
            line,
            cells,
            starts,
        }
    }
}

impl Cell<'_> {
    /// An owned copy of the value with its place.
    pub fn located(&self) -> Located {
        Located {
            value: self.text.to_owned(),
            line: self.line,
            column: self.column,
        }
    }

    /// The space-separated items of a list cell.
    pub fn items(&self) -> impl Iterator<Item = &str> {
        self.text.split(' ').filter(|s| !s.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COLUMNS: &[Column] = &[
        Column {
            name: "word",
            required: true,
        },
        Column {
            name: "gloss",
            required: true,
        },
        Column {
            name: "tags",
            required: false,
        },
    ];

    /// (line, word, tags) of each row.
    type Rows = Vec<(u32, Option<String>, Option<String>)>;

    fn parse(text: &str) -> (Rows, Vec<String>) {
        let mut problems = Problems::default();
        let table = Table::parse("w.tsv", text, COLUMNS, &mut problems);
        let rows = table
            .rows
            .iter()
            .map(|r| {
                let word = table.get(r, "word").map(|c| c.text.to_owned());
                let tags = table.get(r, "tags").map(|c| c.text.to_owned());
                (r.line, word, tags)
            })
            .collect();
        (
            rows,
            problems.into_vec().iter().map(|p| p.to_string()).collect(),
        )
    }

    #[test]
    fn columns_may_come_in_any_order_and_comments_are_skipped() {
        let (rows, problems) = parse("gloss\tword\n# a comment\n\nmother\tmama\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(rows, [(4, Some("mama".into()), None)]);
    }

    #[test]
    fn reports_unknown_duplicate_and_missing_columns() {
        let (_, problems) = parse("word\tcolour\tword\nmama\tred\tx\n");
        assert_eq!(
            problems,
            [
                "w.tsv:1:2: unknown column `colour`; the columns are: word, gloss, tags",
                "w.tsv:1:3: the column `word` appears twice",
                "w.tsv:1: the required column `gloss` is missing",
            ]
        );
    }

    #[test]
    fn reports_empty_required_cells_and_extra_cells_with_their_column() {
        let (_, problems) = parse("word\tgloss\n\tmother\nbaba\tfather\textra\n");
        assert_eq!(problems[0], "w.tsv:2: the `word` column is empty");
        assert!(
            problems[1].starts_with("w.tsv:3:13: this row has 3 cells"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_header_only_file_has_no_rows_and_an_empty_one_no_header() {
        assert!(parse("word\tgloss\n").0.is_empty());
        assert_eq!(
            parse("# only a comment\n").1,
            ["w.tsv: the file has no header line naming its columns"]
        );
    }

    #[test]
    fn over_long_lines_are_refused() {
        let text = format!("word\tgloss\n{}\tx\n", "a".repeat(MAX_LINE_BYTES));
        let (rows, problems) = parse(&text);
        assert!(rows.is_empty());
        assert!(problems[0].contains("longer than 4096 bytes"));
    }
}
