//! The derived state tables — `skill_state`, `learner_state`, `item_state` — read into the
//! learner model and item bank, written with each attempt, and replaced wholesale by a rebuild.
//!
//! A write that changes the attempt log other than by one answer (a merge, a deletion) marks the
//! pack's derived state *stale* in its own transaction: a `stale:<pack>` row of the phone's
//! `device` table (so no schema change, and it never travels in a merge). Replacing the state
//! clears the mark in the replacing transaction, so a kill in between leaves the mark and the
//! next open replays the pack.

use std::collections::BTreeMap;

use rusqlite::{Connection, TransactionBehavior, params};

use super::Store;
use super::attempts::AttemptEffects;
use super::rowid::{Keyed, rowid};
use crate::error::Result;
use crate::model::{Estimate, ItemBank, LearnerModel, LetterFit, Memory, SkillState};

/// Writes what an attempt changed, inside the attempt's transaction.
pub(super) fn write_effects(
    conn: &Connection,
    learner: i64,
    pack: &str,
    effects: &AttemptEffects,
) -> Result<()> {
    let mut upsert = conn.prepare_cached(
        "INSERT INTO skill_state (learner_id, pack_id, skill, attempts, correct, streak, mastered, last_ms,
                                  p_learned, stability, memory_difficulty, last_review_ms, lapses,
                                  sittings, sitting_ms, mastered_ms, checks, confirmed)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
         ON CONFLICT (learner_id, pack_id, skill) DO UPDATE SET
           attempts = excluded.attempts, correct = excluded.correct, streak = excluded.streak,
           mastered = excluded.mastered, last_ms = excluded.last_ms, p_learned = excluded.p_learned,
           stability = excluded.stability, memory_difficulty = excluded.memory_difficulty,
           last_review_ms = excluded.last_review_ms, lapses = excluded.lapses,
           sittings = excluded.sittings, sitting_ms = excluded.sitting_ms,
           mastered_ms = excluded.mastered_ms, checks = excluded.checks, confirmed = excluded.confirmed",
    )?;
    for (skill, s) in effects.skills {
        let m = s.memory;
        upsert.execute(params![
            learner,
            pack,
            skill,
            s.attempts,
            s.correct,
            s.streak,
            s.mastered,
            s.last_ms,
            s.p_learned,
            m.map(|m| m.stability),
            m.map(|m| m.difficulty),
            m.map(|m| m.last_review_ms),
            m.map_or(0, |m| m.lapses),
            s.sittings,
            s.sitting_ms,
            s.mastered_ms,
            s.checks,
            s.confirmed,
        ])?;
    }
    let fit = &effects.letters;
    conn.prepare_cached(
        "INSERT INTO learner_state (learner_id, pack_id, ability, ability_count,
                                    fit_learned, fit_chances, fit_slips, fit_answers)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (learner_id, pack_id) DO UPDATE SET ability = excluded.ability,
           ability_count = excluded.ability_count, fit_learned = excluded.fit_learned,
           fit_chances = excluded.fit_chances, fit_slips = excluded.fit_slips,
           fit_answers = excluded.fit_answers",
    )?
    .execute(params![
        learner,
        pack,
        effects.ability.value,
        effects.ability.count,
        fit.learned,
        fit.chances,
        fit.slips,
        fit.answers,
    ])?;
    if let Some((item, e)) = effects.item {
        write_item(conn, pack, item, e)?;
    }
    Ok(())
}

/// The `device` key marking a pack's derived state stale.
fn stale_key(pack: &str) -> String {
    format!("stale:{pack}")
}

/// Marks a pack's derived state stale, inside the caller's transaction.
pub(super) fn mark_stale(conn: &Connection, pack: &str, now_ms: i64) -> Result<()> {
    conn.execute(
        "INSERT OR REPLACE INTO device (key, value) VALUES (?1, ?2)",
        params![stale_key(pack), now_ms.to_string()],
    )?;
    Ok(())
}

fn write_item(conn: &Connection, pack: &str, item: &str, e: Estimate) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO item_state (pack_id, item, difficulty, count) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (pack_id, item) DO UPDATE SET difficulty = excluded.difficulty, count = excluded.count",
    )?
    .execute(params![pack, item, e.value, e.count])?;
    Ok(())
}

