//! The immutable content model of a loaded pack. Cross-references are indices into the pack's
//! own vectors, resolved and checked once at load time.

use std::collections::HashMap;
use std::path::PathBuf;

/// Writing direction of a script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

/// The manifest, `pack.toml`.
#[derive(Debug, Clone)]
pub struct Manifest {
    /// Pack format version.
    pub format: i64,
    /// The pack id (lowercase letters, digits and `-`).
    pub id: String,
    /// BCP 47 tag of the language taught, in canonical form.
    pub language: String,
    /// The language's name in itself.
    pub name: String,
    /// The language's English name.
    pub name_en: String,
    /// ISO 15924 script code.
    pub script: String,
    /// Writing direction.
    pub direction: Direction,
    /// The pack's own version, MAJOR.MINOR.PATCH.
    pub version: String,
    /// SPDX licence id.
    pub license: String,
    /// Who wrote it.
    pub authors: Vec<String>,
    /// One sentence about the pack.
    pub description: String,
    /// Oldest engine version that can use it.
    pub min_engine: String,
    /// The pack's own knowledge-tracing parameters per skill kind (`[engine.bkt.<kind>]`),
    /// indexed as [`SKILL_KINDS`]; what it leaves out keeps the engine's defaults.
    pub bkt: [BktOverride; 3],
    /// Typed answers are compared without regard to letter case (`ignore_case = true`): for a
    /// script with case where the course does not teach capitals as different letters.
    pub ignore_case: bool,
}

/// The kinds of skill a pack can set engine parameters for, in the order of
/// [`Manifest::bkt`]: every row of `graphemes.tsv` (letter, syllable, vowel sign…) is a
/// `grapheme` skill, every word a `word` skill, every sentence a `sentence` skill.
pub const SKILL_KINDS: [&str; 3] = ["grapheme", "word", "sentence"];

/// A pack's override of the engine's knowledge-tracing parameters for one kind of skill. Each
/// value is checked at load time to lie in [0, 1) (learn above 0, guess + slip below 1 once
/// merged with the defaults); `None` keeps the engine's default.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct BktOverride {
    /// P(learned) before the first answer.
    pub prior: Option<f64>,
    /// P(not learned → learned) after an answer.
    pub learn: Option<f64>,
    /// P(right | not learned), before the 1/k floor of a k-choice exercise.
    pub guess: Option<f64>,
    /// P(wrong | learned).
    pub slip: Option<f64>,
    /// P(learned → not learned) after an answer.
    pub forget: Option<f64>,
}

/// What kind of teaching unit a grapheme is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GraphemeKind {
    /// A single letter.
    Letter,
    /// Several letters for one sound (`sh`, `ng'`).
    Digraph,
    /// A dependent vowel sign of an abugida (`ा`).
    VowelSign,
    /// A syllable of a syllabary or an abugida.
    Syllable,
    /// A consonant conjunct (`क्ष`).
    Conjunct,
    /// A digit.
    Digit,
    /// Another mark (nukta, hamza, a diacritic taught on its own).
    Mark,
}

impl GraphemeKind {
    /// Every kind with its name in `graphemes.tsv`.
    pub const NAMES: &'static [(&'static str, GraphemeKind)] = &[
        ("letter", GraphemeKind::Letter),
        ("digraph", GraphemeKind::Digraph),
        ("vowel_sign", GraphemeKind::VowelSign),
        ("syllable", GraphemeKind::Syllable),
        ("conjunct", GraphemeKind::Conjunct),
        ("digit", GraphemeKind::Digit),
        ("mark", GraphemeKind::Mark),
    ];
}

/// A teaching unit of the script with its sound.
#[derive(Debug, Clone)]
pub struct Grapheme {
    /// Unique id.
    pub id: String,
    /// How it is written.
    pub text: String,
    /// Its kind.
    pub kind: GraphemeKind,
    /// Its sound in IPA.
    pub ipa: String,
    /// What text-to-speech says for the sound.
    pub say: String,
    /// A word showing the sound (index into `Pack::words`).
    pub example: Option<usize>,
    /// Graphemes easily confused with it (indices; symmetric).
    pub confusable: Vec<usize>,
    /// A recording of the sound, under `assets/`.
    pub audio: Option<String>,
    /// The unit that teaches it (index into `Pack::units`).
    pub unit: usize,
}

impl Grapheme {
    /// How to show the grapheme on its own: a vowel sign or mark cannot stand alone, so it is
    /// drawn on a dotted circle (U+25CC), as in primers (◌ा, ◌َ).
    pub fn display(&self) -> String {
        match self.kind {
            GraphemeKind::VowelSign | GraphemeKind::Mark if !self.text.starts_with('\u{25CC}') => {
                format!("\u{25CC}{}", self.text)
            }
            _ => self.text.clone(),
        }
    }
}

