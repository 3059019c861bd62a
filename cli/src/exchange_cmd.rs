//! `kusoma export`, `kusoma import`, `kusoma sync`: data leaving and joining this phone.
//!
//! `sync` posts xAPI statements to a Learning Record Store over ureq; what to send, when to
//! retry, how to find a refused statement and when a batch is committed are the core's sync
//! policy (`kusoma_core::exchange::sync`), the same rules the apps drive.

use std::path::PathBuf;
use std::thread::sleep;
use std::time::Duration;

use crate::error::{CliError, Result, usage};
use crate::words::{n, tr};
use clap::{Args, ValueEnum};
use kusoma_core::Kusoma;
use kusoma_core::exchange::sync::{LrsAnswer, SyncPolicy, SyncStep};

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A snapshot another phone merges with `kusoma import` (names and login hashes included).
    Kusoma,
    /// learners.csv, attempts.csv and assessments.csv in a folder (pseudonymous).
    Csv,
    /// xAPI statements as one JSON array (pseudonymous).
    Xapi,
}

/// Arguments of `kusoma export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// kusoma, csv or xapi.
    #[arg(long, value_enum)]
    pub format: ExportFormat,
    /// The file to write (a folder for csv). It is written under a temporary name and renamed
    /// into place when complete, so a killed export never leaves a half file here.
    #[arg(short, long)]
    pub out: PathBuf,
    /// Replace an existing file (for csv: the three files in the folder); without it, an
    /// existing one is refused and left as it was.
    #[arg(long)]
    pub force: bool,
}

/// Arguments of `kusoma sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The LRS's xAPI endpoint, e.g. https://lrs.example.org/xAPI (statements are posted to
    /// <endpoint>/statements).
    #[arg(long)]
    pub lrs: String,
    /// Basic-auth user (default: $KUSOMA_LRS_USER); the password is read from
    /// $KUSOMA_LRS_PASSWORD.
    #[arg(long)]
    pub user: Option<String>,
    /// Statements per request.
    #[arg(long, default_value_t = 500, value_parser = clap::value_parser!(u32).range(1..=2000))]
    pub batch: u32,
    /// Tries per request before giving up (the sync resumes next time).
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u32).range(1..=20))]
    pub tries: u32,
}

/// Runs `kusoma export`.
pub fn export(kusoma: &Kusoma, args: &ExportArgs) -> Result<()> {
    match args.format {
        ExportFormat::Kusoma => {
            kusoma.export_snapshot(&args.out, args.force)?;
            println!(
                "wrote {} (merge it on another phone with `kusoma import`)",
                args.out.display()
            );
        }
        ExportFormat::Csv => {
            // CSV is three files in a folder: a name ending in .csv would silently become a
            // folder that looks like a file.
            if args
                .out
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
            {
                return Err(usage(format!(
                    "--format csv writes learners.csv, attempts.csv and assessments.csv into a folder; give a folder, like -o {}",
                    args.out.with_extension("").display()
                )));
            }
            let written = kusoma.export_csv(&args.out, args.force)?;
            let path = args.out.display().to_string();
            let counts = [
                ("learners", n(written.learners)),
                ("attempts", n(written.attempts)),
                ("assessments", n(written.assessments)),
                ("path", path.into()),
            ];
            println!("{}", tr("cli-export-csv", &counts));
        }
        ExportFormat::Xapi => {
            let written = kusoma.export_xapi(&args.out, args.force)?;
            let path = args.out.display().to_string();
            let args = [("count", n(written)), ("path", path.into())];
            println!("{}", tr("cli-export-xapi", &args));
        }
    }
    Ok(())
}

