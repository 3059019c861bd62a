//! Records and enums that cross the boundary, and their conversions from the core's types.

use kusoma_core::l10n::Arg;
use kusoma_core::pack::{Direction, Picture, Problem};
use kusoma_core::{
    Answer, AnswerMode, Exercise, ExerciseKind, Feedback, Learner, Media, PackSummary, Progress,
    RejectedPack, SessionSummary, UnitProgress,
};

/// One problem in a pack, with its place.
#[derive(Debug, Clone, uniffi::Record)]
pub struct PackProblem {
    /// File inside the pack.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<u32>,
    /// 1-based column, when known.
    pub column: Option<u32>,
    /// A plain sentence.
    pub message: String,
}

impl From<Problem> for PackProblem {
    fn from(p: Problem) -> Self {
        PackProblem {
            file: p.file,
            line: p.line,
            column: p.column,
            message: p.message,
        }
    }
}

/// Text direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum TextDirection {
    /// Left to right.
    Ltr,
    /// Right to left.
    Rtl,
}

impl From<Direction> for TextDirection {
    fn from(d: Direction) -> Self {
        match d {
            Direction::Ltr => TextDirection::Ltr,
            Direction::Rtl => TextDirection::Rtl,
        }
    }
}

/// A loaded pack in brief.
#[derive(Debug, Clone, uniffi::Record)]
pub struct PackInfo {
    /// Pack id.
    pub id: String,
    /// Language name in itself.
    pub name: String,
    /// English name.
    pub name_en: String,
    /// BCP 47 tag, for text-to-speech.
    pub language: String,
    /// Text direction of its script.
    pub direction: TextDirection,
    /// Number of units.
    pub units: u32,
}

impl From<PackSummary> for PackInfo {
    fn from(p: PackSummary) -> Self {
        PackInfo {
            id: p.id,
            name: p.name,
            name_en: p.name_en,
            language: p.language,
            direction: p.direction.into(),
            units: u32::try_from(p.units).unwrap_or(u32::MAX),
        }
    }
}

/// A pack folder that was refused at open.
#[derive(Debug, Clone, uniffi::Record)]
pub struct RejectedPackInfo {
    /// The folder.
    pub path: String,
    /// What is wrong.
    pub problems: Vec<PackProblem>,
}

impl From<&RejectedPack> for RejectedPackInfo {
    fn from(r: &RejectedPack) -> Self {
        RejectedPackInfo {
            path: r.path.display().to_string(),
            problems: r.problems.iter().cloned().map(Into::into).collect(),
        }
    }
}

/// A learner profile.
#[derive(Debug, Clone, uniffi::Record)]
pub struct LearnerProfile {
    /// Stable id.
    pub id: String,
    /// Name shown on the phone.
    pub name: String,
    /// Chosen icon.
    pub icon: String,
    /// Created, ms since the Unix epoch.
    pub created_ms: i64,
    /// Last changed, ms since the Unix epoch.
    pub updated_ms: i64,
    /// `female`, `male`, `other` or `unspecified` (given only with consent).
    pub gender: String,
    /// `10-14`, `15-24`, `25-34`, `35-49`, `50+` or `unspecified`.
    pub age_band: String,
    /// When consent to record demographics was given.
    pub consent_ms: Option<i64>,
    /// Whether signing in needs her 3 pictures.
    pub has_pictures: bool,
    /// Whether signing in needs her PIN.
    pub has_pin: bool,
}

impl From<Learner> for LearnerProfile {
    fn from(l: Learner) -> Self {
        LearnerProfile {
            id: l.id,
            name: l.name,
            // Never empty: the core's rule for a learner stored before card pictures.
            icon: kusoma_core::screens::defaults::card_picture(&l.icon).to_owned(),
            created_ms: l.created_ms,
            updated_ms: l.updated_ms,
            gender: l.gender.as_str().to_owned(),
            age_band: l.age_band.as_str().to_owned(),
            consent_ms: l.consent_ms,
            has_pictures: l.has_pictures,
            has_pin: l.has_pin,
        }
    }
}

/// A picture.
#[derive(Debug, Clone, PartialEq, Eq, uniffi::Enum)]
pub enum PictureRef {
    /// An emoji sequence, drawn with the phone's font.
    Emoji {
        /// The emoji.
        value: String,
    },
    /// A file in the pack's assets (resolve with `KusomaEngine::asset_path`).
    File {
        /// Its name under `assets/`.
        asset: String,
    },
}

