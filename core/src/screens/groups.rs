//! Facilitator mode's group screens: the list of groups with a new one ([`Groups`]), one group's
//! roster with learners to add ([`Roster`]), and the attendance that starts a group session
//! ([`Attendance`]). Each needs a facilitator unlocked, as the core's group calls do.
//!
//! Starting a session stores it with its attendance in one transaction
//! ([`Kusoma::start_group_session`] with the absent), so a phone that dies as Start is tapped
//! has either no session or the one with the right learners marked absent.

use crate::error::Error;
use crate::group::TurnRule;
use crate::screens::sign_in::LearnerCard;
use crate::store::Group;
use crate::{Kusoma, Result};

/// Fewest exercises a pass-the-phone turn can have on the attendance screen.
pub const TURN_MIN: u32 = 1;
/// Most exercises a turn can have there: a turn is a few minutes with the phone, not a lesson.
pub const TURN_MAX: u32 = 20;
/// Exercises per turn when the screen opens.
pub const TURN_DEFAULT: u32 = 3;

/// A group on the list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupCard {
    /// Its id.
    pub id: String,
    /// Its name.
    pub name: String,
    /// Learners on its roster.
    pub members: u32,
}

impl GroupCard {
    /// The card of a stored group.
    pub fn of(g: &Group) -> GroupCard {
        GroupCard {
            id: g.id.clone(),
            name: g.name.clone(),
            members: g.members,
        }
    }
}

/// What the list of groups draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupsView {
    /// The phone's groups, oldest first.
    pub groups: Vec<GroupCard>,
    /// The new group's name as typed.
    pub new_name: String,
    /// A group can be made with that name (one is typed).
    pub can_create: bool,
    /// Why the core refused the last new group (the name is kept).
    pub refused: Option<String>,
}

/// The list of groups and a new one.
#[derive(Debug)]
pub struct Groups {
    view: GroupsView,
}

impl Groups {
    /// The phone's groups.
    pub fn new(k: &Kusoma) -> Result<Groups> {
        let mut groups = Groups {
            view: GroupsView {
                groups: Vec::new(),
                new_name: String::new(),
                can_create: false,
                refused: None,
            },
        };
        groups.refresh(k)?;
        Ok(groups)
    }

    /// What the list draws now.
    pub fn view(&self) -> &GroupsView {
        &self.view
    }

    /// Reads the groups again (rosters grow on other screens).
    pub fn refresh(&mut self, k: &Kusoma) -> Result<()> {
        self.view.groups = k.groups()?.iter().map(GroupCard::of).collect();
        Ok(())
    }

    /// The new group's name as typed.
    pub fn set_name(&mut self, name: &str) {
        name.clone_into(&mut self.view.new_name);
        self.view.can_create = !name.trim().is_empty();
        self.view.refused = None;
    }

    /// Makes the group when a name is typed; a name the core refuses is said in
    /// [`GroupsView::refused`].
    pub fn create(&mut self, k: &mut Kusoma) -> Result<()> {
        if !self.view.can_create {
            return Ok(());
        }
        match k.create_group(self.view.new_name.trim()) {
            Ok(_) => self.set_name(""),
            Err(Error::InvalidInput(reason)) => self.view.refused = Some(reason),
            Err(e) => return Err(e),
        }
        self.refresh(k)
    }
}

/// What one group's screen draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RosterView {
    /// The group.
    pub group: GroupCard,
    /// Its learners in roster order (the order turns go round).
    pub roster: Vec<LearnerCard>,
    /// The phone's learners not on the roster, who can be added.
    pub others: Vec<LearnerCard>,
    /// Those ticked to be added, in the order of `others`.
    pub adding: Vec<String>,
}

/// One group: its roster and adding learners to it.
#[derive(Debug)]
pub struct Roster {
    view: RosterView,
}

impl Roster {
    /// Group `group`'s screen.
    pub fn new(k: &Kusoma, group: &str) -> Result<Roster> {
        Ok(Roster {
            view: Roster::load(k, group)?,
        })
    }

    fn load(k: &Kusoma, group: &str) -> Result<RosterView> {
        let card = GroupCard::of(&k.group(group)?);
        let roster: Vec<LearnerCard> = k.roster(group)?.iter().map(LearnerCard::of).collect();
        let others = k
            .learners()?
            .iter()
            .filter(|l| !roster.iter().any(|r| r.id == l.id))
            .map(LearnerCard::of)
            .collect();
        Ok(RosterView {
            group: card,
            roster,
            others,
            adding: Vec::new(),
        })
    }

