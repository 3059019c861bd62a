//! The facade's session calls: start a session, the next exercise, submit an answer, end it
//! (placement tests included). The session state they keep is in `crate::session`.

use crate::engine::{Engine, placement};
use crate::error::{Error, Result};
use crate::exercise::ExerciseKind;
use crate::exercise::{self, Answer, AnswerMode, Exercise, Expected, ItemRef};
use crate::kusoma::Kusoma;
use crate::l10n::Arg;
use crate::model::{ItemBank, SkillState};
use crate::policy::{Context, Observation, Pick, Turn};
use crate::session::{
    ActiveSession, Feedback, MAX_RESPONSE_MS, MAX_SESSION_EXERCISES, MAX_TYPED_ANSWER_BYTES,
    Pending, Placement, SessionOptions, SessionSummary, skill_label,
};
use crate::store::{AttemptEffects, NewAttempt, PLACEMENT, SessionRecord};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

impl Kusoma {
    /// Starts a placement test (10–12 letters across the course) for a learner in a pack;
    /// returns the session id. Ending it places the learner past the units she already knows.
    pub fn start_placement(
        &mut self,
        learner: &str,
        pack_id: &str,
        seed: Option<u64>,
    ) -> Result<String> {
        let plan = placement::plan(&*self.pack(pack_id)?);
        let exercises = u32::try_from(plan.len()).unwrap_or(1).max(1);
        let options = SessionOptions {
            exercises,
            choices: 3,
            seed,
            minutes: None,
        };
        self.open_session(learner, pack_id, &options, Some(plan), None)
    }

    /// Starts a session for a learner in a pack; returns the session id.
    pub fn start_session(
        &mut self,
        learner: &str,
        pack_id: &str,
        options: &SessionOptions,
    ) -> Result<String> {
        self.open_session(learner, pack_id, options, None, None)
    }

    /// Opens a session; `group_session` tags a pass-the-phone turn with its group session.
    pub(crate) fn open_session(
        &mut self,
        learner: &str,
        pack_id: &str,
        options: &SessionOptions,
        placement: Option<Vec<usize>>,
        group_session: Option<String>,
    ) -> Result<String> {
        if !(1..=MAX_SESSION_EXERCISES).contains(&options.exercises) {
            return Err(Error::InvalidInput(format!(
                "a session has 1 to {MAX_SESSION_EXERCISES} exercises"
            )));
        }
        if !(2..=6).contains(&options.choices) {
            return Err(Error::InvalidInput(
                "an exercise offers 2 to 6 choices".into(),
            ));
        }
        let pack = self.pack(pack_id)?;
        // A protected learner's progress is theirs: their login, or a facilitator's turn.
        self.require_learner_access(learner)?;
        let model = self.store.learner_model(learner, pack_id)?;
        if !self.banks.contains_key(pack_id) {
            let bank = self.store.item_bank(pack_id)?;
            self.banks.insert(pack_id.to_owned(), bank);
        }
        let seed = options
            .seed
            .unwrap_or_else(|| uuid::Uuid::new_v4().as_u64_pair().0);
        let record = SessionRecord {
            id: uuid::Uuid::new_v4().to_string(),
            learner: learner.to_owned(),
            pack: pack_id.to_owned(),
            // Stored as the same 64 bits, read back with `as u64`.
            seed: seed as i64,
            started_ms: self.clock.now_ms(),
            ended_ms: None,
            kind: if placement.is_some() {
                PLACEMENT.to_owned()
            } else {
                "learn".to_owned()
            },
            group_session,
        };
        self.store.insert_session(&record)?;
        let mut preferred = vec![pack.manifest.language.clone()];
        preferred.extend(self.ui.iter().map(ToString::to_string));
        let preferred: Vec<&str> = preferred.iter().map(String::as_str).collect();
        let chain = self.l10n.negotiate(&preferred);
        self.sessions.insert(
            record.id.clone(),
            ActiveSession {
                learner: learner.to_owned(),
                pack,
                seed,
                length: options.exercises,
                choices: options.choices as usize,
                model,
                history: Vec::new(),
                pending: None,
                correct: 0,
                mastered: Vec::new(),
                chain,
                started_ms: record.started_ms,
                minutes: options.minutes,
                placement: placement.map(|plan| Placement {
                    plan,
                    results: Vec::new(),
                }),
            },
        );
        Ok(record.id)
    }

    /// How many exercises open session `session_id` has at most (a placement test: its
    /// letters), so a screen can count them without restating how the core sizes a session.
    pub fn session_length(&self, session_id: &str) -> Result<u32> {
        self.sessions
            .get(session_id)
            .map(|s| s.length)
            .ok_or_else(|| Error::NotFound(format!("no open session with id {session_id}")))
    }

