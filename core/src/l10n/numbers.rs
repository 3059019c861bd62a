//! Learner-visible numbers, formatted for each shipped locale. fluent-bundle's NUMBER ignores
//! digit grouping and native digits, so the core formats numbers itself: a Fluent formatter per
//! bundle rewrites the plain number Fluent produces ("12345.5") in the locale's style.

use fluent_bundle::FluentValue;
use intl_memoizer::concurrent::IntlLangMemoizer;

/// How a locale writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NumberStyle {
    /// Separator between digit groups.
    pub group: &'static str,
    /// Decimal separator.
    pub decimal: &'static str,
    /// Indian grouping (12,34,567) instead of groups of three.
    pub indian: bool,
    /// The digits zero to nine.
    pub digits: [char; 10],
}

const LATIN: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const ARABIC_INDIC: [char; 10] = ['٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'];

/// English, Swahili and the default: 12,345.5.
pub const WESTERN: NumberStyle = NumberStyle {
    group: ",",
    decimal: ".",
    indian: false,
    digits: LATIN,
};
/// Hindi (CLDR `hi`, Latin digits): 12,34,567.5.
pub const HINDI: NumberStyle = NumberStyle {
    group: ",",
    decimal: ".",
    indian: true,
    digits: LATIN,
};
/// Arabic (CLDR `ar`, Arabic-Indic digits): ١٢٬٣٤٥٫٥.
pub const ARABIC: NumberStyle = NumberStyle {
    group: "\u{066C}",
    decimal: "\u{066B}",
    indian: false,
    digits: ARABIC_INDIC,
};
/// French: 12 345,5 with a narrow no-break space.
pub const FRENCH: NumberStyle = NumberStyle {
    group: "\u{202F}",
    decimal: ",",
    indian: false,
    digits: LATIN,
};

/// The style for a language subtag.
pub fn style_for(language: &str) -> NumberStyle {
    match language {
        "hi" => HINDI,
        "ar" => ARABIC,
        "fr" => FRENCH,
        _ => WESTERN,
    }
}

/// Rewrites a plain number (`-12345.50`, as Fluent writes it) in `style`. Anything that is not
/// a plain number is returned as it is.
pub fn localize(plain: &str, style: NumberStyle) -> String {
    let (sign, body) = plain
        .strip_prefix('-')
        .map_or(("", plain), |rest| ("-", rest));
    let (int, frac) = body
        .split_once('.')
        .map_or((body, None), |(i, f)| (i, Some(f)));
    if int.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || frac.is_some_and(|f| !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return plain.to_owned();
    }
    let mut groups: Vec<&str> = Vec::new();
    let mut rest = int;
    let mut size = 3;
    while rest.len() > size {
        let (head, tail) = rest.split_at(rest.len() - size);
        groups.push(tail);
        rest = head;
        if style.indian {
            size = 2;
        }
    }
    groups.push(rest);
    groups.reverse();
    let mut out = String::from(sign);
    out.push_str(&groups.join(style.group));
    if let Some(frac) = frac {
        out.push_str(style.decimal);
        out.push_str(frac);
    }
    out.chars()
        .map(|c| c.to_digit(10).map_or(c, |d| style.digits[d as usize]))
        .collect()
}

fn format_with(value: &FluentValue, style: NumberStyle) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(localize(&n.as_string(), style)),
        _ => None,
    }
}

/// A Fluent formatter for bundles of this language (one plain function per style, as Fluent
/// takes a function pointer).
pub fn formatter_for(language: &str) -> fn(&FluentValue, &IntlLangMemoizer) -> Option<String> {
    fn western(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
        format_with(v, WESTERN)
    }
    fn hindi(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
        format_with(v, HINDI)
    }
    fn arabic(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
        format_with(v, ARABIC)
    }
    fn french(v: &FluentValue, _: &IntlLangMemoizer) -> Option<String> {
        format_with(v, FRENCH)
    }
    match language {
        "hi" => hindi,
        "ar" => arabic,
        "fr" => french,
        _ => western,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_and_digits_per_locale() {
        assert_eq!(localize("1234567", WESTERN), "1,234,567");
        assert_eq!(localize("1234567", HINDI), "12,34,567");
        assert_eq!(localize("1234567.25", HINDI), "12,34,567.25");
        assert_eq!(localize("1234567", ARABIC), "١٬٢٣٤٬٥٦٧");
        assert_eq!(localize("-2500.5", ARABIC), "-٢٬٥٠٠٫٥");
        assert_eq!(
            localize("1234567,5".replace(',', ".").as_str(), FRENCH),
            "1\u{202F}234\u{202F}567,5"
        );
    }

    #[test]
    fn small_numbers_and_odd_input_are_left_alone() {
        assert_eq!(localize("999", WESTERN), "999");
        assert_eq!(localize("0", ARABIC), "٠");
        assert_eq!(localize("1000", HINDI), "1,000");
        assert_eq!(localize("100000", HINDI), "1,00,000");
        assert_eq!(localize("NaN", WESTERN), "NaN");
        assert_eq!(localize("", WESTERN), "");
        assert_eq!(localize("1e5", WESTERN), "1e5");
    }
}
