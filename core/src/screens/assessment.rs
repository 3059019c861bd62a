//! The timed EGRA subtask screen (a letter or word grid, or a passage read aloud) and, after a
//! passage, its comprehension questions: the state the screen draws
//! ([`AssessmentScreenState`]) and the taps it sends ([`AssessmentModel`]), over the facade's
//! assessment calls.
//!
//! # Indexing
//!
//! Items and questions are addressed by their **0-based index** in the lists the state holds
//! (`items`, `questions`): the index a shell draws them with. Only this file converts to the
//! 1-based positions of EGRA's forms and of [`Kusoma`]'s assessment calls.
//!
//! # Taps that do not apply
//!
//! A tap that does not apply in the current phase (an item touched before Start, Stop after
//! time is up, Done twice, a question marked once saved, Save before every question is marked)
//! is **ignored**: the state does not change and no error is raised, since a screen may draw a
//! frame behind the state and a double tap is no mistake. An index outside the lists drawn is
//! an [`Error::InvalidInput`]: no screen draws it, so it is a shell's bug, told, not a panic.
//!
//! # Time
//!
//! The clock is the core's (the one [`Kusoma`] was opened with). Every action, and
//! [`AssessmentModel::tick`] which a screen calls once a second, reads the time left from it;
//! the first one to find it at 0 ends the run (time up), which then waits for the last item.

use crate::Kusoma;
use crate::assess::{ASER_SUBTASK, RunPhase, SubtaskKind};
use crate::assessment::{MarkedBy, RunState};
use crate::error::{Error, Result};
use crate::store::AssessmentResult;

/// An assessment a facilitator can give, EGRA's subtasks and the ASER probe, typed so that no
/// shell matches one by its stored name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subtask {
    /// EGRA's timed letter-sound grid.
    LetterSounds,
    /// EGRA's timed familiar-word grid.
    FamiliarWords,
    /// EGRA's timed nonword grid.
    Nonwords,
    /// EGRA's oral reading of a passage, timed.
    OralReading,
    /// EGRA's questions on the passage read; asked after oral reading.
    Comprehension,
    /// The ASER reading probe.
    Aser,
}

impl Subtask {
    /// What the choice screen offers, in the order a facilitator gives them: the timed
    /// subtasks, then ASER (comprehension follows oral reading, it is not chosen on its own).
    pub const CHOICES: [Subtask; 5] = [
        Subtask::LetterSounds,
        Subtask::FamiliarWords,
        Subtask::Nonwords,
        Subtask::OralReading,
        Subtask::Aser,
    ];

    /// The EGRA subtask, or `None` for ASER.
    pub fn egra(self) -> Option<SubtaskKind> {
        match self {
            Subtask::LetterSounds => Some(SubtaskKind::LetterSounds),
            Subtask::FamiliarWords => Some(SubtaskKind::FamiliarWords),
            Subtask::Nonwords => Some(SubtaskKind::Nonwords),
            Subtask::OralReading => Some(SubtaskKind::OralReading),
            Subtask::Comprehension => Some(SubtaskKind::Comprehension),
            Subtask::Aser => None,
        }
    }

    /// The subtask a result was stored under (`letter-sounds` … or `aser`), `None` if unknown.
    pub fn from_stored(name: &str) -> Option<Subtask> {
        if name == ASER_SUBTASK {
            return Some(Subtask::Aser);
        }
        let kind = SubtaskKind::parse(name).ok()?;
        Subtask::CHOICES
            .into_iter()
            .chain([Subtask::Comprehension])
            .find(|s| s.egra() == Some(kind))
    }

    /// Items a row on the paper form the facilitator knows: 10 letters, 5 words; 0 for a
    /// passage, which flows as text.
    fn columns(self) -> u32 {
        match self {
            Subtask::LetterSounds => 10,
            Subtask::FamiliarWords | Subtask::Nonwords => 5,
            Subtask::OralReading | Subtask::Comprehension | Subtask::Aser => 0,
        }
    }
}

/// A stored score as a screen shows it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Score {
    /// Items (or questions) right.
    pub correct: u32,
    /// Items attempted (or questions asked).
    pub attempted: u32,
    /// Correct items a minute; for comprehension, the share right (0 to 1).
    pub per_minute: f64,
}

impl From<&AssessmentResult> for Score {
    fn from(r: &AssessmentResult) -> Self {
        Score {
            correct: r.correct,
            attempted: r.attempted,
            per_minute: r.per_minute,
        }
    }
}

