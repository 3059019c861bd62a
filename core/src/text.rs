//! Text rules shared by packs and answers: NFC normalization, extended grapheme clusters, words.

use unicode_normalization::UnicodeNormalization;
use unicode_segmentation::UnicodeSegmentation;

/// Returns `text` in Unicode Normalization Form C.
pub fn nfc(text: &str) -> String {
    text.nfc().collect()
}

/// The 1-based character column of the first place where `text` differs from its NFC form,
/// or `None` when `text` is already NFC.
pub fn first_non_nfc_column(text: &str) -> Option<usize> {
    if unicode_normalization::is_nfc(text) {
        return None;
    }
    let normalized = nfc(text);
    let same = text
        .chars()
        .zip(normalized.chars())
        .take_while(|(a, b)| a == b)
        .count();
    Some(same + 1)
}

/// Splits text into extended grapheme clusters (what a reader sees as one character).
pub fn clusters(text: &str) -> Vec<&str> {
    text.graphemes(true).collect()
}

/// Compares two texts as a reader would: after NFC normalization, cluster by cluster.
/// Returns `None` when they match, else the 0-based index of the first cluster that differs
/// (which may be one past the end of the shorter text).
pub fn first_difference(given: &str, expected: &str) -> Option<usize> {
    let given = nfc(given.trim());
    let expected = nfc(expected.trim());
    let a = clusters(&given);
    let b = clusters(&expected);
    if a == b {
        return None;
    }
    Some(a.iter().zip(&b).take_while(|(x, y)| x == y).count())
}

/// Whether two texts are the same to a reader (NFC, extended grapheme clusters).
pub fn same_text(given: &str, expected: &str) -> bool {
    first_difference(given, expected).is_none()
}

/// The words of a sentence, lower-cased, without punctuation (Unicode word boundaries, UAX #29).
/// An apostrophe inside a word stays (`ng'ombe`, `don't`).
pub fn sentence_words(sentence: &str) -> Vec<String> {
    sentence.unicode_words().map(str::to_lowercase).collect()
}

/// How to show a piece of text on its own: one that starts with a combining mark (a vowel
/// sign ा, a haraka َ) cannot stand alone, so it is drawn on a dotted circle (U+25CC), as in
/// primers (◌ा, ◌َ). Other text is returned as it is.
pub fn on_dotted_circle(text: &str) -> String {
    match text.chars().next() {
        Some(c) if unicode_normalization::char::is_combining_mark(c) => {
            format!("\u{25CC}{text}")
        }
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nfc_and_nfd_latin_compare_equal() {
        // "café" with a precomposed é and with e + combining acute.
        assert!(same_text("caf\u{e9}", "cafe\u{301}"));
        assert!(!same_text("cafe", "caf\u{e9}"));
    }

    #[test]
    fn devanagari_compares_by_cluster() {
        // का (ka + aa sign) is one cluster; किता differs from काता in the first cluster.
        assert_eq!(clusters("काम").len(), 2);
        assert_eq!(first_difference("किम", "काम"), Some(0));
        assert_eq!(first_difference("काम", "काम"), None);
        // क़ as one precomposed code point (U+0958) and as क + nukta normalize alike.
        assert!(same_text("\u{958}", "\u{915}\u{93c}"));
    }

    #[test]
    fn arabic_with_harakat_is_one_cluster_per_letter() {
        // بَ (beh + fatha) is one cluster; a missing fatha is a difference in that cluster.
        assert_eq!(clusters("بَاب").len(), 3);
        assert_eq!(first_difference("باب", "بَاب"), Some(0));
    }

    #[test]
    fn shorter_answer_differs_past_its_end() {
        assert_eq!(first_difference("mam", "mama"), Some(3));
        assert_eq!(first_difference(" mama ", "mama"), None);
    }

    #[test]
    fn finds_the_column_that_is_not_nfc() {
        assert_eq!(first_non_nfc_column("mama"), None);
        assert_eq!(first_non_nfc_column("cafe\u{301}"), Some(4));
    }

    #[test]
    fn sentence_words_keep_inner_apostrophes() {
        assert_eq!(
            sentence_words("Mama ana ng'ombe, na simu!"),
            ["mama", "ana", "ng'ombe", "na", "simu"]
        );
    }

    #[test]
    fn a_lone_mark_is_drawn_on_a_dotted_circle() {
        assert_eq!(on_dotted_circle("\u{093E}"), "\u{25CC}\u{093E}");
        assert_eq!(on_dotted_circle("\u{064E}"), "\u{25CC}\u{064E}");
        assert_eq!(on_dotted_circle("का"), "का");
        assert_eq!(on_dotted_circle("m"), "m");
        assert_eq!(on_dotted_circle(""), "");
    }
}
