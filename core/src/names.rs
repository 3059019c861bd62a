//! People's names on a shared phone: what a typed name may hold, when two names are the same,
//! and the name a merged-in learner gets when hers is taken.
//!
//! A name is shown on the login screen and read out in reports, so two learners (or two
//! facilitators) with the same name on one phone cannot be told apart: names are compared
//! trimmed, in NFC, and case-insensitively (Unicode lowercase), and a second one is refused.

use crate::error::{Error, Result};

/// Characters that reorder or hide the text around them (bidi embeddings, overrides and
/// isolates): in a name they make a list show something other than what is stored.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Refuses a name holding control characters (C0, C1) or bidi controls, naming which.
pub fn refuse_controls(name: &str) -> Result<()> {
    if let Some(c) = name.chars().find(|&c| c.is_control() || is_bidi_control(c)) {
        return Err(Error::InvalidInput(format!(
            "a name cannot contain control or text-direction characters (it has U+{:04X}); type it again without them",
            u32::from(c)
        )));
    }
    Ok(())
}

/// The form two names are compared in: trimmed, NFC, lowercase.
pub fn key(name: &str) -> String {
    crate::text::nfc(name.trim()).to_lowercase()
}

/// The one of `taken` (other people's names) that is the same name as `name`, if any.
pub fn same_as<'a>(name: &str, taken: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let k = key(name);
    taken.into_iter().find(|t| key(t) == k)
}

/// Refuses `name` when one of `taken` (other people's names) is the same name.
pub fn refuse_taken<'a>(
    name: &str,
    taken: impl IntoIterator<Item = &'a str>,
    who: &str,
) -> Result<()> {
    if let Some(other) = same_as(name, taken) {
        return Err(Error::InvalidInput(format!(
            "there is already a {who} called `{other}` on this phone; add something to tell them apart (a family name, a village, a number: `{name} 2`)"
        )));
    }
    Ok(())
}

/// `name` if no key in `taken` has it, else `name (2)`, `name (3)`, … the first free one,
/// shortened to fit `max_chars`. `taken` is searched once per try; the tries are at most one
/// more than the names taken.
pub fn distinct(name: &str, taken: &std::collections::HashSet<String>, max_chars: usize) -> String {
    if !taken.contains(&key(name)) {
        return name.to_owned();
    }
    (2..=taken.len() + 2)
        .map(|n| {
            let suffix = format!(" ({n})");
            let room = max_chars.saturating_sub(suffix.chars().count());
            let base: String = name.chars().take(room).collect();
            format!("{}{suffix}", base.trim_end())
        })
        .find(|candidate| !taken.contains(&key(candidate)))
        .unwrap_or_else(|| name.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_same_trimmed_in_nfc_and_any_case() {
        assert_eq!(key("  Zawadi "), key("zawadi"));
        assert_eq!(key("Ame\u{301}lie"), key("AMÉLIE"));
        assert!(refuse_taken("zawadi", ["Zawadi"], "learner").is_err());
        assert!(refuse_taken("Zawadi N.", ["Zawadi"], "learner").is_ok());
    }

    #[test]
    fn controls_and_bidi_overrides_are_refused() {
        for bad in [
            "A\u{1b}[31m",
            "A\u{202E}b",
            "A\u{2066}b",
            "A\u{85}b",
            "A\nb",
        ] {
            assert!(refuse_controls(bad).is_err(), "{bad:?}");
        }
        assert!(
            refuse_controls("Zawadi \u{200F}").is_ok(),
            "a plain mark is not an override"
        );
    }

    #[test]
    fn a_taken_name_gets_the_first_free_number_and_still_fits() {
        let taken: std::collections::HashSet<String> = ["zawadi", "zawadi (2)"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(distinct("Zawadi", &taken, 64), "Zawadi (3)");
        assert_eq!(distinct("Amina", &taken, 64), "Amina");
        let long = "x".repeat(64);
        let t: std::collections::HashSet<String> = [key(&long)].into_iter().collect();
        assert_eq!(distinct(&long, &t, 64).chars().count(), 64);
    }
}
