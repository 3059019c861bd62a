//! Building an exercise of a given kind for a given item, with distractors from a seeded RNG.

use rand::Rng;
use rand::seq::SliceRandom;

use super::distractors;
use super::{AnswerMode, Exercise, ExerciseKind, ItemRef, Media};
use crate::pack::Pack;

/// The correct answer, kept in the core: shells never see it before they answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// The index of the correct choice.
    Choice(usize),
    /// The text the tiles (or typing) must spell.
    Spelling(String),
}

/// An exercise and its answer. The instruction is left empty for the caller to localize.
#[derive(Debug, Clone)]
pub struct Built {
    /// The exercise, without its instruction text.
    pub exercise: Exercise,
    /// Its answer.
    pub expected: Expected,
    /// The answer as the learner would see it, for feedback.
    pub expected_text: String,
}

/// Extra tiles offered beside a word's own, so building it is not just ordering.
const EXTRA_TILES: usize = 2;

/// Builds an exercise of `kind` about `item` with `choices` options (at least 2), or `None`
/// when the kind does not fit the item or the pack lacks the material (e.g. no pictures).
pub fn build<R: Rng>(
    pack: &Pack,
    kind: ExerciseKind,
    item: ItemRef,
    choices: usize,
    rng: &mut R,
) -> Option<Built> {
    let choices = choices.max(2);
    let (prompt, question, options, expected_text, mode) = match (kind, item) {
        (ExerciseKind::SoundToGrapheme, ItemRef::Grapheme(g)) => {
            let target = &pack.graphemes[g];
            let others =
                distractors::graphemes(pack, g, choices - 1, |i| pack.graphemes[i].display(), rng);
            let options = with_answer(g, others, rng);
            let media = options
                .iter()
                .map(|&i| text_media(&pack.graphemes[i].display()))
                .collect();
            let prompt = Media {
                speak: Some(target.say.clone()),
                audio: target.audio.clone(),
                ..Media::default()
            };
            (
                prompt,
                None,
                (media, options.iter().position(|&i| i == g)),
                target.display(),
                AnswerMode::TapOne,
            )
        }
        (ExerciseKind::GraphemeToSound, ItemRef::Grapheme(g)) => {
            let target = &pack.graphemes[g];
            let others = distractors::graphemes(
                pack,
                g,
                choices - 1,
                |i| pack.graphemes[i].say.clone(),
                rng,
            );
            let options = with_answer(g, others, rng);
            let media = options
                .iter()
                .map(|&i| Media {
                    speak: Some(pack.graphemes[i].say.clone()),
                    audio: pack.graphemes[i].audio.clone(),
                    ..Media::default()
                })
                .collect();
            (
                text_media(&target.display()),
                None,
                (media, options.iter().position(|&i| i == g)),
                target.say.clone(),
                AnswerMode::TapOne,
            )
        }
        (ExerciseKind::WordToWritten, ItemRef::Word(w)) => {
            let others = distractors::words(
                pack,
                w,
                choices - 1,
                |i| pack.words[i].text.clone(),
                |_| true,
                rng,
            );
            let options = with_answer(w, others, rng);
            let media = options
                .iter()
                .map(|&i| text_media(&pack.words[i].text))
                .collect();
            (
                spoken_word(pack, w),
                None,
                (media, options.iter().position(|&i| i == w)),
                pack.words[w].text.clone(),
                AnswerMode::TapOne,
            )
        }
        (ExerciseKind::WordToPicture, ItemRef::Word(w)) => {
            pack.words[w].picture.as_ref()?;
            let picture_key = |i: usize| format!("{:?}", pack.words[i].picture);
            let others = distractors::words(
                pack,
                w,
                choices - 1,
                picture_key,
                |i| pack.words[i].picture.is_some(),
                rng,
            );
            let options = with_answer(w, others, rng);
            let media = options
                .iter()
                .map(|&i| Media {
                    picture: pack.words[i].picture.clone(),
                    ..Media::default()
                })
                .collect();
            (
                text_media(&pack.words[w].text),
                None,
                (media, options.iter().position(|&i| i == w)),
                pack.words[w].text.clone(),
                AnswerMode::TapOne,
            )
        }
        (ExerciseKind::BuildWord, ItemRef::Word(w)) => {
            let word = &pack.words[w];
            if word.graphemes.len() < 2 {
                return None;
            }
            let mut tiles: Vec<usize> = word.graphemes.clone();
            let mut extra = Vec::new();
            for &g in &word.graphemes {
                extra.extend(distractors::graphemes(
                    pack,
                    g,
                    1,
                    |i| pack.graphemes[i].text.clone(),
                    rng,
                ));
            }
            extra.retain(|g| !word.graphemes.contains(g));
            extra.sort_unstable();
            extra.dedup();
            extra.shuffle(rng);
            tiles.extend(extra.into_iter().take(EXTRA_TILES));
            tiles.shuffle(rng);
            let media = tiles
                .iter()
                .map(|&g| text_media(&pack.graphemes[g].text))
                .collect();
            let built = Built {
                exercise: exercise(
                    pack,
                    kind,
                    item,
                    spoken_word(pack, w),
                    None,
                    media,
                    AnswerMode::OrderTiles,
                    word.graphemes.len(),
                ),
                expected: Expected::Spelling(word.text.clone()),
                expected_text: word.text.clone(),
            };
            return Some(built);
        }
        (ExerciseKind::SentenceQuestion, ItemRef::Sentence(s)) => {
            let sentence = &pack.sentences[s];
            let q = sentence.question.as_ref()?;
            let mut others: Vec<usize> = q.choices.clone();
            others.shuffle(rng);
            others.truncate(choices - 1);
            if others.len() < choices - 1 {
                let more = distractors::words(
                    pack,
                    q.answer,
                    choices - 1,
                    |i| pack.words[i].text.clone(),
                    |i| !others.contains(&i),
                    rng,
                );
                others.extend(more.into_iter().take(choices - 1 - others.len()));
            }
            let options = with_answer(q.answer, others, rng);
            let media = options
                .iter()
                .map(|&i| Media {
                    picture: pack.words[i].picture.clone(),
                    ..text_media(&pack.words[i].text)
                })
                .collect();
            let prompt = Media {
                text: Some(sentence.text.clone()),
                audio: sentence.audio.clone(),
                ..Media::default()
            };
            let question = Media {
                speak: Some(q.text.clone()),
                ..Media::default()
            };
            let answer_at = options.iter().position(|&i| i == q.answer);
            (
                prompt,
                Some(question),
                (media, answer_at),
                pack.words[q.answer].text.clone(),
                AnswerMode::TapOne,
            )
        }
        _ => return None,
    };
    let (media, answer_at) = options;
    let answer_at = answer_at?;
    Some(Built {
        exercise: exercise(pack, kind, item, prompt, question, media, mode, 1),
        expected: Expected::Choice(answer_at),
        expected_text,
    })
}

