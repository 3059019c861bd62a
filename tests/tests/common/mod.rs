//! Helpers shared by the exchange and durability tests: a phone opened on a data directory with the
//! bundled packs and a manual clock, a few answers played on it, a dump of every table, a
//! snapshot export.

#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use kusoma_core::clock::ManualClock;
use kusoma_core::{Answer, Kusoma, OpenOptions, SessionOptions};
use kusoma_tests::{lessons, right_answer};

pub fn open(dir: &Path, clock: &Arc<ManualClock>) -> Kusoma {
    let options = OpenOptions {
        pack_dirs: vec![lessons()],
        clock: clock.clone(),
        ..OpenOptions::default()
    };
    Kusoma::open(dir, options).unwrap()
}

/// Plays `n` exercises for a learner, right answers except every third.
pub fn play(k: &mut Kusoma, learner: &str, n: u32, clock: &ManualClock) {
    let pack = k.pack("sw").unwrap();
    let s = k
        .start_session(
            learner,
            "sw",
            &SessionOptions {
                exercises: n,
                seed: Some(7),
                ..SessionOptions::default()
            },
        )
        .unwrap();
    let mut i = 0;
    while let Some(ex) = k.next_exercise(&s).unwrap() {
        let answer = if i % 3 == 2 {
            Answer::Choice(99)
        } else {
            right_answer(&pack, &ex)
        };
        let answer = match (&answer, ex.choices.len()) {
            (Answer::Choice(99), n) => {
                let right = right_answer(&pack, &ex);
                match right {
                    Answer::Choice(r) => Answer::Choice((r + 1) % n as u32),
                    other => other,
                }
            }
            _ => answer,
        };
        k.submit(&s, &answer, 1200).unwrap();
        clock.advance(3_000);
        i += 1;
    }
    k.end_session(&s).unwrap();
}

/// Every row of every table, as text, sorted: equal dumps mean nothing changed.
pub fn dump(dir: &Path) -> Vec<String> {
    let conn = rusqlite::Connection::open(dir.join("kusoma.db")).unwrap();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let mut out = Vec::new();
    for t in tables {
        let mut stmt = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows: Vec<String> = stmt
            .query_map([], |r| {
                Ok((0..n)
                    .map(|i| format!("{:?}", r.get_ref(i).unwrap()))
                    .collect::<Vec<_>>()
                    .join("|"))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        rows.sort();
        out.extend(rows.into_iter().map(|r| format!("{t}: {r}")));
    }
    out
}

pub fn snapshot(k: &Kusoma, dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    k.export_snapshot(&path, false).unwrap();
    path
}
