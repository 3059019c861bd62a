//! The session planner: what to practise next.
//!
//! In order: a missed item comes back after two others; then due reviews (recall probability
//! below the desired retention, lowest first) while they are at most half the session; then new
//! material from the first unit whose prerequisites are mastered, interleaving a few skills and
//! choosing the item and kind whose predicted success is nearest the target; never the same
//! item twice in a row. When nothing is new or due, the least-recently practised item returns.

use rand::seq::IndexedRandom;
use rand_chacha::ChaCha8Rng;

use super::{Engine, guess_choices, kinds_for};
use crate::exercise::{ExerciseKind, ItemRef};
use crate::policy::{Context, Pick, SelectionPolicy, Turn};

/// Exercises between a wrong answer and its retry.
const RETRY_GAP: usize = 2;
/// Choices the planner assumes for a tap exercise when predicting.
const TAP_CHOICES: usize = 3;
/// Words and sentences of finished units kept in play beside the new material.
const CONSOLIDATION: usize = 3;

pub(super) fn choose(engine: &Engine, ctx: &Context, rng: &mut ChaCha8Rng) -> Option<Pick> {
    let pack = ctx.pack;
    let previous = ctx.history.last().map(|t| t.item);
    if let Some(item) = due_retry(ctx.history) {
        return Some(pick(engine, ctx, item));
    }

    // Due reviews, at most half the session.
    let reviews_so_far = ctx
        .history
        .iter()
        .filter(|t| {
            ctx.model
                .skills
                .get(&t.item.key(pack))
                .is_some_and(|s| s.memory.is_some())
        })
        .count();
    if reviews_so_far < ctx.session_length.div_ceil(2) {
        let due = ctx
            .model
            .skills
            .iter()
            .filter_map(|(key, s)| {
                let memory = s.memory.as_ref()?;
                let r = engine.fsrs().retrievability(memory, ctx.now_ms);
                (r < engine.config.desired_retention).then_some((r, key))
            })
            .filter_map(|(r, key)| ItemRef::from_key(pack, key).map(|item| (r, item)))
            .filter(|(_, item)| Some(*item) != previous)
            .min_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, item)) = due {
            return Some(pick(engine, ctx, item));
        }
    }

    // New material: the first unit not mastered whose prerequisites are, a few skills at once.
    let mut pool: Vec<ItemRef> = Vec::new();
    let frontier = (0..pack.units.len()).find(|&u| {
        !engine.unit_mastered(pack, ctx.model, u)
            && pack.units[u]
                .requires
                .iter()
                .all(|&r| engine.unit_mastered(pack, ctx.model, r))
    });
    let unmastered =
        |item: &ItemRef| !ctx.model.mastered(&item.key(pack)) && Some(*item) != previous;
    if let Some(unit) = frontier {
        pool.extend(
            items_of(ctx, unit)
                .into_iter()
                .filter(unmastered)
                .take(engine.config.active_skills),
        );
    }
    // Words and sentences of finished units, so they are read too.
    let finished = frontier.unwrap_or(pack.units.len());
    pool.extend(
        (0..finished)
            .flat_map(|u| items_of(ctx, u))
            .filter(|i| !matches!(i, ItemRef::Grapheme(_)))
            .filter(unmastered)
            .take(CONSOLIDATION),
    );
    if !pool.is_empty() {
        let target = engine.config.target_success;
        let scored: Vec<(f64, ItemRef)> = pool
            .iter()
            .map(|&item| {
                let best = kinds_for(item)
                    .iter()
                    .map(|&k| (predicted(engine, ctx, item, k) - target).abs())
                    .fold(f64::INFINITY, f64::min);
                (best, item)
            })
            .collect();
        let best = scored.iter().map(|(d, _)| *d).fold(f64::INFINITY, f64::min);
        // Near-ties are broken at random, so two close skills interleave.
        let near: Vec<ItemRef> = scored
            .iter()
            .filter(|(d, _)| *d <= best + 0.05)
            .map(|(_, i)| *i)
            .collect();
        return near.choose(rng).map(|&item| pick(engine, ctx, item));
    }

    // Everything is mastered and nothing is due: the skill with the lowest recall, or the item
    // practised longest ago.
    let all: Vec<ItemRef> = (0..pack.units.len())
        .flat_map(|u| items_of(ctx, u))
        .filter(|i| Some(*i) != previous)
        .collect();
    all.iter()
        .min_by_key(|i| {
            ctx.model
                .skills
                .get(&i.key(pack))
                .map_or(i64::MIN, |s| s.last_ms)
        })
        .map(|&item| pick(engine, ctx, item))
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
    let mut kinds: Vec<(f64, ExerciseKind)> = kinds_for(item)
        .iter()
        .map(|&k| ((predicted(engine, ctx, item, k) - target).abs(), k))
        .collect();
    kinds.sort_by(|a, b| a.0.total_cmp(&b.0));
    kinds.into_iter().map(|(_, k)| k).collect()
}

fn predicted(engine: &Engine, ctx: &Context, item: ItemRef, kind: ExerciseKind) -> f64 {
    let key = item.key(ctx.pack);
    engine.predict_at(
        ctx.model,
        ctx.bank,
        &key,
        kind,
        guess_choices(kind, TAP_CHOICES),
        ctx.now_ms,
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
fn items_of(ctx: &Context, unit: usize) -> Vec<ItemRef> {
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
    graphemes.chain(words).chain(sentences).collect()
}
