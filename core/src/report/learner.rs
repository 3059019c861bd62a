//! A learner's report: progress, time, trend, struggles and assessments.

use std::collections::HashMap;

use crate::error::Result;
use crate::kusoma::Kusoma;
use crate::progress::Progress;
use crate::session::skill_label;
use crate::store::{AssessmentResult, Learner, RecentAttempt, WeekCount};

use super::RECENT_ATTEMPTS;
use crate::clock::WEEK_MS;

/// A skill a learner keeps missing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillStruggle {
    /// Skill key.
    pub skill: String,
    /// How it is shown (a letter, a word).
    pub label: String,
    /// Wrong answers among the recent attempts.
    pub wrong: u32,
    /// Recent attempts on it.
    pub attempts: u32,
}

/// One learner's report in a pack.
#[derive(Debug, Clone, PartialEq)]
pub struct LearnerReport {
    /// The learner.
    pub learner: Learner,
    /// Progress per unit.
    pub progress: Progress,
    /// Titles of the units learned: every letter's mastery confirmed.
    pub units_mastered: Vec<String>,
    /// Titles of the units mastered provisionally (the next unit is open), not yet confirmed.
    pub units_provisional: Vec<String>,
    /// Skills learned: mastery confirmed by delayed checks.
    pub skills_mastered: u32,
    /// Skills mastered provisionally, not yet confirmed.
    pub skills_provisional: u32,
    /// The last 8 weeks, oldest first, empty weeks included.
    pub weeks: Vec<WeekCount>,
    /// Accuracy over the latest attempts (`None` before any).
    pub recent_accuracy: Option<f64>,
    /// Skills missed most among the latest 50 attempts, worst first (at most 5).
    pub struggles: Vec<SkillStruggle>,
    /// Assessments, oldest first.
    pub assessments: Vec<AssessmentResult>,
    /// The latest ASER level.
    pub aser_level: Option<String>,
    /// When the report was made, ms since the Unix epoch.
    pub generated_ms: i64,
}

/// The skills missed most in `recent`, worst first.
pub(crate) fn struggles(
    kusoma: &Kusoma,
    pack: &str,
    recent: &[RecentAttempt],
) -> Vec<SkillStruggle> {
    let mut by_skill: HashMap<&str, (u32, u32)> = HashMap::new();
    for a in recent {
        for s in a.skills.split(' ').filter(|s| !s.is_empty()) {
            let e = by_skill.entry(s).or_default();
            e.1 += 1;
            e.0 += u32::from(!a.correct);
        }
    }
    let pack = kusoma.pack(pack).ok();
    let pack = pack.as_deref();
    let mut out: Vec<SkillStruggle> = by_skill
        .into_iter()
        .filter(|&(_, (wrong, _))| wrong >= 2)
        .map(|(skill, (wrong, attempts))| SkillStruggle {
            skill: skill.to_owned(),
            label: pack.map_or_else(|| skill.to_owned(), |p| skill_label(p, skill)),
            wrong,
            attempts,
        })
        .collect();
    out.sort_by(|a, b| {
        b.wrong
            .cmp(&a.wrong)
            .then(a.attempts.cmp(&b.attempts))
            .then(a.skill.cmp(&b.skill))
    });
    out.truncate(5);
    out
}

/// Accuracy of the latest `RECENT_ATTEMPTS` of `recent` (newest first).
pub(crate) fn recent_accuracy(recent: &[RecentAttempt]) -> (Option<f64>, u32) {
    let latest = &recent[..recent.len().min(RECENT_ATTEMPTS as usize)];
    if latest.is_empty() {
        return (None, 0);
    }
    let right = latest.iter().filter(|a| a.correct).count();
    (
        Some(right as f64 / latest.len() as f64),
        latest.len() as u32,
    )
}

impl Kusoma {
    /// A learner's report in a pack.
    pub fn learner_report(&self, learner: &str, pack: &str) -> Result<LearnerReport> {
        self.require_facilitator()?;
        let progress = self.progress(learner, pack)?;
        let now = self.clock.now_ms();
        let this_week = now.div_euclid(WEEK_MS);
        let counted = self
            .store
            .weekly(learner, pack, (this_week - 7) * WEEK_MS)?;
        let weeks = (this_week - 7..=this_week)
            .map(|week| {
                counted
                    .iter()
                    .find(|w| w.week == week)
                    .copied()
                    .unwrap_or(WeekCount {
                        week,
                        attempts: 0,
                        correct: 0,
                        time_ms: 0,
                    })
            })
            .collect();
        let recent = self.store.recent_attempts(learner, pack, 50)?;
        let assessments = self.store.assessments(learner)?;
        let aser_level = assessments.iter().rev().find_map(|a| a.level.clone());
        let counts = self.store.mastery_counts(learner, pack)?;
        Ok(LearnerReport {
            learner: self.store.learner(learner)?,
            units_mastered: progress
                .units
                .iter()
                .filter(|u| u.mastered && u.confirmed)
                .map(|u| u.title.clone())
                .collect(),
            units_provisional: progress
                .units
                .iter()
                .filter(|u| u.mastered && !u.confirmed)
                .map(|u| u.title.clone())
                .collect(),
            skills_mastered: counts.confirmed,
            skills_provisional: counts.provisional,
            progress,
            weeks,
            recent_accuracy: recent_accuracy(&recent).0,
            struggles: struggles(self, pack, &recent),
            assessments,
            aser_level,
            generated_ms: now,
        })
    }
}
