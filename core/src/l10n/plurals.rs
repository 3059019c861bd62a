//! Plural categories per locale from CLDR (the data fluent-bundle uses). A locale the data lacks
//! is reported, not silently given English rules.

use std::str::FromStr;

use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use unic_langid::LanguageIdentifier;

/// Numbers that, between them, reach every cardinal category of every CLDR locale.
const SAMPLES: &[&str] = &[
    "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "19",
    "20", "21", "22", "23", "25", "40", "100", "101", "102", "103", "111", "1000", "1000000",
    "0.5", "1.5", "2.5",
];

fn rules(locale: &str) -> Result<PluralRules, String> {
    let tag = LanguageIdentifier::from_str(locale)
        .map_err(|_| format!("`{locale}` is not a locale tag"))?;
    let language = LanguageIdentifier::from_str(tag.language.as_str()).unwrap_or_default();
    PluralRules::create(tag.clone(), PluralRuleType::CARDINAL)
        .or_else(|_| PluralRules::create(language, PluralRuleType::CARDINAL))
        .map_err(|_| format!("the plural rules of `{locale}` are not in the CLDR data Kusoma has; numbers would follow English rules"))
}

/// The cardinal plural categories `locale` uses, in CLDR order (zero, one, two, few, many, other).
pub fn categories(locale: &str) -> Result<Vec<&'static str>, String> {
    let rules = rules(locale)?;
    let mut found = Vec::new();
    for sample in SAMPLES {
        if let Ok(category) = rules.select(*sample)
            && !found.contains(&category)
        {
            found.push(category);
        }
    }
    let order = [
        (PluralCategory::ZERO, "zero"),
        (PluralCategory::ONE, "one"),
        (PluralCategory::TWO, "two"),
        (PluralCategory::FEW, "few"),
        (PluralCategory::MANY, "many"),
        (PluralCategory::OTHER, "other"),
    ];
    Ok(order
        .iter()
        .filter(|(c, _)| found.contains(c))
        .map(|(_, name)| *name)
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_of_the_shipped_locales() {
        assert_eq!(categories("en").unwrap(), ["one", "other"]);
        assert_eq!(categories("sw").unwrap(), ["one", "other"]);
        assert_eq!(categories("sw-KE").unwrap(), ["one", "other"]);
        assert_eq!(categories("hi").unwrap(), ["one", "other"]);
        // CLDR 38 added "many" to French (1000000); the data fluent-bundle ships predates it,
        // so Fluent selects one/other. A [many] variant in French is harmless but never chosen.
        assert_eq!(categories("fr").unwrap(), ["one", "other"]);
        assert_eq!(
            categories("ar").unwrap(),
            ["zero", "one", "two", "few", "many", "other"]
        );
    }

    #[test]
    fn a_locale_missing_from_the_data_is_reported() {
        let err = categories("tlh").unwrap_err();
        assert!(err.contains("not in the CLDR data"), "{err}");
        assert!(categories("not a tag").is_err());
    }
}
