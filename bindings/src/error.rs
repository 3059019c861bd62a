//! The one error type a shell sees: few variants, each one it can act on. The text field is
//! `reason`, not `message`: Kotlin exceptions already have a `message`.

use kusoma_core::Error;

use crate::records::PackProblem;

/// What went wrong, for a shell to act on.
#[derive(Debug, thiserror::Error, uniffi::Error)]
pub enum KusomaError {
    /// An argument or answer does not fit (an empty name, a choice out of range): fix the call.
    #[error("invalid input: {reason}")]
    InvalidInput {
        /// What is wrong.
        reason: String,
    },
    /// A learner, pack or session does not exist (any more).
    #[error("not found: {reason}")]
    NotFound {
        /// What was not found.
        reason: String,
    },
    /// A pack failed its checks; every problem is listed with file and line.
    #[error("pack rejected: {reason}")]
    PackRejected {
        /// A summary.
        reason: String,
        /// Every problem found.
        problems: Vec<PackProblem>,
    },
    /// The database could not be opened or written: it is another app's file, from a newer
    /// Kusoma, or the storage failed. Nothing already stored was changed.
    #[error("storage: {reason}")]
    Storage {
        /// What happened.
        reason: String,
    },
    /// A wrong picture sequence or PIN, or a facilitator's action before the facilitator
    /// unlocked: ask again.
    #[error("denied: {reason}")]
    Denied {
        /// What was refused.
        reason: String,
    },
    /// A profile is locked after too many wrong tries; wait until `until_ms` or ask a
    /// facilitator to unlock it.
    #[error("locked: {reason}")]
    Locked {
        /// Why.
        reason: String,
        /// When the lock ends, ms since the Unix epoch.
        until_ms: i64,
    },
    /// The data directory is open in another process (the app beside a `kusoma` command, or two
    /// app instances): close the other one and open again.
    #[error("in use: {reason}")]
    InUse {
        /// What holds it.
        reason: String,
    },
    /// The database was damaged and has been moved aside to `moved_to`: say so, open again to
    /// start fresh, and offer to import a facilitator's export.
    #[error("corrupt: {reason}")]
    Corrupt {
        /// What happened.
        reason: String,
        /// Where the damaged file is now.
        moved_to: String,
    },
    /// The database was found damaged during a call (not at open): say so, and close and open
    /// the engine again. That open checks the file and, if it is damaged, moves it aside
    /// (`Corrupt`); the open after it starts fresh, and a facilitator's export can be imported.
    #[error("damaged: {reason}")]
    Damaged {
        /// What happened.
        reason: String,
    },
}

impl From<Error> for KusomaError {
    fn from(err: Error) -> Self {
        let reason = err.to_string();
        match err {
            Error::InvalidInput(_) => KusomaError::InvalidInput { reason },
            Error::NotFound(_) => KusomaError::NotFound { reason },
            Error::PackRejected { problems, .. } => KusomaError::PackRejected {
                reason,
                problems: problems.into_iter().map(Into::into).collect(),
            },
            Error::Denied(_) => KusomaError::Denied { reason },
            Error::Locked { until_ms } => KusomaError::Locked { reason, until_ms },
            Error::InUse { .. } => KusomaError::InUse { reason },
            Error::Corrupt { moved_to, .. } => KusomaError::Corrupt {
                reason,
                moved_to: moved_to.display().to_string(),
            },
            Error::Damaged { .. } => KusomaError::Damaged { reason },
            Error::ScrubPending { .. }
            | Error::SchemaTooNew { .. }
            | Error::NotADatabase { .. }
            | Error::Storage(_)
            | Error::Io { .. } => KusomaError::Storage { reason },
        }
    }
}