    /// What the group's screen draws now.
    pub fn view(&self) -> &RosterView {
        &self.view
    }

    /// Ticks learner `id` to be added, or unticks her; only a learner off the roster.
    pub fn toggle_adding(&mut self, id: &str) -> Result<()> {
        if !self.view.others.iter().any(|l| l.id == id) {
            return Err(Error::NotFound(format!(
                "{id} is not a learner off the roster"
            )));
        }
        let v = &mut self.view;
        if v.adding.iter().any(|a| a == id) {
            v.adding.retain(|a| a != id);
        } else {
            v.adding.push(id.to_owned());
        }
        // Kept in the list's order, so the roster order does not depend on the order of taps.
        let others = &v.others;
        v.adding
            .sort_by_key(|a| others.iter().position(|l| &l.id == a));
        Ok(())
    }

    /// Puts the ticked learners on the roster, all or none, and reads the group again.
    pub fn add_ticked(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.view.adding.is_empty() {
            return Ok(());
        }
        k.add_to_group(&self.view.group.id, &self.view.adding)?;
        self.view = Roster::load(k, &self.view.group.id)?;
        Ok(())
    }
}

/// What the attendance screen draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceView {
    /// The group's name.
    pub group: String,
    /// Its roster; everyone is present until touched.
    pub roster: Vec<LearnerCard>,
    /// Those marked absent.
    pub absent: Vec<String>,
    /// Exercises per pass-the-phone turn.
    pub turn_every: u32,
    /// One more is allowed (below [`TURN_MAX`]).
    pub can_more: bool,
    /// One fewer is allowed (above [`TURN_MIN`]).
    pub can_fewer: bool,
    /// Start is allowed: somebody is present.
    pub can_start: bool,
    /// The group session once started.
    pub started: Option<String>,
}

/// Attendance in a few taps, the turn length, and Start.
#[derive(Debug)]
pub struct Attendance {
    view: AttendanceView,
    group: String,
    pack: String,
}

impl Attendance {
    /// Group `group`'s attendance for a session in `pack`, everyone present.
    pub fn new(k: &Kusoma, group: &str, pack: &str) -> Result<Attendance> {
        let mut a = Attendance {
            view: AttendanceView {
                group: k.group(group)?.name,
                roster: k.roster(group)?.iter().map(LearnerCard::of).collect(),
                absent: Vec::new(),
                turn_every: TURN_DEFAULT,
                can_more: false,
                can_fewer: false,
                can_start: false,
                started: None,
            },
            group: group.to_owned(),
            pack: pack.to_owned(),
        };
        a.show();
        Ok(a)
    }

    /// What the attendance screen draws now.
    pub fn view(&self) -> &AttendanceView {
        &self.view
    }

    /// Marks learner `id` absent, or present again (before Start).
    pub fn toggle(&mut self, id: &str) -> Result<()> {
        if !self.view.roster.iter().any(|l| l.id == id) {
            return Err(Error::NotFound(format!("{id} is not on the roster")));
        }
        if self.view.started.is_none() {
            let absent = &mut self.view.absent;
            if absent.iter().any(|a| a == id) {
                absent.retain(|a| a != id);
            } else {
                absent.push(id.to_owned());
            }
            self.show();
        }
        Ok(())
    }

    /// One more exercise per turn, up to [`TURN_MAX`].
    pub fn more(&mut self) {
        self.view.turn_every = (self.view.turn_every + 1).min(TURN_MAX);
        self.show();
    }

    /// One fewer exercise per turn, down to [`TURN_MIN`].
    pub fn fewer(&mut self) {
        self.view.turn_every = self.view.turn_every.saturating_sub(1).max(TURN_MIN);
        self.show();
    }

    /// Starts the group session with this attendance, stored together; a second Start gives
    /// the same session. Nobody present is refused.
    pub fn start(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.view.started.is_some() {
            return Ok(());
        }
        if !self.view.can_start {
            return Err(Error::InvalidInput(
                "nobody is marked present: a group session needs a learner".into(),
            ));
        }
        let rule = Some(TurnRule::Exercises(self.view.turn_every));
        let session = k.start_group_session(&self.group, &self.pack, rule, &self.view.absent)?;
        self.view.started = Some(session.id);
        self.show();
        Ok(())
    }

    fn show(&mut self) {
        let v = &mut self.view;
        let open = v.started.is_none();
        v.can_more = open && v.turn_every < TURN_MAX;
        v.can_fewer = open && v.turn_every > TURN_MIN;
        v.can_start = open && v.absent.len() < v.roster.len();
    }
}