/// Something to show or play.
#[derive(Debug, Clone, uniffi::Record)]
pub struct MediaItem {
    /// Text to show.
    pub text: Option<String>,
    /// Text for text-to-speech when there is no recording.
    pub speak: Option<String>,
    /// A recording's name under the pack's `assets/`.
    pub audio: Option<String>,
    /// A picture.
    pub picture: Option<PictureRef>,
}

impl From<Media> for MediaItem {
    fn from(m: Media) -> Self {
        MediaItem {
            text: m.text,
            speak: m.speak,
            audio: m.audio,
            picture: m.picture.map(|p| match p {
                Picture::Emoji(value) => PictureRef::Emoji { value },
                Picture::File(asset) => PictureRef::File { asset },
            }),
        }
    }
}

/// The kinds of exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum ExerciseType {
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
    /// Read a sentence, answer a question.
    SentenceQuestion,
}

impl From<ExerciseKind> for ExerciseType {
    fn from(k: ExerciseKind) -> Self {
        match k {
            ExerciseKind::SoundToGrapheme => ExerciseType::SoundToGrapheme,
            ExerciseKind::GraphemeToSound => ExerciseType::GraphemeToSound,
            ExerciseKind::WordToWritten => ExerciseType::WordToWritten,
            ExerciseKind::WordToPicture => ExerciseType::WordToPicture,
            ExerciseKind::BuildWord => ExerciseType::BuildWord,
            ExerciseKind::SentenceQuestion => ExerciseType::SentenceQuestion,
        }
    }
}

/// How the learner answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, uniffi::Enum)]
pub enum AnswerStyle {
    /// Tap one choice.
    TapOne,
    /// Put tiles in order.
    OrderTiles,
}

/// An exercise to draw.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ExerciseView {
    /// Its kind.
    pub kind: ExerciseType,
    /// The item's key.
    pub item: String,
    /// Skills exercised, the item's own first.
    pub skills: Vec<String>,
    /// Localized instruction.
    pub instruction: String,
    /// What to read, hear or see.
    pub prompt: MediaItem,
    /// A question spoken after the prompt.
    pub question: Option<MediaItem>,
    /// Choices or tiles.
    pub choices: Vec<MediaItem>,
    /// How to answer.
    pub mode: AnswerStyle,
    /// Tiles in the answer (tile exercises), else 1.
    pub answer_length: u32,
    /// Text direction.
    pub direction: TextDirection,
    /// BCP 47 tag for text-to-speech.
    pub language: String,
}

impl From<Exercise> for ExerciseView {
    fn from(e: Exercise) -> Self {
        ExerciseView {
            kind: e.kind.into(),
            item: e.item,
            skills: e.skills,
            instruction: e.instruction,
            prompt: e.prompt.into(),
            question: e.question.map(Into::into),
            choices: e.choices.into_iter().map(Into::into).collect(),
            mode: match e.mode {
                AnswerMode::TapOne => AnswerStyle::TapOne,
                AnswerMode::OrderTiles => AnswerStyle::OrderTiles,
            },
            answer_length: u32::try_from(e.answer_length).unwrap_or(u32::MAX),
            direction: e.direction.into(),
            language: e.language,
        }
    }
}

/// An answer from the shell.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum LearnerAnswer {
    /// The chosen choice, 0-based.
    Choice {
        /// Its index.
        index: u32,
    },
    /// Tile indices in the order placed, 0-based.
    Tiles {
        /// The order.
        order: Vec<u32>,
    },
    /// Typed text.
    Text {
        /// The text.
        text: String,
    },
}

impl From<LearnerAnswer> for Answer {
    fn from(a: LearnerAnswer) -> Self {
        match a {
            LearnerAnswer::Choice { index } => Answer::Choice(index),
            LearnerAnswer::Tiles { order } => Answer::Tiles(order),
            LearnerAnswer::Text { text } => Answer::Text(text),
        }
    }
}

/// Feedback after an answer.
#[derive(Debug, Clone, uniffi::Record)]
pub struct AnswerFeedback {
    /// Whether it was right.
    pub correct: bool,
    /// Localized message to show and speak.
    pub message: String,
    /// The right answer as text.
    pub expected: String,
    /// The right choice, for tap exercises.
    pub correct_choice: Option<u32>,
    /// First differing grapheme cluster of a wrong spelling.
    pub first_difference: Option<u32>,
    /// Skills this answer mastered.
    pub mastered: Vec<String>,
    /// Title of a unit this answer completed.
    pub unit_completed: Option<String>,
    /// Whether the session has no more exercises.
    pub session_complete: bool,
}

