//! Where a script's marks may stand, independent of any one language: a word that breaks these
//! rules cannot be written correctly, so no invented word may break them, whatever a pack's
//! phonotactics say. Devanagari and Arabic have rules here; other scripts have none.

/// Why `word` (NFC) is not a legal spelling in `script` (ISO 15924), or `None` when it is.
pub fn script_problem(script: &str, word: &str) -> Option<String> {
    match script {
        "Deva" => devanagari(word),
        "Arab" => arabic(word),
        _ => None,
    }
}

fn is_deva_consonant(c: char) -> bool {
    matches!(c, '\u{0915}'..='\u{0939}' | '\u{0958}'..='\u{095F}')
}
fn is_deva_independent_vowel(c: char) -> bool {
    matches!(c, '\u{0904}'..='\u{0914}' | '\u{0960}' | '\u{0961}')
}
fn is_deva_vowel_sign(c: char) -> bool {
    matches!(c, '\u{093E}'..='\u{094C}' | '\u{0962}' | '\u{0963}')
}
const NUKTA: char = '\u{093C}';
const VIRAMA: char = '\u{094D}';
const CHANDRABINDU: char = '\u{0901}';
const ANUSVARA: char = '\u{0902}';
const VISARGA: char = '\u{0903}';
/// The consonants Hindi writes with a nukta: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़.
const NUKTA_BASES: &[char] = &[
    '\u{0915}', '\u{0916}', '\u{0917}', '\u{091C}', '\u{0921}', '\u{0922}', '\u{092B}', '\u{092F}',
];

/// Devanagari: a vowel sign only on a consonant (one per consonant, never on an independent
/// vowel), a nukta only on the consonants that take one, a virama only between consonants,
/// a nasal mark or visarga only after a vowel (inherent, signed or independent), never twice.
fn devanagari(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).map(|j| chars[j]);
        let after = chars.get(i + 1).copied();
        if is_deva_vowel_sign(c) {
            // The sign's consonant, skipping a nukta.
            let base = match before {
                Some(NUKTA) => i.checked_sub(2).map(|j| chars[j]),
                other => other,
            };
            if !base.is_some_and(is_deva_consonant) {
                return Some(match base {
                    Some(b) if is_deva_independent_vowel(b) => format!(
                        "the vowel sign ◌{c} stands on the vowel {b}, which carries its own vowel"
                    ),
                    Some(b) if is_deva_vowel_sign(b) => {
                        format!("two vowel signs (◌{b} ◌{c}) on one consonant")
                    }
                    _ => format!("the vowel sign ◌{c} does not follow a consonant"),
                });
            }
        } else if c == NUKTA {
            if !before.is_some_and(|b| NUKTA_BASES.contains(&b)) {
                return Some("a nukta (◌़) on a letter that does not take one".into());
            }
        } else if c == VIRAMA {
            let base = match before {
                Some(NUKTA) => i.checked_sub(2).map(|j| chars[j]),
                other => other,
            };
            if !base.is_some_and(is_deva_consonant) || !after.is_some_and(is_deva_consonant) {
                return Some("a virama (◌्) that does not join two consonants".into());
            }
        } else if matches!(c, CHANDRABINDU | ANUSVARA | VISARGA) {
            let ok = before.is_some_and(|b| {
                is_deva_consonant(b)
                    || is_deva_independent_vowel(b)
                    || is_deva_vowel_sign(b)
                    || b == NUKTA
            });
            if !ok {
                return Some(format!("the mark ◌{c} does not follow a vowel"));
            }
        }
    }
    None
}

fn is_harakah(c: char) -> bool {
    // fatha, damma, kasra, sukun
    matches!(c, '\u{064E}' | '\u{064F}' | '\u{0650}' | '\u{0652}')
}
fn is_tanwin(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{064D}')
}
const SHADDA: char = '\u{0651}';
const ALIF: char = '\u{0627}';
const TA_MARBUTA: char = '\u{0629}';
const ALIF_MAQSURA: char = '\u{0649}';
const FATHATAN: char = '\u{064B}';