/// What the timed-subtask screen draws.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentScreenState {
    /// The subtask run.
    pub subtask: Subtask,
    /// The items in reading order (letters, words, or the passage's words).
    pub items: Vec<String>,
    /// Items a row (10 letters, 5 words), 0 when the items flow as a passage.
    pub columns: u32,
    /// Where the run is.
    pub phase: RunPhase,
    /// Whole seconds left on the core's clock, rounded down: never more time than is left.
    pub seconds_left: u32,
    /// Per item (by index): marked wrong.
    pub wrong: Vec<bool>,
    /// The last item read (index), once marked.
    pub last_item: Option<u32>,
    /// The next touch on an item marks the last item read (after Stop, or once time is up).
    pub marking_last: bool,
    /// The first line is all wrong while the clock runs: the screen offers to stop.
    pub offer_autostop: bool,
    /// The autostop line's length, for the offer's words.
    pub autostop_after: u32,
    /// The stored score, once Done was touched.
    pub result: Option<Score>,
    /// After a passage: the comprehension questions on text the learner reached.
    pub questions: Vec<String>,
    /// Per question (by index): marked right, wrong, or not yet.
    pub answers: Vec<Option<bool>>,
    /// Every question asked is marked and none saved yet: Save is offered.
    pub can_save: bool,
    /// The stored comprehension score (correct of asked), once saved.
    pub comprehension: Option<Score>,
}

/// One timed subtask on the screen, from the sheet to the stored score (and comprehension).
#[derive(Debug)]
pub struct AssessmentModel {
    id: String,
    learner: String,
    pack: String,
    group_session: Option<String>,
    /// Every question of the passage, with the 1-based word its answer needs.
    all_questions: Vec<(String, u32)>,
    /// Stop was touched: the next touch marks the last item read.
    stopping: bool,
    /// The core's autostop rule applies.
    autostopped: bool,
    state: AssessmentScreenState,
}

impl AssessmentModel {
    /// Draws `subtask`'s sheet from `pack` for `learner` (within `group_session`, if any),
    /// marked by the facilitator; the clock waits for [`AssessmentModel::begin`]. Only the
    /// timed subtasks have this screen.
    pub fn start(
        k: &mut Kusoma,
        learner: &str,
        pack: &str,
        subtask: Subtask,
        group_session: Option<&str>,
    ) -> Result<AssessmentModel> {
        let kind = subtask
            .egra()
            .filter(|kind| kind.is_timed())
            .ok_or_else(|| Error::InvalidInput(format!("{subtask:?} is not a timed subtask")))?;
        let sheet = k.start_assessment(
            learner,
            pack,
            kind,
            MarkedBy::Facilitator,
            group_session,
            None,
        )?;
        let run = k.assessment_state(&sheet.id)?;
        let count = sheet.items.len();
        let mut model = AssessmentModel {
            id: sheet.id,
            learner: learner.to_owned(),
            pack: pack.to_owned(),
            group_session: group_session.map(str::to_owned),
            all_questions: sheet
                .questions
                .into_iter()
                .zip(sheet.question_ends)
                .collect(),
            stopping: false,
            autostopped: false,
            state: AssessmentScreenState {
                subtask,
                items: sheet.items,
                columns: subtask.columns(),
                phase: run.phase,
                seconds_left: 0,
                wrong: vec![false; count],
                last_item: None,
                marking_last: false,
                offer_autostop: false,
                autostop_after: sheet.autostop_after,
                result: None,
                questions: Vec::new(),
                answers: Vec::new(),
                can_save: false,
                comprehension: None,
            },
        };
        model.show(run);
        Ok(model)
    }

    /// What the screen draws now.
    pub fn state(&self) -> &AssessmentScreenState {
        &self.state
    }

    /// Start: the clock runs and the learner reads the first item. Ignored once started.
    pub fn begin(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.state.phase != RunPhase::Ready {
            return Ok(());
        }
        let run = k.begin_assessment(&self.id)?;
        self.sync(k, run)
    }

    /// Item `index` touched. While the clock runs (and after the stop, until Done): marks it
    /// wrong, or right again. After Stop, or once time is up: marks it as the last item read
    /// (after Stop the clock stops now). Ignored before Start and once scored.
    pub fn touch(&mut self, k: &mut Kusoma, index: u32) -> Result<()> {
        let i = index as usize;
        let Some(&was_wrong) = self.state.wrong.get(i) else {
            return Err(Error::InvalidInput(format!(
                "there is no item {index}: the grid has {} (counted from 0)",
                self.state.items.len()
            )));
        };
        if self.state.result.is_some() {
            return Ok(());
        }
        // EGRA's forms and the facade count items from 1.
        let position = index.saturating_add(1);
        let run = match self.state.phase {
            RunPhase::Ready => return Ok(()),
            RunPhase::Running if self.stopping => k.stop_assessment(&self.id, position)?,
            RunPhase::Done if self.stopping => k.set_assessment_last_item(&self.id, position)?,
            RunPhase::AwaitingLastItem => k.set_assessment_last_item(&self.id, position)?,
            RunPhase::Running | RunPhase::Done => {
                let run = k.mark_assessment_item(&self.id, position, was_wrong)?;
                if let Some(slot) = self.state.wrong.get_mut(i) {
                    *slot = !was_wrong;
                }
                return self.sync(k, run);
            }
        };
        self.stopping = false;
        self.state.last_item = Some(index);
        self.sync(k, run)
    }