impl From<Feedback> for AnswerFeedback {
    fn from(f: Feedback) -> Self {
        AnswerFeedback {
            correct: f.correct,
            message: f.message,
            expected: f.expected,
            correct_choice: f.correct_choice,
            first_difference: f.first_difference,
            mastered: f.mastered,
            unit_completed: f.unit_completed,
            session_complete: f.session_complete,
        }
    }
}

/// A finished session.
#[derive(Debug, Clone, uniffi::Record)]
pub struct SessionReport {
    /// Exercises answered.
    pub answered: u32,
    /// Answered correctly.
    pub correct: u32,
    /// Skills mastered in the session.
    pub mastered: Vec<String>,
    /// Localized summary.
    pub message: String,
}

impl From<SessionSummary> for SessionReport {
    fn from(s: SessionSummary) -> Self {
        SessionReport {
            answered: s.answered,
            correct: s.correct,
            mastered: s.mastered,
            message: s.message,
        }
    }
}

/// One unit's progress.
#[derive(Debug, Clone, uniffi::Record)]
pub struct UnitStatus {
    /// Unit id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Graphemes mastered, provisionally at least (the next unit is open).
    pub graphemes_mastered: u32,
    /// Of those, the ones confirmed by delayed checks: the letters learned.
    pub graphemes_confirmed: u32,
    /// Graphemes in the unit.
    pub graphemes_total: u32,
    /// Words mastered.
    pub words_mastered: u32,
    /// Words in the unit.
    pub words_total: u32,
    /// Whether the unit is mastered, provisionally at least.
    pub mastered: bool,
    /// Whether every letter of the unit is confirmed.
    pub confirmed: bool,
    /// Whether it is being learned now.
    pub current: bool,
}

impl From<UnitProgress> for UnitStatus {
    fn from(u: UnitProgress) -> Self {
        UnitStatus {
            id: u.id,
            title: u.title,
            graphemes_mastered: u.graphemes_mastered,
            graphemes_confirmed: u.graphemes_confirmed,
            graphemes_total: u.graphemes_total,
            words_mastered: u.words_mastered,
            words_total: u.words_total,
            mastered: u.mastered,
            confirmed: u.confirmed,
            current: u.current,
        }
    }
}

/// A learner's progress in a pack.
#[derive(Debug, Clone, uniffi::Record)]
pub struct ProgressReport {
    /// Learner id.
    pub learner: String,
    /// Learner name.
    pub name: String,
    /// Pack id.
    pub pack: String,
    /// Units in teaching order.
    pub units: Vec<UnitStatus>,
    /// Exercises answered.
    pub attempts: u32,
    /// Answered correctly.
    pub correct: u32,
    /// Time on task, ms.
    pub time_ms: i64,
    /// Sessions started.
    pub sessions: u32,
}

impl From<Progress> for ProgressReport {
    fn from(p: Progress) -> Self {
        ProgressReport {
            learner: p.learner,
            name: p.name,
            pack: p.pack,
            units: p.units.into_iter().map(Into::into).collect(),
            attempts: p.attempts,
            correct: p.correct,
            time_ms: p.time_ms,
            sessions: p.sessions,
        }
    }
}

/// An argument to a localized message.
#[derive(Debug, Clone, uniffi::Enum)]
pub enum MessageArg {
    /// A text argument.
    Text {
        /// Its name in the message.
        name: String,
        /// Its value.
        value: String,
    },
    /// A number argument (selects plural forms).
    Number {
        /// Its name in the message.
        name: String,
        /// Its value.
        value: i64,
    },
}

/// A message's arguments as the core takes them, owned.
pub(crate) fn fluent_args(args: Vec<MessageArg>) -> Vec<(String, Arg)> {
    args.into_iter()
        .map(|a| match a {
            MessageArg::Text { name, value } => (name, Arg::Str(value)),
            MessageArg::Number { name, value } => (name, Arg::Num(value)),
        })
        .collect()
}

/// [`fluent_args`] borrowed, as `Kusoma::tr` reads them.
pub(crate) fn borrowed(args: &[(String, Arg)]) -> Vec<(&str, Arg)> {
    args.iter().map(|(n, v)| (n.as_str(), v.clone())).collect()
}
