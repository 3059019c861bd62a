//! The session planner: what to practise next.
//!
//! In order: a missed item comes back after two others; then skills on probation (a mastered
//! letter that word answers made suspect, a letter ready but for a second sitting, a delayed
//! check: [`super::mastery`]) and due reviews (recall probability below the desired retention,
//! lowest first), reviews at most half the session; then new material from the first unit
//! whose prerequisites are mastered (or, while its letters wait for a later sitting, the next
//! one), interleaving a few of its letters and one of its words or sentences (the one read
//! longest ago), choosing the item and kind whose predicted success is nearest the target.
//! Every eighth exercise of new material, and whenever the unit being learned has nothing open
//! now, a word or sentence of a finished unit is read instead: the three finished units with
//! the least-known letters offer their first one not yet mastered, and the one whose weakest
//! letter is least likely known is read, so that reading reviews the letters that need it.
//! Never the same item twice in a row. When nothing is new or due, the item practised longest
//! ago returns.

use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;

use super::{Engine, guess_choices, mastery};
use crate::exercise::kinds_for;
use crate::exercise::{ExerciseKind, ItemRef};
use crate::policy::{Context, Pick, SelectionPolicy, Turn};

/// Exercises between a wrong answer and its retry.
const RETRY_GAP: usize = 2;
/// Choices the planner assumes for a tap exercise when predicting.
const TAP_CHOICES: usize = 3;
/// One exercise of new material in this many is reading from finished units. Rarer than the
/// one in four it was: a finished unit's words practise letters already mastered, while the
/// unit being learned now offers a word of its own that practises the new ones; one in four
/// slowed learners under every simulated truth; one in sixteen, once that reading went to the
/// weakest letters, was faster under two truths and slower under the two memory truths
/// (docs/benchmarks.md).
const CONSOLIDATE_EVERY: usize = 8;
/// Reading from finished units looks at this many of them, those with the least-known letters
/// (bounding its cost: only their words are looked at).
const REVIEW_UNITS: usize = 3;
/// Words or sentences of the unit being learned offered beside its letters.
const FRONTIER_READING: usize = 1;
/// Predictions within this of the best count as a tie, broken at random (interleaving).
const TIE: f64 = 0.05;
/// Units that may be started while the one before waits for its next sitting: one, so a
/// learner keeps her pace without racing through letters none of which has been met twice.
const PREVIEW_UNITS: usize = 1;

