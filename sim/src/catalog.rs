//! The items a simulation can practise and the skills they exercise, indexed once per pack.
//!
//! Skills are item keys (`g:…`, `w:…`, `s:…`), so every skill is also an item: the catalog
//! lists the pack's graphemes, words and the sentences that have a question (a sentence without
//! one has no exercise and is never a part of anything), in curriculum order: unit by unit, its
//! graphemes, then its words, then its sentences. A skill's parts are those of
//! [`ItemRef::skills`]: a word's graphemes, a sentence's words.

use std::collections::HashMap;

use kusoma_core::exercise::ItemRef;
use kusoma_core::pack::{GraphemeKind, Pack};

/// One skill (= one item) of the pack, with what the generative models need to know about it.
#[derive(Debug, Clone)]
pub struct SkillFacts {
    /// The skill id, the item's key.
    pub key: String,
    /// The item.
    pub item: ItemRef,
    /// The unit where it is taught or first used.
    pub unit: usize,
    /// The skills an exercise on this item exercises (catalog indices): its own first, then its
    /// parts, as [`ItemRef::skills`].
    pub skills: Vec<usize>,
    /// The logistic model's base difficulty (logits), from the item's features; see
    /// [`base_difficulty`].
    pub difficulty: f64,
}

impl SkillFacts {
    /// The skills of the item's parts (no own skill).
    pub fn parts(&self) -> &[usize] {
        &self.skills[1..]
    }
}

/// Every practicable skill of a pack, in curriculum order.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The skills, in curriculum order; a skill's index is its catalog index.
    pub skills: Vec<SkillFacts>,
    /// The grapheme skills each unit introduces (catalog indices), by unit index.
    pub unit_graphemes: Vec<Vec<usize>>,
    by_key: HashMap<String, usize>,
    by_item: HashMap<ItemRef, usize>,
}

impl Catalog {
    /// Indexes a pack.
    pub fn new(pack: &Pack) -> Catalog {
        let items = curriculum(pack);
        let by_key: HashMap<String, usize> = items
            .iter()
            .enumerate()
            .map(|(i, item)| (item.key(pack), i))
            .collect();
        let by_item: HashMap<ItemRef, usize> = items
            .iter()
            .enumerate()
            .map(|(i, &item)| (item, i))
            .collect();
        let skills = items
            .iter()
            .map(|&item| SkillFacts {
                key: item.key(pack),
                item,
                unit: item.unit(pack),
                skills: item
                    .skills(pack)
                    .iter()
                    .filter_map(|k| by_key.get(k).copied())
                    .collect(),
                difficulty: base_difficulty(pack, item),
            })
            .collect();
        let unit_graphemes = pack
            .units
            .iter()
            .map(|u| {
                u.graphemes
                    .iter()
                    .filter_map(|&g| by_item.get(&ItemRef::Grapheme(g)).copied())
                    .collect()
            })
            .collect();
        Catalog {
            skills,
            unit_graphemes,
            by_key,
            by_item,
        }
    }

    /// The catalog index of a skill id.
    pub fn index(&self, key: &str) -> Option<usize> {
        self.by_key.get(key).copied()
    }

    /// The catalog index of an item.
    pub fn of_item(&self, item: ItemRef) -> Option<usize> {
        self.by_item.get(&item).copied()
    }

    /// How many skills.
    pub fn len(&self) -> usize {
        self.skills.len()
    }

    /// Whether the pack has nothing to practise.
    pub fn is_empty(&self) -> bool {
        self.skills.is_empty()
    }
}

/// The practicable items of a pack in curriculum order: unit by unit, the unit's graphemes (in
/// the unit's order), its words and its sentences with a question (in file order).
pub fn curriculum(pack: &Pack) -> Vec<ItemRef> {
    let mut words = vec![Vec::new(); pack.units.len()];
    for (w, word) in pack.words.iter().enumerate() {
        if let Some(bucket) = words.get_mut(word.unit) {
            bucket.push(ItemRef::Word(w));
        }
    }
    let mut sentences = vec![Vec::new(); pack.units.len()];
    for (s, sentence) in pack.sentences.iter().enumerate() {
        if sentence.question.is_some()
            && let Some(bucket) = sentences.get_mut(sentence.unit)
        {
            bucket.push(ItemRef::Sentence(s));
        }
    }
    let mut items = Vec::with_capacity(pack.graphemes.len() + pack.words.len());
    for (u, unit) in pack.units.iter().enumerate() {
        items.extend(unit.graphemes.iter().map(|&g| ItemRef::Grapheme(g)));
        items.append(&mut words[u]);
        items.append(&mut sentences[u]);
    }
    items
}

/// The logistic model's base difficulty of an item, in logits, from its features (the exercise
/// kind adds [`crate::truth::kind_offset`]):
///
/// - grapheme: 0, +0.4 when it is not a single letter (a digraph like `ng'`);
/// - word: 0.25 per grapheme beyond two;
/// - sentence: 0.4, + 0.15 per word beyond two;
/// - every item: + 0.04 per unit (later units use rarer letters and longer words).
pub fn base_difficulty(pack: &Pack, item: ItemRef) -> f64 {
    let unit = item.unit(pack) as f64 * 0.04;
    unit + match item {
        ItemRef::Grapheme(g) => match pack.graphemes[g].kind {
            GraphemeKind::Letter => 0.0,
            _ => 0.4,
        },
        ItemRef::Word(w) => 0.25 * pack.words[w].graphemes.len().saturating_sub(2) as f64,
        ItemRef::Sentence(s) => 0.4 + 0.15 * pack.sentences[s].words.len().saturating_sub(2) as f64,
    }
}
