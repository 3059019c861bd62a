//! Choosing distractors: confusable items first, then items of the same unit, then earlier
//! units, then the rest — never the answer, never the same text twice.

use rand::Rng;
use rand::seq::SliceRandom;

use crate::pack::Pack;

/// Up to `count` grapheme indices to offer beside `target`, distinct by `key`.
pub fn graphemes<R: Rng>(
    pack: &Pack,
    target: usize,
    count: usize,
    key: impl Fn(usize) -> String,
    rng: &mut R,
) -> Vec<usize> {
    let g = &pack.graphemes[target];
    let tiers = [
        filter_shuffled(g.confusable.iter().copied(), rng),
        filter_shuffled(
            (0..pack.graphemes.len()).filter(|&i| pack.graphemes[i].unit == g.unit),
            rng,
        ),
        filter_shuffled(
            (0..pack.graphemes.len()).filter(|&i| pack.graphemes[i].unit < g.unit),
            rng,
        ),
        filter_shuffled(0..pack.graphemes.len(), rng),
    ];
    pick(target, count, tiers, key)
}

/// Up to `count` word indices to offer beside `target`, distinct by `key`; only words that
/// pass `eligible` (e.g. words that have a picture).
pub fn words<R: Rng>(
    pack: &Pack,
    target: usize,
    count: usize,
    key: impl Fn(usize) -> String,
    eligible: impl Fn(usize) -> bool,
    rng: &mut R,
) -> Vec<usize> {
    let w = &pack.words[target];
    let all = || (0..pack.words.len()).filter(|&i| eligible(i));
    let tiers = [
        filter_shuffled(
            all().filter(|&i| differs_by_confusable(pack, target, i)),
            rng,
        ),
        filter_shuffled(all().filter(|&i| pack.words[i].unit == w.unit), rng),
        filter_shuffled(all().filter(|&i| pack.words[i].unit < w.unit), rng),
        filter_shuffled(all(), rng),
    ];
    pick(target, count, tiers, key)
}

/// Whether word `b` is word `a` with one grapheme swapped for a confusable one (`bag`/`dag`).
fn differs_by_confusable(pack: &Pack, a: usize, b: usize) -> bool {
    let (a, b) = (&pack.words[a].graphemes, &pack.words[b].graphemes);
    if a.len() != b.len() {
        return false;
    }
    let mut diffs = a.iter().zip(b).filter(|(x, y)| x != y);
    match (diffs.next(), diffs.next()) {
        (Some((&x, &y)), None) => pack.graphemes[x].confusable.contains(&y),
        _ => false,
    }
}

fn filter_shuffled<R: Rng>(items: impl Iterator<Item = usize>, rng: &mut R) -> Vec<usize> {
    let mut items: Vec<usize> = items.collect();
    items.shuffle(rng);
    items
}

fn pick(
    target: usize,
    count: usize,
    tiers: [Vec<usize>; 4],
    key: impl Fn(usize) -> String,
) -> Vec<usize> {
    let mut seen = vec![key(target)];
    let mut out = Vec::with_capacity(count);
    for candidate in tiers.into_iter().flatten() {
        if out.len() == count {
            break;
        }
        let k = key(candidate);
        if candidate != target && !seen.contains(&k) {
            seen.push(k);
            out.push(candidate);
        }
    }
    out
}