/// One unit of the curriculum.
#[derive(Debug, Clone)]
pub struct Unit {
    /// Unique id.
    pub id: String,
    /// Title shown to the learner.
    pub title: String,
    /// English description for reviewers.
    pub gloss: String,
    /// Graphemes it introduces (indices).
    pub graphemes: Vec<usize>,
    /// Units it directly requires (indices, all earlier).
    pub requires: Vec<usize>,
}

/// A picture: an emoji drawn by the phone's font, or a file under `assets/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Picture {
    /// An emoji sequence.
    Emoji(String),
    /// A path under `assets/`.
    File(String),
}

/// A word of the pack.
#[derive(Debug, Clone)]
pub struct Word {
    /// The word as written; its id.
    pub text: String,
    /// Its segmentation into graphemes (indices).
    pub graphemes: Vec<usize>,
    /// The unit where it is first used (index).
    pub unit: usize,
    /// English gloss.
    pub gloss: String,
    /// A picture of it.
    pub picture: Option<Picture>,
    /// A recording of it, under `assets/`.
    pub audio: Option<String>,
    /// Topic tags.
    pub tags: Vec<String>,
    /// A sight word (tag `sight`): irregular, taught as a whole word, not decoded from its
    /// letters' sounds; it may be placed before its letters are taught.
    pub sight: bool,
}

/// A comprehension question about a sentence.
#[derive(Debug, Clone)]
pub struct Question {
    /// The question, spoken to the learner.
    pub text: String,
    /// The word that answers it (index).
    pub answer: usize,
    /// Other words offered as choices (indices).
    pub choices: Vec<usize>,
}

/// A sentence of the pack.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Unique id.
    pub id: String,
    /// The sentence.
    pub text: String,
    /// The unit where it is first read (index).
    pub unit: usize,
    /// English translation.
    pub gloss: String,
    /// Its words, in order (indices).
    pub words: Vec<usize>,
    /// A comprehension question.
    pub question: Option<Question>,
    /// A recording of it, under `assets/`.
    pub audio: Option<String>,
}

/// A short story: sentences read in order.
#[derive(Debug, Clone)]
pub struct Story {
    /// Unique id.
    pub id: String,
    /// Title in the pack's language.
    pub title: String,
    /// English summary.
    pub gloss: String,
    /// Its sentences in order (indices).
    pub sentences: Vec<usize>,
    /// Where it is read (index).
    pub unit: usize,
    /// Words on the first line as the passage is printed for an oral reading assessment, if
    /// the pack says (`first_line` in stories.tsv); EGRA's early stop counts this line.
    pub first_line: Option<usize>,
}

/// A Fluent file shipped by the pack.
#[derive(Debug, Clone)]
pub struct FtlFile {
    /// Path inside the pack (`content/sw.ftl`).
    pub path: String,
    /// Its text, checked for size, depth and syntax.
    pub text: String,
}

/// A loaded, checked language pack.
#[derive(Debug, Clone)]
pub struct Pack {
    /// The manifest.
    pub manifest: Manifest,
    /// The grapheme inventory in file order.
    pub graphemes: Vec<Grapheme>,
    /// The units in teaching order.
    pub units: Vec<Unit>,
    /// The words in file order.
    pub words: Vec<Word>,
    /// The sentences in file order.
    pub sentences: Vec<Sentence>,
    /// The stories.
    pub stories: Vec<Story>,
    /// Fluent files (`content/` then `ui/`).
    pub ftl: Vec<FtlFile>,
    /// How invented words are built (`phonotactics.toml`), if the pack says.
    pub phonotactics: Option<super::phonotactics::Phonotactics>,
    /// Words no invented word may be or contain (`blocklist.tsv`), in comparison form.
    pub blocklist: Vec<super::wordlists::Blocked>,
    /// The folder the pack was loaded from (assets are under `root/assets`).
    pub root: PathBuf,
    /// Lookups by id, built once at load.
    pub index: PackIndex,
}

/// A pack that could be loaded, in brief.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackSummary {
    /// Pack id.
    pub id: String,
    /// Language name in itself.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// BCP 47 tag.
    pub language: String,
    /// Text direction.
    pub direction: Direction,
    /// Number of units.
    pub units: usize,
}

impl PackSummary {
    /// The summary of a loaded pack.
    pub fn of(pack: &Pack) -> Self {
        PackSummary {
            id: pack.id().to_owned(),
            name: pack.manifest.name.clone(),
            name_en: pack.manifest.name_en.clone(),
            language: pack.manifest.language.clone(),
            direction: pack.manifest.direction,
            units: pack.units.len(),
        }
    }
}