impl Store {
    /// A learner's stored state in a pack.
    pub fn learner_model(&self, learner: &str, pack: &str) -> Result<LearnerModel> {
        let learner = self.learner_rowid(learner)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT skill, attempts, correct, streak, mastered, last_ms, p_learned, stability, memory_difficulty,
                    last_review_ms, lapses, sittings, sitting_ms, mastered_ms, checks, confirmed
             FROM skill_state WHERE learner_id = ?1 AND pack_id = ?2",
        )?;
        let rows = stmt.query_map(params![learner, pack], |r| {
            let memory = match (
                r.get::<_, Option<f64>>(7)?,
                r.get::<_, Option<f64>>(8)?,
                r.get::<_, Option<i64>>(9)?,
            ) {
                (Some(stability), Some(difficulty), Some(last_review_ms)) => Some(Memory {
                    stability,
                    difficulty,
                    last_review_ms,
                    lapses: r.get(10)?,
                }),
                _ => None,
            };
            Ok((
                r.get::<_, String>(0)?,
                SkillState {
                    attempts: r.get(1)?,
                    correct: r.get(2)?,
                    streak: r.get(3)?,
                    mastered: r.get(4)?,
                    last_ms: r.get(5)?,
                    p_learned: r.get(6)?,
                    memory,
                    sittings: r.get(11)?,
                    sitting_ms: r.get(12)?,
                    mastered_ms: r.get(13)?,
                    checks: r.get(14)?,
                    confirmed: r.get(15)?,
                },
            ))
        })?;
        let skills: BTreeMap<String, SkillState> = rows.collect::<rusqlite::Result<_>>()?;
        let (ability, letters) = self
            .conn
            .query_row(
                "SELECT ability, ability_count, fit_learned, fit_chances, fit_slips, fit_answers
                 FROM learner_state WHERE learner_id = ?1 AND pack_id = ?2",
                params![learner, pack],
                |r| {
                    Ok((
                        Estimate {
                            value: r.get(0)?,
                            count: r.get(1)?,
                        },
                        LetterFit {
                            learned: r.get(2)?,
                            chances: r.get(3)?,
                            slips: r.get(4)?,
                            answers: r.get(5)?,
                        },
                    ))
                },
            )
            .or_else(|e| {
                if e == rusqlite::Error::QueryReturnedNoRows {
                    Ok((Estimate::default(), LetterFit::default()))
                } else {
                    Err(e)
                }
            })?;
        Ok(LearnerModel {
            skills,
            ability,
            letters,
        })
    }

    /// The stored item difficulties of a pack.
    pub fn item_bank(&self, pack: &str) -> Result<ItemBank> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT item, difficulty, count FROM item_state WHERE pack_id = ?1")?;
        let rows = stmt.query_map([pack], |r| {
            Ok((
                r.get::<_, String>(0)?,
                Estimate {
                    value: r.get(1)?,
                    count: r.get(2)?,
                },
            ))
        })?;
        Ok(ItemBank {
            items: rows.collect::<rusqlite::Result<_>>()?,
        })
    }

    /// The packs whose derived state is marked stale (see the module docs), by id.
    pub fn stale_packs(&self) -> Result<Vec<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT substr(key, 7) FROM device WHERE key LIKE 'stale:%' ORDER BY key",
        )?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Replaces all derived state of a pack with `models` (by learner id) and `bank`, in one
    /// transaction: what `kusoma rebuild` writes after replaying the attempt log. Clears the
    /// pack's stale mark in the same transaction.
    pub fn replace_state(
        &mut self,
        pack: &str,
        models: &BTreeMap<String, LearnerModel>,
        bank: &ItemBank,
    ) -> Result<()> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        tx.execute("DELETE FROM skill_state WHERE pack_id = ?1", [pack])?;
        tx.execute("DELETE FROM learner_state WHERE pack_id = ?1", [pack])?;
        tx.execute("DELETE FROM item_state WHERE pack_id = ?1", [pack])?;
        tx.execute("DELETE FROM device WHERE key = ?1", [stale_key(pack)])?;
        for (learner, model) in models {
            let learner_row = rowid(&tx, Keyed::Learner, learner)?;
            let skills: Vec<(&str, &SkillState)> =
                model.skills.iter().map(|(k, v)| (k.as_str(), v)).collect();
            write_effects(
                &tx,
                learner_row,
                pack,
                &AttemptEffects {
                    skills: &skills,
                    ability: model.ability,
                    letters: model.letters,
                    item: None,
                },
            )?;
        }
        for (item, e) in &bank.items {
            write_item(&tx, pack, item, *e)?;
        }
        tx.commit()?;
        Ok(())
    }
}
