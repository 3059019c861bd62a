//! The profile chooser and a learner's sign-in: list the learners on this phone, create one,
//! choose one, take her picture login and/or PIN to the core. One state machine for both apps
//! (they had drifted: one let a one-digit PIN be sent, the other kept the pad open after a wrong
//! try only for some learners).
//!
//! What it shows never reveals a secret: how many pictures and digits were entered, never which.

use crate::error::Error;
use crate::screens::defaults::card_picture;
use crate::screens::pin_pad::{PinPad, Tried};
use crate::secret::{PICTURE_SEQUENCE, PICTURES};
use crate::store::Learner;
use crate::{Kusoma, Result};

/// One learner on the profile chooser: her picture and name, and how she signs in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LearnerCard {
    /// Her id.
    pub id: String,
    /// Her name.
    pub name: String,
    /// The picture on her card.
    pub picture: String,
    /// She set a picture login (3 of the 12 login pictures).
    pub has_pictures: bool,
    /// She set a PIN.
    pub has_pin: bool,
}

impl LearnerCard {
    /// The card of a stored learner (one stored before card pictures gets the first).
    pub fn of(l: &Learner) -> LearnerCard {
        LearnerCard {
            id: l.id.clone(),
            name: l.name.clone(),
            picture: card_picture(&l.icon).to_owned(),
            has_pictures: l.has_pictures,
            has_pin: l.has_pin,
        }
    }
}

/// Which step of the sign-in is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SignInStep {
    /// The profile chooser: nobody chosen.
    Choose,
    /// The chosen learner taps her pictures (also a learner with neither secret: any three sign
    /// her in).
    Pictures,
    /// The chosen learner types her PIN (after her pictures when she has both).
    Pin,
    /// She is signed in.
    SignedIn,
}

/// What the profile chooser and the sign-in screens draw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignInState {
    /// Every learner on this phone, oldest first.
    pub learners: Vec<LearnerCard>,
    /// The learner whose card was tapped; none on the chooser.
    pub chosen: Option<LearnerCard>,
    /// The step shown.
    pub step: SignInStep,
    /// How many login pictures were tapped (the slots show this many neutral marks).
    pub pictures_entered: u32,
    /// How many PIN digits were typed (the pad shows this many dots).
    pub pin_digits: u32,
    /// Enough digits to try the PIN.
    pub can_submit_pin: bool,
    /// The last try was wrong: everything starts again (show ✗, say "try again").
    pub wrong_try: bool,
    /// Too many wrong tries: the profile is locked until then (ms since the epoch).
    pub locked_until_ms: Option<i64>,
}

/// The sign-in flow; the secrets entered stay here, never in [`SignInState`].
#[derive(Debug)]
pub struct SignIn {
    state: SignInState,
    pictures: Vec<u8>,
    pin: PinPad,
}

impl SignIn {
    /// The chooser with this phone's learners.
    pub fn new(k: &Kusoma) -> Result<SignIn> {
        let mut flow = SignIn {
            state: SignInState {
                learners: Vec::new(),
                chosen: None,
                step: SignInStep::Choose,
                pictures_entered: 0,
                pin_digits: 0,
                can_submit_pin: false,
                wrong_try: false,
                locked_until_ms: None,
            },
            pictures: Vec::new(),
            pin: PinPad::default(),
        };
        flow.refresh(k)?;
        Ok(flow)
    }

    /// What the screens draw now.
    pub fn state(&self) -> &SignInState {
        &self.state
    }

    /// Reloads the learners from the store (the one chosen stays chosen if she is still there).
    pub fn refresh(&mut self, k: &Kusoma) -> Result<()> {
        self.state.learners = k.learners()?.iter().map(LearnerCard::of).collect();
        if let Some(chosen) = &self.state.chosen {
            match self.state.learners.iter().find(|c| c.id == chosen.id) {
                Some(card) => self.state.chosen = Some(card.clone()),
                None => self.back_to_chooser(),
            }
        }
        Ok(())
    }

    /// Creates a learner with `name` and `picture` (empty: the core's suggestion, one no other
    /// learner has) and chooses her.
    pub fn create(&mut self, k: &mut Kusoma, name: &str, picture: &str) -> Result<LearnerCard> {
        let picture = match picture {
            "" => k.suggested_card_picture()?,
            p => p,
        };
        let learner = k.create_learner(name, picture)?;
        self.refresh(k)?;
        self.choose(&learner.id)?;
        Ok(LearnerCard::of(&learner))
    }

