//! Engine budgets (DESIGN.md §Budgets): the update per answer (≤ 10 µs) and the next-exercise
//! choice with 5,000 items (≤ 200 µs p99), on a generated pack of 60 units and 5,000 words,
//! for a learner part-way through it with many mastered skills to review.
//!
//!     cargo bench -p kusoma-devtools --bench engine
//!
//! Criterion reports the mean; the p99 of the choice is measured in the same run and printed.

// A benchmark: a failure to set up is a failure to run.
#![allow(clippy::unwrap_used)]

use std::fmt::Write as _;
use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use kusoma_core::engine::Engine;
use kusoma_core::exercise::{ExerciseKind, ItemRef};
use kusoma_core::model::{ItemBank, LearnerModel};
use kusoma_core::pack::{self, Pack};
use kusoma_core::policy::{Context, Observation, SelectionPolicy, Turn};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

const UNITS: usize = 60;
const WORDS: usize = 5_000;
const DAY: i64 = 86_400_000;

/// A pack of 120 two-letter graphemes in 60 units and 5,000 words made of them.
fn generated_pack(dir: &std::path::Path) -> Pack {
    let letters: Vec<String> = (0..UNITS * 2)
        .map(|i| {
            format!(
                "{}{}",
                (b'a' + (i / 26) as u8) as char,
                (b'a' + (i % 26) as u8) as char
            )
        })
        .collect();
    let mut graphemes = String::from("id\ttext\tkind\tipa\tsay\n");
    for l in &letters {
        writeln!(graphemes, "{l}\t{l}\tsyllable\t{l}\t{l}").unwrap();
    }
    let mut units = String::new();
    for u in 0..UNITS {
        writeln!(units, "[[unit]]\nid = \"u{u}\"\ntitle = \"u{u}\"\ngloss = \"unit {u}\"\ngraphemes = [\"{}\", \"{}\"]\n", letters[2 * u], letters[2 * u + 1]).unwrap();
    }
    let mut words = String::from("word\tunits\tgloss\n");
    let mut seen = std::collections::HashSet::new();
    let mut n = 0usize;
    while seen.len() < WORDS {
        // Word n uses letters of its unit and earlier ones: the digits of a number in base
        // (letters taught so far), at least two of them, so every unit has words and no two
        // words of a unit are the same.
        let unit = n % UNITS;
        let base = 2 * unit + 2;
        let mut rest = n / UNITS + base;
        let mut pieces: Vec<&str> = Vec::new();
        while rest > 0 {
            pieces.push(letters[rest % base].as_str());
            rest /= base;
        }
        let word: String = pieces.concat();
        if seen.insert(word.clone()) {
            writeln!(words, "{word}\t{}\tw{n}", pieces.join(" ")).unwrap();
        }
        n += 1;
    }
    std::fs::write(dir.join("graphemes.tsv"), graphemes).unwrap();
    std::fs::write(dir.join("units.toml"), units).unwrap();
    std::fs::write(dir.join("words.tsv"), words).unwrap();
    std::fs::write(dir.join("sentences.tsv"), "id\ttext\tgloss\n").unwrap();
    std::fs::write(
        dir.join("pack.toml"),
        "format = 1\nid = \"bench\"\nlanguage = \"en\"\nname = \"Bench\"\nname_en = \"Bench\"\nscript = \"Latn\"\ndirection = \"ltr\"\nversion = \"1.0.0\"\nlicense = \"CC0-1.0\"\nauthors = [\"bench\"]\ndescription = \"generated\"\nmin_engine = \"0.1.0\"\n",
    )
    .unwrap();
    pack::load(dir).unwrap_or_else(|p| panic!("{p:#?}"))
}

/// A learner who has mastered the first half of the pack about 30 days ago.
fn learner(engine: &Engine, pack: &Pack, bank: &mut ItemBank) -> LearnerModel {
    let mut model = LearnerModel::default();
    let mut now = -30 * DAY;
    let items: Vec<ItemRef> = (0..UNITS / 2)
        .flat_map(|u| {
            pack.units[u]
                .graphemes
                .iter()
                .map(|&g| ItemRef::Grapheme(g))
                .chain(pack.index.unit_words[u].iter().map(|&w| ItemRef::Word(w)))
        })
        .collect();
    // Four right answers to each in one sitting, one more in the next: mastered (two sittings).
    for (sitting, answers) in [(0, 4), (1, 1)] {
        if sitting == 1 {
            now += 13 * 60 * 60 * 1000;
        }
        for &item in &items {
            answer_right(engine, pack, &mut model, bank, item, answers, &mut now);
        }
    }
    model
}

