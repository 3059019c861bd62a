//! Profiles on a shared phone: learners with an optional picture login and PIN, optional
//! demographics stored only with consent, facilitators with a PIN, and who is signed in.
//!
//! There is no account, phone number or e-mail, ever. A learner with a picture login or PIN is
//! *protected*: their sessions and profile changes need their own login or an unlocked
//! facilitator. Facilitator tools (groups, assessments, reports, exports) need an unlocked
//! facilitator once the phone has one; a phone with no facilitator is a learner's own phone.

use crate::error::{Error, Result};

/// Longest learner or facilitator name accepted, in characters.
pub const MAX_NAME_CHARS: usize = 64;

/// A learner's gender, as they chose to give it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Gender {
    /// Not given (the default).
    Unspecified,
    /// Female.
    Female,
    /// Male.
    Male,
    /// Another gender.
    Other,
}

impl Gender {
    /// Every value, in report order.
    pub const ALL: [Gender; 4] = [
        Gender::Female,
        Gender::Male,
        Gender::Other,
        Gender::Unspecified,
    ];

    /// The stored and exported name.
    pub fn as_str(self) -> &'static str {
        match self {
            Gender::Unspecified => "unspecified",
            Gender::Female => "female",
            Gender::Male => "male",
            Gender::Other => "other",
        }
    }

    /// Parses a stored or typed name.
    pub fn parse(s: &str) -> Option<Gender> {
        Gender::ALL.into_iter().find(|g| g.as_str() == s)
    }
}

/// A learner's age band, as they chose to give it. The bands start at 10: girls who missed
/// school are among the learners.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AgeBand {
    /// Not given (the default).
    Unspecified,
    /// 10 to 14 years.
    From10To14,
    /// 15 to 24 years.
    From15To24,
    /// 25 to 34 years.
    From25To34,
    /// 35 to 49 years.
    From35To49,
    /// 50 years or more.
    From50,
}

impl AgeBand {
    /// Every value, in report order.
    pub const ALL: [AgeBand; 6] = [
        AgeBand::From10To14,
        AgeBand::From15To24,
        AgeBand::From25To34,
        AgeBand::From35To49,
        AgeBand::From50,
        AgeBand::Unspecified,
    ];

    /// The stored and exported name.
    pub fn as_str(self) -> &'static str {
        match self {
            AgeBand::Unspecified => "unspecified",
            AgeBand::From10To14 => "10-14",
            AgeBand::From15To24 => "15-24",
            AgeBand::From25To34 => "25-34",
            AgeBand::From35To49 => "35-49",
            AgeBand::From50 => "50+",
        }
    }

    /// Parses a stored or typed name.
    pub fn parse(s: &str) -> Option<AgeBand> {
        AgeBand::ALL.into_iter().find(|a| a.as_str() == s)
    }
}

/// Demographics a learner agreed to give. Recorded only with consent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Demographics {
    /// Gender.
    pub gender: Gender,
    /// Age band.
    pub age_band: AgeBand,
}

/// A new learner's profile.
#[derive(Debug, Clone, Default)]
pub struct Enrolment {
    /// The name shown on the phone (1–64 characters).
    pub name: String,
    /// An icon or emoji.
    pub icon: String,
    /// A picture login: 3 pictures, each 0–11.
    pub pictures: Option<Vec<u8>>,
    /// A PIN: 4–8 digits.
    pub pin: Option<String>,
    /// Demographics, given with consent (`None`: not specified, nothing stored).
    pub demographics: Option<Demographics>,
}

/// Who is signed in on the phone right now.
#[derive(Debug, Clone, Default)]
pub(crate) struct SignedIn {
    pub learner: Option<String>,
    pub facilitator: Option<String>,
}

/// Checks a display name: trimmed, 1–64 characters, no control characters; NFC.
pub(crate) fn valid_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() {
        return Err(Error::InvalidInput("a name cannot be empty".into()));
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(Error::InvalidInput(format!(
            "a name can have at most {MAX_NAME_CHARS} characters"
        )));
    }
    crate::names::refuse_controls(name)?;
    Ok(crate::text::nfc(name))
}
