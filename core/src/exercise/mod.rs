//! Exercises: records a shell can draw without knowing each kind's rules, how they are built
//! from a pack, and how answers are checked.

mod build;
mod check;
mod distractors;
mod typed;

pub use build::{Built, Expected, build};
pub use check::{Outcome, check};
pub use typed::{Typed, read_typed};

use crate::pack::{Direction, Pack, Picture};

/// Longest response time stored; a phone left on the table is not a slow answer.
pub const MAX_RESPONSE_MS: i64 = 10 * 60 * 1000;
/// The longest typed answer accepted, in bytes of UTF-8: far more than a learner types for a
/// word or a sentence, small enough that the log (which keeps every answer) and the exports
/// other phones merge stay small.
pub const MAX_TYPED_ANSWER_BYTES: usize = 1024;

/// The kinds of exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ExerciseKind {
    /// Hear a sound, pick the grapheme.
    SoundToGrapheme,
    /// See a grapheme, pick its sound.
    GraphemeToSound,
    /// Hear a word, pick the written word.
    WordToWritten,
    /// Read a word, pick its picture.
    WordToPicture,
    /// Hear a word, build it from tiles.
    BuildWord,
    /// Read a sentence, answer a question about it.
    SentenceQuestion,
}

impl ExerciseKind {
    /// Every kind, in the order they are introduced.
    pub const ALL: [ExerciseKind; 6] = [
        ExerciseKind::SoundToGrapheme,
        ExerciseKind::GraphemeToSound,
        ExerciseKind::WordToWritten,
        ExerciseKind::WordToPicture,
        ExerciseKind::BuildWord,
        ExerciseKind::SentenceQuestion,
    ];

    /// The stable name stored with attempts.
    pub fn as_str(self) -> &'static str {
        match self {
            ExerciseKind::SoundToGrapheme => "sound-to-grapheme",
            ExerciseKind::GraphemeToSound => "grapheme-to-sound",
            ExerciseKind::WordToWritten => "word-to-written",
            ExerciseKind::WordToPicture => "word-to-picture",
            ExerciseKind::BuildWord => "build-word",
            ExerciseKind::SentenceQuestion => "sentence-question",
        }
    }

    /// The kind with this stored name.
    pub fn from_name(name: &str) -> Option<ExerciseKind> {
        ExerciseKind::ALL.into_iter().find(|k| k.as_str() == name)
    }

    /// The Fluent message id of the instruction spoken for this kind.
    pub fn instruction_id(self) -> &'static str {
        match self {
            ExerciseKind::SoundToGrapheme => "exercise-sound-to-grapheme",
            ExerciseKind::GraphemeToSound => "exercise-grapheme-to-sound",
            ExerciseKind::WordToWritten => "exercise-word-to-written",
            ExerciseKind::WordToPicture => "exercise-word-to-picture",
            ExerciseKind::BuildWord => "exercise-build-word",
            ExerciseKind::SentenceQuestion => "exercise-sentence-question",
        }
    }
}

/// What an exercise is about: one item of the pack.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ItemRef {
    /// A grapheme (index into `Pack::graphemes`).
    Grapheme(usize),
    /// A word (index into `Pack::words`).
    Word(usize),
    /// A sentence (index into `Pack::sentences`).
    Sentence(usize),
}

impl ItemRef {
    /// The item's stable key, also the id of the skill it exercises: `g:<id>`, `w:<word>`, `s:<id>`.
    pub fn key(self, pack: &Pack) -> String {
        self.key_str(pack).to_owned()
    }

    /// The item's key without allocating (the pack keeps them).
    pub fn key_str(self, pack: &Pack) -> &str {
        match self {
            ItemRef::Grapheme(i) => &pack.index.grapheme_keys[i],
            ItemRef::Word(i) => &pack.index.word_keys[i],
            ItemRef::Sentence(i) => &pack.index.sentence_keys[i],
        }
    }

