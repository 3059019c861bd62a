//! The CLI's error: what a command could not do, printed after `error: ` by `main`. Each
//! variant says whose the problem is; the messages are the sentences the CLI always printed.

use std::fmt::Write as _;

/// Why a command stopped.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The core refused or failed, in the core's own words (a lock-out's end in local time).
    #[error("{}", core_error(.0))]
    Core(#[from] kusoma_core::Error),
    /// A pack file refused at install: the summary, then every problem on a line of its own.
    #[error("{}", refused_pack(.0))]
    PackFile(kusoma_core::Error),
    /// What was typed or set up cannot be used; the sentence says what to give instead.
    #[error("{0}")]
    Usage(String),
    /// A file could not be written (the message names it).
    #[error("{0}")]
    File(String),
    /// The Learning Record Store refused a batch or could not be reached.
    #[error("{0}")]
    Lrs(String),
}

/// The result of a command.
pub type Result<T> = std::result::Result<T, CliError>;

/// A usage error from a sentence.
pub fn usage(message: impl Into<String>) -> CliError {
    CliError::Usage(message.into())
}

/// The core's error as it says it, but a lock-out's end as the person at this computer reads
/// the time: in its time zone, not the core's UTC.
fn core_error(err: &kusoma_core::Error) -> String {
    match err {
        kusoma_core::Error::Locked { until_ms } => {
            format!(
                "locked after too many wrong tries, until {}",
                local_time(*until_ms)
            )
        }
        other => other.to_string(),
    }
}

/// `ms` since the Unix epoch as a local date and time with its zone (`2027-01-15 11:00 EAT`);
/// UTC when the system has no time zone set.
pub fn local_time(ms: i64) -> String {
    let tz = jiff::tz::TimeZone::try_system().unwrap_or(jiff::tz::TimeZone::UTC);
    match jiff::Timestamp::from_millisecond(ms) {
        Ok(t) => t.to_zoned(tz).strftime("%Y-%m-%d %H:%M %Z").to_string(),
        Err(_) => format!("{ms} ms since the Unix epoch"),
    }
}

/// A refused pack file with all its problems; any other error as the core says it.
fn refused_pack(err: &kusoma_core::Error) -> String {
    match err {
        kusoma_core::Error::PackRejected { path, problems } => {
            let mut out = format!("the pack file {} was refused:", path.display());
            for p in problems {
                let _ = write!(out, "\n  {p}");
            }
            out
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn core_errors_read_as_the_core_says_them() {
        let e = CliError::from(kusoma_core::Error::NotFound("no learner with id x".into()));
        assert_eq!(
            e.to_string(),
            kusoma_core::Error::NotFound("no learner with id x".into()).to_string()
        );
        assert_eq!(usage("give --data-dir").to_string(), "give --data-dir");
    }

    #[test]
    fn a_lock_out_ends_at_a_local_date_and_time() {
        // 1,800,000,000,000 ms is 2027-01-15 08:00 UTC.
        let text = local_time(1_800_000_000_000);
        assert!(text.starts_with("2027-01-15 "), "{text}");
        let e = CliError::from(kusoma_core::Error::Locked {
            until_ms: 1_800_000_000_000,
        });
        assert!(e.to_string().ends_with(&text), "{e}");
    }
}