/// `n` right answers to `item`, a minute apart from `now`.
fn answer_right(
    engine: &Engine,
    pack: &Pack,
    model: &mut LearnerModel,
    bank: &mut ItemBank,
    item: ItemRef,
    n: usize,
    now: &mut i64,
) {
    let skills = item.skills(pack);
    for _ in 0..n {
        let obs = Observation {
            item: &skills[0],
            kind: ExerciseKind::WordToWritten,
            skills: &skills,
            correct: true,
            response_ms: 2000,
            now_ms: *now,
            choices: 3,
        };
        engine.observe(pack, model, bank, &obs);
        *now += 60_000;
    }
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let pack = generated_pack(dir.path());
    let engine = Engine::default();
    let mut bank = ItemBank::default();
    let model = learner(&engine, &pack, &mut bank);
    println!(
        "pack: {} graphemes, {} words; learner: {} skills",
        pack.graphemes.len(),
        pack.words.len(),
        model.skills.len()
    );

    let word = ItemRef::Word(pack.index.unit_words[UNITS / 2][0]);
    let skills = word.skills(&pack);
    c.bench_function("engine update per answer", |b| {
        let (mut m, mut bk) = (model.clone(), bank.clone());
        let mut i = 0i64;
        b.iter(|| {
            i += 1;
            let obs = Observation {
                item: &skills[0],
                kind: ExerciseKind::BuildWord,
                skills: &skills,
                correct: i % 3 != 0,
                response_ms: 3000,
                now_ms: i * 1000,
                choices: 0,
            };
            black_box(engine.observe(&pack, &mut m, &mut bk, &obs));
        })
    });

    let history = [Turn {
        item: word,
        correct: true,
    }];
    let mut rng = ChaCha8Rng::seed_from_u64(1);
    let mut samples: Vec<Duration> = Vec::new();
    c.bench_function("next exercise choice, 5,000 items", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let ctx = Context {
                    pack: &pack,
                    model: &model,
                    bank: &bank,
                    history: &history,
                    session_length: 20,
                    now_ms: 0,
                };
                let start = Instant::now();
                black_box(engine.choose(&ctx, &mut rng));
                let t = start.elapsed();
                samples.push(t);
                total += t;
            }
            total
        })
    });
    report("next exercise choice, 5,000 items", &mut samples);

    // Reading from finished units: the session's reviews are used up (one in a session of two)
    // and seven exercises of new material came before, so this one reads a word of a finished
    // unit. Every word of the 30 finished units is mastered but each unit's last, so each unit
    // is scanned to its end.
    let mut reading_model = model.clone();
    for u in 0..UNITS / 2 {
        if let Some(&w) = pack.index.unit_words[u].last()
            && let Some(state) = reading_model
                .skills
                .get_mut(ItemRef::Word(w).key_str(&pack))
        {
            state.mastered = false;
        }
    }
    let letter = ItemRef::Grapheme(pack.units[UNITS / 2].graphemes[0]);
    let reading_history: Vec<Turn> = std::iter::once(Turn {
        item: ItemRef::Word(pack.index.unit_words[0][0]),
        correct: true,
    })
    .chain((0..7).map(|_| Turn {
        item: letter,
        correct: true,
    }))
    .collect();
    let reading_ctx = Context {
        pack: &pack,
        model: &reading_model,
        bank: &bank,
        history: &reading_history,
        session_length: 2,
        now_ms: 0,
    };
    let chosen = engine.choose(&reading_ctx, &mut rng).map(|p| p.item);
    assert!(
        matches!(chosen, Some(i @ (ItemRef::Word(_) | ItemRef::Sentence(_))) if i.unit(&pack) < UNITS / 2),
        "the case measures reading from a finished unit, not {chosen:?}"
    );
    let mut samples: Vec<Duration> = Vec::new();
    c.bench_function(
        "next exercise choice, reading from 30 finished units",
        |b| {
            b.iter_custom(|iters| {
                let mut total = Duration::ZERO;
                for _ in 0..iters {
                    let start = Instant::now();
                    black_box(engine.choose(&reading_ctx, &mut rng));
                    let t = start.elapsed();
                    samples.push(t);
                    total += t;
                }
                total
            })
        },
    );
    report(
        "next exercise choice, reading from 30 finished units",
        &mut samples,
    );
}

/// Prints the median and p99 of `samples` (criterion reports means, not tails).
fn report(name: &str, samples: &mut [Duration]) {
    if samples.is_empty() {
        return; // filtered out on the command line
    }
    samples.sort();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize];
    println!(
        "{name}: median {:?}, p99 {:?} over {} samples",
        at(0.5),
        at(0.99),
        samples.len()
    );
}

criterion_group!(engine, benches);
criterion_main!(engine);