pub(super) fn choose(engine: &Engine, ctx: &Context, rng: &mut ChaCha8Rng) -> Option<Pick> {
    let pack = ctx.pack;
    let previous = ctx.history.last().map(|t| t.item);
    if let Some(item) = due_retry(ctx.history) {
        return Some(pick(engine, ctx, item));
    }

    // Due reviews, at most half the session: first the skills on probation (a direct check of
    // a suspect, a second sitting, a delayed check), then FSRS's reviews.
    let reviews_so_far = ctx
        .history
        .iter()
        .filter(|t| is_review_item(ctx, t.item))
        .count();
    let previous_key = previous.map(|p| p.key_str(pack));
    let reviews_left = reviews_so_far < ctx.session_length.div_ceil(2);
    // One pass over the learner's skills finds both kinds of review. Checks: suspects first,
    // then second sittings, then delayed checks; the longest waiting first (which also puts
    // earlier units first, learned earlier), and among equals (a placement marks many letters
    // at once) the earliest unit, since later ones build on it. FSRS: lowest recall first;
    // recall falls as elapsed days over stability rises, so the largest ratio wins without
    // computing any recall probability.
    let waited = |s: &crate::model::SkillState| {
        if s.mastered {
            s.mastered_ms
        } else {
            s.sitting_ms
        }
    };
    let scale = engine
        .fsrs()
        .interval_scale(engine.config.desired_retention);
    // The previous item's own entry, looked up once: telling it apart is then an address
    // comparison, not a string comparison for every skill.
    let previous_entry = previous_key
        .and_then(|k| ctx.model.skills.get_key_value(k))
        .map(|(k, _)| k);
    let not_previous = |key: &String| previous_entry.is_none_or(|p| !std::ptr::eq(p, key));
    let mut best_check = None;
    let mut tied: Vec<&String> = Vec::new();
    let mut most_overdue: Option<(f64, &String)> = None;
    for (key, s) in &ctx.model.skills {
        if let Some(check) = mastery::due_check(s, ctx.now_ms)
            && not_previous(key)
        {
            let rank = (check, waited(s));
            match best_check {
                Some(best) if rank > best => {}
                Some(best) if rank == best => tied.push(key),
                _ => {
                    best_check = Some(rank);
                    tied.clear();
                    tied.push(key);
                }
            }
        }
        if reviews_left
            && let Some(m) = &s.memory
            && engine.fsrs().is_due_scaled(m, ctx.now_ms, scale)
            && not_previous(key)
        {
            let ratio = (ctx.now_ms - m.last_review_ms) as f64 / m.stability;
            // Ties go to the later skill, as `max_by` would.
            if most_overdue.is_none_or(|(best, _)| ratio.total_cmp(&best).is_ge()) {
                most_overdue = Some((ratio, key));
            }
        }
    }
    let check = tied
        .iter()
        .filter_map(|key| ItemRef::from_key(pack, key))
        .min_by_key(|item| item.unit(pack));
    if let Some(item) = check
        && (!is_review_item(ctx, item) || reviews_left)
    {
        return Some(pick(engine, ctx, item));
    }
    if let Some(item) = most_overdue.and_then(|(_, key)| ItemRef::from_key(pack, key)) {
        return Some(pick(engine, ctx, item));
    }

    // New material: the first unit not mastered whose prerequisites are, a few skills at once.
    // A skill ready but for a later sitting is not drilled again now (massed practice builds
    // little); while all of a unit's letters wait so, the next unit may be previewed.
    let waiting = |key: &str| {
        ctx.model
            .skills
            .get(key)
            .is_some_and(|s| mastery::waiting(s, ctx.now_ms))
    };
    // Not the previous item, not mastered, not waiting for a later sitting: one look-up.
    let open = |item: &ItemRef| {
        Some(*item) != previous
            && ctx
                .model
                .skills
                .get(item.key_str(pack))
                .is_none_or(|s| !s.mastered && !mastery::waiting(s, ctx.now_ms))
    };
    let settled = |u: usize| {
        pack.units[u].graphemes.iter().all(|&g| {
            let key = ItemRef::Grapheme(g).key_str(pack);
            ctx.model.mastered(key) || waiting(key)
        })
    };
    let mut previewed = 0;
    let frontier = (0..pack.units.len()).find(|&u| {
        if engine.unit_mastered(pack, ctx.model, u)
            || !pack.units[u]
                .requires
                .iter()
                .all(|&r| engine.unit_mastered(pack, ctx.model, r) || settled(r))
        {
            return false;
        }
        if previewed < PREVIEW_UNITS && settled(u) {
            previewed += 1;
            return false;
        }
        true
    });
    // Reading goes where the learning is: beside its letters, the unit offers one of its own
    // words (or a sentence), which practises the letters being learned in use.
    let active: Vec<ItemRef> = frontier
        .map(|u| {
            let letters = items_of(ctx, u)
                .filter(|i| matches!(i, ItemRef::Grapheme(_)))
                .filter(open)
                .take(engine.config.active_skills);
            // The one read longest ago (never read first, then in the pack's order): a
            // different word each time, not the first until it is mastered. Each item's state
            // is looked up once, not once per comparison of a sort.
            let mut reading: Vec<(i64, ItemRef)> = items_of(ctx, u)
                .filter(|i| !matches!(i, ItemRef::Grapheme(_)))
                .filter(open)
                .map(|i| (last_practised(ctx, i), i))
                .collect();
            reading.sort_by_key(|&(last, _)| last);
            let reading = reading.into_iter().map(|(_, i)| i).take(FRONTIER_READING);
            letters.chain(reading).collect()
        })
        .unwrap_or_default();
    let new_so_far = ctx.history.len() - reviews_so_far;
    let consolidate = active.is_empty() || new_so_far % CONSOLIDATE_EVERY == CONSOLIDATE_EVERY - 1;
    let finished = frontier.unwrap_or(pack.units.len());
    if consolidate && let Some(item) = review_reading(engine, ctx, finished, &open) {
        return Some(pick(engine, ctx, item));
    }
    if let Some(item) = nearest_target(engine, ctx, &active, rng) {
        return Some(pick(engine, ctx, item));
    }

    // Everything is mastered and nothing is due: the item practised longest ago.
    (0..pack.units.len())
        .flat_map(|u| items_of(ctx, u))
        .filter(|i| Some(*i) != previous)
        .min_by_key(|&i| last_practised(ctx, i))
        .map(|item| pick(engine, ctx, item))
}

