//! Running the `kusoma` binary from the CLI tests: on a data directory, with the bundled packs,
//! an English C locale, no facilitator PIN unless one is given, and piped input.

// Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The repository's `lessons/`.
pub fn lessons() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../lessons")
}

/// Runs `kusoma ARGS --data-dir DATA --packs lessons/` with `stdin` piped in and `env` set;
/// a panic is a test failure whatever the exit status.
pub fn run(data: &Path, args: &[&str], stdin: &str, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kusoma"));
    cmd.args(args)
        .arg("--data-dir")
        .arg(data)
        .arg("--packs")
        .arg(lessons())
        .env("LANG", "C")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("KUSOMA_FACILITATOR_PIN")
        .envs(env.iter().copied())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("the kusoma binary starts");
    // A process that refuses to start closes its input early: that is not a test failure.
    let _ = child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin.as_bytes());
    let out = child.wait_with_output().expect("kusoma runs to the end");
    assert!(
        !String::from_utf8_lossy(&out.stderr).contains("panicked"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Standard output and standard error together.
pub fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}