    /// The next exercise, or `None` when the session is complete. Asking again before
    /// answering returns the same exercise.
    pub fn next_exercise(&mut self, session_id: &str) -> Result<Option<Exercise>> {
        let now_ms = self.clock.now_ms();
        let Kusoma {
            policy,
            l10n,
            sessions,
            banks,
            ..
        } = self;
        let session = sessions
            .get_mut(session_id)
            .ok_or_else(|| Error::NotFound(format!("no open session with id {session_id}")))?;
        if let Some(pending) = &session.pending {
            return Ok(Some(pending.exercise.clone()));
        }
        if session.complete(now_ms) {
            return Ok(None);
        }
        // One RNG per exercise, from the seed and the exercise's position: the same seed and
        // history give the same exercise.
        let position = session.history.len() as u64;
        let mut rng =
            ChaCha8Rng::seed_from_u64(session.seed ^ position.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        let empty = ItemBank::default();
        let ctx = Context {
            pack: &session.pack,
            model: &session.model,
            bank: banks.get(session.pack.id()).unwrap_or(&empty),
            history: &session.history,
            session_length: session.length as usize,
            now_ms,
        };
        let pick = match &session.placement {
            // A placement test asks its planned letters, sound to letter.
            Some(p) => Some(Pick {
                item: ItemRef::Grapheme(p.plan[p.results.len()]),
                kinds: vec![ExerciseKind::SoundToGrapheme],
            }),
            None => policy.choose(&ctx, &mut rng),
        };
        let Some(pick) = pick else {
            return Ok(None);
        };
        let built = pick.kinds.iter().find_map(|&kind| {
            exercise::build(&session.pack, kind, pick.item, session.choices, &mut rng)
        });
        let Some(mut built) = built else {
            return Err(Error::NotFound(format!(
                "the pack has no exercise for {}",
                pick.item.key(&session.pack)
            )));
        };
        built.exercise.instruction =
            l10n.format(&session.chain, built.exercise.kind.instruction_id(), &[]);
        let exercise = built.exercise.clone();
        session.pending = Some(Pending {
            exercise: built.exercise,
            item: pick.item,
            expected: built.expected,
            expected_text: built.expected_text,
        });
        Ok(Some(exercise))
    }

    /// Checks an answer to the pending exercise, records it durably and returns feedback.
    /// `response_ms` is how long the learner took; it is clamped to 0–10 minutes.
    pub fn submit(
        &mut self,
        session_id: &str,
        answer: &Answer,
        response_ms: i64,
    ) -> Result<Feedback> {
        let now = self.clock.now_ms();
        let Kusoma {
            sessions,
            policy,
            store,
            l10n,
            banks,
            ..
        } = self;
        let session = sessions
            .get_mut(session_id)
            .ok_or_else(|| Error::NotFound(format!("no open session with id {session_id}")))?;
        let pending = session.pending.clone().ok_or_else(|| {
            Error::InvalidInput("there is no exercise waiting for an answer".into())
        })?;
        if let Answer::Text(text) = answer
            && text.len() > MAX_TYPED_ANSWER_BYTES
        {
            return Err(Error::InvalidInput(format!(
                "a typed answer can be at most {MAX_TYPED_ANSWER_BYTES} bytes; this one is {}",
                text.len()
            )));
        }
        // Each tile may be used once: more tiles than the exercise offers cannot be right, and
        // the check's cost grows with their square.
        if let Answer::Tiles(tiles) = answer
            && tiles.len() > pending.exercise.choices.len()
        {
            return Err(Error::InvalidInput(format!(
                "{} tiles were given but the exercise offers {}",
                tiles.len(),
                pending.exercise.choices.len()
            )));
        }
        let outcome = exercise::check(&pending.exercise, &pending.expected, answer)?;
        let response_ms = response_ms.clamp(0, MAX_RESPONSE_MS);
        let unit = pending.item.unit(&session.pack);
        let unit_before = policy.unit_mastered(&session.pack, &session.model, unit);

        // Update a copy, store it, and only then keep it: a failed write changes nothing.
        let mut model = session.model.clone();
        let bank = banks.entry(session.pack.id().to_owned()).or_default();
        let item_key = ItemBank::key(&pending.exercise.item, pending.exercise.kind.as_str());
        let item_before = bank.items.get(&item_key).copied();
        let observation = Observation {
            item: &pending.exercise.item,
            kind: pending.exercise.kind,
            skills: &pending.exercise.skills,
            correct: outcome.correct,
            response_ms,
            now_ms: now,
            choices: guess_choices(&pending.exercise),
        };
        // A placement answer is a test, not practice: it changes nothing until the test ends.
        let observed = match &mut session.placement {
            Some(p) => {
                if let ItemRef::Grapheme(g) = pending.item {
                    p.results.push((g, outcome.correct));
                }
                Vec::new()
            }
            None => policy.observe(&session.pack, &mut model, bank, &observation),
        };
        let changed: Vec<(&str, &SkillState)> = observed
            .iter()
            .filter_map(|o| model.skills.get(&o.skill).map(|s| (o.skill.as_str(), s)))
            .collect();
        let effects = AttemptEffects {
            skills: &changed,
            ability: model.ability,
            letters: model.letters,
            item: bank.items.get(&item_key).map(|e| (item_key.as_str(), *e)),
        };
        let attempt = NewAttempt {
            id: uuid::Uuid::new_v4().to_string(),
            learner: session.learner.clone(),
            session: Some(session_id.to_owned()),
            pack: session.pack.id().to_owned(),
            pack_version: session.pack.manifest.version.clone(),
            item: pending.exercise.item.clone(),
            kind: pending.exercise.kind.as_str().to_owned(),
            skills: pending.exercise.skills.clone(),
            answer: outcome.given.clone(),
            expected: pending.expected_text.clone(),
            correct: outcome.correct,
            response_ms,
            created_ms: now,
            choices: u32::try_from(observation.choices).unwrap_or(0),
        };
        if let Err(err) = store.record_attempt(&attempt, &effects) {
            // Nothing was stored: put the item's difficulty back as it was.
            match item_before {
                Some(before) => bank.items.insert(item_key, before),
                None => bank.items.remove(&item_key),
            };
            return Err(err);
        }

        session.model = model;
        session.pending = None;
        session.history.push(Turn {
            item: pending.item,
            correct: outcome.correct,
        });
        session.correct += u32::from(outcome.correct);
        let mastered: Vec<String> = observed
            .iter()
            .filter(|o| o.newly_mastered)
            .map(|o| skill_label(&session.pack, &o.skill))
            .collect();
        session.mastered.extend(mastered.iter().cloned());
        let unit_completed = (!unit_before
            && policy.unit_mastered(&session.pack, &session.model, unit))
        .then(|| session.pack.units[unit].title.clone());

        let mut message = if outcome.correct {
            l10n.format(&session.chain, "feedback-correct", &[])
        } else {
            l10n.format(
                &session.chain,
                "feedback-wrong",
                &[("answer", Arg::from(pending.expected_text.as_str()))],
            )
        };
        for skill in &mastered {
            message.push(' ');
            message.push_str(&l10n.format(
                &session.chain,
                "feedback-mastered",
                &[("skill", Arg::from(skill.as_str()))],
            ));
        }
        if let Some(title) = &unit_completed {
            message.push(' ');
            message.push_str(&l10n.format(
                &session.chain,
                "feedback-unit-done",
                &[("unit", Arg::from(title.as_str()))],
            ));
        }
        let correct_choice = match pending.expected {
            Expected::Choice(i) => u32::try_from(i).ok(),
            Expected::Spelling(_) => None,
        };
        Ok(Feedback {
            correct: outcome.correct,
            message,
            expected: pending.expected_text,
            correct_choice,
            first_difference: outcome.first_difference.and_then(|d| u32::try_from(d).ok()),
            mastered,
            unit_completed,
            session_complete: session.complete(now),
        })
    }

    /// Ends a session (an unanswered exercise is dropped) and summarizes it.
    pub fn end_session(&mut self, session_id: &str) -> Result<SessionSummary> {
        let now = self.clock.now_ms();
        let session = self
            .sessions
            .get(session_id)
            .ok_or_else(|| Error::NotFound(format!("no open session with id {session_id}")))?;
        let mut placed = Vec::new();
        match &session.placement {
            Some(p) => {
                // The test's result is applied and the session ended in one transaction.
                let units = placement::placed_units(&session.pack, &p.results);
                let mut model = session.model.clone();
                let changed =
                    placement::apply(&Engine::default(), &session.pack, &mut model, units, now);
                let skills: Vec<(&str, &SkillState)> = changed
                    .iter()
                    .filter_map(|k| model.skills.get(k).map(|s| (k.as_str(), s)))
                    .collect();
                let effects = AttemptEffects {
                    skills: &skills,
                    ability: model.ability,
                    letters: model.letters,
                    item: None,
                };
                self.store.end_session_with_state(
                    session_id,
                    now,
                    &session.learner,
                    session.pack.id(),
                    &effects,
                )?;
                placed = session.pack.units[..units]
                    .iter()
                    .map(|u| u.title.clone())
                    .collect();
            }
            None => self.store.end_session(session_id, now)?,
        }
        let session = self
            .sessions
            .remove(session_id)
            .ok_or_else(|| Error::NotFound(session_id.to_owned()))?;
        let answered = session.history.len() as u32;
        let message = self.l10n.format(
            &session.chain,
            "shell-session-summary",
            &[
                ("correct", Arg::from(session.correct)),
                ("total", Arg::from(answered)),
            ],
        );
        Ok(SessionSummary {
            answered,
            correct: session.correct,
            mastered: session.mastered,
            placed,
            message,
        })
    }
}

/// How many choices a guess picks from: the number of choices for a tap, none for tiles (a
/// random order of several tiles is rarely right).
fn guess_choices(exercise: &Exercise) -> usize {
    match exercise.mode {
        AnswerMode::TapOne => exercise.choices.len(),
        AnswerMode::OrderTiles => 0,
    }
}
