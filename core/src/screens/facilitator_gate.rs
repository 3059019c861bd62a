//! The way into facilitator mode: a facilitator chooses herself and types her PIN; on a phone
//! with no facilitator yet, a name and a PIN make the first. The core keeps only a hash of the
//! PIN and locks a facilitator out after repeated wrong tries, as it does learners.

use crate::error::Error;
use crate::screens::pin_pad::{PinPad, Tried};
use crate::store::Facilitator;
use crate::{Kusoma, Result};

/// A facilitator on the gate's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacilitatorCard {
    /// Her id.
    pub id: String,
    /// Her name.
    pub name: String,
}

impl FacilitatorCard {
    fn of(f: &Facilitator) -> FacilitatorCard {
        FacilitatorCard {
            id: f.id.clone(),
            name: f.name.clone(),
        }
    }
}

/// What the gate draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GateState {
    /// The phone's facilitators; empty on a new phone.
    pub facilitators: Vec<FacilitatorCard>,
    /// The gate creates the phone's first facilitator (name field and PIN pad).
    pub creating: bool,
    /// The first facilitator's name as typed (creating only).
    pub name: String,
    /// The facilitator whose card was tapped: the pad is for her.
    pub chosen: Option<FacilitatorCard>,
    /// How many PIN digits are typed.
    pub pin_digits: u32,
    /// The PIN may be tried (and, when creating, a name is typed).
    pub can_submit: bool,
    /// The last PIN was wrong.
    pub wrong_try: bool,
    /// Locked after repeated wrong tries until then (ms since the epoch).
    pub locked_until_ms: Option<i64>,
    /// The facilitator the core unlocked: facilitator mode opens.
    pub unlocked: Option<FacilitatorCard>,
}

/// The gate's flow; the PIN typed stays here.
#[derive(Debug)]
pub struct FacilitatorGate {
    state: GateState,
    pin: PinPad,
}

impl FacilitatorGate {
    /// The gate with the phone's facilitators.
    pub fn new(k: &Kusoma) -> Result<FacilitatorGate> {
        let facilitators: Vec<_> = k.facilitators()?.iter().map(FacilitatorCard::of).collect();
        Ok(FacilitatorGate {
            state: GateState {
                creating: facilitators.is_empty(),
                facilitators,
                name: String::new(),
                chosen: None,
                pin_digits: 0,
                can_submit: false,
                wrong_try: false,
                locked_until_ms: None,
                unlocked: None,
            },
            pin: PinPad::default(),
        })
    }

    /// What the gate draws now.
    pub fn state(&self) -> &GateState {
        &self.state
    }

    /// Chooses facilitator `id`: her pad opens, empty.
    pub fn choose(&mut self, id: &str) -> Result<()> {
        let card = self
            .state
            .facilitators
            .iter()
            .find(|f| f.id == id)
            .cloned()
            .ok_or_else(|| Error::NotFound(format!("no facilitator {id} on this phone")))?;
        self.state.chosen = Some(card);
        self.state.locked_until_ms = None;
        self.start_again(false);
        Ok(())
    }

    /// The first facilitator's name as typed (ignored when the phone has facilitators).
    pub fn set_name(&mut self, name: &str) {
        if self.state.creating {
            name.clone_into(&mut self.state.name);
            self.show();
        }
    }

    /// Types a digit on the pad.
    pub fn type_digit(&mut self, digit: u32) -> Result<()> {
        self.pin.type_digit(digit)?;
        self.state.wrong_try = false;
        self.show();
        Ok(())
    }

    /// Takes back the last digit.
    pub fn delete_digit(&mut self) {
        self.pin.delete();
        self.show();
    }

    /// Tries the PIN: unlocks the chosen facilitator, or creates the first one with the name
    /// typed and unlocks her. Ignored until it may be tried. A wrong PIN empties the pad.
    pub fn submit(&mut self, k: &mut Kusoma) -> Result<()> {
        if !self.state.can_submit {
            return Ok(());
        }
        let facilitator = if self.state.creating {
            let created =
                FacilitatorCard::of(&k.create_facilitator(&self.state.name, self.pin.digits())?);
            self.state.facilitators = vec![created.clone()];
            self.state.creating = false;
            self.state.chosen = Some(created.clone());
            created
        } else {
            match &self.state.chosen {
                Some(chosen) => chosen.clone(),
                None => return Ok(()),
            }
        };
        match Tried::of(k.unlock_facilitator(&facilitator.id, self.pin.digits()))? {
            Tried::Accepted => {
                self.start_again(false);
                self.state.locked_until_ms = None;
                self.state.unlocked = Some(facilitator);
            }
            Tried::Wrong => self.start_again(true),
            Tried::LockedUntil(until_ms) => {
                self.start_again(false);
                self.state.locked_until_ms = Some(until_ms);
            }
        }
        Ok(())
    }

    /// Back from the pad to the list.
    pub fn back(&mut self) {
        self.state.chosen = None;
        self.state.locked_until_ms = None;
        self.start_again(false);
    }

    fn start_again(&mut self, wrong: bool) {
        self.pin.clear();
        self.state.wrong_try = wrong;
        self.show();
    }

    fn show(&mut self) {
        self.state.pin_digits = self.pin.count();
        let named = !self.state.creating || !self.state.name.trim().is_empty();
        let someone = self.state.creating || self.state.chosen.is_some();
        self.state.can_submit = self.pin.complete() && named && someone;
    }
}