#[allow(clippy::too_many_arguments)] // one field each of the record being assembled
fn exercise(
    pack: &Pack,
    kind: ExerciseKind,
    item: ItemRef,
    prompt: Media,
    question: Option<Media>,
    choices: Vec<Media>,
    mode: AnswerMode,
    answer_length: usize,
) -> Exercise {
    Exercise {
        kind,
        item: item.key(pack),
        skills: item.skills(pack),
        instruction: String::new(),
        prompt,
        question,
        choices,
        mode,
        answer_length,
        direction: pack.manifest.direction,
        language: pack.manifest.language.clone(),
        ignore_case: pack.manifest.ignore_case,
    }
}

fn with_answer<R: Rng>(answer: usize, mut others: Vec<usize>, rng: &mut R) -> Vec<usize> {
    others.push(answer);
    others.shuffle(rng);
    others
}

fn text_media(text: &str) -> Media {
    Media {
        text: Some(text.to_owned()),
        ..Media::default()
    }
}

fn spoken_word(pack: &Pack, w: usize) -> Media {
    Media {
        speak: Some(pack.words[w].text.clone()),
        audio: pack.words[w].audio.clone(),
        ..Media::default()
    }
}

#[cfg(test)]
mod tests {
    use rand::SeedableRng;
    use rand_chacha::ChaCha8Rng;

    use super::*;
    use crate::testing::{en_pack, sw_pack};

    fn rng(seed: u64) -> ChaCha8Rng {
        ChaCha8Rng::seed_from_u64(seed)
    }

    #[test]
    fn the_same_seed_gives_the_same_exercise_and_another_seed_may_differ() {
        let pack = sw_pack();
        let item = ItemRef::Word(pack.word_index("mama").unwrap());
        for kind in [
            ExerciseKind::WordToWritten,
            ExerciseKind::BuildWord,
            ExerciseKind::WordToPicture,
        ] {
            let a = build(&pack, kind, item, 4, &mut rng(7)).unwrap();
            let b = build(&pack, kind, item, 4, &mut rng(7)).unwrap();
            assert_eq!(a.exercise, b.exercise);
            assert_eq!(a.expected, b.expected);
        }
        let differs = (0..20).any(|s| {
            build(&pack, ExerciseKind::WordToWritten, item, 4, &mut rng(s))
                .unwrap()
                .exercise
                != build(
                    &pack,
                    ExerciseKind::WordToWritten,
                    item,
                    4,
                    &mut rng(s + 100),
                )
                .unwrap()
                .exercise
        });
        assert!(differs, "choices are shuffled by the seed");
    }

