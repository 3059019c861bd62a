//! The values both apps must agree on, in one place: how long a learner's session is, the login
//! pictures (whose order the stored hash of a picture login depends on), the pictures a learner's
//! card can carry and which one a new learner gets.

use std::collections::HashMap;

use crate::secret::{PICTURE_SEQUENCE, PICTURES, PIN_MAX, PIN_MIN};
use crate::{Kusoma, Result, SessionOptions};

/// The 12 pictures of the login grid, in the order the core numbers them (0–11). The core keeps
/// only a hash of a learner's sequence of positions, so this order may never change.
pub const LOGIN_PICTURES: [&str; PICTURES as usize] = [
    "🌻", "🐘", "🐓", "🥭", "🌙", "⭐", "🐟", "🌽", "🚲", "🐐", "🏠", "🥁",
];

/// The pictures a learner's card can carry: easy to tell apart at a glance, and none of them a
/// login picture, so a card never hints at anyone's secret.
pub const CARD_PICTURES: [&str; 20] = [
    "🌺", "🦋", "🐦", "🌳", "🐄", "🍉", "☀️", "🍌", "🐢", "🦁", "🌵", "🍍", "🐝", "🌈", "🦒", "🍋",
    "🐪", "🌴", "🦜", "🐞",
];

/// The picture a learner's card shows: her own, or the first card picture for a learner stored
/// before she had one (one rule, so no screen draws an empty card).
pub fn card_picture(icon: &str) -> &str {
    if icon.is_empty() {
        CARD_PICTURES[0]
    } else {
        icon
    }
}

/// What the apps need to agree on, gathered for the shells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppDefaults {
    /// Exercises in a learner's session started from her home screen.
    pub session_exercises: u32,
    /// Choices in a tap exercise.
    pub choices: u32,
    /// The login grid's pictures, in the core's numbering.
    pub login_pictures: Vec<String>,
    /// How many pictures make a picture login.
    pub login_length: u32,
    /// The pictures a learner's card can carry.
    pub card_pictures: Vec<String>,
    /// The fewest digits of a PIN.
    pub pin_min: u32,
    /// The most digits of a PIN.
    pub pin_max: u32,
}

/// The defaults both apps use.
pub fn app_defaults() -> AppDefaults {
    let session = SessionOptions::default();
    let strings = |list: &[&str]| list.iter().map(|p| (*p).to_owned()).collect();
    AppDefaults {
        session_exercises: session.exercises,
        choices: session.choices,
        login_pictures: strings(&LOGIN_PICTURES),
        login_length: PICTURE_SEQUENCE as u32,
        card_pictures: strings(&CARD_PICTURES),
        pin_min: PIN_MIN as u32,
        pin_max: PIN_MAX as u32,
    }
}

impl Kusoma {
    /// The card picture a new learner gets unless she picks another: the first of
    /// [`CARD_PICTURES`] no learner on this phone has, or, with 20 learners or more, the one
    /// fewest have (the earlier on a tie), so a learner who cannot read finds her own card.
    pub fn suggested_card_picture(&self) -> Result<&'static str> {
        let mut taken: HashMap<String, usize> = HashMap::new();
        for learner in self.learners()? {
            *taken.entry(learner.icon).or_default() += 1;
        }
        let fewest = CARD_PICTURES
            .iter()
            .min_by_key(|p| taken.get(**p).copied().unwrap_or(0))
            .copied()
            .unwrap_or(CARD_PICTURES[0]);
        Ok(fewest)
    }
}
