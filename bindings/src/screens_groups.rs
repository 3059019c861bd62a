//! Facilitator mode's forms from `kusoma_core::screens::{enrol, groups}`: the enrolment form,
//! the groups, a group's roster and the attendance that starts a group session. Each action
//! returns what the screen draws next, so one tap is one call.

use std::sync::{Arc, Mutex};

use kusoma_core::screens::enrol::{Enrol, EnrolView};
use kusoma_core::screens::groups::{
    Attendance, AttendanceView, GroupCard, Groups, GroupsView, Roster, RosterView,
};
use kusoma_core::screens::sign_in::LearnerCard;

use crate::engine::KusomaEngine;
use crate::error::KusomaError;
use crate::flow::{act, held};

type Result<T> = std::result::Result<T, KusomaError>;

// The core's records, crossing as the core defines them (uniffi needs their shape restated
// while the core has no uniffi).
#[uniffi::remote(Record)]
pub struct EnrolView {
    pub name: String,
    pub icon: String,
    pub pictures: Vec<u32>,
    pub can_save: bool,
    pub refused: Option<String>,
    pub enrolled: Option<LearnerCard>,
}

#[uniffi::remote(Record)]
pub struct GroupCard {
    pub id: String,
    pub name: String,
    pub members: u32,
}

#[uniffi::remote(Record)]
pub struct GroupsView {
    pub groups: Vec<GroupCard>,
    pub new_name: String,
    pub can_create: bool,
    pub refused: Option<String>,
}

#[uniffi::remote(Record)]
pub struct RosterView {
    pub group: GroupCard,
    pub roster: Vec<LearnerCard>,
    pub others: Vec<LearnerCard>,
    pub adding: Vec<String>,
}

#[uniffi::remote(Record)]
pub struct AttendanceView {
    pub group: String,
    pub roster: Vec<LearnerCard>,
    pub absent: Vec<String>,
    pub turn_every: u32,
    pub can_more: bool,
    pub can_fewer: bool,
    pub can_start: bool,
    pub started: Option<String>,
}

/// The enrolment form (`kusoma_core::screens::enrol`).
#[derive(uniffi::Object)]
pub struct EnrolFlow {
    inner: Mutex<Enrol>,
}

#[uniffi::export]
impl EnrolFlow {
    /// An empty form, with a card picture no other learner has.
    #[uniffi::constructor]
    pub fn new(engine: Arc<KusomaEngine>) -> Result<Arc<Self>> {
        let inner = Mutex::new(Enrol::new(&engine.core())?);
        Ok(Arc::new(EnrolFlow { inner }))
    }

    /// What the form draws now.
    pub fn view(&self) -> EnrolView {
        held(&self.inner).view().clone()
    }

    /// Her name as typed.
    pub fn set_name(&self, name: String) -> Result<EnrolView> {
        act(&self.inner, Enrol::view, |f| {
            f.set_name(&name);
            Ok(())
        })
    }

    /// Chooses the picture on her card (one of the card pictures).
    pub fn choose_icon(&self, icon: String) -> Result<EnrolView> {
        act(&self.inner, Enrol::view, |f| f.choose_icon(&icon))
    }

    /// Taps login picture `position` (0–11) as the next of her secret.
    pub fn tap_picture(&self, position: u32) -> Result<EnrolView> {
        act(&self.inner, Enrol::view, |f| f.tap_picture(position))
    }

    /// Clears her secret.
    pub fn clear_pictures(&self) -> Result<EnrolView> {
        act(&self.inner, Enrol::view, |f| {
            f.clear_pictures();
            Ok(())
        })
    }

    /// Enrols her; a refused name comes back in `refused`.
    pub fn save(&self, engine: Arc<KusomaEngine>) -> Result<EnrolView> {
        act(&self.inner, Enrol::view, |f| f.save(&mut engine.core()))
    }
}

/// Facilitator mode's list of groups (`kusoma_core::screens::groups::Groups`).
#[derive(uniffi::Object)]
pub struct GroupsFlow {
    inner: Mutex<Groups>,
}

