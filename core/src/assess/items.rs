//! The items of an assessment, drawn from a pack: letters for the letter-sound grid, words the
//! pack teaches, invented words made from them, a story as the reading passage and the story's
//! questions. Seeded, so a run can be reproduced.

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use super::{LETTER_ITEMS, SubtaskKind, WORD_ITEMS};
use crate::error::{Error, Result};
use crate::pack::{GraphemeKind, Pack};

/// What an assessment shows, in order, and (for a passage) where its questions' sentences end.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Items {
    /// Item texts (letters, words, or the passage's words).
    pub texts: Vec<String>,
    /// For a passage: for each comprehension question, the 1-based word position where the
    /// sentence it asks about ends.
    pub question_ends: Vec<usize>,
    /// For a passage: the questions, spoken by the facilitator.
    pub questions: Vec<String>,
}

/// Draws the items of `kind` from `pack`.
pub fn draw(pack: &Pack, kind: SubtaskKind, seed: u64) -> Result<Items> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let none = |what: &str| {
        Error::InvalidInput(format!(
            "the pack `{}` has no {what} to assess with",
            pack.id()
        ))
    };
    let texts = match kind {
        SubtaskKind::LetterSounds => {
            let letters: Vec<String> = pack
                .graphemes
                .iter()
                .filter(|g| !matches!(g.kind, GraphemeKind::Digit | GraphemeKind::Mark))
                .map(|g| g.display())
                .collect();
            if letters.is_empty() {
                return Err(none("letters"));
            }
            fill(&letters, LETTER_ITEMS, &mut rng)
        }
        SubtaskKind::FamiliarWords => {
            // The words taught earliest are the most familiar.
            let mut words: Vec<&crate::pack::Word> = pack.words.iter().collect();
            words.sort_by_key(|w| (w.unit, w.graphemes.len()));
            let words: Vec<String> = words
                .into_iter()
                .take(WORD_ITEMS * 2)
                .map(|w| w.text.clone())
                .collect();
            if words.is_empty() {
                return Err(none("words"));
            }
            fill(&words, WORD_ITEMS, &mut rng)
        }
        SubtaskKind::Nonwords => {
            let made = nonwords(pack, &mut rng);
            if made.is_empty() {
                return Err(none("words to make invented words from"));
            }
            fill(&made, WORD_ITEMS, &mut rng)
        }
        SubtaskKind::OralReading | SubtaskKind::Comprehension => {
            return passage(pack).ok_or_else(|| none("story"));
        }
    };
    Ok(Items {
        texts,
        question_ends: Vec::new(),
        questions: Vec::new(),
    })
}

/// `n` items from `pool`, each pass shuffled, never the same item twice in a row.
fn fill(pool: &[String], n: usize, rng: &mut ChaCha8Rng) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(n);
    while out.len() < n {
        let mut pass = pool.to_vec();
        pass.shuffle(rng);
        if pass.len() > 1 && out.last() == pass.first() {
            pass.swap(0, 1);
        }
        out.extend(pass);
    }
    out.truncate(n);
    out
}

/// Invented words: a taught word with one grapheme swapped for another of the same kind
/// (a letter for a letter, a vowel sign for a vowel sign), kept only if it is not a real word
/// of the pack. They follow the language's spelling because they are built from its pieces.
fn nonwords(pack: &Pack, rng: &mut ChaCha8Rng) -> Vec<String> {
    let real: std::collections::HashSet<&str> =
        pack.words.iter().map(|w| w.text.as_str()).collect();
    let mut made = Vec::new();
    for word in pack.words.iter().filter(|w| w.graphemes.len() >= 2) {
        let at = rng.random_range(0..word.graphemes.len());
        let old = word.graphemes[at];
        let kind = pack.graphemes[old].kind;
        let mut options: Vec<usize> = (0..pack.graphemes.len())
            .filter(|&g| g != old && pack.graphemes[g].kind == kind)
            .collect();
        options.shuffle(rng);
        for g in options.into_iter().take(3) {
            let text: String = word
                .graphemes
                .iter()
                .enumerate()
                .map(|(i, &x)| pack.graphemes[if i == at { g } else { x }].text.as_str())
                .collect();
            let text = crate::text::nfc(&text);
            if !real.contains(text.as_str()) && !made.contains(&text) {
                made.push(text);
                break;
            }
        }
        if made.len() >= WORD_ITEMS * 2 {
            break;
        }
    }
    made
}

/// The pack's first story as a passage of words, with its questions.
fn passage(pack: &Pack) -> Option<Items> {
    let story = pack.stories.first()?;
    let mut texts = Vec::new();
    let mut question_ends = Vec::new();
    let mut questions = Vec::new();
    for &s in &story.sentences {
        let sentence = &pack.sentences[s];
        texts.extend(crate::text::sentence_words(&sentence.text));
        if let Some(q) = &sentence.question {
            question_ends.push(texts.len());
            questions.push(q.text.clone());
        }
    }
    (!texts.is_empty()).then_some(Items {
        texts,
        question_ends,
        questions,
    })
}

use rand::Rng as _;
