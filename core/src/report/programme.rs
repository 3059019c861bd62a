//! Programme indicators, disaggregated by gender and age band.

use std::collections::{BTreeMap, HashMap};

use crate::assess::AserLevel;
use crate::error::Result;
use crate::kusoma::Kusoma;
use crate::profile::{AgeBand, Gender};

/// Mean correct-per-minute of one subtask at learners' first and latest assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct SubtaskMeans {
    /// The subtask.
    pub subtask: String,
    /// Learners assessed at least once.
    pub learners: u32,
    /// Mean at their first assessment.
    pub first: f64,
    /// Mean at their latest assessment.
    pub latest: f64,
}

/// The indicators of one (gender, age band) cell, or of everyone.
#[derive(Debug, Clone, PartialEq)]
pub struct DemographicRow {
    /// Gender (`None`: all).
    pub gender: Option<Gender>,
    /// Age band (`None`: all).
    pub age_band: Option<AgeBand>,
    /// Learners in the cell.
    pub learners: u32,
    /// Learners with an ASER level.
    pub aser_assessed: u32,
    /// Learners at each ASER level (beginner, letter, word, paragraph, story) by their latest.
    pub aser: [u32; 5],
    /// Correct-per-minute means per timed subtask.
    pub subtasks: Vec<SubtaskMeans>,
    /// Share of roster places attended (`None`: no group sessions).
    pub attendance_rate: Option<f64>,
}

impl DemographicRow {
    /// The share of assessed learners at `level` (0 when none assessed).
    pub fn aser_share(&self, level: AserLevel) -> f64 {
        if self.aser_assessed == 0 {
            return 0.0;
        }
        f64::from(self.aser[level as usize]) / f64::from(self.aser_assessed)
    }
}

/// The programme's indicators on this phone.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgrammeReport {
    /// Everyone.
    pub total: DemographicRow,
    /// By gender (every gender, then every age band within it), only cells with learners.
    pub by_gender_and_age: Vec<DemographicRow>,
    /// By gender alone.
    pub by_gender: Vec<DemographicRow>,
    /// By age band alone.
    pub by_age: Vec<DemographicRow>,
    /// When the report was made.
    pub generated_ms: i64,
}

#[derive(Default)]
struct LearnerFacts {
    level: Option<AserLevel>,
    /// Subtask → (first, latest) correct per minute.
    cpm: BTreeMap<String, (f64, f64)>,
    attended: u32,
    held: u32,
}

fn row(
    gender: Option<Gender>,
    age_band: Option<AgeBand>,
    facts: &[&LearnerFacts],
) -> DemographicRow {
    let mut aser = [0u32; 5];
    let mut assessed = 0;
    let mut sums: BTreeMap<&str, (u32, f64, f64)> = BTreeMap::new();
    let (mut attended, mut held) = (0, 0);
    for f in facts {
        if let Some(level) = f.level {
            aser[level as usize] += 1;
            assessed += 1;
        }
        for (subtask, (first, latest)) in &f.cpm {
            let e = sums.entry(subtask).or_default();
            e.0 += 1;
            e.1 += first;
            e.2 += latest;
        }
        attended += f.attended;
        held += f.held;
    }
    DemographicRow {
        gender,
        age_band,
        learners: facts.len() as u32,
        aser_assessed: assessed,
        aser,
        subtasks: sums
            .into_iter()
            .map(|(subtask, (n, first, latest))| SubtaskMeans {
                subtask: subtask.to_owned(),
                learners: n,
                first: first / f64::from(n),
                latest: latest / f64::from(n),
            })
            .collect(),
        attendance_rate: (held > 0).then(|| f64::from(attended) / f64::from(held)),
    }
}

impl Kusoma {
    /// The programme's indicators over every learner on this phone, or, with `pack`, over one
    /// language's learners: correct-per-minute in Kiswahili and in Hindi are different
    /// yardsticks, so a programme teaching both reads them apart. With a pack, only its
    /// assessments and its group sessions count, and the learners are those with anything in
    /// it (a session, an assessment, a place on a group session's roster).
    pub fn programme_report(&self, pack: Option<&str>) -> Result<ProgrammeReport> {
        self.require_facilitator()?;
        let mut learners = self.store.learners()?;
        if let Some(pack) = pack {
            // A typed pack id that no pack has would give an empty report that looks true.
            self.slot(pack)?;
            let studying = self.store.learners_in_pack(pack)?;
            learners.retain(|l| studying.contains(&l.id));
        }
        let mut facts: HashMap<String, LearnerFacts> = learners
            .iter()
            .map(|l| (l.id.clone(), LearnerFacts::default()))
            .collect();
        for (learner, subtask, per_minute, level) in self.store.all_assessments(pack)? {
            let Some(f) = facts.get_mut(&learner) else {
                continue;
            };
            match level.as_deref().map(AserLevel::parse) {
                Some(Ok(level)) => f.level = Some(level),
                Some(Err(_)) => {}
                None if subtask != "comprehension" => {
                    f.cpm
                        .entry(subtask)
                        .and_modify(|e| e.1 = per_minute)
                        .or_insert((per_minute, per_minute));
                }
                None => {}
            }
        }
        for (learner, present, held) in self.store.attendance_by_learner(pack)? {
            if let Some(f) = facts.get_mut(&learner) {
                f.attended = present;
                f.held = held;
            }
        }
        let cell = |g: Option<Gender>, a: Option<AgeBand>| -> Vec<&LearnerFacts> {
            learners
                .iter()
                .filter(|l| g.is_none_or(|g| l.gender == g) && a.is_none_or(|a| l.age_band == a))
                .filter_map(|l| facts.get(&l.id))
                .collect()
        };
        let mut by_gender_and_age = Vec::new();
        for g in Gender::ALL {
            for a in AgeBand::ALL {
                let f = cell(Some(g), Some(a));
                if !f.is_empty() {
                    by_gender_and_age.push(row(Some(g), Some(a), &f));
                }
            }
        }
        Ok(ProgrammeReport {
            total: row(None, None, &cell(None, None)),
            by_gender: Gender::ALL
                .into_iter()
                .map(|g| row(Some(g), None, &cell(Some(g), None)))
                .filter(|r| r.learners > 0)
                .collect(),
            by_age: AgeBand::ALL
                .into_iter()
                .map(|a| row(None, Some(a), &cell(None, Some(a))))
                .filter(|r| r.learners > 0)
                .collect(),
            by_gender_and_age,
            generated_ms: self.clock.now_ms(),
        })
    }
}
