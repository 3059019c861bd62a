//! The terminal: reading answers line by line (from a person or a pipe), printing, and speech
//! through espeak-ng.

use std::io::{self, BufRead, IsTerminal, Write};
use std::process::{Command, Stdio};

/// Reads lines from standard input; `None` at end of input.
pub struct Input {
    lines: io::Lines<io::StdinLock<'static>>,
    /// Piped input is not shown by a terminal, so it is echoed to keep transcripts readable.
    echo: bool,
}

impl Input {
    /// Standard input.
    pub fn stdin() -> Self {
        Input {
            lines: io::stdin().lock().lines(),
            echo: !io::stdin().is_terminal(),
        }
    }

    /// Prints `prompt`, then reads one trimmed line; `None` at end of input or on a read error.
    pub fn ask(&mut self, prompt: &str) -> Option<String> {
        print!("{prompt} ");
        let _ = io::stdout().flush();
        let line = self.lines.next()?.ok()?;
        if self.echo {
            println!("{line}");
        }
        Some(line.trim().to_owned())
    }
}

/// Prints a line from the core. Terminals do not lay out bidirectional text, so Fluent's
/// isolation marks (U+2068, U+2069) would only show as noise here: they are dropped.
pub fn say(text: &str) {
    println!("{}", text.replace(['\u{2068}', '\u{2069}'], ""));
}

/// Speech through espeak-ng, when asked for and installed.
pub struct Voice {
    available: bool,
}

impl Voice {
    /// Looks for espeak-ng when `wanted`.
    pub fn new(wanted: bool) -> Self {
        let available = wanted
            && Command::new("espeak-ng")
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
        Voice { available }
    }

    /// Whether speech is on.
    pub fn available(&self) -> bool {
        self.available
    }

    /// Says `text` in `language` (a BCP 47 tag); errors (a missing voice) are ignored, since the
    /// text is always shown as well.
    pub fn speak(&self, language: &str, text: &str) {
        if self.available {
            let voice = language.split('-').next().unwrap_or(language);
            let _ = Command::new("espeak-ng")
                .args(["-v", voice, "--", text])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
    }
}
