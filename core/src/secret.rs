//! Secrets on a shared phone: a learner's picture sequence, a learner's or facilitator's PIN.
//!
//! Stored only as a salted, slow hash (PBKDF2-HMAC-SHA256) in a self-describing string
//! `pbkdf2-sha256$<rounds>$<salt hex>$<hash hex>`, so the cost can be raised later without
//! breaking stored profiles. A 4-digit PIN has only 10,000 values: the hash only slows an
//! offline guess at a stolen database, and the real protection is the lock-out after repeated
//! failures (see [`LockOut`]).

use pbkdf2::pbkdf2_hmac;
use sha2::Sha256;

use crate::error::{Error, Result};

/// PBKDF2 rounds for new hashes: about 40 ms on a laptop core and a few hundred on a cheap
/// phone — slow for a guesser, bearable for a learner who logs in once a session.
pub const ROUNDS: u32 = 100_000;
/// Fewest rounds a stored hash may claim: a database edited to weaken its hashes is refused.
const MIN_ROUNDS: u32 = 10_000;
/// Most rounds a stored hash may claim: a hostile value must not freeze the phone.
const MAX_ROUNDS: u32 = 10_000_000;
const SCHEME: &str = "pbkdf2-sha256";

/// The number of pictures a learner may choose from.
pub const PICTURES: u8 = 12;
/// The length of a picture sequence.
pub const PICTURE_SEQUENCE: usize = 3;

/// Hashes `secret` with a fresh random salt.
pub fn hash(secret: &str) -> String {
    // A v4 UUID is 122 bits from the operating system's generator: a salt without another crate.
    let salt = uuid::Uuid::new_v4().into_bytes();
    hash_with(secret, &salt, ROUNDS)
}

fn hash_with(secret: &str, salt: &[u8], rounds: u32) -> String {
    let mut out = [0u8; 32];
    pbkdf2_hmac::<Sha256>(secret.as_bytes(), salt, rounds, &mut out);
    format!("{SCHEME}${rounds}${}${}", hex(salt), hex(&out))
}

/// Whether `secret` matches a stored hash. A stored value that is not a hash this code wrote is
/// an error, not a mismatch: it means the database was damaged or tampered with.
pub fn verify(secret: &str, stored: &str) -> Result<bool> {
    let bad =
        || Error::InvalidInput("a stored secret is damaged; a facilitator must reset it".into());
    let mut parts = stored.split('$');
    let (Some(SCHEME), Some(rounds), Some(salt), Some(expected), None) = (
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
        parts.next(),
    ) else {
        return Err(bad());
    };
    let rounds: u32 = rounds.parse().map_err(|_| bad())?;
    if !(MIN_ROUNDS..=MAX_ROUNDS).contains(&rounds) {
        return Err(bad());
    }
    let salt = unhex(salt).ok_or_else(bad)?;
    let expected = unhex(expected).ok_or_else(bad)?;
    if expected.len() != 32 || salt.len() < 8 {
        return Err(bad());
    }
    let mut out = [0u8; 32];
    pbkdf2_hmac::<Sha256>(secret.as_bytes(), &salt, rounds, &mut out);
    // Compare every byte whatever the first difference, so timing tells a guesser nothing.
    Ok(out
        .iter()
        .zip(&expected)
        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
        == 0)
}

/// The fewest digits a PIN has.
pub const PIN_MIN: usize = 4;
/// The most digits a PIN has.
pub const PIN_MAX: usize = 8;

/// Checks a PIN: 4 to 8 ASCII digits.
pub fn valid_pin(pin: &str) -> Result<&str> {
    if (PIN_MIN..=PIN_MAX).contains(&pin.len()) && pin.bytes().all(|b| b.is_ascii_digit()) {
        Ok(pin)
    } else {
        Err(Error::InvalidInput("a PIN is 4 to 8 digits".into()))
    }
}

