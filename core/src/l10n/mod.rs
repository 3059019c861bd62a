//! Localization with Fluent: the core's built-in interface messages, a pack's additions for its
//! language, negotiation from the device's preferred locales and per-message fallback
//! (`sw-KE` → `sw` → `en`). Bundles are the concurrent kind, so a [`Localizer`] is Send + Sync.
//! Bidi isolation stays on: placeables are wrapped in U+2068 … U+2069.

pub use crate::ftl_guard as guard;
mod compact;
pub mod lint;
pub mod numbers;
pub mod plurals;
pub mod pseudo;

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::str::FromStr;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::pack::{Direction, FtlFile, Problem, check_ftl};

/// A Fluent text transform (the pseudolocales').
type Transform = fn(&str) -> Cow<'_, str>;

/// The locale every chain ends with: the reference locale, complete by definition.
pub const FALLBACK: &str = "en";

fn parse(text: &str) -> FluentResource {
    // The built-in files are checked by tests and `kusoma l10n check`; a broken entry is skipped.
    FluentResource::try_new(text.to_owned()).unwrap_or_else(|(partial, _)| partial)
}

/// The built-in interface messages: (locale, FTL text without its comments).
const BUILTIN: &[(&str, &str)] = &[
    ("en", compact::builtin_ftl!("../../l10n/en/kusoma.ftl")),
    ("sw", compact::builtin_ftl!("../../l10n/sw/kusoma.ftl")),
    ("hi", compact::builtin_ftl!("../../l10n/hi/kusoma.ftl")),
    ("ar", compact::builtin_ftl!("../../l10n/ar/kusoma.ftl")),
    ("fr", compact::builtin_ftl!("../../l10n/fr/kusoma.ftl")),
];

/// An argument to a message.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Text.
    Str(String),
    /// A number (selects plural forms).
    Num(i64),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Num(n)
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Num(n.into())
    }
}

/// One locale Kusoma can speak: where its messages come from, and its bundle, parsed when a
/// message of it is first formatted. Parsing every built-in locale (and English twice more
/// for the pseudolocales) was a fifth of opening a data directory; a phone speaks one or two.
struct Locale {
    tag: LanguageIdentifier,
    /// The built-in FTL text ("" for a language only a pack brings).
    builtin: &'static str,
    /// The pseudolocales' transform.
    transform: Option<Transform>,
    /// The packs' FTL texts for this language, checked, in the order added (later override).
    packs: Vec<String>,
    bundle: OnceLock<FluentBundle<FluentResource>>,
}

impl Locale {
    fn new(tag: LanguageIdentifier, builtin: &'static str, transform: Option<Transform>) -> Self {
        Locale {
            tag,
            builtin,
            transform,
            packs: Vec::new(),
            bundle: OnceLock::new(),
        }
    }

    fn bundle(&self) -> &FluentBundle<FluentResource> {
        self.bundle.get_or_init(|| {
            let mut bundle = FluentBundle::new_concurrent(vec![self.tag.clone()]);
            // Numbers in the locale's own style (fluent-bundle's NUMBER has none).
            bundle.set_formatter(Some(numbers::formatter_for(self.tag.language.as_str())));
            // NUMBER() for messages that set fraction digits; a fresh bundle has no
            // functions, so this cannot clash.
            let _ = bundle.add_builtins();
            bundle.set_transform(self.transform);
            if !self.builtin.is_empty() {
                bundle.add_resource_overriding(parse(self.builtin));
            }
            for text in &self.packs {
                bundle.add_resource_overriding(parse(text));
            }
            bundle
        })
    }
}

/// All the locales Kusoma can speak.
pub struct Localizer {
    locales: Vec<Locale>,
}

impl std::fmt::Debug for Localizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let locales: Vec<String> = self.locales.iter().map(|l| l.tag.to_string()).collect();
        f.debug_struct("Localizer")
            .field("locales", &locales)
            .finish()
    }
}

impl Default for Localizer {
    fn default() -> Self {
        Self::builtin()
    }
}

impl Localizer {
    /// The core's built-in locales.
    pub fn builtin() -> Self {
        let tag = |locale: &str| LanguageIdentifier::from_str(locale).unwrap_or_default();
        let mut locales: Vec<Locale> = BUILTIN
            .iter()
            .map(|(locale, text)| Locale::new(tag(locale), text, None))
            .collect();
        // The pseudolocales are English run through a transform.
        let english = Self::builtin_text(FALLBACK);
        let pseudolocales: [(&str, Transform); 2] = [
            (pseudo::ACCENTED, pseudo::accented),
            (pseudo::MIRRORED, pseudo::mirrored),
        ];
        for (locale, transform) in pseudolocales {
            locales.push(Locale::new(tag(locale), english, Some(transform)));
        }
        Localizer { locales }
    }

