//! The facade's assessment calls: EGRA subtasks and ASER probes run on the phone or entered
//! from a marking sheet, and their results. The sheet types are in `crate::assessment`.

use crate::assess::{self, AserProbe, GridRun, SubtaskKind};
use crate::assessment::{ASER_SUBTASK, ActiveAssessment, AssessmentSheet, MarkedBy, RunState};
use crate::error::{Error, Result};
use crate::kusoma::Kusoma;
use crate::store::AssessmentResult;

impl Kusoma {
    /// Prepares a timed subtask (letter sounds, familiar words, nonwords, oral reading) for a
    /// learner, with items drawn from the pack; the clock starts with [`Kusoma::begin_assessment`].
    pub fn start_assessment(
        &mut self,
        learner: &str,
        pack: &str,
        subtask: SubtaskKind,
        marked_by: MarkedBy,
        group_session: Option<&str>,
        seed: Option<u64>,
    ) -> Result<AssessmentSheet> {
        self.require_facilitator()?;
        self.store.learner(learner)?;
        if let Some(gs) = group_session {
            self.store.group_session(gs)?;
        }
        if subtask == SubtaskKind::Comprehension {
            return Err(Error::InvalidInput(
                "comprehension is untimed: record it with record_comprehension".into(),
            ));
        }
        let p = self.pack(pack)?;
        let seed = seed.unwrap_or_else(|| uuid::Uuid::new_v4().as_u64_pair().0);
        let drawn = assess::items::draw(&p, subtask, seed)?;
        let run = match subtask.standard_grid() {
            Some(_) => GridRun::standard(subtask)?,
            // A passage: every word is an item; EGRA stops a reader who reads none of the
            // passage's first printed line (assess::items::first_line has the rule).
            None => GridRun::new(
                subtask,
                drawn.texts.len(),
                assess::TIME_LIMIT_MS,
                drawn.first_line,
            )?,
        };
        let id = uuid::Uuid::new_v4().to_string();
        let sheet = AssessmentSheet {
            id: id.clone(),
            subtask,
            items: drawn.texts.clone(),
            limit_ms: run.limit_ms(),
            autostop_after: run.autostop_after() as u32,
            questions: drawn.questions,
            question_ends: drawn.question_ends.iter().map(|&e| e as u32).collect(),
        };
        self.assessments.insert(
            id,
            ActiveAssessment {
                learner: learner.to_owned(),
                pack: pack.to_owned(),
                marked_by,
                group_session: group_session.map(str::to_owned),
                items: drawn.texts,
                run,
                started_ms: None,
            },
        );
        Ok(sheet)
    }

    fn active(&mut self, id: &str) -> Result<&mut ActiveAssessment> {
        self.assessments
            .get_mut(id)
            .ok_or_else(|| Error::NotFound(format!("no assessment in progress with id {id}")))
    }

    /// Starts the clock.
    pub fn begin_assessment(&mut self, id: &str) -> Result<RunState> {
        let now = self.clock.now_ms();
        let a = self.active(id)?;
        a.run.start(now)?;
        a.started_ms = Some(now);
        self.assessment_state(id)
    }

    /// The facilitator marks item `position` (1-based) wrong, or right again after a
    /// self-correction.
    pub fn mark_assessment_item(
        &mut self,
        id: &str,
        position: u32,
        correct: bool,
    ) -> Result<RunState> {
        self.active(id)?.run.mark(position as usize, correct)?;
        self.assessment_state(id)
    }

    /// The learner answers item `position` on the phone: the core marks it.
    pub fn answer_assessment_item(
        &mut self,
        id: &str,
        position: u32,
        answer: &str,
    ) -> Result<bool> {
        let a = self.active(id)?;
        let expected = a
            .items
            .get((position as usize).wrapping_sub(1))
            .ok_or_else(|| Error::InvalidInput(format!("there is no item {position}")))?;
        let right = crate::text::same_text(answer, expected);
        a.run.mark(position as usize, right)?;
        Ok(right)
    }

    /// The learner finished, or the facilitator stopped, at item `last_item` (0: nothing read).
    pub fn stop_assessment(&mut self, id: &str, last_item: u32) -> Result<RunState> {
        let now = self.clock.now_ms();
        self.active(id)?.run.stop_at(last_item as usize, now)?;
        self.assessment_state(id)
    }

    /// The minute is up: the facilitator then marks the last item read with
    /// [`Kusoma::set_assessment_last_item`].
    pub fn assessment_time_up(&mut self, id: &str) -> Result<RunState> {
        let now = self.clock.now_ms();
        self.active(id)?.run.time_up(now)?;
        self.assessment_state(id)
    }

    /// After the time is up: the last item the learner read (0: none).
    pub fn set_assessment_last_item(&mut self, id: &str, last_item: u32) -> Result<RunState> {
        self.active(id)?.run.set_last_item(last_item as usize)?;
        self.assessment_state(id)
    }

