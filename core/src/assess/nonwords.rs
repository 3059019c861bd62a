//! Invented words (EGRA's nonwords) made by rule: syllables built from the pack's
//! `phonotactics.toml`, kept only if they are pronounceable, spelled legally, not a word of
//! the pack or of its lexicon, and not (and, where the blocklist says so, not containing) an
//! offensive or taboo word.
//!
//! EGRA toolkit, 2nd ed. (RTI 2016), nonword reading: the items are "invented words" that
//! follow the language's spelling and sound rules and are not real words, so that reading them
//! shows decoding, not sight recognition. [`judge`] checks each property independently of how
//! the word was made, so the checker and the tests can verify a grid, not trust it.

use std::collections::HashSet;

use rand::Rng;
use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;

use crate::pack::phonotactics::Phonotactics;
use crate::pack::wordlists::comparison_form;
use crate::pack::{Pack, spelling};

/// Why an invented word may not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Usable.
    Fine,
    /// It cannot be split into the pack's syllable shapes, or breaks the script's mark rules.
    Unpronounceable(String),
    /// It is a word of the pack or of its lexicon.
    RealWord,
    /// It is, or contains, a blocked word (the blocked word is given).
    Blocked(String),
}

/// How many tries per wanted item before giving up: the space of a pack's shapes is large,
/// so running out means the rules are too narrow (the checker says so).
const TRIES_PER_ITEM: usize = 200;

/// Up to `n` distinct invented words, drawn with `rng`; `known` is [`known_words`]. Fewer come back only when the pack's
/// rules cannot make more.
pub fn generate(
    pack: &Pack,
    rules: &Phonotactics,
    known: &HashSet<String>,
    n: usize,
    rng: &mut ChaCha8Rng,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(n);
    let mut seen: HashSet<String> = HashSet::new();
    for _ in 0..n * TRIES_PER_ITEM {
        if out.len() == n {
            break;
        }
        let word = build(pack, rules, rng);
        if !seen.insert(word.clone()) {
            continue;
        }
        if judge(pack, rules, known, &word) == Verdict::Fine {
            out.push(word);
        }
    }
    out
}

/// One word from the shapes: a syllable count, then a shape and members for each syllable.
fn build(pack: &Pack, rules: &Phonotactics, rng: &mut ChaCha8Rng) -> String {
    let count = rng.random_range(rules.min_syllables..=rules.max_syllables);
    let mut text = String::new();
    for at in 0..count {
        let shapes = rules.shapes_at(at, count);
        let Some(shape) = shapes.choose(rng) else {
            break;
        };
        for &class in shape.iter() {
            if let Some(member) = rules.classes[class].members.choose(rng) {
                for &g in member {
                    text.push_str(&pack.graphemes[g].text);
                }
            }
        }
    }
    crate::text::nfc(&text)
}

/// The real words an invented word must not equal, in comparison form: the pack's words and
/// its lexicon's (already in comparison form, from [`crate::pack::read_lexicon`]).
pub fn known_words(pack: &Pack, rules: &Phonotactics, lexicon: HashSet<String>) -> HashSet<String> {
    let mut known = lexicon;
    known.extend(
        pack.words
            .iter()
            .map(|w| comparison_form(&w.text, rules.compare)),
    );
    known
}

/// Whether `word` may stand on a nonword grid of `pack`, and if not, why. `known` is
/// [`known_words`].
pub fn judge(pack: &Pack, rules: &Phonotactics, known: &HashSet<String>, word: &str) -> Verdict {
    if !parses(pack, rules, word) {
        return Verdict::Unpronounceable(format!(
            "`{word}` cannot be split into the syllable shapes of phonotactics.toml"
        ));
    }
    if let Some(why) = spelling::script_problem(&pack.manifest.script, word) {
        return Verdict::Unpronounceable(why);
    }
    let form = comparison_form(word, rules.compare);
    // Blocked first: an offensive word that a dictionary also lists is still reported as
    // offensive, the graver reason.
    for blocked in &pack.blocklist {
        let hit = if blocked.contains {
            form.contains(&blocked.text)
        } else {
            form == blocked.text
        };
        if hit {
            return Verdict::Blocked(blocked.text.clone());
        }
    }
    if known.contains(&form) {
        return Verdict::RealWord;
    }
    Verdict::Fine
}

/// Whether `word` splits into `min..=max` syllables, each of a shape allowed where it stands.
/// Parsed from the text (not remembered from generation), so a grid can be checked on its own.
fn parses(pack: &Pack, rules: &Phonotactics, word: &str) -> bool {
    (rules.min_syllables..=rules.max_syllables)
        .any(|count| syllables_from(pack, rules, word, 0, count))
}

fn syllables_from(pack: &Pack, rules: &Phonotactics, rest: &str, at: usize, count: usize) -> bool {
    if at == count {
        return rest.is_empty();
    }
    rules
        .shapes_at(at, count)
        .into_iter()
        .any(|shape| slots_from(pack, rules, rest, shape, at, count))
}

fn slots_from(
    pack: &Pack,
    rules: &Phonotactics,
    rest: &str,
    shape: &[usize],
    at: usize,
    count: usize,
) -> bool {
    let Some((&class, more)) = shape.split_first() else {
        return syllables_from(pack, rules, rest, at + 1, count);
    };
    rules.classes[class].members.iter().any(|member| {
        let text: String = member
            .iter()
            .map(|&g| pack.graphemes[g].text.as_str())
            .collect();
        rest.strip_prefix(text.as_str())
            .is_some_and(|after| slots_from(pack, rules, after, more, at, count))
    })
}

/// The seed of the grid the pack checker draws and verifies.
pub const CHECK_SEED: u64 = 0;

/// Everything that keeps `pack` from giving a clean nonword grid: a lexicon that cannot be
/// read, rules too narrow to make a full grid, or (should generation and judging ever
/// disagree) an item that breaks a rule. Empty for a pack without `phonotactics.toml`: it
/// simply has no nonword grid. Run by `kusoma pack check`; not on every load, since it reads
/// the lexicon.
pub fn check_grid(pack: &Pack) -> Vec<crate::pack::Problem> {
    use crate::pack::phonotactics::FILE;
    let Some(rules) = &pack.phonotactics else {
        return Vec::new();
    };
    let lexicon = match crate::pack::read_lexicon(&pack.root, rules.compare) {
        Ok(words) => words,
        Err(problems) => return problems,
    };
    let known = known_words(pack, rules, lexicon);
    let mut rng = <ChaCha8Rng as rand::SeedableRng>::seed_from_u64(CHECK_SEED);
    let grid = generate(pack, rules, &known, super::WORD_ITEMS, &mut rng);
    let mut problems = Vec::new();
    let problem = |message: String| crate::pack::Problem {
        file: FILE.to_owned(),
        line: None,
        column: None,
        message,
    };
    if grid.len() < super::WORD_ITEMS {
        problems.push(problem(format!(
            "the rules make only {} distinct invented words that are not real or blocked words; a grid needs {}. Add shapes or class members",
            grid.len(),
            super::WORD_ITEMS
        )));
    }
    for word in &grid {
        let verdict = judge(pack, rules, &known, word);
        if verdict != Verdict::Fine {
            problems.push(problem(format!(
                "the invented word `{word}` of the check grid is unusable: {verdict:?}"
            )));
        }
    }
    problems
}
