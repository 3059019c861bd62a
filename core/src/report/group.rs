//! A group's report: attendance, who needs help and why, the hardest items.

use std::collections::HashMap;

use crate::error::Result;
use crate::kusoma::Kusoma;
use crate::store::{Group, Learner};

use super::learner::{SkillStruggle, recent_accuracy, struggles};
use super::{DAY_MS, ITEM_WINDOW, MIN_JUDGED, STALLED_DAYS, STRUGGLING_ACCURACY};

/// Why a learner is on the "needs help" list.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum HelpReason {
    /// Never answered an exercise in the pack.
    NotStarted,
    /// No exercise for this many days.
    Stalled {
        /// Days since the last answer.
        days: u32,
    },
    /// Recent accuracy below the threshold.
    Struggling {
        /// Accuracy over the latest attempts, 0–1.
        accuracy: f64,
    },
}

/// A learner who needs the facilitator's attention.
#[derive(Debug, Clone, PartialEq)]
pub struct NeedsHelp {
    /// The learner's id.
    pub learner: String,
    /// Her name.
    pub name: String,
    /// Why.
    pub reason: HelpReason,
    /// The skills she misses most.
    pub struggles: Vec<SkillStruggle>,
}

/// One roster line.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupLearnerRow {
    /// The learner.
    pub learner: Learner,
    /// Group sessions attended.
    pub attended: u32,
    /// Group sessions held while on the roster.
    pub held: u32,
    /// Skills learned in the pack: mastery confirmed by delayed checks.
    pub skills_mastered: u32,
    /// Skills mastered provisionally, not yet confirmed.
    pub skills_provisional: u32,
    /// Accuracy over the latest attempts.
    pub recent_accuracy: Option<f64>,
    /// When she last answered, ms since the Unix epoch.
    pub last_active_ms: Option<i64>,
}

/// An item the group finds hard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ItemDifficulty {
    /// Item key.
    pub item: String,
    /// Exercise kind.
    pub kind: String,
    /// How the item is shown.
    pub label: String,
    /// Attempts on it (from the members' latest attempts).
    pub attempts: u32,
    /// Right answers among them.
    pub correct: u32,
}

/// A group's report in a pack.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupReport {
    /// The group.
    pub group: Group,
    /// The pack.
    pub pack: String,
    /// Group sessions held.
    pub sessions_held: u32,
    /// Share of roster places filled over the sessions held (`None` before any session).
    pub attendance_rate: Option<f64>,
    /// The roster with each learner's figures.
    pub learners: Vec<GroupLearnerRow>,
    /// Who needs help, most urgent first (not started, stalled, then struggling).
    pub needs_help: Vec<NeedsHelp>,
    /// The hardest items (at least 5 attempts), hardest first, at most 10.
    pub hardest_items: Vec<ItemDifficulty>,
    /// When the report was made.
    pub generated_ms: i64,
}

impl Kusoma {
    /// A group's report in a pack.
    pub fn group_report(&self, group: &str, pack: &str) -> Result<GroupReport> {
        self.require_facilitator()?;
        let info = self.store.group(group)?;
        let now = self.clock.now_ms();
        let roster = self.store.roster(group)?;
        let attendance: HashMap<String, (u32, u32)> = self
            .store
            .group_attendance(group)?
            .into_iter()
            .map(|(id, present, held)| (id, (present, held)))
            .collect();
        let sessions_held = self.store.group_sessions(group)?.len() as u32;
        let mut items: HashMap<(String, String), (u32, u32)> = HashMap::new();
        let mut learners = Vec::with_capacity(roster.len());
        let mut needs_help = Vec::new();
        for learner in roster {
            let recent = self.store.recent_attempts(&learner.id, pack, ITEM_WINDOW)?;
            for a in &recent {
                let e = items.entry((a.item.clone(), a.kind.clone())).or_default();
                e.0 += 1;
                e.1 += u32::from(a.correct);
            }
            let (accuracy, judged) = recent_accuracy(&recent);
            let last_active_ms = recent.first().map(|a| a.created_ms);
            let reason = match last_active_ms {
                None => Some(HelpReason::NotStarted),
                Some(t) if now - t >= STALLED_DAYS * DAY_MS => Some(HelpReason::Stalled {
                    days: ((now - t) / DAY_MS) as u32,
                }),
                Some(_) => accuracy
                    .filter(|&a| judged >= MIN_JUDGED && a < STRUGGLING_ACCURACY)
                    .map(|accuracy| HelpReason::Struggling { accuracy }),
            };
            if let Some(reason) = reason {
                needs_help.push(NeedsHelp {
                    learner: learner.id.clone(),
                    name: learner.name.clone(),
                    reason,
                    struggles: struggles(self, pack, &recent[..recent.len().min(50)]),
                });
            }
            let (attended, held) = attendance.get(&learner.id).copied().unwrap_or_default();
            let counts = self.store.mastery_counts(&learner.id, pack)?;
            learners.push(GroupLearnerRow {
                skills_mastered: counts.confirmed,
                skills_provisional: counts.provisional,
                learner,
                attended,
                held,
                recent_accuracy: accuracy,
                last_active_ms,
            });
        }
        needs_help.sort_by_key(|n| match n.reason {
            HelpReason::NotStarted => (0, 0),
            HelpReason::Stalled { days } => (1, u32::MAX - days),
            HelpReason::Struggling { accuracy } => (2, (accuracy * 1000.0) as u32),
        });
        let p = self.pack(pack).ok();
        let p = p.as_deref();
        let mut hardest: Vec<ItemDifficulty> = items
            .into_iter()
            .filter(|(_, (attempts, correct))| *attempts >= 5 && correct < attempts)
            .map(|((item, kind), (attempts, correct))| ItemDifficulty {
                label: p.map_or_else(|| item.clone(), |p| crate::session::skill_label(p, &item)),
                item,
                kind,
                attempts,
                correct,
            })
            .collect();
        // Lowest share right first; ties: more attempts (surer) first, then by key.
        hardest.sort_by(|a, b| {
            (u64::from(a.correct) * u64::from(b.attempts))
                .cmp(&(u64::from(b.correct) * u64::from(a.attempts)))
                .then(b.attempts.cmp(&a.attempts))
                .then(a.item.cmp(&b.item))
                .then(a.kind.cmp(&b.kind))
        });
        hardest.truncate(10);
        let (present, places) = learners
            .iter()
            .fold((0u32, 0u32), |(p, h), l| (p + l.attended, h + l.held));
        Ok(GroupReport {
            group: info,
            pack: pack.to_owned(),
            sessions_held,
            attendance_rate: (places > 0).then(|| f64::from(present) / f64::from(places)),
            learners,
            needs_help,
            hardest_items: hardest,
            generated_ms: now,
        })
    }
}