/// The item (of `items`) with some kind whose predicted success is nearest the target;
/// near-ties are broken at random so that close skills interleave.
fn nearest_target(
    engine: &Engine,
    ctx: &Context,
    items: &[ItemRef],
    rng: &mut ChaCha8Rng,
) -> Option<ItemRef> {
    let target = engine.config.target_success;
    let scored: Vec<(f64, ItemRef)> = items
        .iter()
        .map(|&item| {
            let distance = kinds_for(item)
                .iter()
                .map(|&k| (predicted(engine, ctx, item, k) - target).abs())
                .fold(f64::INFINITY, f64::min);
            (distance, item)
        })
        .collect();
    let best = scored.iter().map(|(d, _)| *d).fold(f64::INFINITY, f64::min);
    let near: Vec<ItemRef> = scored
        .iter()
        .filter(|(d, _)| *d <= best + TIE)
        .map(|(_, i)| *i)
        .collect();
    near.choose(rng).copied()
}

fn pick(engine: &Engine, ctx: &Context, item: ItemRef) -> Pick {
    Pick {
        item,
        kinds: pick_kinds(engine, ctx, item),
    }
}

/// The kinds for `item`, the one whose predicted success is nearest the target first.
pub(super) fn pick_kinds(engine: &Engine, ctx: &Context, item: ItemRef) -> Vec<ExerciseKind> {
    let target = engine.config.target_success;
    let all = kinds_for(item);
    // Kinds predicted equally hard (a word read or matched to its picture, both with the same
    // guess rate) take turns by the session's position, so each is practised and shown.
    let turn = ctx.history.len();
    let mut kinds: Vec<(f64, usize, ExerciseKind)> = all
        .iter()
        .enumerate()
        .map(|(i, &k)| {
            let distance = (predicted(engine, ctx, item, k) - target).abs();
            ((distance * 1e9).round() / 1e9, (i + turn) % all.len(), k)
        })
        .collect();
    kinds.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    kinds.into_iter().map(|(_, _, k)| k).collect()
}

fn predicted(engine: &Engine, ctx: &Context, item: ItemRef, kind: ExerciseKind) -> f64 {
    engine.predict_at(
        ctx.pack,
        ctx.model,
        ctx.bank,
        item.key_str(ctx.pack),
        kind,
        guess_choices(kind, TAP_CHOICES),
        ctx.now_ms,
    )
}

/// Whether practising `item` now counts against the session's reviews: it has a memory.
fn is_review_item(ctx: &Context, item: ItemRef) -> bool {
    ctx.model
        .skills
        .get(item.key_str(ctx.pack))
        .is_some_and(|s| s.memory.is_some())
}

