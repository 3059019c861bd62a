//! Facilitator tools for a group: rosters, group sessions, attendance in a few taps, and
//! pass-the-phone turns.
//!
//! Attendance starts with everyone present; the facilitator taps only who is absent, in one
//! call, so a 30-learner roster takes seconds, not minutes. A turn is an ordinary learning
//! session of one learner, tagged with the group session: every answer is recorded against the
//! learner whose turn it is, and the rotation is derived from the stored sessions, so it
//! survives the app being closed.

use crate::error::{Error, Result};
use crate::kusoma::Kusoma;
use crate::profile::valid_name;
use crate::session::{MAX_SESSION_EXERCISES, SessionOptions};
use crate::store::{AttendanceEntry, Group, GroupSessionRecord, Learner};

/// How long each pass-the-phone turn lasts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TurnRule {
    /// Pass the phone after this many exercises.
    Exercises(u32),
    /// Pass the phone after this many minutes.
    Minutes(u32),
}

impl TurnRule {
    fn stored(self) -> (u32, &'static str) {
        match self {
            TurnRule::Exercises(n) => (n, "exercises"),
            TurnRule::Minutes(n) => (n, "minutes"),
        }
    }

    fn from_stored(every: u32, unit: &str) -> TurnRule {
        if unit == "minutes" {
            TurnRule::Minutes(every)
        } else {
            TurnRule::Exercises(every)
        }
    }
}

/// Whose turn it is in a group session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Turn {
    /// The learner holding the phone.
    pub learner: Learner,
    /// The learning session of this turn: ask it for exercises, submit answers to it.
    pub session: String,
    /// 1 for the first turn of the group session, and so on.
    pub number: u32,
    /// True when this call started the turn: the shell shows "pass the phone to …".
    pub changed: bool,
}

impl Kusoma {
    /// Creates a group.
    pub fn create_group(&mut self, name: &str) -> Result<Group> {
        self.require_facilitator()?;
        let name = valid_name(name)?;
        let id = uuid::Uuid::new_v4().to_string();
        self.store.insert_group(&id, &name, self.clock.now_ms())?;
        self.store.group(&id)
    }

    /// Every group on the phone.
    pub fn groups(&self) -> Result<Vec<Group>> {
        self.require_facilitator()?;
        self.store.groups()
    }

    /// One group, with its member count.
    pub fn group(&self, id: &str) -> Result<Group> {
        self.require_facilitator()?;
        self.store.group(id)
    }

    /// Puts learners on a group's roster, all or none.
    pub fn add_to_group(&mut self, group: &str, learners: &[String]) -> Result<Group> {
        self.require_facilitator()?;
        self.store
            .add_members(group, learners, self.clock.now_ms())?;
        self.store.group(group)
    }

    /// Takes a learner off a roster.
    pub fn remove_from_group(&mut self, group: &str, learner: &str) -> Result<Group> {
        self.require_facilitator()?;
        self.store.remove_member(group, learner)?;
        self.store.group(group)
    }

    /// A group's roster.
    pub fn roster(&self, group: &str) -> Result<Vec<Learner>> {
        self.require_facilitator()?;
        self.store.roster(group)
    }

    /// Starts a group session in a pack, everyone on the roster present but `absent`, stored
    /// with its attendance in one transaction (a kill leaves no session or this one). `turns`:
    /// how pass-the-phone turns rotate (`None`: no turns, e.g. an assessment day). An absent
    /// learner who is not on the roster is refused, and nothing is stored.
    pub fn start_group_session(
        &mut self,
        group: &str,
        pack: &str,
        turns: Option<TurnRule>,
        absent: &[String],
    ) -> Result<GroupSessionRecord> {
        self.require_facilitator()?;
        self.pack(pack)?;
        let (every, unit) = turns.map_or((0, "exercises"), TurnRule::stored);
        let limit = if unit == "minutes" {
            120
        } else {
            MAX_SESSION_EXERCISES
        };
        if turns.is_some() && !(1..=limit).contains(&every) {
            return Err(Error::InvalidInput(format!(
                "a turn lasts 1 to {limit} {unit}"
            )));
        }
        let record = GroupSessionRecord {
            id: uuid::Uuid::new_v4().to_string(),
            group: group.to_owned(),
            pack: pack.to_owned(),
            started_ms: self.clock.now_ms(),
            ended_ms: None,
            notes: String::new(),
            turn_every: every,
            turn_unit: unit.to_owned(),
        };
        self.store.insert_group_session(&record, absent)?;
        Ok(record)
    }

