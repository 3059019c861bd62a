//! A PIN being typed on a number pad, for the learner's sign-in and the facilitator gate: the
//! digits stay here, and a screen is told only how many there are.

use crate::Result;
use crate::error::Error;
use crate::secret::{PIN_MAX, PIN_MIN};

/// What a try of a picture login or a PIN came to, as both sign-in screens take it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tried {
    /// Right: signed in, or unlocked.
    Accepted,
    /// Wrong: the screen starts again and says so.
    Wrong,
    /// Too many wrong tries: locked until then (ms since the epoch).
    LockedUntil(i64),
}

impl Tried {
    /// The outcome of a sign-in or an unlock; any other error is passed on.
    pub(crate) fn of<T>(result: Result<T>) -> Result<Tried> {
        match result {
            Ok(_) => Ok(Tried::Accepted),
            Err(Error::Denied(_)) => Ok(Tried::Wrong),
            Err(Error::Locked { until_ms }) => Ok(Tried::LockedUntil(until_ms)),
            Err(e) => Err(e),
        }
    }
}

/// The digits typed so far.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct PinPad {
    digits: String,
}

impl PinPad {
    /// Adds `digit` (0–9); past the longest PIN it is ignored. A number that is not a digit is
    /// an error and changes nothing.
    pub fn type_digit(&mut self, digit: u32) -> Result<()> {
        let digit = char::from_digit(digit, 10)
            .ok_or_else(|| Error::InvalidInput(format!("{digit} is not a digit 0-9")))?;
        if self.digits.len() < PIN_MAX {
            self.digits.push(digit);
        }
        Ok(())
    }

    /// Takes back the last digit.
    pub fn delete(&mut self) {
        self.digits.pop();
    }

    /// Forgets every digit.
    pub fn clear(&mut self) {
        self.digits.clear();
    }

    /// How many digits are typed (the pad draws as many dots).
    pub fn count(&self) -> u32 {
        self.digits.len() as u32
    }

    /// Whether the PIN has its fewest digits, so it may be tried.
    pub fn complete(&self) -> bool {
        self.digits.len() >= PIN_MIN
    }

    /// The digits, for the core's check.
    pub fn digits(&self) -> &str {
        &self.digits
    }
}