/// When `item` was last practised (never: before any time).
fn last_practised(ctx: &Context, item: ItemRef) -> i64 {
    ctx.model
        .skills
        .get(item.key_str(ctx.pack))
        .map_or(i64::MIN, |s| s.last_ms)
}

/// Reading that reviews the letters that need it: the [`REVIEW_UNITS`] finished units whose
/// least-known letter is least likely known (the later unit on a tie) each offer their first
/// word or sentence not yet mastered, and the one whose weakest letter is least likely known is
/// read.
///
/// Taking the earliest units' words first, as this did, gave unit 1's letters hundreds of
/// exercises and unit 15's a few dozen (docs/benchmarks.md). Looking only at a few units keeps
/// the cost at one look-up per letter and per word of those units, not of every finished unit.
fn review_reading(
    engine: &Engine,
    ctx: &Context,
    finished: usize,
    open: &dyn Fn(&ItemRef) -> bool,
) -> Option<ItemRef> {
    let pack = ctx.pack;
    let mut units: Vec<(f64, usize)> = (0..finished)
        .rev()
        .map(|u| {
            (
                weakest_known(engine, ctx, pack.units[u].graphemes.iter().copied()),
                u,
            )
        })
        .collect();
    units.sort_by(|a, b| a.0.total_cmp(&b.0));
    units
        .iter()
        .take(REVIEW_UNITS)
        .filter_map(|&(_, u)| {
            items_of(ctx, u)
                .filter(|i| !matches!(i, ItemRef::Grapheme(_)))
                .find(open)
        })
        .map(|item| (weakest_known(engine, ctx, letters_read(pack, item)), item))
        .min_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, item)| item)
}

/// The lowest P(known) among `letters` (1 for none).
fn weakest_known(engine: &Engine, ctx: &Context, letters: impl IntoIterator<Item = usize>) -> f64 {
    letters
        .into_iter()
        .map(|g| letter_known(engine, ctx, g))
        .fold(1.0, f64::min)
}

/// The letters an item reads.
fn letters_read(pack: &crate::pack::Pack, item: ItemRef) -> Vec<usize> {
    match item {
        ItemRef::Grapheme(g) => vec![g],
        ItemRef::Word(w) => pack.words[w].graphemes.clone(),
        ItemRef::Sentence(s) => pack.sentences[s]
            .words
            .iter()
            .flat_map(|&w| pack.words[w].graphemes.iter().copied())
            .collect(),
    }
}

/// P(known) of letter `g` (a letter never met: its prior).
fn letter_known(engine: &Engine, ctx: &Context, g: usize) -> f64 {
    let key = ItemRef::Grapheme(g).key_str(ctx.pack);
    ctx.model.skills.get(key).map_or_else(
        || engine.params(ctx.pack, key).prior,
        |state| engine.p_known(ctx.pack, key, state, ctx.now_ms),
    )
}

/// An item missed in this session, not retried since, whose retry is due.
fn due_retry(history: &[Turn]) -> Option<ItemRef> {
    let last = history.len();
    history.iter().enumerate().find_map(|(i, turn)| {
        let retried = history[i + 1..].iter().any(|t| t.item == turn.item);
        (!turn.correct && !retried && last - i > RETRY_GAP).then_some(turn.item)
    })
}

/// A unit's items in teaching order: graphemes, words, sentences with a question.
fn items_of<'a>(ctx: &'a Context, unit: usize) -> impl Iterator<Item = ItemRef> + 'a {
    let pack = ctx.pack;
    let graphemes = pack.units[unit]
        .graphemes
        .iter()
        .map(|&g| ItemRef::Grapheme(g));
    let words = pack.index.unit_words[unit]
        .iter()
        .map(|&w| ItemRef::Word(w));
    let sentences = pack.index.unit_questions[unit]
        .iter()
        .map(|&s| ItemRef::Sentence(s));
    graphemes.chain(words).chain(sentences)
}