fn is_arabic_letter(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

/// Arabic (fully vowelled): at most one haraka or tanwin per letter, plus at most one shadda;
/// marks only on letters, none on a bare alif; tanwin only at the end of the word (fathatan
/// may stand before a final alif, as in بًا); ة and ى only at the end; a word does not start
/// with a mark, a sukun or a shadda.
fn arabic(word: &str) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    // Split into letters with their marks.
    let mut letters: Vec<(char, Vec<char>)> = Vec::new();
    for &c in &chars {
        if is_arabic_letter(c) {
            letters.push((c, Vec::new()));
        } else if is_harakah(c) || is_tanwin(c) || c == SHADDA {
            match letters.last_mut() {
                Some((_, marks)) => marks.push(c),
                None => return Some("the word starts with a mark, not a letter".into()),
            }
        }
    }
    let n = letters.len();
    for (i, (letter, marks)) in letters.iter().enumerate() {
        let vowels = marks
            .iter()
            .filter(|&&m| is_harakah(m) || is_tanwin(m))
            .count();
        let shaddas = marks.iter().filter(|&&m| m == SHADDA).count();
        if vowels > 1 {
            return Some(format!("two vowel marks on one letter ({letter})"));
        }
        if shaddas > 1 {
            return Some(format!("two shaddas on one letter ({letter})"));
        }
        if *letter == ALIF && !marks.is_empty() {
            return Some("a mark on a bare alif (ا), which carries none".into());
        }
        if let Some(&t) = marks.iter().find(|&&m| is_tanwin(m)) {
            let last = i + 1 == n;
            let before_final_alif = t == FATHATAN && i + 2 == n && letters[n - 1].0 == ALIF;
            if !last && !before_final_alif {
                return Some(format!(
                    "tanwin (◌{t}) on {letter}, not at the end of the word"
                ));
            }
        }
        if (*letter == TA_MARBUTA || *letter == ALIF_MAQSURA) && i + 1 != n {
            return Some(format!(
                "{letter} inside the word; it is written only at the end"
            ));
        }
        if i == 0 && marks.iter().any(|&m| m == '\u{0652}' || m == SHADDA) {
            return Some(
                "the first letter has a sukun or shadda; no word starts with two consonants".into(),
            );
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::script_problem;

    #[test]
    fn devanagari_rules_accept_real_spellings_and_refuse_impossible_ones() {
        for ok in [
            "काम",
            "किताब",
            "बाज़ार",
            "पढ़ाई",
            "बच्चा",
            "माँ",
            "में",
            "आम",
            "ईंट",
        ] {
            assert_eq!(script_problem("Deva", ok), None, "{ok}");
        }
        // The examples: a vowel sign on an independent vowel, two vowel signs on one
        // consonant, a nukta on म.
        for bad in ["ओे", "करआी", "मै़", "काे", "क़्", "ंक", "्क"]
        {
            assert!(script_problem("Deva", bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn arabic_rules_accept_real_spellings_and_refuse_impossible_ones() {
        for ok in ["بَاب", "مِنْ", "أُمٌّ", "مَاءً", "بًا", "مَدْرَسَة", "حُمَّى", "يَوْمٍ"]
        {
            assert_eq!(script_problem("Arab", ok), None, "{ok}");
        }
        // Tanwin mid-word (the كَبٍيرٌ), two vowels on one letter, ة mid-word, a mark
        // on alif, a sukun on the first letter.
        for bad in ["كَبٍيرٌ", "بَُت", "مَةَر", "بَاَب", "بْت", "َب"] {
            assert!(script_problem("Arab", bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn latin_has_no_mark_rules() {
        assert_eq!(script_problem("Latn", "anaombb"), None);
    }
}
