//! The facade's profile calls: learners and facilitators — enrol, sign in (pictures, PIN),
//! rename, demographics, delete. The profile types are in `crate::profile`.

use crate::error::{Error, Result};
use crate::kusoma::Kusoma;
use crate::profile::{AgeBand, Demographics, Enrolment, Gender, SignedIn, valid_name};
use crate::secret::{self, LockOut};
use crate::store::{Facilitator, Learner, SecretKind};

impl Kusoma {
    /// Creates a learner profile with no login and no demographics. The name is trimmed; it
    /// must be 1–64 characters without control characters.
    pub fn create_learner(&mut self, name: &str, icon: &str) -> Result<Learner> {
        self.enrol_learner(&Enrolment {
            name: name.into(),
            icon: icon.into(),
            ..Enrolment::default()
        })
    }

    /// Enrols a learner: profile, optional picture login and PIN, optional demographics (given
    /// with consent, whose time is recorded). On a phone with a facilitator, enrolment needs the
    /// facilitator unlocked. Everything is checked before anything is stored.
    pub fn enrol_learner(&mut self, e: &Enrolment) -> Result<Learner> {
        self.require_facilitator()?;
        let name = valid_name(&e.name)?;
        let learners = self.store.learners()?;
        crate::names::refuse_taken(&name, learners.iter().map(|l| l.name.as_str()), "learner")?;
        let pictures = e
            .pictures
            .as_deref()
            .map(secret::picture_secret)
            .transpose()?;
        let pin = e.pin.as_deref().map(secret::valid_pin).transpose()?;
        let now = self.clock.now_ms();
        let mut learner = Learner::new(
            uuid::Uuid::new_v4().to_string(),
            name,
            valid_icon(&e.icon)?,
            now,
        );
        if let Some(d) = e.demographics {
            learner.gender = d.gender;
            learner.age_band = d.age_band;
            learner.consent_ms = Some(now);
        }
        let hashes = (pictures.as_deref().map(secret::hash), pin.map(secret::hash));
        self.store.insert_learner(&learner)?;
        if let Some(h) = &hashes.0 {
            self.store
                .set_learner_secret(&learner.id, SecretKind::Pictures, Some(h), now)?;
        }
        if let Some(h) = &hashes.1 {
            self.store
                .set_learner_secret(&learner.id, SecretKind::Pin, Some(h), now)?;
        }
        self.store.learner(&learner.id)
    }

    /// Every learner profile on this phone, oldest first.
    pub fn learners(&self) -> Result<Vec<Learner>> {
        self.store.learners()
    }

    /// One learner.
    pub fn learner(&self, id: &str) -> Result<Learner> {
        self.store.learner(id)
    }

    /// Renames a learner.
    pub fn rename_learner(&mut self, id: &str, name: &str) -> Result<Learner> {
        self.require_learner_access(id)?;
        let name = valid_name(name)?;
        let learners = self.store.learners()?;
        crate::names::refuse_taken(
            &name,
            learners
                .iter()
                .filter(|l| l.id != id)
                .map(|l| l.name.as_str()),
            "learner",
        )?;
        self.store.rename_learner(id, &name, self.clock.now_ms())?;
        self.store.learner(id)
    }

    /// Records demographics given with consent, or with `None` withdraws consent and clears
    /// them back to "not specified".
    pub fn set_demographics(&mut self, id: &str, d: Option<Demographics>) -> Result<Learner> {
        self.require_learner_access(id)?;
        let now = self.clock.now_ms();
        match d {
            Some(d) => self
                .store
                .set_demographics(id, d.gender, d.age_band, Some(now), now)?,
            None => self.store.set_demographics(
                id,
                Gender::Unspecified,
                AgeBand::Unspecified,
                None,
                now,
            )?,
        }
        self.store.learner(id)
    }

    /// Sets or (with `None`) removes a learner's picture login.
    pub fn set_learner_pictures(&mut self, id: &str, pictures: Option<&[u8]>) -> Result<Learner> {
        self.require_learner_access(id)?;
        let hash = pictures
            .map(secret::picture_secret)
            .transpose()?
            .map(|s| secret::hash(&s));
        self.store.set_learner_secret(
            id,
            SecretKind::Pictures,
            hash.as_deref(),
            self.clock.now_ms(),
        )?;
        self.store.learner(id)
    }

    /// Sets or (with `None`) removes a learner's PIN.
    pub fn set_learner_pin(&mut self, id: &str, pin: Option<&str>) -> Result<Learner> {
        self.require_learner_access(id)?;
        let hash = pin.map(secret::valid_pin).transpose()?.map(secret::hash);
        self.store
            .set_learner_secret(id, SecretKind::Pin, hash.as_deref(), self.clock.now_ms())?;
        self.store.learner(id)
    }

    /// Signs a learner in: the picture sequence and PIN they set (each checked only if set).
    /// A wrong try counts towards the lock-out ([`Error::Denied`]); a locked profile is refused
    /// with [`Error::Locked`] without checking anything. Signing in signs the previous learner
    /// out.
    pub fn sign_in_learner(
        &mut self,
        id: &str,
        pictures: Option<&[u8]>,
        pin: Option<&str>,
    ) -> Result<Learner> {
        let (picture_hash, pin_hash, lock) = self.store.learner_secrets(id)?;
        let now = self.clock.now_ms();
        lock.check(now)?;
        let mut ok = true;
        if let Some(stored) = &picture_hash {
            // A malformed sequence is a wrong try like any other: it counts towards the lock.
            ok &= match pictures.map(secret::picture_secret) {
                Some(Ok(p)) => secret::verify(&p, stored)?,
                _ => false,
            };
        }
        if let Some(stored) = &pin_hash {
            ok &= match pin {
                Some(p) => secret::verify(p, stored)?,
                None => false,
            };
        }
        if !ok {
            let lock = lock.failed(now);
            self.store.set_learner_lock(id, lock)?;
            lock.check(now)?;
            return Err(Error::Denied(format!(
                "wrong pictures or PIN ({} of {} tries before the profile locks)",
                lock.failures,
                secret::MAX_FAILURES
            )));
        }
        if lock != LockOut::default() {
            self.store.set_learner_lock(id, LockOut::default())?;
        }
        self.signed_in.learner = Some(id.to_owned());
        self.store.learner(id)
    }

