//! The facilitator tools' sentences that hold a count, through Fluent (`cli/l10n/en/`), so
//! "1 learner" and "2 learners" each read right. They are the CLI's own messages, kept out of
//! the core's built-in FTL: a phone never prints them, and every byte of the phone library
//! costs a learner storage. English only for now (the file's header says why).

use std::str::FromStr;
use std::sync::OnceLock;

use kusoma_core::l10n::{Arg, FALLBACK, Localizer};
use kusoma_core::pack::FtlFile;
use unic_langid::LanguageIdentifier;

/// Where the messages come from, for the lint's file:line.
const SOURCE: &str = "cli/l10n/en/facilitator.ftl";
/// The messages.
const TEXT: &str = include_str!("../l10n/en/facilitator.ftl");

/// The localizer with the CLI's messages added, built once per process.
fn localizer() -> &'static (Localizer, Vec<LanguageIdentifier>) {
    static WORDS: OnceLock<(Localizer, Vec<LanguageIdentifier>)> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut l10n = Localizer::builtin();
        let file = FtlFile {
            path: SOURCE.to_owned(),
            text: TEXT.to_owned(),
        };
        // The file is compiled in and a test parses it, so a refusal here is a build mistake;
        // the sentences then show as their ids rather than stopping the tool.
        let _ = l10n.add_pack(FALLBACK, &[file]);
        let english = LanguageIdentifier::from_str(FALLBACK).unwrap_or_default();
        (l10n, vec![english])
    })
}

/// Formats the CLI message `id` with `args` (numbers as [`Arg::Num`] select the plural).
/// Fluent's bidi isolation marks are dropped: these lines are English for a terminal or a log,
/// and some go to standard error, which the `println!` filter does not see.
pub fn tr(id: &str, args: &[(&str, Arg)]) -> String {
    let (l10n, chain) = localizer();
    l10n.format(chain, id, args)
        .replace(['\u{2068}', '\u{2069}'], "")
}

/// A count as a message argument.
pub fn n(count: impl TryInto<i64>) -> Arg {
    Arg::Num(count.try_into().unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_messages_parse_and_one_is_singular() {
        let problems = kusoma_core::l10n::lint::messages(TEXT).err();
        assert!(problems.is_none(), "{problems:?}");
        assert_eq!(
            tr(
                "cli-group-members",
                &[("name", "Ijumaa".into()), ("count", n(1))]
            ),
            "group Ijumaa has 1 learner"
        );
        assert_eq!(
            tr(
                "cli-group-members",
                &[("name", "Ijumaa".into()), ("count", n(2))]
            ),
            "group Ijumaa has 2 learners"
        );
    }
}
