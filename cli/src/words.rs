//! The CLI's own Fluent messages, kept out of the core's built-in FTL: a phone never prints
//! them, and every byte of the phone library costs a learner storage.
//!
//! - `cli/l10n/en/facilitator.ftl`: the tools' sentences that hold a count, so "1 learner" and
//!   "2 learners" each read right; English only for now (the file's header says why).
//! - `cli/l10n/<locale>/reports.ftl`: the HTML report pages' words in every interface
//!   language, added to the interface messages when the CLI opens ([`add_report_messages`]).

use std::str::FromStr;
use std::sync::OnceLock;

use kusoma_core::l10n::{Arg, FALLBACK, Localizer};
use kusoma_core::pack::FtlFile;
use unic_langid::LanguageIdentifier;

/// Where the messages come from, for the lint's file:line.
const SOURCE: &str = "cli/l10n/en/facilitator.ftl";
/// The messages.
const TEXT: &str = include_str!("../l10n/en/facilitator.ftl");

/// The report pages' words, per interface locale.
const REPORTS: &[(&str, &str)] = &[
    ("en", include_str!("../l10n/en/reports.ftl")),
    ("sw", include_str!("../l10n/sw/reports.ftl")),
    ("hi", include_str!("../l10n/hi/reports.ftl")),
    ("ar", include_str!("../l10n/ar/reports.ftl")),
    ("fr", include_str!("../l10n/fr/reports.ftl")),
];

/// Adds the report pages' words to `kusoma`'s interface messages, so a report is written in
/// its interface language with the app's own words beside them. The files are compiled in and
/// a test checks them, so a refusal is a build mistake: the words then show as their ids.
pub fn add_report_messages(kusoma: &mut kusoma_core::Kusoma) {
    for (locale, text) in REPORTS {
        let file = FtlFile {
            path: format!("cli/l10n/{locale}/reports.ftl"),
            text: (*text).to_owned(),
        };
        let _ = kusoma.add_ui_messages(locale, &[file]);
    }
}

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
    use kusoma_core::l10n::lint;

    #[test]
    fn every_locale_has_every_report_word_with_englishs_variables_and_plurals() {
        let english = lint::messages(REPORTS[0].1).unwrap();
        assert!(english.len() >= 50, "{} report messages", english.len());
        for (locale, text) in REPORTS {
            let (findings, count) = lint::check_locale(locale, text, &english, true);
            let said: Vec<String> = findings
                .iter()
                .map(|f| format!("{:?} {}", f.line, f.message))
                .collect();
            assert!(said.is_empty(), "{locale}: {said:?}");
            assert_eq!(count, english.len(), "{locale}");
        }
    }

    #[test]
    fn the_messages_parse_and_one_is_singular() {
        let problems = lint::messages(TEXT).err();
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