    /// A group's sessions, oldest first.
    pub fn group_sessions(&self, group: &str) -> Result<Vec<GroupSessionRecord>> {
        self.require_facilitator()?;
        self.store.group_sessions(group)
    }

    /// Marks learners absent (or, with `present`, back present) in one call.
    pub fn set_attendance(
        &mut self,
        group_session: &str,
        learners: &[String],
        present: bool,
    ) -> Result<Vec<AttendanceEntry>> {
        self.require_facilitator()?;
        self.store
            .set_attendance(group_session, learners, present, self.clock.now_ms())?;
        self.store.attendance(group_session)
    }

    /// A group session's attendance, in roster order.
    pub fn attendance(&self, group_session: &str) -> Result<Vec<AttendanceEntry>> {
        self.require_facilitator()?;
        self.store.attendance(group_session)
    }

    /// Whose turn it is. The first call starts the first present learner's turn; later calls
    /// return the same turn until it has run its exercises or minutes, then end it and start the
    /// next present learner's (round the roster, skipping the absent).
    pub fn group_turn(&mut self, group_session: &str) -> Result<Turn> {
        self.require_facilitator()?;
        let gs = self.store.group_session(group_session)?;
        if gs.ended_ms.is_some() {
            return Err(Error::InvalidInput("this group session has ended".into()));
        }
        if gs.turn_every == 0 {
            return Err(Error::InvalidInput(
                "this group session has no pass-the-phone turns".into(),
            ));
        }
        let rule = TurnRule::from_stored(gs.turn_every, &gs.turn_unit);
        let present: Vec<Learner> = self
            .store
            .attendance(group_session)?
            .into_iter()
            .filter(|a| a.present)
            .map(|a| a.learner)
            .collect();
        if present.is_empty() {
            return Err(Error::InvalidInput(
                "nobody is marked present in this group session".into(),
            ));
        }
        let turns = self.store.turns(group_session)?;
        let now = self.clock.now_ms();
        let next_index = match turns.last() {
            Some((session, learner, started, attempts)) => {
                let over = match rule {
                    TurnRule::Exercises(n) => *attempts >= n,
                    TurnRule::Minutes(m) => now - started >= i64::from(m) * 60_000,
                };
                let open = self.sessions.contains_key(session);
                if !over && open {
                    let learner = self.store.learner(learner)?;
                    return Ok(Turn {
                        learner,
                        session: session.clone(),
                        number: turns.len() as u32,
                        changed: false,
                    });
                }
                if open {
                    self.end_session(session)?;
                }
                // The next present learner after this one in roster order; if this one is now
                // absent or gone, start again from the top.
                present
                    .iter()
                    .position(|l| &l.id == learner)
                    .map_or(0, |i| (i + 1) % present.len())
            }
            None => 0,
        };
        let learner = present[next_index].clone();
        let options = match rule {
            TurnRule::Exercises(n) => SessionOptions {
                exercises: n,
                ..SessionOptions::default()
            },
            TurnRule::Minutes(m) => SessionOptions {
                exercises: MAX_SESSION_EXERCISES,
                minutes: Some(m),
                ..SessionOptions::default()
            },
        };
        let session = self.open_session(
            &learner.id,
            &gs.pack,
            &options,
            None,
            Some(group_session.to_owned()),
        )?;
        Ok(Turn {
            learner,
            session,
            number: turns.len() as u32 + 1,
            changed: true,
        })
    }

    /// Ends a group session (and the turn in progress) with the facilitator's notes.
    pub fn end_group_session(
        &mut self,
        group_session: &str,
        notes: &str,
    ) -> Result<GroupSessionRecord> {
        self.require_facilitator()?;
        if notes.chars().count() > 4_000 {
            return Err(Error::InvalidInput(
                "session notes can have at most 4,000 characters".into(),
            ));
        }
        let open: Vec<String> = self
            .store
            .turns(group_session)?
            .into_iter()
            .map(|t| t.0)
            .filter(|s| self.sessions.contains_key(s))
            .collect();
        for s in open {
            self.end_session(&s)?;
        }
        self.store
            .end_group_session(group_session, notes, self.clock.now_ms())?;
        self.store.group_session(group_session)
    }
}
