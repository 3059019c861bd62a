//! A learner's states of a pack's items, read from the model in one pass.
//!
//! Leitner looks at every letter and every readable word on each pick; one `BTreeMap` lookup per
//! item (a string search each) made it a third of a simulation's time. The pack's keys, sorted
//! once as the model's map sorts them (byte order), are merged with the map's entries instead:
//! one walk over both.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use kusoma_core::exercise::ItemRef;
use kusoma_core::model::{LearnerModel, SkillState};
use kusoma_core::pack::Pack;

/// A pack's identity for the cache: its id and its numbers of graphemes, words and sentences.
type PackKey = (String, usize, usize, usize);
/// Item keys with their items, sorted by key.
type Keys = Arc<Vec<(String, ItemRef)>>;

/// Every item key of a pack with its item, in the model's key order, built once per pack.
#[derive(Debug, Default)]
pub struct SortedKeys {
    cache: Mutex<HashMap<PackKey, Keys>>,
}

impl SortedKeys {
    /// The pack's keys, sorted.
    fn of(&self, pack: &Pack) -> Keys {
        let key = (
            pack.id().to_owned(),
            pack.graphemes.len(),
            pack.words.len(),
            pack.sentences.len(),
        );
        if let Ok(cache) = self.cache.lock()
            && let Some(keys) = cache.get(&key)
        {
            return Arc::clone(keys);
        }
        let mut keys: Vec<(String, ItemRef)> = (0..pack.graphemes.len())
            .map(ItemRef::Grapheme)
            .chain((0..pack.words.len()).map(ItemRef::Word))
            .chain((0..pack.sentences.len()).map(ItemRef::Sentence))
            .map(|i| (i.key(pack), i))
            .collect();
        keys.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let keys = Arc::new(keys);
        if let Ok(mut cache) = self.cache.lock() {
            cache.insert(key, Arc::clone(&keys));
        }
        keys
    }
}

/// The model's state of each item of the pack, by item index (`None`: no state).
#[derive(Debug)]
pub struct States<'m> {
    /// By grapheme index.
    pub graphemes: Vec<Option<&'m SkillState>>,
    /// By word index.
    pub words: Vec<Option<&'m SkillState>>,
    /// By sentence index.
    pub sentences: Vec<Option<&'m SkillState>>,
}

impl<'m> States<'m> {
    /// Reads every item's state from `model` in one merge of the sorted keys with its map.
    pub fn read(keys: &SortedKeys, pack: &Pack, model: &'m LearnerModel) -> States<'m> {
        let mut states = States {
            graphemes: vec![None; pack.graphemes.len()],
            words: vec![None; pack.words.len()],
            sentences: vec![None; pack.sentences.len()],
        };
        let sorted = keys.of(pack);
        let mut entries = model.skills.iter().peekable();
        for (key, item) in sorted.iter() {
            while entries
                .peek()
                .is_some_and(|(k, _)| k.as_str() < key.as_str())
            {
                entries.next();
            }
            if let Some((_, state)) = entries.next_if(|(k, _)| k.as_str() == key.as_str()) {
                *states.slot(*item) = Some(state);
            }
        }
        states
    }

    /// An item's state.
    pub fn get(&self, item: ItemRef) -> Option<&'m SkillState> {
        match item {
            ItemRef::Grapheme(i) => self.graphemes.get(i).copied().flatten(),
            ItemRef::Word(i) => self.words.get(i).copied().flatten(),
            ItemRef::Sentence(i) => self.sentences.get(i).copied().flatten(),
        }
    }

    fn slot(&mut self, item: ItemRef) -> &mut Option<&'m SkillState> {
        match item {
            ItemRef::Grapheme(i) => &mut self.graphemes[i],
            ItemRef::Word(i) => &mut self.words[i],
            ItemRef::Sentence(i) => &mut self.sentences[i],
        }
    }
}