#[uniffi::export]
impl GroupsFlow {
    /// The phone's groups.
    #[uniffi::constructor]
    pub fn new(engine: Arc<KusomaEngine>) -> Result<Arc<Self>> {
        let inner = Mutex::new(Groups::new(&engine.core())?);
        Ok(Arc::new(GroupsFlow { inner }))
    }

    /// What the list draws now.
    pub fn view(&self) -> GroupsView {
        held(&self.inner).view().clone()
    }

    /// Reads the groups again.
    pub fn refresh(&self, engine: Arc<KusomaEngine>) -> Result<GroupsView> {
        act(&self.inner, Groups::view, |f| f.refresh(&engine.core()))
    }

    /// The new group's name as typed.
    pub fn set_name(&self, name: String) -> Result<GroupsView> {
        act(&self.inner, Groups::view, |f| {
            f.set_name(&name);
            Ok(())
        })
    }

    /// Makes the group; a refused name comes back in `refused`.
    pub fn create(&self, engine: Arc<KusomaEngine>) -> Result<GroupsView> {
        act(&self.inner, Groups::view, |f| f.create(&mut engine.core()))
    }
}

/// One group's roster (`kusoma_core::screens::groups::Roster`).
#[derive(uniffi::Object)]
pub struct RosterFlow {
    inner: Mutex<Roster>,
}

#[uniffi::export]
impl RosterFlow {
    /// Group `group`'s screen.
    #[uniffi::constructor]
    pub fn new(engine: Arc<KusomaEngine>, group: String) -> Result<Arc<Self>> {
        let inner = Mutex::new(Roster::new(&engine.core(), &group)?);
        Ok(Arc::new(RosterFlow { inner }))
    }

    /// What the group's screen draws now.
    pub fn view(&self) -> RosterView {
        held(&self.inner).view().clone()
    }

    /// Ticks or unticks learner `id` to be added.
    pub fn toggle_adding(&self, id: String) -> Result<RosterView> {
        act(&self.inner, Roster::view, |f| f.toggle_adding(&id))
    }

    /// Puts the ticked learners on the roster.
    pub fn add_ticked(&self, engine: Arc<KusomaEngine>) -> Result<RosterView> {
        act(&self.inner, Roster::view, |f| {
            f.add_ticked(&mut engine.core())
        })
    }
}

/// The attendance that starts a group session (`kusoma_core::screens::groups::Attendance`).
#[derive(uniffi::Object)]
pub struct AttendanceFlow {
    inner: Mutex<Attendance>,
}

#[uniffi::export]
impl AttendanceFlow {
    /// Group `group`'s attendance for a session in `pack`, everyone present.
    #[uniffi::constructor]
    pub fn new(engine: Arc<KusomaEngine>, group: String, pack: String) -> Result<Arc<Self>> {
        let inner = Mutex::new(Attendance::new(&engine.core(), &group, &pack)?);
        Ok(Arc::new(AttendanceFlow { inner }))
    }

    /// What the attendance screen draws now.
    pub fn view(&self) -> AttendanceView {
        held(&self.inner).view().clone()
    }

    /// Marks learner `id` absent, or present again.
    pub fn toggle(&self, id: String) -> Result<AttendanceView> {
        act(&self.inner, Attendance::view, |f| f.toggle(&id))
    }

    /// One more exercise per turn.
    pub fn more(&self) -> Result<AttendanceView> {
        act(&self.inner, Attendance::view, |f| {
            f.more();
            Ok(())
        })
    }

    /// One fewer exercise per turn.
    pub fn fewer(&self) -> Result<AttendanceView> {
        act(&self.inner, Attendance::view, |f| {
            f.fewer();
            Ok(())
        })
    }

    /// Starts the group session with this attendance; `started` holds its id.
    pub fn start(&self, engine: Arc<KusomaEngine>) -> Result<AttendanceView> {
        act(&self.inner, Attendance::view, |f| {
            f.start(&mut engine.core())
        })
    }
}