    /// Where a run is.
    pub fn assessment_state(&self, id: &str) -> Result<RunState> {
        let a = self
            .assessments
            .get(id)
            .ok_or_else(|| Error::NotFound(format!("no assessment in progress with id {id}")))?;
        Ok(RunState {
            phase: a.run.phase(),
            remaining_ms: a.run.remaining_ms(self.clock.now_ms()),
            autostopped: a.run.autostopped(),
        })
    }

    /// Scores a finished run by EGRA's rules and stores it with every item's mark.
    pub fn finish_assessment(&mut self, id: &str) -> Result<AssessmentResult> {
        self.require_facilitator()?;
        let a = self.active(id)?;
        let score = a.run.score()?;
        let attempted = score.attempted;
        let marks: Vec<(String, Option<bool>)> = a
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                let pos = i + 1;
                let mark = (pos <= attempted).then(|| !a.run.is_marked_wrong(pos));
                (item.clone(), mark)
            })
            .collect();
        let started = a.started_ms.unwrap_or_default();
        let result = AssessmentResult {
            id: id.to_owned(),
            learner: a.learner.clone(),
            pack: a.pack.clone(),
            subtask: a.run.kind().as_str().to_owned(),
            marked_by: a.marked_by.as_str().to_owned(),
            items: a.items.len() as u32,
            limit_ms: a.run.limit_ms(),
            attempted: attempted as u32,
            correct: score.correct as u32,
            seconds_used: score.seconds_used,
            per_minute: score.per_minute,
            autostopped: score.autostopped,
            level: None,
            started_ms: started,
            ended_ms: started + (score.seconds_used * 1000.0).round() as i64,
        };
        let group_session = a.group_session.clone();
        self.store
            .insert_assessment(&result, group_session.as_deref(), &marks)?;
        self.assessments.remove(id);
        Ok(result)
    }

    /// Drops a run without storing anything.
    pub fn cancel_assessment(&mut self, id: &str) -> Result<()> {
        self.assessments
            .remove(id)
            .map(|_| ())
            .ok_or_else(|| Error::NotFound(format!("no assessment in progress with id {id}")))
    }

    /// Stores a comprehension result: `correct` of `asked` questions (asked only about text
    /// the learner reached).
    pub fn record_comprehension(
        &mut self,
        learner: &str,
        pack: &str,
        correct: u32,
        asked: u32,
        group_session: Option<&str>,
    ) -> Result<AssessmentResult> {
        self.require_facilitator()?;
        // Only the passage's questions can have been asked (EGRA asks those on text the
        // learner reached, never more): 20 answers for an 8-question story are a typing error.
        let p = self.pack(pack)?;
        let passage = assess::items::draw(&p, SubtaskKind::Comprehension, 0)?;
        if asked as usize > passage.questions.len() {
            return Err(Error::InvalidInput(format!(
                "{asked} questions asked, but the story of the pack `{}` has {}: only its questions on text the learner reached can be asked",
                p.id(),
                passage.questions.len()
            )));
        }
        let score = assess::comprehension(correct as usize, asked as usize)?;
        let now = self.clock.now_ms();
        let result = AssessmentResult {
            id: uuid::Uuid::new_v4().to_string(),
            learner: learner.to_owned(),
            pack: self.pack(pack)?.id().to_owned(),
            subtask: SubtaskKind::Comprehension.as_str().to_owned(),
            marked_by: MarkedBy::Facilitator.as_str().to_owned(),
            items: asked,
            limit_ms: 0,
            attempted: asked,
            correct,
            seconds_used: 0.0,
            per_minute: score.share,
            autostopped: false,
            level: None,
            started_ms: now,
            ended_ms: now,
        };
        self.store.insert_assessment(&result, group_session, &[])?;
        Ok(result)
    }

    /// Stores an ASER probe and the level it places the learner at.
    pub fn record_aser(
        &mut self,
        learner: &str,
        pack: &str,
        probe: &AserProbe,
        group_session: Option<&str>,
    ) -> Result<AssessmentResult> {
        self.require_facilitator()?;
        let level = probe.level()?;
        let now = self.clock.now_ms();
        let shown = probe.letters_shown + probe.words_shown;
        let right = probe.letters_right + probe.words_right;
        let result = AssessmentResult {
            id: uuid::Uuid::new_v4().to_string(),
            learner: learner.to_owned(),
            pack: self.pack(pack)?.id().to_owned(),
            subtask: ASER_SUBTASK.to_owned(),
            marked_by: MarkedBy::Facilitator.as_str().to_owned(),
            items: shown as u32,
            limit_ms: 0,
            attempted: shown as u32,
            correct: right as u32,
            seconds_used: 0.0,
            per_minute: 0.0,
            autostopped: false,
            level: Some(level.as_str().to_owned()),
            started_ms: now,
            ended_ms: now,
        };
        self.store.insert_assessment(&result, group_session, &[])?;
        Ok(result)
    }

    /// A learner's stored assessments, oldest first.
    pub fn assessments(&self, learner: &str) -> Result<Vec<AssessmentResult>> {
        self.require_facilitator()?;
        self.store.assessments(learner)
    }
}