    /// The locale `language`, added (with no built-in messages) when a pack brings it.
    fn locale_for(&mut self, language: &str) -> &mut Locale {
        let tag = LanguageIdentifier::from_str(language).unwrap_or_default();
        let index = match self.locales.iter().position(|l| l.tag == tag) {
            Some(i) => i,
            None => {
                self.locales.push(Locale::new(tag, "", None));
                self.locales.len() - 1
            }
        };
        &mut self.locales[index]
    }

    /// Adds a pack's FTL files for its language; its messages override the built-in ones.
    /// The files are checked again here (depth, syntax) since they come from outside, and
    /// against English: a message that uses other variables than English (a dropped `$count`)
    /// would show a learner other facts, so the pack is refused, with the file and line.
    pub fn add_pack(&mut self, language: &str, files: &[FtlFile]) -> Result<(), Vec<Problem>> {
        let mut problems: Vec<Problem> = files
            .iter()
            .flat_map(|f| check_ftl(&f.path, &f.text))
            .collect();
        if !problems.is_empty() {
            return Err(problems);
        }
        if !files.is_empty() {
            // English's messages, parsed once per process rather than for every pack.
            static ENGLISH: OnceLock<BTreeMap<String, lint::MessageInfo>> = OnceLock::new();
            let english = ENGLISH
                .get_or_init(|| lint::messages(Self::builtin_text(FALLBACK)).unwrap_or_default());
            for file in files {
                let (findings, _) = lint::check_locale(language, &file.text, english, false);
                problems.extend(
                    findings
                        .into_iter()
                        .filter(|f| f.kind.refuses_a_pack())
                        .map(|f| Problem {
                            file: file.path.clone(),
                            line: f.line.and_then(|l| u32::try_from(l).ok()),
                            column: None,
                            message: f.message,
                        }),
                );
            }
            if !problems.is_empty() {
                return Err(problems);
            }
        }
        let locale = self.locale_for(language);
        locale
            .packs
            .extend(files.iter().map(|file| file.text.clone()));
        // Parsed again, with the pack's messages, when next used.
        locale.bundle = OnceLock::new();
        Ok(())
    }

    /// The locales there are messages for, pseudolocales last.
    pub fn available(&self) -> Vec<String> {
        self.locales.iter().map(|l| l.tag.to_string()).collect()
    }

