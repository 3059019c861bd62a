//! The terminal: reading answers line by line (from a person or a pipe), printing, and speech
//! through espeak-ng.
//!
//! Everything printed goes through [`out`] (the crate's `println!` and `print!` are shadowed
//! in `main.rs`): control characters and bidi overrides in stored text (a name typed before
//! they were refused, a merged file) are shown escaped instead of steering the terminal, and a
//! reader that goes away (`kusoma progress X | head -c 1`) ends the program quietly instead of
//! a panic.

use std::fmt;
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
        if let Err(e) = io::stdout().flush()
            && e.kind() == io::ErrorKind::BrokenPipe
        {
            std::process::exit(0);
        }
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
    println!("{text}");
}

/// `text` with every control character but newline and tab, and every bidi embedding,
/// override or isolate, written as `\u{…}`; Fluent's isolation marks (U+2068, U+2069), which a
/// terminal only shows as noise, are dropped.
pub fn shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\u{2068}' | '\u{2069}' => {}
            '\n' | '\t' => out.push(c),
            c if c.is_control() || kusoma_core::names::is_bidi_control(c) => {
                out.push_str(&c.escape_unicode().to_string());
            }
            c => out.push(c),
        }
    }
    out
}

/// Writes to standard output (what the shadowed `print!`/`println!` call). A closed pipe ends
/// the program with status 0: whoever read the output has all they wanted. Another write error
/// (a full disk behind a redirect) is said on standard error, with status 1.
pub fn out(args: fmt::Arguments<'_>, newline: bool) {
    let mut text = shown(&args.to_string());
    if newline {
        text.push('\n');
    }
    let mut stdout = io::stdout().lock();
    if let Err(e) = stdout
        .write_all(text.as_bytes())
        .and_then(|()| if newline { stdout.flush() } else { Ok(()) })
    {
        if e.kind() == io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        err(format_args!("kusoma: cannot write the output: {e}"));
        std::process::exit(1);
    }
}

/// Writes a line to standard error (what the shadowed `eprintln!` calls), escaped as [`out`]
/// escapes: an error message quotes paths and fields from packs and import files. A failed
/// write to standard error has nowhere left to be said, so it is ignored.
pub fn err(args: fmt::Arguments<'_>) {
    let mut text = shown(&args.to_string());
    text.push('\n');
    let _ = io::stderr().lock().write_all(text.as_bytes());
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
