//! A learner's home screen: her progress in one course as a path of units, each with its letters
//! drawn as dots (learned, waiting for their check on a later day, not yet), her totals, and
//! whether a placement test is offered.

use crate::progress::UnitProgress;
use crate::{Kusoma, Result};

/// One unit on the home screen's path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeUnit {
    /// The unit's id.
    pub id: String,
    /// Its title (the letters it teaches).
    pub title: String,
    /// Letters learned: mastery confirmed on a later day (lit dots).
    pub letters_learned: u32,
    /// Letters mastered but not yet confirmed (half-lit dots, after the learned ones).
    pub letters_to_confirm: u32,
    /// Letters in the unit (all its dots).
    pub letters_total: u32,
    /// Words mastered, and the unit's words.
    pub words_mastered: u32,
    /// The unit's words.
    pub words_total: u32,
    /// The whole unit is learned.
    pub done: bool,
    /// The unit being learned now.
    pub current: bool,
}

/// What the learner's home screen draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HomeView {
    /// The learner's id and name.
    pub learner: String,
    /// Her name.
    pub name: String,
    /// The course's id.
    pub pack: String,
    /// The course's name in its own language.
    pub pack_name: String,
    /// The course's units in teaching order.
    pub units: Vec<HomeUnit>,
    /// Letters learned over the whole course.
    pub letters_learned: u32,
    /// Exercises answered, right, and sessions.
    pub attempts: u32,
    /// Exercises answered right.
    pub correct: u32,
    /// Sessions held.
    pub sessions: u32,
    /// A placement test is offered (beside Start): she has answered nothing in this course
    /// yet, so a test can still skip the units she already knows before any are taught.
    pub offer_placement: bool,
}

impl HomeUnit {
    fn of(u: &UnitProgress) -> HomeUnit {
        HomeUnit {
            id: u.id.clone(),
            title: u.title.clone(),
            letters_learned: u.graphemes_confirmed,
            letters_to_confirm: u.graphemes_mastered.saturating_sub(u.graphemes_confirmed),
            letters_total: u.graphemes_total,
            words_mastered: u.words_mastered,
            words_total: u.words_total,
            done: u.mastered,
            current: u.current,
        }
    }
}

impl Kusoma {
    /// `learner`'s home screen in course `pack`.
    pub fn home_screen(&self, learner: &str, pack: &str) -> Result<HomeView> {
        let p = self.progress(learner, pack)?;
        let pack_name = self
            .packs()
            .into_iter()
            .find(|s| s.id == p.pack)
            .map_or_else(|| p.pack.clone(), |s| s.name);
        let units: Vec<HomeUnit> = p.units.iter().map(HomeUnit::of).collect();
        Ok(HomeView {
            letters_learned: units.iter().map(|u| u.letters_learned).sum(),
            units,
            learner: p.learner,
            name: p.name,
            pack: p.pack,
            pack_name,
            attempts: p.attempts,
            correct: p.correct,
            sessions: p.sessions,
            offer_placement: p.attempts == 0,
        })
    }
}
