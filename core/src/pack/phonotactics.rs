//! `phonotactics.toml`: how a word of the language may be built — syllable shapes made of
//! classes of graphemes — so that invented words (EGRA's nonwords) are pronounceable and
//! follow the spelling rules, instead of being real words with a letter swapped.
//!
//! The file is optional; a pack without it cannot give a nonword grid (an assessment asks for
//! one and is refused with a clear message). Format in docs/pack-format.md.

/// The file name.
pub const FILE: &str = "phonotactics.toml";
/// Most syllables an invented word may have: EGRA nonwords are short, and longer ones only
/// test memory.
pub const MAX_SYLLABLES: usize = 4;

/// How invented words are compared with real words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Compare {
    /// Letter for letter, marks included (after NFC, lower case).
    Exact,
    /// Base letters only, combining marks removed: in Arabic a vowelled نَمَرَ is read as the
    /// unvowelled word نمر, so it is a real word whatever its harakat.
    Letters,
}

/// One class of a syllable shape: a name (one capital letter) and what may stand in it, each
/// member a sequence of grapheme indices (a cluster such as `m b` is two graphemes).
#[derive(Debug, Clone)]
pub struct SoundClass {
    /// The class letter used in shapes (`C`, `V`, `N`…).
    pub name: char,
    /// The members, each a non-empty sequence of grapheme indices.
    pub members: Vec<Vec<usize>>,
}

/// A pack's phonotactics, checked and resolved to grapheme indices.
#[derive(Debug, Clone)]
pub struct Phonotactics {
    /// The classes, in file order.
    pub classes: Vec<SoundClass>,
    /// Shapes allowed in any syllable, each a list of class indices.
    pub syllables: Vec<Vec<usize>>,
    /// Shapes allowed only as a word's first syllable (besides `syllables`).
    pub first: Vec<Vec<usize>>,
    /// Shapes allowed only as a word's last syllable (besides `syllables`).
    pub last: Vec<Vec<usize>>,
    /// Fewest syllables of an invented word.
    pub min_syllables: usize,
    /// Most syllables of an invented word.
    pub max_syllables: usize,
    /// How invented words are compared with real ones.
    pub compare: Compare,
}

impl Phonotactics {
    /// The shapes allowed at syllable `at` of a word of `count` syllables: `syllables`, plus
    /// `first` at the start and `last` at the end (both for a one-syllable word).
    pub fn shapes_at(&self, at: usize, count: usize) -> Vec<&[usize]> {
        let mut out: Vec<&[usize]> = self.syllables.iter().map(Vec::as_slice).collect();
        if at == 0 {
            out.extend(self.first.iter().map(Vec::as_slice));
        }
        if at + 1 == count {
            out.extend(self.last.iter().map(Vec::as_slice));
        }
        out
    }
}

#[cfg(feature = "source")]
mod read;
#[cfg(feature = "source")]
pub use read::read;