/// Checks a picture sequence (3 pictures, each 0–11, repeats allowed) and gives the text that
/// is hashed.
pub fn picture_secret(pictures: &[u8]) -> Result<String> {
    if pictures.len() != PICTURE_SEQUENCE {
        return Err(Error::InvalidInput(format!(
            "a picture login is {PICTURE_SEQUENCE} pictures, not {}",
            pictures.len()
        )));
    }
    if let Some(p) = pictures.iter().find(|&&p| p >= PICTURES) {
        return Err(Error::InvalidInput(format!(
            "there are {PICTURES} pictures, numbered 0 to {}; {p} is not one",
            PICTURES - 1
        )));
    }
    // A prefix keeps a picture secret from ever equalling a PIN's text.
    Ok(format!(
        "pictures:{}",
        pictures
            .iter()
            .map(u8::to_string)
            .collect::<Vec<_>>()
            .join(",")
    ))
}

/// Failed logins allowed before a profile locks.
pub const MAX_FAILURES: u32 = 5;
/// The first lock lasts this long; each further failure while at the limit doubles it.
pub const LOCK_MS: i64 = 60_000;
/// The longest lock.
pub const MAX_LOCK_MS: i64 = 60 * 60_000;

/// A profile's failed-login counter and lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LockOut {
    /// Failures since the last success.
    pub failures: u32,
    /// Locked until this time, ms since the Unix epoch (0: not locked).
    pub locked_until_ms: i64,
}

impl LockOut {
    /// Refuses a login attempt while locked.
    pub fn check(&self, now_ms: i64) -> Result<()> {
        if now_ms < self.locked_until_ms {
            return Err(Error::Locked {
                until_ms: self.locked_until_ms,
            });
        }
        Ok(())
    }

    /// The state after a failed attempt at `now_ms`: the fifth failure locks for a minute,
    /// each later one doubles the lock, up to an hour.
    pub fn failed(self, now_ms: i64) -> LockOut {
        let failures = self.failures.saturating_add(1);
        let locked_until_ms = if failures >= MAX_FAILURES {
            let doublings = (failures - MAX_FAILURES).min(16);
            now_ms.saturating_add((LOCK_MS << doublings).min(MAX_LOCK_MS))
        } else {
            0
        };
        LockOut {
            failures,
            locked_until_ms,
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || s.len() > 128 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_secret_only() {
        let stored = hash("4821");
        assert!(stored.starts_with("pbkdf2-sha256$100000$"));
        assert!(verify("4821", &stored).unwrap());
        assert!(!verify("4822", &stored).unwrap());
        assert!(!verify("", &stored).unwrap());
    }

    #[test]
    fn the_same_secret_hashes_differently_each_time() {
        assert_ne!(hash("1234"), hash("1234"));
    }

    #[test]
    fn damaged_or_weakened_hashes_are_refused() {
        let good = hash("1234");
        let weak = hash_with("1234", b"saltsalt", 1);
        for stored in [
            "",
            "1234",
            "md5$1$00$00",
            &weak,
            &good.replace("pbkdf2-sha256", "pbkdf2-sha1"),
            &format!("{good}$extra"),
            "pbkdf2-sha256$100000$zz$00",
            "pbkdf2-sha256$99999999999$0011223344556677$00",
        ] {
            assert!(verify("1234", stored).is_err(), "{stored}");
        }
    }

    #[test]
    fn pins_and_pictures_are_checked() {
        assert!(valid_pin("0000").is_ok());
        assert!(valid_pin("12345678").is_ok());
        for bad in ["123", "123456789", "12a4", "١٢٣٤", " 1234"] {
            assert!(valid_pin(bad).is_err(), "{bad}");
        }
        assert_eq!(picture_secret(&[0, 11, 0]).unwrap(), "pictures:0,11,0");
        assert!(picture_secret(&[1, 2]).is_err());
        assert!(picture_secret(&[1, 2, 3, 4]).is_err());
        assert!(picture_secret(&[1, 2, 12]).is_err());
    }

    #[test]
    fn the_fifth_failure_locks_and_later_ones_lock_longer() {
        let mut lock = LockOut::default();
        for _ in 0..4 {
            lock = lock.failed(1_000);
            assert!(lock.check(1_000).is_ok());
        }
        lock = lock.failed(1_000);
        assert!(matches!(
            lock.check(1_000),
            Err(Error::Locked { until_ms: 61_000 })
        ));
        assert!(lock.check(61_000).is_ok());
        lock = lock.failed(61_000);
        assert_eq!(lock.locked_until_ms, 61_000 + 2 * LOCK_MS);
        for _ in 0..40 {
            lock = lock.failed(0);
        }
        assert_eq!(lock.locked_until_ms, MAX_LOCK_MS);
    }
}