    #[test]
    fn confusable_graphemes_come_first_and_the_answer_is_never_repeated() {
        let pack = sw_pack();
        let b = pack.grapheme_index("b").unwrap();
        let confusable: Vec<&str> = pack.graphemes[b]
            .confusable
            .iter()
            .map(|&i| pack.graphemes[i].text.as_str())
            .collect();
        assert!(!confusable.is_empty());
        for seed in 0..50 {
            let built = build(
                &pack,
                ExerciseKind::SoundToGrapheme,
                ItemRef::Grapheme(b),
                3,
                &mut rng(seed),
            )
            .unwrap();
            let texts: Vec<&str> = built
                .exercise
                .choices
                .iter()
                .map(|c| c.text.as_deref().unwrap())
                .collect();
            assert_eq!(texts.len(), 3, "never fewer choices than asked");
            assert_eq!(
                texts.iter().filter(|t| **t == "b").count(),
                1,
                "the answer once: {texts:?}"
            );
            let mut unique = texts.clone();
            unique.sort_unstable();
            unique.dedup();
            assert_eq!(unique.len(), 3, "no text twice: {texts:?}");
            let distractors: Vec<&&str> = texts.iter().filter(|t| **t != "b").collect();
            if confusable.len() >= 2 {
                assert!(
                    distractors.iter().all(|d| confusable.contains(d)),
                    "{distractors:?} vs {confusable:?}"
                );
            } else {
                assert!(distractors.iter().any(|d| confusable.contains(d)));
            }
            assert_eq!(
                built.expected,
                Expected::Choice(texts.iter().position(|t| *t == "b").unwrap())
            );
        }
    }

    #[test]
    fn every_kind_builds_with_as_many_choices_as_asked() {
        let pack = en_pack();
        let word = ItemRef::Word(
            pack.words
                .iter()
                .position(|w| w.picture.is_some() && w.graphemes.len() >= 3)
                .unwrap(),
        );
        let sentence = ItemRef::Sentence(
            pack.sentences
                .iter()
                .position(|s| s.question.is_some())
                .unwrap(),
        );
        let grapheme = ItemRef::Grapheme(0);
        let cases = [
            (ExerciseKind::SoundToGrapheme, grapheme),
            (ExerciseKind::GraphemeToSound, grapheme),
            (ExerciseKind::WordToWritten, word),
            (ExerciseKind::WordToPicture, word),
            (ExerciseKind::SentenceQuestion, sentence),
        ];
        for (kind, item) in cases {
            for choices in 2..=4 {
                let built = build(&pack, kind, item, choices, &mut rng(3))
                    .unwrap_or_else(|| panic!("{kind:?}"));
                assert_eq!(built.exercise.choices.len(), choices, "{kind:?}");
                assert_eq!(built.exercise.mode, AnswerMode::TapOne);
            }
        }
        let tiles = build(&pack, ExerciseKind::BuildWord, word, 3, &mut rng(3)).unwrap();
        let ItemRef::Word(w) = word else {
            unreachable!()
        };
        assert_eq!(tiles.exercise.answer_length, pack.words[w].graphemes.len());
        assert!(
            tiles.exercise.choices.len() > pack.words[w].graphemes.len(),
            "extra tiles are offered"
        );
        assert_eq!(
            tiles.expected,
            Expected::Spelling(pack.words[w].text.clone())
        );
    }

    #[test]
    fn kinds_that_do_not_fit_the_item_are_refused() {
        let pack = sw_pack();
        assert!(
            build(
                &pack,
                ExerciseKind::BuildWord,
                ItemRef::Grapheme(0),
                3,
                &mut rng(1)
            )
            .is_none()
        );
        let no_picture = pack.words.iter().position(|w| w.picture.is_none()).unwrap();
        assert!(
            build(
                &pack,
                ExerciseKind::WordToPicture,
                ItemRef::Word(no_picture),
                3,
                &mut rng(1)
            )
            .is_none()
        );
    }

    #[test]
    fn picture_choices_never_show_the_same_picture_twice() {
        let pack = sw_pack();
        for (w, word) in pack
            .words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.picture.is_some())
        {
            let built = build(
                &pack,
                ExerciseKind::WordToPicture,
                ItemRef::Word(w),
                4,
                &mut rng(w as u64),
            )
            .unwrap();
            let mut pictures: Vec<String> = built
                .exercise
                .choices
                .iter()
                .map(|c| format!("{:?}", c.picture))
                .collect();
            pictures.sort();
            pictures.dedup();
            assert_eq!(pictures.len(), 4, "word {}", word.text);
        }
    }
}