    /// Lifts a learner's lock-out (a facilitator's action).
    pub fn unlock_learner(&mut self, id: &str) -> Result<()> {
        self.require_facilitator()?;
        self.store.learner(id)?;
        self.store.set_learner_lock(id, LockOut::default())
    }

    /// The quick exit: signs everyone out (learner and facilitator), so the next person on the
    /// phone sees only the profile chooser.
    pub fn sign_out(&mut self) {
        self.signed_in = SignedIn::default();
    }

    /// The learner signed in, if any.
    pub fn signed_in_learner(&self) -> Option<&str> {
        self.signed_in.learner.as_deref()
    }

    /// Deletes a learner for good — sessions, attempts, attendance, assessments, progress —
    /// and ends their open sessions. Only a tombstone with the UUID stays, so merging an older
    /// export does not bring them back.
    pub fn delete_learner(&mut self, id: &str) -> Result<()> {
        self.require_learner_access(id)?;
        let scrubbed = self.store.delete_learner(id, self.clock.now_ms());
        self.sessions.retain(|_, s| s.learner != id);
        if self.signed_in.learner.as_deref() == Some(id) {
            self.signed_in.learner = None;
        }
        // Her answers leave the pooled item difficulties: the deletion marked her packs stale.
        self.banks.clear();
        self.rebuild_stale()?;
        scrubbed
    }

    /// Adds a facilitator with a PIN. The first facilitator on a phone can be added by anyone;
    /// later ones need a facilitator unlocked.
    pub fn create_facilitator(&mut self, name: &str, pin: &str) -> Result<Facilitator> {
        self.require_facilitator()?;
        let name = valid_name(name)?;
        let facilitators = self.store.facilitators()?;
        crate::names::refuse_taken(
            &name,
            facilitators.iter().map(|f| f.name.as_str()),
            "facilitator",
        )?;
        let hash = secret::hash(secret::valid_pin(pin)?);
        let f = Facilitator {
            id: uuid::Uuid::new_v4().to_string(),
            name,
            created_ms: self.clock.now_ms(),
        };
        self.store.insert_facilitator(&f, &hash)?;
        Ok(f)
    }

    /// The facilitators on this phone.
    pub fn facilitators(&self) -> Result<Vec<Facilitator>> {
        self.store.facilitators()
    }

    /// Unlocks the facilitator tools with a facilitator's PIN, with the same lock-out as
    /// learners' logins.
    pub fn unlock_facilitator(&mut self, id: &str, pin: &str) -> Result<Facilitator> {
        let (stored, lock) = self.store.facilitator_secret(id)?;
        let now = self.clock.now_ms();
        lock.check(now)?;
        if !secret::verify(pin, &stored)? {
            let lock = lock.failed(now);
            self.store.set_facilitator_lock(id, lock)?;
            lock.check(now)?;
            return Err(Error::Denied(format!(
                "wrong facilitator PIN ({} of {} tries before it locks)",
                lock.failures,
                secret::MAX_FAILURES
            )));
        }
        self.store.set_facilitator_lock(id, LockOut::default())?;
        self.signed_in.facilitator = Some(id.to_owned());
        self.store
            .facilitators()?
            .into_iter()
            .find(|f| f.id == id)
            .ok_or_else(|| Error::NotFound(format!("no facilitator with id {id}")))
    }

    /// Whether the facilitator tools are open: a facilitator unlocked, or none on the phone.
    pub fn facilitator_unlocked(&self) -> Result<bool> {
        Ok(self.signed_in.facilitator.is_some() || !self.store.has_facilitators()?)
    }

    /// Refuses unless a facilitator is unlocked, or the phone has no facilitator (a learner's
    /// own phone).
    pub(crate) fn require_facilitator(&self) -> Result<()> {
        if self.facilitator_unlocked()? {
            Ok(())
        } else {
            Err(Error::Denied(
                "this needs a facilitator: unlock with the facilitator PIN".into(),
            ))
        }
    }

    /// Refuses to act for a protected learner unless they are signed in or a facilitator is
    /// unlocked.
    pub(crate) fn require_learner_access(&self, id: &str) -> Result<()> {
        let learner = self.store.learner(id)?;
        if !learner.is_protected()
            || self.signed_in.learner.as_deref() == Some(id)
            || self.signed_in.facilitator.is_some()
        {
            Ok(())
        } else {
            Err(Error::Denied(format!(
                "{} must sign in first (pictures or PIN)",
                learner.name
            )))
        }
    }
}

fn valid_icon(icon: &str) -> Result<String> {
    let icon = icon.trim();
    if icon.chars().count() > 16 || icon.chars().any(char::is_control) {
        return Err(Error::InvalidInput(
            "an icon is a short name or emoji (at most 16 characters)".into(),
        ));
    }
    Ok(icon.to_owned())
}
