//! The enrolment form: a facilitator enrols a learner with her name, the picture on her card
//! and, if she wants her progress kept to herself, three secret login pictures. Demographics
//! are not asked here: they need her consent, recorded separately.
//!
//! The secret is tapped as the learner will tap it at sign-in: in order, repeats allowed (as
//! [`crate::secret::picture_secret`] allows them), with "start again" to clear it. A name the
//! core refuses (empty, taken, with control characters) is said on the form, which keeps what
//! was typed, rather than thrown at the screen.

use crate::error::Error;
use crate::names;
use crate::profile::Enrolment;
use crate::screens::defaults::CARD_PICTURES;
use crate::screens::sign_in::LearnerCard;
use crate::secret::{PICTURE_SEQUENCE, PICTURES};
use crate::{Kusoma, Result};

/// What the enrolment form draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnrolView {
    /// Her name as typed.
    pub name: String,
    /// The picture on her card, one of the card pictures (a new form suggests one no other
    /// learner on the phone has).
    pub icon: String,
    /// Her secret login pictures, positions among the login pictures, in the order tapped:
    /// none, or up to three.
    pub pictures: Vec<u32>,
    /// The form can be saved: a name, and no secret or a whole one.
    pub can_save: bool,
    /// Why the core refused the last save (the form keeps what was typed).
    pub refused: Option<String>,
    /// The learner just enrolled; the form is empty again for the next one.
    pub enrolled: Option<LearnerCard>,
}

/// The enrolment form's flow.
#[derive(Debug)]
pub struct Enrol {
    view: EnrolView,
}

impl Enrol {
    /// An empty form with a suggested card picture.
    pub fn new(k: &Kusoma) -> Result<Enrol> {
        Ok(Enrol {
            view: EnrolView {
                name: String::new(),
                icon: k.suggested_card_picture()?.to_owned(),
                pictures: Vec::new(),
                can_save: false,
                refused: None,
                enrolled: None,
            },
        })
    }

    /// What the form draws now.
    pub fn view(&self) -> &EnrolView {
        &self.view
    }

    /// Her name as typed.
    pub fn set_name(&mut self, name: &str) {
        name.clone_into(&mut self.view.name);
        self.view.refused = None;
        self.show();
    }

    /// Chooses the picture on her card; anything but a card picture is refused.
    pub fn choose_icon(&mut self, icon: &str) -> Result<()> {
        if !CARD_PICTURES.contains(&icon) {
            return Err(Error::InvalidInput(format!(
                "{icon:?} is not one of the card pictures"
            )));
        }
        icon.clone_into(&mut self.view.icon);
        Ok(())
    }

    /// Taps login picture `position` (0–11) as the next of the secret; a fourth tap is ignored.
    pub fn tap_picture(&mut self, position: u32) -> Result<()> {
        if position >= u32::from(PICTURES) {
            return Err(Error::InvalidInput(format!(
                "there are {PICTURES} login pictures, numbered 0 to {}; {position} is not one",
                PICTURES - 1
            )));
        }
        if self.view.pictures.len() < PICTURE_SEQUENCE {
            self.view.pictures.push(position);
            self.show();
        }
        Ok(())
    }

    /// Clears the secret, to tap it again.
    pub fn clear_pictures(&mut self) {
        self.view.pictures.clear();
        self.show();
    }

    /// Enrols her when the form can be saved. A name the core refuses is said in
    /// [`EnrolView::refused`] and nothing is stored; other failures (no facilitator unlocked,
    /// storage) are returned.
    pub fn save(&mut self, k: &mut Kusoma) -> Result<()> {
        if !self.view.can_save {
            return Ok(());
        }
        // A name already on the phone is said in the interface language (the core's error
        // is English, for logs and the CLI); the learner list is short, so this is one read.
        let name = self.view.name.trim().to_owned();
        let learners = k.learners()?;
        if let Some(other) = names::same_as(&name, learners.iter().map(|l| l.name.as_str())) {
            let said = k.tr("app-name-taken", &[("name", other.into())]);
            self.view.refused = Some(said);
            return Ok(());
        }
        let v = &self.view;
        let enrolment = Enrolment {
            name,
            icon: v.icon.clone(),
            pictures: (!v.pictures.is_empty())
                // Each is below PICTURES (12), checked as it was tapped.
                .then(|| v.pictures.iter().map(|&p| p as u8).collect()),
            ..Enrolment::default()
        };
        match k.enrol_learner(&enrolment) {
            Ok(learner) => {
                let mut next = Enrol::new(k)?;
                next.view.enrolled = Some(LearnerCard::of(&learner));
                *self = next;
                Ok(())
            }
            Err(Error::InvalidInput(reason)) => {
                self.view.refused = Some(reason);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    fn show(&mut self) {
        let v = &mut self.view;
        v.can_save = !v.name.trim().is_empty()
            && (v.pictures.is_empty() || v.pictures.len() == PICTURE_SEQUENCE);
    }
}
