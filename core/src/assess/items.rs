//! The items of an assessment, drawn from a pack: letters for the letter-sound grid, words the
//! pack teaches, invented words made by the pack's phonotactics, a story as the reading passage and the story's
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
    /// For a passage: the words on its first printed line, which EGRA's early stop counts
    /// ([`first_line`]); 0 for a grid, whose line is the standard one.
    pub first_line: usize,
}

/// Words on a passage's first line when the pack does not mark it: EGRA's passages are
/// printed about ten words to a line, and the toolkit's early stop is over that line.
pub const DEFAULT_FIRST_LINE: usize = 10;

/// The first line of a passage of `words` words, as EGRA's early stop counts it.
///
/// EGRA Toolkit, 2nd edition (RTI International, 2016), oral reading fluency: "if the child
/// does not read a single word correctly in the first line of text", the assessor stops the
/// subtask (early stop rule) and scores it 0. The line is the passage's first *printed* line:
/// a pack marks it with `first_line` in stories.tsv; otherwise the first
/// [`DEFAULT_FIRST_LINE`] words, never more than the passage. It is not the first sentence,
/// nor the text up to the first question: those may be three words or forty.
pub fn first_line(marked: Option<usize>, words: usize) -> usize {
    marked.unwrap_or(DEFAULT_FIRST_LINE).min(words)
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
        SubtaskKind::Nonwords => nonword_grid(pack, &mut rng)?,
        SubtaskKind::OralReading | SubtaskKind::Comprehension => {
            return passage(pack).ok_or_else(|| none("story"));
        }
    };
    Ok(Items {
        texts,
        question_ends: Vec::new(),
        questions: Vec::new(),
        first_line: 0,
    })
}

/// A full grid of distinct invented words made by the pack's phonotactics (see
/// [`super::nonwords`]). Refused when the pack has no rules or cannot make a full grid: a grid
/// padded with repeats or real words would not measure decoding.
fn nonword_grid(pack: &Pack, rng: &mut ChaCha8Rng) -> Result<Vec<String>> {
    let rules = pack.phonotactics.as_ref().ok_or_else(|| {
        Error::InvalidInput(format!(
            "the pack `{}` has no phonotactics.toml, so it cannot make invented words",
            pack.id()
        ))
    })?;
    let lexicon = crate::pack::read_lexicon(&pack.root, rules.compare).map_err(|problems| {
        let first = problems
            .first()
            .map(ToString::to_string)
            .unwrap_or_default();
        Error::InvalidInput(format!(
            "the pack `{}` has a lexicon that cannot be read: {first}",
            pack.id()
        ))
    })?;
    let known = super::nonwords::known_words(pack, rules, lexicon);
    let grid = super::nonwords::generate(pack, rules, &known, WORD_ITEMS, rng);
    if grid.len() < WORD_ITEMS {
        return Err(Error::InvalidInput(format!(
            "the pack `{}` can make only {} invented words, not the {WORD_ITEMS} of a grid",
            pack.id(),
            grid.len()
        )));
    }
    Ok(grid)
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
    (!texts.is_empty()).then(|| Items {
        first_line: first_line(story.first_line, texts.len()),
        texts,
        question_ends,
        questions,
    })
}
