//! Pseudolocales for testing shells without a translator: `en-XA` shows every English message
//! accented and about a third longer (truncation and hard-coded strings stand out), `ar-XB`
//! shows them mirrored right to left (layouts that do not flip stand out).

use std::borrow::Cow;

/// The accented, expanded pseudolocale.
pub const ACCENTED: &str = "en-XA";
/// The mirrored, right-to-left pseudolocale.
pub const MIRRORED: &str = "ar-XB";

/// Whether `locale` is one of the pseudolocales.
pub fn is_pseudo(locale: &str) -> bool {
    locale == ACCENTED || locale == MIRRORED
}

/// Accents each ASCII letter and pads each text piece by a third with `·`.
pub fn accented(text: &str) -> Cow<'_, str> {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    let map: Vec<(char, char)> = FROM.chars().zip(TO.chars()).collect();
    let letters = text.chars().filter(char::is_ascii_alphabetic).count();
    let mut out: String = text
        .chars()
        .map(|c| map.iter().find(|(f, _)| *f == c).map_or(c, |(_, t)| *t))
        .collect();
    out.extend(std::iter::repeat_n('·', letters.div_ceil(3)));
    Cow::Owned(out)
}

/// Wraps each text piece in RIGHT-TO-LEFT OVERRIDE … POP DIRECTIONAL FORMATTING, so it draws
/// mirrored, right to left.
pub fn mirrored(text: &str) -> Cow<'_, str> {
    if text.trim().is_empty() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(format!("\u{202E}{text}\u{202C}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_expands() {
        assert_eq!(accented("Well done!"), "Ŵéļļ đöñé!···");
        assert_eq!(mirrored("Hi"), "\u{202E}Hi\u{202C}");
        assert_eq!(mirrored(" "), " ");
    }
}