    /// Chooses learner `id`: her sign-in starts empty, at her pictures unless she has only a PIN.
    pub fn choose(&mut self, id: &str) -> Result<()> {
        let card = self
            .state
            .learners
            .iter()
            .find(|c| c.id == id)
            .cloned()
            .ok_or_else(|| Error::NotFound(format!("no learner {id} on this phone")))?;
        self.state.chosen = Some(card);
        self.state.locked_until_ms = None;
        self.start_again(false);
        Ok(())
    }

    /// Taps login picture `position` (0–11). The last tap goes on to her PIN when she has one,
    /// else asks the core to sign her in. Ignored outside the pictures step.
    pub fn tap_picture(&mut self, k: &mut Kusoma, position: u32) -> Result<()> {
        let position = u8::try_from(position)
            .ok()
            .filter(|p| *p < PICTURES)
            .ok_or_else(|| {
                Error::InvalidInput(format!(
                    "there are {PICTURES} login pictures, numbered 0 to {}; {position} is not one",
                    PICTURES - 1
                ))
            })?;
        if self.state.step != SignInStep::Pictures || self.pictures.len() >= PICTURE_SEQUENCE {
            return Ok(());
        }
        self.pictures.push(position);
        self.state.wrong_try = false;
        self.show_counts();
        if self.pictures.len() < PICTURE_SEQUENCE {
            return Ok(());
        }
        if self.chosen_has(|c| c.has_pin) {
            self.state.step = SignInStep::Pin;
            return Ok(());
        }
        self.sign_in(k)
    }

    /// Takes back the pictures tapped so far.
    pub fn clear_pictures(&mut self) {
        if self.state.step == SignInStep::Pictures {
            self.pictures.clear();
            self.show_counts();
        }
    }

    /// Types one PIN digit (0–9); ignored past the longest PIN or outside the PIN step.
    pub fn type_digit(&mut self, digit: u32) -> Result<()> {
        let mut pad = self.pin.clone();
        pad.type_digit(digit)?;
        if self.state.step == SignInStep::Pin {
            self.pin = pad;
            self.state.wrong_try = false;
            self.show_counts();
        }
        Ok(())
    }

    /// Takes back the last PIN digit.
    pub fn delete_digit(&mut self) {
        self.pin.delete();
        self.show_counts();
    }

    /// Sends her pictures (if she has some) and her PIN to the core; ignored until the PIN has
    /// its fewest digits.
    pub fn submit_pin(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.state.step != SignInStep::Pin || !self.pin.complete() {
            return Ok(());
        }
        self.sign_in(k)
    }

    /// Back to the chooser, nobody signed in (the quick exit and leaving a session).
    pub fn sign_out(&mut self, k: &mut Kusoma) {
        k.sign_out();
        self.back_to_chooser();
    }

    fn back_to_chooser(&mut self) {
        self.state.chosen = None;
        self.state.locked_until_ms = None;
        self.start_again(false);
        self.state.step = SignInStep::Choose;
    }

    fn chosen_has(&self, what: impl Fn(&LearnerCard) -> bool) -> bool {
        self.state.chosen.as_ref().is_some_and(what)
    }

    fn sign_in(&mut self, k: &mut Kusoma) -> Result<()> {
        let Some(chosen) = self.state.chosen.clone() else {
            return Ok(());
        };
        // Her pictures when she has some, or when she has neither secret (then any three do).
        let pictures = (chosen.has_pictures || !chosen.has_pin).then_some(self.pictures.as_slice());
        let pin = chosen.has_pin.then_some(self.pin.digits());
        match Tried::of(k.sign_in_learner(&chosen.id, pictures, pin))? {
            Tried::Accepted => {
                self.pictures.clear();
                self.pin.clear();
                self.show_counts();
                self.state.wrong_try = false;
                self.state.locked_until_ms = None;
                self.state.step = SignInStep::SignedIn;
            }
            Tried::Wrong => self.start_again(true),
            Tried::LockedUntil(until_ms) => {
                self.start_again(false);
                self.state.locked_until_ms = Some(until_ms);
            }
        }
        Ok(())
    }

    /// Empties the pictures and the PIN and goes back to her first step.
    fn start_again(&mut self, wrong: bool) {
        self.pictures.clear();
        self.pin.clear();
        self.show_counts();
        self.state.wrong_try = wrong;
        let pin_only = self.chosen_has(|c| c.has_pin && !c.has_pictures);
        self.state.step = match (&self.state.chosen, pin_only) {
            (None, _) => SignInStep::Choose,
            (Some(_), true) => SignInStep::Pin,
            (Some(_), false) => SignInStep::Pictures,
        };
    }

    fn show_counts(&mut self) {
        self.state.pictures_entered = self.pictures.len() as u32;
        self.state.pin_digits = self.pin.count();
        self.state.can_submit_pin = self.pin.complete();
    }
}