    /// Resolves a key made by [`ItemRef::key`].
    pub fn from_key(pack: &Pack, key: &str) -> Option<ItemRef> {
        let (kind, id) = key.split_once(':')?;
        match kind {
            "g" => pack.grapheme_index(id).map(ItemRef::Grapheme),
            "w" => pack.word_index(id).map(ItemRef::Word),
            "s" => pack.sentence_index(id).map(ItemRef::Sentence),
            _ => None,
        }
    }

    /// The unit where the item is taught or first used.
    pub fn unit(self, pack: &Pack) -> usize {
        match self {
            ItemRef::Grapheme(i) => pack.graphemes[i].unit,
            ItemRef::Word(i) => pack.words[i].unit,
            ItemRef::Sentence(i) => pack.sentences[i].unit,
        }
    }

    /// The skills the item exercises: its own first, then those of its parts.
    pub fn skills(self, pack: &Pack) -> Vec<String> {
        let mut skills = vec![self.key(pack)];
        let parts: Vec<ItemRef> = match self {
            ItemRef::Grapheme(_) => Vec::new(),
            ItemRef::Word(w) => pack.words[w]
                .graphemes
                .iter()
                .map(|&g| ItemRef::Grapheme(g))
                .collect(),
            ItemRef::Sentence(s) => pack.sentences[s]
                .words
                .iter()
                .map(|&w| ItemRef::Word(w))
                .collect(),
        };
        for part in parts {
            let key = part.key(pack);
            if !skills.contains(&key) {
                skills.push(key);
            }
        }
        skills
    }
}

/// Something shown or played: any of text, speech, a recording and a picture.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Media {
    /// Text to show.
    pub text: Option<String>,
    /// Text for text-to-speech when there is no recording.
    pub speak: Option<String>,
    /// A recording, a path under the pack's `assets/`.
    pub audio: Option<String>,
    /// A picture.
    pub picture: Option<Picture>,
}

/// How the learner answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AnswerMode {
    /// Tap one of the choices.
    TapOne,
    /// Put tiles in order.
    OrderTiles,
}

/// An exercise ready to draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exercise {
    /// Its kind.
    pub kind: ExerciseKind,
    /// The item's key (`w:mama`).
    pub item: String,
    /// The skills it exercises, the item's own first.
    pub skills: Vec<String>,
    /// The localized instruction.
    pub instruction: String,
    /// What to read, hear or see.
    pub prompt: Media,
    /// A question spoken after the prompt (sentence exercises).
    pub question: Option<Media>,
    /// The choices, or the tiles to order.
    pub choices: Vec<Media>,
    /// How to answer.
    pub mode: AnswerMode,
    /// How many tiles the answer has (tile exercises), else 1.
    pub answer_length: usize,
    /// Text direction of the pack's script.
    pub direction: Direction,
    /// BCP 47 tag for text-to-speech.
    pub language: String,
    /// Typed text is compared without regard to letter case (the pack's `ignore_case`).
    pub ignore_case: bool,
}

/// An answer from the shell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    /// The 0-based index of the chosen choice.
    Choice(u32),
    /// 0-based tile indices in the order the learner put them.
    Tiles(Vec<u32>),
    /// Typed text.
    Text(String),
}

// Here, below both the engine and the policies, so that each can ask without the other.
/// The exercise kinds that fit an item, in teaching order.
pub fn kinds_for(item: ItemRef) -> &'static [ExerciseKind] {
    match item {
        ItemRef::Grapheme(_) => &[ExerciseKind::SoundToGrapheme, ExerciseKind::GraphemeToSound],
        ItemRef::Word(_) => &[
            ExerciseKind::WordToWritten,
            ExerciseKind::WordToPicture,
            ExerciseKind::BuildWord,
        ],
        ItemRef::Sentence(_) => &[ExerciseKind::SentenceQuestion],
    }
}
