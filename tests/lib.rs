//! Helpers for the cross-crate integration tests in `tests/tests/`: where the bundled packs are,
//! and an oracle that knows the right answer to any exercise from the pack itself.

use std::path::{Path, PathBuf};

use kusoma_core::exercise::ItemRef;
use kusoma_core::pack::Pack;
use kusoma_core::{Answer, Exercise, ExerciseKind};

/// The repository's `lessons/` folder.
pub fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../lessons")
}

/// The right answer to `exercise`, worked out from the pack (as a perfect learner would).
pub fn right_answer(pack: &Pack, exercise: &Exercise) -> Answer {
    let item =
        ItemRef::from_key(pack, &exercise.item).expect("the exercise names an item of the pack");
    let index = |pred: &dyn Fn(&kusoma_core::Media) -> bool| -> Answer {
        let i = exercise
            .choices
            .iter()
            .position(pred)
            .expect("the right answer is among the choices");
        Answer::Choice(u32::try_from(i).expect("few choices"))
    };
    match (exercise.kind, item) {
        (ExerciseKind::SoundToGrapheme, ItemRef::Grapheme(g)) => {
            index(&|c| c.text.as_ref() == Some(&pack.graphemes[g].display()))
        }
        (ExerciseKind::GraphemeToSound, ItemRef::Grapheme(g)) => {
            index(&|c| c.speak.as_ref() == Some(&pack.graphemes[g].say))
        }
        (ExerciseKind::WordToWritten, ItemRef::Word(w)) => {
            index(&|c| c.text.as_ref() == Some(&pack.words[w].text))
        }
        (ExerciseKind::WordToPicture, ItemRef::Word(w)) => {
            index(&|c| c.picture == pack.words[w].picture)
        }
        (ExerciseKind::BuildWord, ItemRef::Word(w)) => {
            let mut used = vec![false; exercise.choices.len()];
            let tiles = pack.words[w]
                .graphemes
                .iter()
                .map(|&g| {
                    let i = (0..used.len())
                        .find(|&i| {
                            !used[i]
                                && exercise.choices[i].text.as_ref()
                                    == Some(&pack.graphemes[g].text)
                        })
                        .expect("every piece of the word is a tile");
                    used[i] = true;
                    u32::try_from(i).expect("few tiles")
                })
                .collect();
            Answer::Tiles(tiles)
        }
        (ExerciseKind::SentenceQuestion, ItemRef::Sentence(s)) => {
            let answer = &pack.words[pack.sentences[s]
                .question
                .as_ref()
                .expect("a question")
                .answer]
                .text;
            index(&|c| c.text.as_ref() == Some(answer))
        }
        (kind, item) => panic!("{kind:?} does not fit {item:?}"),
    }
}

/// A wrong answer to `exercise`: another choice, or the word with its first tile swapped for
/// a tile of another text.
pub fn wrong_answer(pack: &Pack, exercise: &Exercise) -> Answer {
    match right_answer(pack, exercise) {
        Answer::Choice(i) => Answer::Choice(if i == 0 { 1 } else { 0 }),
        Answer::Tiles(mut tiles) => {
            let first = &exercise.choices[tiles[0] as usize].text;
            let other = (0..exercise.choices.len())
                .find(|&i| !tiles.contains(&(i as u32)) && &exercise.choices[i].text != first)
                .expect("an extra tile with another text");
            tiles[0] = u32::try_from(other).expect("few tiles");
            Answer::Tiles(tiles)
        }
        Answer::Text(_) => unreachable!("the oracle answers by index"),
    }
}