    /// Stop: the learner finished early, or the autostop applies; the next touch marks the last
    /// item read. After the stop, touched again, the next touch corrects the last item.
    /// Ignored before Start, while time-up waits for the last item, and once scored.
    pub fn stop(&mut self) {
        let stoppable = matches!(self.state.phase, RunPhase::Running | RunPhase::Done);
        if stoppable && self.state.result.is_none() {
            self.stopping = true;
            self.redraw();
        }
    }

    /// Once a second while the clock runs: the time left; at 0, time is up and the run waits
    /// for the last item read. Ignored when the clock is not running.
    pub fn tick(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.state.phase != RunPhase::Running {
            return Ok(());
        }
        let run = k.assessment_state(&self.id)?;
        self.sync(k, run)
    }

    /// Done: the core scores the run by EGRA's rules and stores it. After a passage, the
    /// questions on text the learner reached are offered. Ignored until the last item is
    /// marked, and once scored.
    pub fn finish(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.state.phase != RunPhase::Done || self.state.result.is_some() {
            return Ok(());
        }
        let stored = k.finish_assessment(&self.id)?;
        let last_word = self.state.last_item.map_or(0, |i| i.saturating_add(1));
        // EGRA asks only about text the learner reached (`assess::questions_reached` counts
        // these); each question is kept by its own end, so their order on the sheet is free.
        self.state.questions = self
            .all_questions
            .iter()
            .filter(|(_, end)| *end <= last_word)
            .map(|(q, _)| q.clone())
            .collect();
        self.state.answers = vec![None; self.state.questions.len()];
        self.state.result = Some(Score::from(&stored));
        self.stopping = false;
        self.redraw();
        Ok(())
    }

    /// Comprehension question `index` marked right or wrong (again: changed). Ignored once
    /// saved.
    pub fn mark_question(&mut self, index: u32, right: bool) -> Result<()> {
        let saved = self.state.comprehension.is_some();
        let Some(slot) = self.state.answers.get_mut(index as usize) else {
            return Err(Error::InvalidInput(format!(
                "there is no question {index}: {} asked (counted from 0)",
                self.state.questions.len()
            )));
        };
        if !saved {
            *slot = Some(right);
            self.redraw();
        }
        Ok(())
    }

    /// Save: stores the comprehension score, right of asked. Ignored until every question is
    /// marked, and once saved.
    pub fn save_comprehension(&mut self, k: &mut Kusoma) -> Result<()> {
        if !self.state.can_save {
            return Ok(());
        }
        let right = self
            .state
            .answers
            .iter()
            .filter(|a| **a == Some(true))
            .count();
        let stored = k.record_comprehension(
            &self.learner,
            &self.pack,
            u32::try_from(right).unwrap_or(u32::MAX),
            u32::try_from(self.state.questions.len()).unwrap_or(u32::MAX),
            self.group_session.as_deref(),
        )?;
        self.state.comprehension = Some(Score::from(&stored));
        self.redraw();
        Ok(())
    }

    /// Leaving: a run not yet scored is dropped and nothing is stored; a scored one stays.
    /// After it, actions on the run are the core's `NotFound`.
    pub fn cancel(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.state.result.is_some() {
            return Ok(());
        }
        k.cancel_assessment(&self.id)
    }

    /// Takes the core's run state, ending the run first if its minute is over.
    fn sync(&mut self, k: &mut Kusoma, run: RunState) -> Result<()> {
        let run = if run.phase == RunPhase::Running && run.remaining_ms <= 0 {
            k.assessment_time_up(&self.id)?
        } else {
            run
        };
        self.show(run);
        Ok(())
    }

    fn show(&mut self, run: RunState) {
        self.state.phase = run.phase;
        self.state.seconds_left = u32::try_from(run.remaining_ms.max(0) / 1000).unwrap_or(0);
        self.autostopped = run.autostopped;
        self.redraw();
    }

    /// The fields that follow from the others.
    fn redraw(&mut self) {
        let s = &mut self.state;
        let open = s.result.is_none();
        s.marking_last = open && (self.stopping || s.phase == RunPhase::AwaitingLastItem);
        s.offer_autostop = self.autostopped && s.phase == RunPhase::Running && !self.stopping;
        s.can_save = !open
            && s.comprehension.is_none()
            && !s.questions.is_empty()
            && s.answers.iter().all(Option::is_some);
    }
}
