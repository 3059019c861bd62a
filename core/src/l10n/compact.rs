//! The built-in FTL files as the library stores them: each comment line's text removed at
//! compile time, its newline kept. The comments (English glosses for reviewers, notes for
//! translators) are a third of the files' bytes and nothing a phone shows; keeping the newlines
//! keeps every line number the same as in the source file, so a finding about compiled-in text
//! points at the right line of `core/l10n/<locale>/kusoma.ftl`.

/// Copies `ftl` without its comment lines' text into `out` (as much as fits; nothing when it
/// is empty) and returns the compacted length.
const fn compact_into(ftl: &[u8], out: &mut [u8]) -> usize {
    let mut len = 0;
    let mut i = 0;
    let mut in_comment = false;
    let mut line_start = true;
    while i < ftl.len() {
        let b = ftl[i];
        if line_start {
            // In Fluent a `#` in the first column always starts a comment: a pattern's
            // continuation lines are indented.
            in_comment = b == b'#';
        }
        if b == b'\n' || !in_comment {
            if len < out.len() {
                out[len] = b;
            }
            len += 1;
        }
        line_start = b == b'\n';
        i += 1;
    }
    len
}

/// The length of `ftl` once every comment line's text is removed.
pub const fn compact_len(ftl: &[u8]) -> usize {
    compact_into(ftl, &mut [])
}

/// `ftl` with every comment line's text removed; `N` is [`compact_len`] of it.
pub const fn compact<const N: usize>(ftl: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    compact_into(ftl, &mut out);
    out
}

/// A built-in FTL file, compacted at compile time: `builtin_ftl!("../../l10n/en/kusoma.ftl")`.
/// A comment is removed whole (up to its newline) and every other byte is kept, so valid UTF-8
/// stays valid; the check is made at compile time anyway.
macro_rules! builtin_ftl {
    ($path:literal) => {{
        const RAW: &[u8] = include_bytes!($path);
        const OUT: [u8; $crate::l10n::compact::compact_len(RAW)] =
            $crate::l10n::compact::compact(RAW);
        match core::str::from_utf8(&OUT) {
            Ok(text) => text,
            Err(_) => panic!(concat!($path, " is not UTF-8")),
        }
    }};
}
pub(crate) use builtin_ftl;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn comment_lines_lose_their_text_and_keep_their_line() {
        const SAMPLE: &[u8] = b"# gloss: hello\nhello = Habari\n## group\n    # not a comment\nbye = Kwaheri # kept\n#";
        const OUT: [u8; compact_len(SAMPLE)] = compact(SAMPLE);
        let expected = "\nhello = Habari\n\n    # not a comment\nbye = Kwaheri # kept\n";
        assert_eq!(std::str::from_utf8(&OUT).unwrap(), expected);
    }

    #[test]
    fn every_builtin_file_keeps_its_messages_and_its_line_numbers() {
        // The source files as they are on disk, for every locale the library stores.
        assert_eq!(crate::l10n::Localizer::builtin_sources().len(), 5);
        for (locale, stored) in crate::l10n::Localizer::builtin_sources() {
            let path = format!("{}/l10n/{locale}/kusoma.ftl", env!("CARGO_MANIFEST_DIR"));
            let raw = std::fs::read_to_string(&path).unwrap();
            let raw = raw.as_str();
            assert_eq!(stored.lines().count(), raw.lines().count(), "{locale}");
            assert!(stored.len() < raw.len(), "{locale}: the comments are gone");
            for (kept, line) in stored.lines().zip(raw.lines()) {
                if line.starts_with('#') {
                    assert_eq!(kept, "", "{locale}");
                } else {
                    assert_eq!(kept, line, "{locale}");
                }
            }
            // The stored text parses whole and holds every message of the source file.
            let resource = fluent_bundle::FluentResource::try_new(stored.to_string())
                .unwrap_or_else(|_| panic!("{locale} parses"));
            let mut bundle = fluent_bundle::FluentBundle::new(vec![]);
            bundle.add_resource(resource).unwrap();
            let ids: Vec<&str> = raw
                .lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic()))
                .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
                .collect();
            assert!(ids.len() > 50, "{locale}: {}", ids.len());
            for id in ids {
                assert!(bundle.has_message(id), "{locale}: {id}");
            }
        }
    }
}