    /// The built-in FTL text of `locale` ("" when there is none).
    fn builtin_text(locale: &str) -> &'static str {
        BUILTIN
            .iter()
            .find(|(l, _)| *l == locale)
            .map_or("", |(_, t)| t)
    }

    /// The built-in FTL files: (locale, text without its comments, on the source's lines).
    pub fn builtin_sources() -> &'static [(&'static str, &'static str)] {
        BUILTIN
    }

    /// The fallback chain for the device's preferred locales (most preferred first), always
    /// ending with [`FALLBACK`]. Tags that do not parse are skipped. A pseudolocale is used only
    /// when asked for by its exact tag.
    pub fn negotiate(&self, requested: &[&str]) -> Vec<LanguageIdentifier> {
        let parse = |r: &&str| LanguageIdentifier::from_str(r).ok();
        let pseudos: Vec<LanguageIdentifier> = requested
            .iter()
            .filter(|r| pseudo::is_pseudo(r))
            .filter_map(parse)
            .collect();
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter(|r| !pseudo::is_pseudo(r))
            .filter_map(parse)
            .collect();
        let available: Vec<LanguageIdentifier> = self
            .locales
            .iter()
            .map(|l| l.tag.clone())
            .filter(|l| !pseudo::is_pseudo(&l.to_string()))
            .collect();
        let fallback = LanguageIdentifier::from_str(FALLBACK).unwrap_or_default();
        let mut chain: Vec<LanguageIdentifier> = negotiate_languages(
            &requested,
            &available,
            Some(&fallback),
            NegotiationStrategy::Filtering,
        )
        .into_iter()
        .cloned()
        .collect();
        if !chain.contains(&fallback) {
            chain.push(fallback);
        }
        // Pseudolocales go first: they have every English message.
        pseudos.into_iter().rev().for_each(|p| chain.insert(0, p));
        chain
    }

    /// The writing direction of a locale (`ar`, `ar-XB` → right to left).
    pub fn direction(locale: &LanguageIdentifier) -> Direction {
        match locale.character_direction() {
            unic_langid::CharacterDirection::RTL => Direction::Rtl,
            _ => Direction::Ltr,
        }
    }

    /// Locales with messages whose plural rules the CLDR data lacks: their numbers would
    /// silently follow English rules, so they are reported.
    pub fn plural_problems(&self) -> Vec<String> {
        self.locales
            .iter()
            .map(|l| l.tag.to_string())
            .filter(|l| !pseudo::is_pseudo(l))
            .filter_map(|l| plurals::categories(&l).err())
            .collect()
    }

    /// Formats message `id` in the first locale of `chain` that has it. A message missing
    /// everywhere formats as its id, so a gap shows instead of failing.
    pub fn format(&self, chain: &[LanguageIdentifier], id: &str, args: &[(&str, Arg)]) -> String {
        self.try_format(chain, id, args)
            .unwrap_or_else(|| id.to_owned())
    }

    /// Formats message `id` in the first locale of `chain` that has it, or `None` when none has.
    pub fn try_format(
        &self,
        chain: &[LanguageIdentifier],
        id: &str,
        args: &[(&str, Arg)],
    ) -> Option<String> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Str(s) => fluent_args.set(*name, FluentValue::String(Cow::Owned(s.clone()))),
                Arg::Num(n) => fluent_args.set(*name, FluentValue::from(*n)),
            }
        }
        for locale in chain {
            let Some(bundle) = self
                .locales
                .iter()
                .find(|l| l.tag == *locale)
                .map(Locale::bundle)
            else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return Some(
                bundle
                    .format_pattern(pattern, Some(&fluent_args), &mut errors)
                    .into_owned(),
            );
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Removes the bidi isolation marks Fluent puts around placeables.
    fn plain(s: &str) -> String {
        s.replace(['\u{2068}', '\u{2069}'], "")
    }

    #[test]
    fn localizer_is_send_and_sync() {
        fn assert_send_sync<T: Send + Sync>() {}
        assert_send_sync::<Localizer>();
    }

    #[test]
    fn negotiates_regional_variants_and_always_ends_in_english() {
        let l = Localizer::builtin();
        let chain: Vec<String> = l
            .negotiate(&["sw-KE", "de", "fr-CA"])
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(chain, ["sw", "fr", "en"]);
        let chain: Vec<String> = l
            .negotiate(&["not a tag", "de"])
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(chain, ["en"]);
    }

    #[test]
    fn formats_with_plurals_and_keeps_bidi_isolation() {
        let l = Localizer::builtin();
        let en = l.negotiate(&["en"]);
        let one = l.format(
            &en,
            "shell-session-summary",
            &[("correct", 1i64.into()), ("total", 1i64.into())],
        );
        assert!(one.contains('\u{2068}'), "placeables are isolated");
        assert_eq!(plain(&one), "You answered 1 of 1 exercise correctly.");
        let many = l.format(
            &en,
            "shell-session-summary",
            &[("correct", 3i64.into()), ("total", 10i64.into())],
        );
        assert_eq!(plain(&many), "You answered 3 of 10 exercises correctly.");
        let sw = l.negotiate(&["sw"]);
        assert_eq!(
            plain(&l.format(&sw, "feedback-wrong", &[("answer", "mama".into())])),
            "Bado. Jibu ni mama."
        );
    }

    #[test]
    fn falls_back_per_message_and_shows_the_id_when_missing_everywhere() {
        let mut l = Localizer::builtin();
        let files = [FtlFile {
            path: "ui/xx.ftl".into(),
            text: "feedback-correct = Vizuri sana!\n".into(),
        }];
        l.add_pack("sw", &files).unwrap();
        let sw = l.negotiate(&["sw"]);
        assert_eq!(l.format(&sw, "feedback-correct", &[]), "Vizuri sana!");
        assert_eq!(l.format(&sw, "shell-welcome", &[]), "Karibu Kusoma.");
        assert_eq!(l.format(&sw, "no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn a_pack_can_add_a_new_interface_language() {
        let mut l = Localizer::builtin();
        // Yoruba is not built in: a pack brings its interface, message by message.
        let files = [FtlFile {
            path: "ui/yo.ftl".into(),
            text: "shell-welcome = Ẹ kú àbọ̀.\n".into(),
        }];
        l.add_pack("yo", &files).unwrap();
        let yo = l.negotiate(&["yo-NG"]);
        assert_eq!(l.format(&yo, "shell-welcome", &[]), "Ẹ kú àbọ̀.");
        assert_eq!(
            l.format(&yo, "shell-goodbye", &[]),
            "Goodbye. Your progress is saved."
        );
    }

    #[test]
    fn numbers_are_formatted_in_the_locales_style() {
        let mut l = Localizer::builtin();
        let text = "n = { $n }\nm = { NUMBER($n, minimumFractionDigits: 2) }\n";
        for locale in ["fr", "ar", "hi"] {
            l.add_pack(
                locale,
                &[FtlFile {
                    path: "ui/n.ftl".into(),
                    text: text.into(),
                }],
            )
            .unwrap();
        }
        let n = |locale: &str, id: &str| {
            plain(&l.format(&l.negotiate(&[locale]), id, &[("n", Arg::Num(1_234_567))]))
        };
        assert_eq!(n("fr", "n"), "1\u{202F}234\u{202F}567");
        assert_eq!(n("fr", "m"), "1\u{202F}234\u{202F}567,00");
        assert_eq!(n("ar", "n"), "١٬٢٣٤٬٥٦٧");
        assert_eq!(n("hi", "n"), "12,34,567");
    }

    #[test]
    fn directions_and_pseudolocales() {
        let l = Localizer::builtin();
        let tag = |s: &str| LanguageIdentifier::from_str(s).unwrap();
        assert_eq!(Localizer::direction(&tag("ar")), Direction::Rtl);
        assert_eq!(Localizer::direction(&tag("ar-XB")), Direction::Rtl);
        assert_eq!(Localizer::direction(&tag("sw")), Direction::Ltr);
        let chain: Vec<String> = l
            .negotiate(&["en-XA"])
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(chain, ["en-XA", "en"]);
        assert_eq!(
            l.format(&l.negotiate(&["en-XA"]), "feedback-correct", &[]),
            "Ŵéļļ đöñé!···"
        );
        let mirrored = l.format(&l.negotiate(&["ar-XB"]), "shell-welcome", &[]);
        assert_eq!(mirrored, "\u{202E}Welcome to Kusoma.\u{202C}");
        // A pseudolocale is never reached by ordinary negotiation.
        let chain: Vec<String> = l
            .negotiate(&["en-GB", "ar-EG"])
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            !chain.iter().any(|c| c.ends_with("XA") || c.ends_with("XB")),
            "{chain:?}"
        );
        assert!(l.plural_problems().is_empty());
    }

    #[test]
    fn a_locale_without_plural_data_is_reported() {
        let mut l = Localizer::builtin();
        l.add_pack(
            "tlh",
            &[FtlFile {
                path: "ui/tlh.ftl".into(),
                text: "shell-welcome = nuqneH\n".into(),
            }],
        )
        .unwrap();
        let problems = l.plural_problems();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].contains("`tlh`"));
    }

    #[test]
    fn ten_thousand_nested_braces_are_refused_on_a_small_stack() {
        // Android's binder threads have small stacks; the check must not recurse.
        let deep = format!("x = {}\n", "{".repeat(10_000));
        let result = std::thread::Builder::new()
            .stack_size(512 * 1024)
            .spawn(move || {
                let mut l = Localizer::builtin();
                l.add_pack(
                    "sw",
                    &[FtlFile {
                        path: "ui/deep.ftl".into(),
                        text: deep,
                    }],
                )
            })
            .unwrap()
            .join()
            .expect("no stack overflow");
        let problems = result.unwrap_err();
        assert!(
            problems[0].message.contains("nested deeper than 32"),
            "{problems:?}"
        );
    }

    #[test]
    fn a_pack_message_that_drops_a_variable_is_refused_with_its_file_and_line() {
        let mut l = Localizer::builtin();
        let files = [FtlFile {
            path: "ui/sw.ftl".into(),
            // The count is dropped: a learner would read "to confirm" with no number.
            text:
                "feedback-correct = Vizuri!\nshell-unit-checking = za kuthibitisha siku nyingine\n"
                    .into(),
        }];
        let problems = l.add_pack("sw", &files).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].file, "ui/sw.ftl");
        assert_eq!(problems[0].line, Some(2));
        assert!(
            problems[0]
                .message
                .contains("`shell-unit-checking` uses {} but English uses {$count}"),
            "{}",
            problems[0].message
        );
        // Nothing of the refused pack was added.
        let sw = l.negotiate(&["sw"]);
        assert_ne!(l.format(&sw, "feedback-correct", &[]), "Vizuri!");
        // What falls back readably is not a reason to refuse: a message English lacks, a
        // language without CLDR plural rules, a plural select without every category.
        let files = [FtlFile {
            path: "ui/yo.ftl".into(),
            text: "pack-own-note = Ẹ kú àbọ̀.\nshell-unit-checking = { $count ->\n *[other] { $count }\n}\n"
                .into(),
        }];
        l.add_pack("yo", &files).unwrap();
    }

    #[test]
    fn hostile_pack_ftl_is_refused_before_parsing() {
        let mut l = Localizer::builtin();
        let deep = format!("x = {}\n", "{".repeat(10_000));
        let files = [FtlFile {
            path: "ui/x.ftl".into(),
            text: deep,
        }];
        let problems = l.add_pack("sw", &files).unwrap_err();
        assert!(problems[0].message.contains("nested deeper than 32"));
    }
}