/// Indices of a pack's items by id, so lookups do not scan.
#[derive(Debug, Clone, Default)]
pub struct PackIndex {
    graphemes: HashMap<String, usize>,
    words: HashMap<String, usize>,
    sentences: HashMap<String, usize>,
    units: HashMap<String, usize>,
    /// Words first used in each unit (indices), in file order.
    pub unit_words: Vec<Vec<usize>>,
    /// Sentences with a question in each unit (indices), in file order.
    pub unit_questions: Vec<Vec<usize>>,
    /// Each grapheme's skill key, `g:<id>`, made once.
    pub grapheme_keys: Vec<String>,
    /// Each word's skill key, `w:<word>`.
    pub word_keys: Vec<String>,
    /// Each sentence's skill key, `s:<id>`.
    pub sentence_keys: Vec<String>,
}

impl PackIndex {
    /// Indexes the items.
    pub fn build(
        graphemes: &[Grapheme],
        words: &[Word],
        sentences: &[Sentence],
        units: &[Unit],
    ) -> Self {
        fn map<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
            items
                .iter()
                .enumerate()
                .map(|(i, t)| (id(t).to_owned(), i))
                .collect()
        }
        let mut unit_words = vec![Vec::new(); units.len()];
        for (i, w) in words.iter().enumerate() {
            unit_words[w.unit].push(i);
        }
        let mut unit_questions = vec![Vec::new(); units.len()];
        for (i, s) in sentences
            .iter()
            .enumerate()
            .filter(|(_, s)| s.question.is_some())
        {
            unit_questions[s.unit].push(i);
        }
        PackIndex {
            unit_words,
            unit_questions,
            grapheme_keys: graphemes.iter().map(|g| format!("g:{}", g.id)).collect(),
            word_keys: words.iter().map(|w| format!("w:{}", w.text)).collect(),
            sentence_keys: sentences.iter().map(|s| format!("s:{}", s.id)).collect(),
            graphemes: map(graphemes, |g| &g.id),
            words: map(words, |w| &w.text),
            sentences: map(sentences, |s| &s.id),
            units: map(units, |u| &u.id),
        }
    }
}

impl Pack {
    /// The pack id.
    pub fn id(&self) -> &str {
        &self.manifest.id
    }

    /// Every file the pack is made of, relative to its folder: the tables, the Fluent files and
    /// the assets the tables reference (assets nothing references are left out).
    pub fn files(&self) -> Vec<String> {
        let mut files: Vec<String> = [
            "pack.toml",
            "graphemes.tsv",
            "units.toml",
            "words.tsv",
            "sentences.tsv",
        ]
        .map(String::from)
        .to_vec();
        if !self.stories.is_empty() || self.root.join("stories.tsv").is_file() {
            files.push("stories.tsv".into());
        }
        // The word lists for invented words travel with the pack; the lexicon is read only
        // when a nonword grid is drawn, so it is listed by presence, not by a loaded field.
        for optional in [
            super::phonotactics::FILE,
            super::wordlists::BLOCKLIST,
            super::wordlists::LEXICON,
        ] {
            if self.root.join(optional).is_file() {
                files.push(optional.into());
            }
        }
        files.extend(self.ftl.iter().map(|f| f.path.clone()));
        let mut assets: Vec<String> = self.assets().map(|a| format!("assets/{a}")).collect();
        assets.sort();
        assets.dedup();
        files.extend(assets);
        files
    }

    /// Every asset the tables name (picture files, then recordings), relative to `assets/`,
    /// in table order and with repeats.
    pub fn assets(&self) -> impl Iterator<Item = &str> {
        let pictures = self.words.iter().filter_map(|w| match &w.picture {
            Some(Picture::File(path)) => Some(path.as_str()),
            _ => None,
        });
        let audio = self
            .graphemes
            .iter()
            .filter_map(|g| g.audio.as_deref())
            .chain(self.words.iter().filter_map(|w| w.audio.as_deref()))
            .chain(self.sentences.iter().filter_map(|s| s.audio.as_deref()));
        pictures.chain(audio)
    }

    /// Index of the grapheme with this id.
    pub fn grapheme_index(&self, id: &str) -> Option<usize> {
        self.index.graphemes.get(id).copied()
    }

    /// Index of the sentence with this id.
    pub fn sentence_index(&self, id: &str) -> Option<usize> {
        self.index.sentences.get(id).copied()
    }

    /// Index of this word.
    pub fn word_index(&self, text: &str) -> Option<usize> {
        self.index.words.get(text).copied()
    }

    /// Index of the unit with this id.
    pub fn unit_index(&self, id: &str) -> Option<usize> {
        self.index.units.get(id).copied()
    }
}
