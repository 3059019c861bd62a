//! The CLI's error: what a command could not do, printed after `error: ` by `main`. Each
//! variant says whose the problem is; the messages are the sentences the CLI always printed.

use std::fmt::Write as _;

/// Why a command stopped.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// The core refused or failed, in the core's own words.
    #[error(transparent)]
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
}