/// Runs `kusoma import`.
pub fn import(kusoma: &mut Kusoma, file: &std::path::Path) -> Result<()> {
    let r = kusoma.merge(file)?;
    let counts = [
        ("file", file.display().to_string().into()),
        ("learners", n(r.learners_added)),
        ("updated", n(r.learners_updated)),
        ("deleted", n(r.learners_deleted)),
        ("attempts", n(r.attempts_added)),
        ("attempts_here", n(r.attempts_skipped)),
        ("sessions", n(r.sessions_added)),
        ("groups", n(r.groups_added)),
        ("group_sessions", n(r.group_sessions_added)),
        ("assessments", n(r.assessments_added)),
        ("assessments_here", n(r.assessments_skipped)),
    ];
    println!("{}", tr("cli-merged", &counts));
    for (from, to) in &r.renamed {
        println!(
            "`{from}` was already a name on this phone: the one merged in is now called `{to}`"
        );
    }
    Ok(())
}

/// Base64 (standard alphabet, padded) for the Basic authorization header.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            *chunk.get(1).unwrap_or(&0),
            *chunk.get(2).unwrap_or(&0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Posts `body` to the LRS and says what it answered.
fn post(agent: &ureq::Agent, url: &str, auth: &str, body: &str) -> LrsAnswer {
    let sent = agent
        .post(url)
        .header("Authorization", auth)
        .header("X-Experience-API-Version", "1.0.3")
        .header("Content-Type", "application/json")
        .send(body);
    match sent {
        Ok(mut response) => LrsAnswer::Status {
            code: response.status().as_u16(),
            body: response.body_mut().read_to_string().unwrap_or_default(),
        },
        Err(e) => LrsAnswer::Unreachable {
            reason: e.to_string(),
        },
    }
}

/// Runs `kusoma sync` (the facilitator tools are already unlocked): the core's sync policy
/// (`exchange/sync.rs`) over ureq.
pub fn sync(kusoma: &mut Kusoma, args: &SyncArgs) -> Result<()> {
    let endpoint = args.lrs.trim_end_matches('/');
    if !(endpoint.starts_with("http://") || endpoint.starts_with("https://")) {
        return Err(usage(format!("--lrs {endpoint:?} is not an http(s) URL")));
    }
    let user = args
        .user
        .clone()
        .or_else(|| std::env::var("KUSOMA_LRS_USER").ok())
        .ok_or_else(|| usage("give the LRS user with --user or $KUSOMA_LRS_USER"))?;
    let password = std::env::var("KUSOMA_LRS_PASSWORD")
        .map_err(|_| usage("set the LRS password in $KUSOMA_LRS_PASSWORD"))?;
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(60)))
        .build()
        .into();
    let url = format!("{endpoint}/statements");
    let auth = format!("Basic {}", base64(format!("{user}:{password}").as_bytes()));
    let policy = SyncPolicy {
        batch: args.batch,
        tries: args.tries,
        ..SyncPolicy::default()
    };
    let mut sync = kusoma.start_sync(endpoint, policy)?;
    let mut reported = 0;
    loop {
        match sync.next(kusoma)? {
            SyncStep::Post { body, .. } => {
                if sync.sent() > reported {
                    reported = sync.sent();
                    println!("{}", tr("cli-sync-accepted", &[("count", n(reported))]));
                }
                sync.answer(post(&agent, &url, &auth, &body));
            }
            SyncStep::Wait { ms, reason } => {
                eprintln!("sync: {reason}; retrying in {ms} ms");
                sleep(Duration::from_millis(ms));
            }
            SyncStep::Done { sent } => {
                if sent > reported {
                    println!("{}", tr("cli-sync-accepted", &[("count", n(sent))]));
                }
                let args = [("count", n(sent)), ("endpoint", endpoint.into())];
                println!("{}", tr("cli-sync-done", &args));
                return Ok(());
            }
            SyncStep::Failed { reason, sent } => {
                let args = [("reason", reason.into()), ("count", n(sent))];
                return Err(CliError::Lrs(tr("cli-sync-failed", &args)));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::base64;

    #[test]
    fn base64_matches_the_rfc_examples() {
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foobar", "Zm9vYmFy"),
            ("kusoma:pässword", "a3Vzb21hOnDDpHNzd29yZA=="),
        ] {
            assert_eq!(base64(plain.as_bytes()), encoded);
        }
    }
}
