//! `kusoma report learner|group|programme … --format text|csv|html`: the core's report records
//! written for people (text), spreadsheets (CSV) or a phone's browser (one self-contained HTML
//! page, no scripts, no outside files, in the interface language's direction).
//!
//! The HTML must fit a phone 360 px wide without scrolling sideways or cutting text
//! (tests/reports/render.sh checks it in Chromium): bar charts are CSS rows whose labels wrap and
//! whose values sit outside the bar, tables of many columns become one card per row on a narrow
//! screen, and long words break anywhere. A missing value is "–" everywhere.

use std::fmt::Write as _;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};
use kusoma_core::Kusoma;
use kusoma_core::assess::AserLevel;
use kusoma_core::clock::WEEK_MS;
use kusoma_core::exchange::csv;
use kusoma_core::l10n::Arg;
use kusoma_core::pack::Direction;
use kusoma_core::profile::{AgeBand, Gender};
use kusoma_core::report::{GroupReport, HelpReason, LearnerReport, ProgrammeReport};
use kusoma_core::screens::text::UiText;
use kusoma_core::time::iso_timestamp;

use crate::error::{CliError, Result, usage};
use crate::people::find;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Plain text.
    Text,
    /// CSV.
    Csv,
    /// One HTML page.
    Html,
}

/// `kusoma report …`
#[derive(Debug, Subcommand)]
pub enum ReportCommand {
    /// A learner's progress, time on task, trend, struggles and assessments.
    Learner {
        /// Name or id.
        learner: String,
        /// The pack.
        #[arg(long)]
        pack: String,
        #[command(flatten)]
        out: Output,
    },
    /// A group's attendance, who needs help, and its hardest items.
    Group {
        /// Name or id.
        group: String,
        /// The pack.
        #[arg(long)]
        pack: String,
        #[command(flatten)]
        out: Output,
    },
    /// Programme indicators by gender and age band.
    Programme {
        /// Only this pack's learners, assessments and group sessions (correct-per-minute in two
        /// languages are different yardsticks); default: every pack together.
        #[arg(long)]
        pack: Option<String>,
        #[command(flatten)]
        out: Output,
    },
}

/// Where and how to write a report.
#[derive(Debug, Args)]
pub struct Output {
    /// text, csv or html.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Write to this file instead of standard output.
    #[arg(short, long)]
    pub out: Option<PathBuf>,
}

/// Runs `kusoma report …` (the facilitator tools are already unlocked).
pub fn run(kusoma: &Kusoma, command: &ReportCommand) -> Result<()> {
    let (text, out) = match command {
        ReportCommand::Learner { learner, pack, out } => {
            let l = find(kusoma, learner)?;
            let r = kusoma.learner_report(&l.id, pack)?;
            (learner_report(kusoma, &r, out.format), out)
        }
        ReportCommand::Group { group, pack, out } => {
            let groups = kusoma.groups()?;
            let g = groups
                .iter()
                .find(|g| &g.id == group || g.name.to_lowercase() == group.to_lowercase())
                .ok_or_else(|| usage(format!("no group named {group:?}")))?;
            let r = kusoma.group_report(&g.id, pack)?;
            (group_report(kusoma, &r, out.format), out)
        }
        ReportCommand::Programme { pack, out } => {
            let r = kusoma.programme_report(pack.as_deref())?;
            (programme_report(kusoma, &r, out.format), out)
        }
    };
    match &out.out {
        Some(path) => std::fs::write(path, text)
            .map_err(|e| CliError::File(format!("{}: {e}", path.display()))),
        None => {
            print!("{text}");
            Ok(())
        }
    }
}

/// What every report shows where a value is missing (no rate, no attendance, nobody assessed).
const MISSING: &str = "–";

fn pct(x: Option<f64>) -> String {
    x.map_or_else(|| MISSING.to_owned(), |x| format!("{:.0}%", x * 100.0))
}

/// An interface message; the numbers in it come as text, written as the tables beside them.
fn say(kusoma: &Kusoma, id: &str, args: &[(&str, &str)]) -> String {
    let args: Vec<(&str, Arg)> = args.iter().map(|&(n, v)| (n, Arg::from(v))).collect();
    kusoma.tr(id, &args)
}

/// Interface messages without arguments, as a table's headings ("" for a blank heading).
fn words(kusoma: &Kusoma, ids: &[&str]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            if id.is_empty() {
                String::new()
            } else {
                kusoma.tr(id, &[])
            }
        })
        .collect()
}

/// A subtask's name as the app shows it (`letter-sounds` → "Letter sounds"), by the core's role
/// for it; a name newer than this core as it is stored.
fn subtask_name(kusoma: &Kusoma, subtask: &str) -> String {
    UiText::for_stored_subtask(subtask)
        .and_then(|role| kusoma.ui_text(role, &[]))
        .unwrap_or_else(|| subtask.to_owned())
}

/// An ASER level's name as the app shows it (`word` → "Words"), by the core's role for it.
fn level_name(kusoma: &Kusoma, level: &str) -> String {
    UiText::for_stored_aser_level(level)
        .and_then(|role| kusoma.ui_text(role, &[]))
        .unwrap_or_else(|| level.to_owned())
}

/// A gender's name in the interface language (`None`: everyone).
fn gender_name(kusoma: &Kusoma, gender: Option<Gender>) -> String {
    let id = gender.map_or("all", |g| g.as_str());
    kusoma.tr(&format!("report-{id}"), &[])
}

/// An age band as written (`25-34`), its words in the interface language.
fn age_name(kusoma: &Kusoma, age: Option<AgeBand>) -> String {
    match age {
        None => kusoma.tr("report-all", &[]),
        Some(AgeBand::Unspecified) => kusoma.tr("report-unspecified", &[]),
        Some(a) => a.as_str().to_owned(),
    }
}

fn csv_lines(rows: &[Vec<String>]) -> String {
    let mut out = Vec::new();
    for row in rows {
        let fields: Vec<&str> = row.iter().map(String::as_str).collect();
        // Writing to a Vec cannot fail.
        let _ = csv::record(&mut out, &fields);
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// How a table is laid out on a narrow screen.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Layout {
    /// A table at every width (few, short columns).
    Table,
    /// A table, or one card per row (each cell under its heading) below 30rem.
    Stack,
    /// One card per row at every width: more columns than a phone, or this page, can hold.
    Cards,
}

/// The rules that turn a table into cards, for the tables matched by `sel`. The heading row is
/// not drawn (each cell carries its heading in `data-label`), so nothing is cut to hide it.
fn card_rules(sel: &str) -> String {
    format!(
        "{sel} thead{{display:none}}{sel},{sel} tbody,{sel} tr{{display:block;width:100%}}\
{sel} tr{{border-bottom:1px solid #999;padding:.3rem 0}}\
{sel} td{{display:flex;gap:.5rem;border:0;padding:.1rem .3rem}}\
{sel} td::before{{content:attr(data-label);flex:0 0 45%;font-weight:600}}"
    )
}

/// A page that reads well on a small phone: system fonts, one column, big type, in the
/// interface language (`lang`) and its direction (`dir`: Arabic reads right to left).
fn page(kusoma: &Kusoma, title: &str, body: &str) -> String {
    let lang = kusoma
        .ui_locales()
        .into_iter()
        .next()
        .unwrap_or_else(|| "en".to_owned());
    let dir = match kusoma.ui_direction() {
        Direction::Rtl => "rtl",
        Direction::Ltr => "ltr",
    };
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{t}</title><style>\
*{{box-sizing:border-box}}\
body{{font-family:system-ui,sans-serif;margin:0 auto;max-width:40rem;padding:1rem;line-height:1.4;color:#111;overflow-wrap:anywhere}}\
h1{{font-size:1.4rem}}h2{{font-size:1.15rem;margin-top:1.5rem}}\
table{{border-collapse:collapse;width:100%;font-size:.95rem}}th,td{{text-align:start;vertical-align:top;padding:.3rem;border-bottom:1px solid #ccc}}\
.bars{{margin:.5rem 0}}.row{{display:grid;grid-template-columns:minmax(0,2fr) minmax(0,3fr);gap:.5rem;align-items:center;margin:.3rem 0;font-size:.9rem}}\
.track{{display:flex;align-items:center;gap:.4rem;min-width:0}}.fill{{flex:1 1 auto;min-width:0}}\
.bar{{display:block;height:1.2rem;background:#2a6f97}}.val{{flex:none;white-space:nowrap}}\
.note{{color:#555;font-size:.9rem}}\
{cards}@media (max-width:30rem){{{stack}}}\
</style></head><body><h1>{t}</h1>\n{body}</body></html>\n",
        t = esc(title),
        lang = esc(&lang),
        cards = card_rules("table.cards"),
        stack = card_rules("table.stack"),
    )
}

/// Horizontal bars, one per (label, value in 0..=max or none, value as shown). A row is a label
/// that wraps, then the bar, then the value beside it: the bar takes what the value leaves, so a
/// full bar never pushes its value off the screen, and the row mirrors itself right to left.
fn bars(rows: &[(String, Option<f64>, String)], max: f64) -> String {
    let mut out = String::from("<div class=\"bars\">");
    for (label, value, shown) in rows {
        let share = match value {
            Some(v) if max > 0.0 => (v / max).clamp(0.0, 1.0),
            _ => 0.0,
        };
        let _ = write!(
            out,
            "<div class=\"row\"><span class=\"label\">{l}</span><span class=\"track\">\
<span class=\"fill\"><span class=\"bar\" style=\"width:{w:.1}%\"></span></span>\
<span class=\"val\">{s}</span></span></div>",
            l = isolated(label),
            w = share * 100.0,
            s = isolated(shown)
        );
    }
    out.push_str("</div>");
    out
}

/// A value escaped, and in <bdi> when it has letters (a name, a word): isolated from the page's
/// direction, an English name ending in an apostrophe keeps it at its end on a right-to-left
/// page. Numbers, dates and "12.0 ← 15.0" are left to flow with the page, so they read in its
/// direction.
fn isolated(value: &str) -> String {
    if value.chars().any(char::is_alphabetic) {
        format!("<bdi>{}</bdi>", esc(value))
    } else {
        esc(value)
    }
}

fn table(head: &[impl AsRef<str>], rows: &[Vec<String>], layout: Layout) -> String {
    let class = match layout {
        Layout::Table => "",
        Layout::Stack => " class=\"stack\"",
        Layout::Cards => " class=\"cards\"",
    };
    let mut t = format!("<table{class}><thead><tr>");
    for h in head {
        let _ = write!(t, "<th>{}</th>", esc(h.as_ref()));
    }
    t.push_str("</tr></thead><tbody>");
    for row in rows {
        t.push_str("<tr>");
        for (i, c) in row.iter().enumerate() {
            let label = head.get(i).map_or("", AsRef::as_ref);
            let _ = write!(t, "<td data-label=\"{}\">{}</td>", esc(label), isolated(c));
        }
        t.push_str("</tr>");
    }
    t.push_str("</tbody></table>");
    t
}

fn minutes(ms: i64) -> String {
    format!("{} min", (ms + 30_000) / 60_000)
}

/// Renders a learner's report.
pub fn learner_report(kusoma: &Kusoma, r: &LearnerReport, format: Format) -> String {
    let p = &r.progress;
    let units: Vec<Vec<String>> = p
        .units
        .iter()
        .map(|u| {
            vec![
                u.title.clone(),
                format!("{}/{}", u.graphemes_confirmed, u.graphemes_total),
                format!("{}/{}", u.words_mastered, u.words_total),
                if u.confirmed {
                    "learned"
                } else if u.mastered {
                    "to confirm"
                } else if u.current {
                    "learning"
                } else {
                    ""
                }
                .to_owned(),
            ]
        })
        .collect();
    let weeks: Vec<Vec<String>> = r
        .weeks
        .iter()
        .map(|w| {
            vec![
                iso_timestamp(w.week * WEEK_MS)[..10].to_owned(),
                w.attempts.to_string(),
                pct((w.attempts > 0).then(|| f64::from(w.correct) / f64::from(w.attempts))),
                minutes(w.time_ms),
            ]
        })
        .collect();
    let assessments: Vec<Vec<String>> = r
        .assessments
        .iter()
        .map(|a| {
            vec![
                iso_timestamp(a.started_ms)[..10].to_owned(),
                a.subtask.clone(),
                format!("{}/{}", a.correct, a.attempted),
                if a.subtask == "comprehension" {
                    pct(Some(a.per_minute))
                } else if a.limit_ms == 0 {
                    // Untimed (an ASER probe): it has a level, and no rate to show.
                    MISSING.to_owned()
                } else {
                    format!("{:.1}", a.per_minute)
                },
                a.level.clone().unwrap_or_default(),
            ]
        })
        .collect();
    let struggles: Vec<String> = r
        .struggles
        .iter()
        .map(|s| format!("{} ({} wrong of {})", s.label, s.wrong, s.attempts))
        .collect();
    match format {
        Format::Text => {
            let mut t = format!(
                "Learner report: {} ({})\nPack: {}\nUnits learned: {} of {}{}\nUnits to confirm on a later day: {}{}\nSkills learned: {} ({} more to confirm)\nExercises: {} in {} sessions, {} right; time on task {}\nRecent accuracy: {}\nASER level: {}\n",
                r.learner.name,
                r.learner.id,
                p.pack,
                r.units_mastered.len(),
                p.units.len(),
                if r.units_mastered.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", r.units_mastered.join(", "))
                },
                r.units_provisional.len(),
                if r.units_provisional.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", r.units_provisional.join(", "))
                },
                r.skills_mastered,
                r.skills_provisional,
                p.attempts,
                p.sessions,
                p.correct,
                minutes(p.time_ms),
                pct(r.recent_accuracy),
                r.aser_level.as_deref().unwrap_or("not assessed"),
            );
            let _ = writeln!(
                t,
                "Struggles with: {}",
                if struggles.is_empty() {
                    "nothing in particular".into()
                } else {
                    struggles.join(", ")
                }
            );
            t.push_str("\nWeek       Exercises Right Time\n");
            for w in &weeks {
                let _ = writeln!(t, "{:<10} {:>9} {:>5} {}", w[0], w[1], w[2], w[3]);
            }
            if !assessments.is_empty() {
                t.push_str("\nAssessments\n");
                for a in &assessments {
                    let _ = writeln!(
                        t,
                        "{}  {:<15} {:>7}  {:>6}  {}",
                        a[0], a[1], a[2], a[3], a[4]
                    );
                }
            }
            t
        }
        Format::Csv => {
            let mut rows = vec![vec![
                "section".to_owned(),
                "name".to_owned(),
                "a".to_owned(),
                "b".to_owned(),
                "c".to_owned(),
            ]];
            rows.extend(units.iter().map(|u| {
                ["unit".to_owned()]
                    .into_iter()
                    .chain(u.iter().cloned())
                    .collect()
            }));
            rows.extend(weeks.iter().map(|w| {
                ["week".to_owned()]
                    .into_iter()
                    .chain(w.iter().cloned())
                    .collect()
            }));
            rows.extend(assessments.iter().map(|a| {
                ["assessment".to_owned()]
                    .into_iter()
                    .chain(a.iter().cloned())
                    .collect()
            }));
            rows.extend(r.struggles.iter().map(|s| {
                vec![
                    "struggle".to_owned(),
                    s.label.clone(),
                    s.wrong.to_string(),
                    s.attempts.to_string(),
                    s.skill.clone(),
                ]
            }));
            csv_lines(&rows)
        }
        Format::Html => {
            let k = kusoma;
            let trend: Vec<(String, Option<f64>, String)> = r
                .weeks
                .iter()
                .zip(&weeks)
                .map(|(w, row)| {
                    (
                        row[0].clone(),
                        Some(f64::from(w.attempts)),
                        format!("{} · {}", w.attempts, row[2]),
                    )
                })
                .collect();
            let max = trend.iter().filter_map(|t| t.1).fold(0.0, f64::max);
            // The shared rows carry codes (for CSV); the page shows their words.
            let units: Vec<Vec<String>> = p
                .units
                .iter()
                .zip(units)
                .map(|(u, mut row)| {
                    row[3] = if u.confirmed {
                        say(k, "report-unit-learned", &[])
                    } else if u.mastered {
                        say(k, "report-unit-to-confirm", &[])
                    } else if u.current {
                        say(k, "report-unit-learning", &[])
                    } else {
                        String::new()
                    };
                    row
                })
                .collect();
            let assessments: Vec<Vec<String>> = r
                .assessments
                .iter()
                .zip(assessments)
                .map(|(a, mut row)| {
                    row[1] = subtask_name(k, &a.subtask);
                    row[4] = a
                        .level
                        .as_deref()
                        .map(|l| level_name(k, l))
                        .unwrap_or_default();
                    row
                })
                .collect();
            let struggles: Vec<String> = r
                .struggles
                .iter()
                .map(|s| {
                    say(
                        k,
                        "report-struggle",
                        &[
                            ("label", &s.label),
                            ("wrong", &s.wrong.to_string()),
                            ("attempts", &s.attempts.to_string()),
                        ],
                    )
                })
                .collect();
            let level = r
                .aser_level
                .as_deref()
                .map_or_else(|| say(k, "report-not-assessed", &[]), |l| level_name(k, l));
            let body = format!(
                "<p>{}</p><p>{} {}</p><h2>{}</h2>{}<h2>{}</h2>{}<h2>{}</h2><p>{}</p><h2>{}</h2>{}",
                esc(&say(
                    k,
                    "report-learner-facts",
                    &[("pack", &p.pack), ("id", &r.learner.id), ("level", &level)]
                )),
                esc(&say(
                    k,
                    "report-learner-units",
                    &[
                        ("learned", &r.units_mastered.len().to_string()),
                        ("units", &p.units.len().to_string()),
                        ("provisional", &r.units_provisional.len().to_string()),
                    ]
                )),
                esc(&say(
                    k,
                    "report-learner-exercises",
                    &[
                        ("attempts", &p.attempts.to_string()),
                        ("correct", &p.correct.to_string()),
                        ("sessions", &p.sessions.to_string()),
                        ("minutes", &((p.time_ms + 30_000) / 60_000).to_string()),
                        ("accuracy", &pct(r.recent_accuracy)),
                    ]
                )),
                esc(&say(k, "report-weekly", &[])),
                bars(&trend, max),
                esc(&say(k, "report-units", &[])),
                table(
                    &words(k, &["report-unit", "report-letters", "report-words", ""]),
                    &units,
                    Layout::Table
                ),
                esc(&say(k, "report-struggles", &[])),
                esc(&if struggles.is_empty() {
                    say(k, "report-no-struggles", &[])
                } else {
                    struggles.join(", ")
                }),
                esc(&say(k, "report-assessments", &[])),
                table(
                    &words(
                        k,
                        &[
                            "report-date",
                            "report-subtask",
                            "report-right",
                            "report-per-minute",
                            "report-aser"
                        ]
                    ),
                    &assessments,
                    Layout::Stack
                ),
            );
            let title = say(k, "report-learner-title", &[("name", &r.learner.name)]);
            page(k, &title, &body)
        }
    }
}

/// Why a learner needs help, in the interface language: the app's words, from the core.
fn reason_said(kusoma: &Kusoma, r: &HelpReason) -> String {
    kusoma.help_reason_text(r).unwrap_or_else(|| reason(r))
}

fn reason(r: &HelpReason) -> String {
    match r {
        HelpReason::NotStarted => "not started".into(),
        HelpReason::Stalled { days } => format!("no exercise for {days} days"),
        HelpReason::Struggling { accuracy } => {
            format!("struggling: {:.0}% right recently", accuracy * 100.0)
        }
    }
}

/// Renders a group's report.
pub fn group_report(kusoma: &Kusoma, r: &GroupReport, format: Format) -> String {
    let nobody = kusoma.tr("report-nobody-needs-help", &[]);
    let help: Vec<Vec<String>> = r
        .needs_help
        .iter()
        .map(|n| {
            vec![
                n.name.clone(),
                reason(&n.reason),
                n.struggles
                    .iter()
                    .map(|s| s.label.clone())
                    .collect::<Vec<_>>()
                    .join(" "),
            ]
        })
        .collect();
    let hardest: Vec<Vec<String>> = r
        .hardest_items
        .iter()
        .map(|i| {
            vec![
                i.label.clone(),
                i.kind.clone(),
                format!("{}/{}", i.correct, i.attempts),
            ]
        })
        .collect();
    let roster: Vec<Vec<String>> = r
        .learners
        .iter()
        .map(|l| {
            vec![
                l.learner.name.clone(),
                format!("{}/{}", l.attended, l.held),
                l.skills_mastered.to_string(),
                l.skills_provisional.to_string(),
                pct(l.recent_accuracy),
            ]
        })
        .collect();
    match format {
        Format::Text => {
            let mut t = format!(
                "Group report: {} ({} learners), pack {}\nGroup sessions held: {}; attendance {}\n\nNeeds help ({}):\n",
                r.group.name,
                r.learners.len(),
                r.pack,
                r.sessions_held,
                pct(r.attendance_rate),
                r.needs_help.len()
            );
            if help.is_empty() {
                let _ = writeln!(t, "  {nobody}");
            }
            for h in &help {
                let _ = writeln!(
                    t,
                    "  {} — {}{}",
                    h[0],
                    h[1],
                    if h[2].is_empty() {
                        String::new()
                    } else {
                        format!("; misses {}", h[2])
                    }
                );
            }
            t.push_str("\nHardest items:\n");
            for i in &hardest {
                let _ = writeln!(t, "  {} ({}): {} right", i[0], i[1], i[2]);
            }
            t.push_str("\nLearner              Attended Skills To confirm Recent\n");
            for l in &roster {
                let _ = writeln!(
                    t,
                    "{:<20} {:>8} {:>6} {:>10} {:>6}",
                    l[0], l[1], l[2], l[3], l[4]
                );
            }
            t
        }
        Format::Csv => {
            let mut rows = vec![vec![
                "section".to_owned(),
                "name".to_owned(),
                "a".to_owned(),
                "b".to_owned(),
                "c".to_owned(),
            ]];
            rows.extend(r.learners.iter().zip(&roster).map(|(l, row)| {
                let mut v = vec!["learner".to_owned(), l.learner.id.clone()];
                v.extend(row.iter().cloned());
                v
            }));
            rows.extend(r.needs_help.iter().zip(&help).map(|(n, row)| {
                let mut v = vec!["needs-help".to_owned(), n.learner.clone()];
                v.extend(row.iter().cloned());
                v
            }));
            rows.extend(r.hardest_items.iter().map(|i| {
                vec![
                    "hard-item".to_owned(),
                    i.item.clone(),
                    i.kind.clone(),
                    i.correct.to_string(),
                    i.attempts.to_string(),
                ]
            }));
            csv_lines(&rows)
        }
        Format::Html => {
            let attendance: Vec<(String, Option<f64>, String)> = r
                .learners
                .iter()
                .map(|l| {
                    let share = (l.held > 0).then(|| f64::from(l.attended) / f64::from(l.held));
                    (
                        l.learner.name.clone(),
                        share,
                        format!("{}/{}", l.attended, l.held),
                    )
                })
                .collect();
            let k = kusoma;
            let help: Vec<Vec<String>> = r
                .needs_help
                .iter()
                .zip(help)
                .map(|(n, mut row)| {
                    row[1] = reason_said(k, &n.reason);
                    row
                })
                .collect();
            let body = format!(
                "<p>{}</p><h2>{}</h2>{}<h2>{}</h2>{}<h2>{}</h2>{}<h2>{}</h2>{}<p class=\"note\">{}</p>",
                esc(&say(
                    k,
                    "report-group-facts",
                    &[
                        ("learners", &r.learners.len().to_string()),
                        ("pack", &r.pack),
                        ("sessions", &r.sessions_held.to_string()),
                        ("attendance", &pct(r.attendance_rate)),
                    ]
                )),
                esc(&say(
                    k,
                    "report-needs-help",
                    &[("count", &r.needs_help.len().to_string())]
                )),
                if help.is_empty() {
                    format!("<p>{}</p>", esc(&nobody))
                } else {
                    table(
                        &words(k, &["report-learner", "report-why", "report-misses"]),
                        &help,
                        Layout::Table,
                    )
                },
                esc(&say(k, "report-hardest-items", &[])),
                table(
                    &words(k, &["report-item", "report-exercise", "report-right"]),
                    &hardest,
                    Layout::Table
                ),
                esc(&say(k, "report-attendance", &[])),
                bars(&attendance, 1.0),
                esc(&say(k, "report-learners", &[])),
                table(
                    &words(
                        k,
                        &[
                            "report-learner",
                            "report-attended",
                            "report-skills-learned",
                            "report-to-confirm",
                            "report-recent"
                        ]
                    ),
                    &roster,
                    Layout::Stack
                ),
                esc(&say(k, "report-help-note", &[])),
            );
            let title = say(k, "report-group-title", &[("name", &r.group.name)]);
            page(k, &title, &body)
        }
    }
}

/// Renders the programme report.
pub fn programme_report(kusoma: &Kusoma, r: &ProgrammeReport, format: Format) -> String {
    let mut rows = Vec::new();
    let cell = |row: &kusoma_core::report::DemographicRow| -> Vec<String> {
        let mut v = vec![
            row.gender.map_or("all", |g| g.as_str()).to_owned(),
            row.age_band.map_or("all", |a| a.as_str()).to_owned(),
            row.learners.to_string(),
            row.aser_assessed.to_string(),
        ];
        v.extend(AserLevel::ALL.iter().map(|&l| pct(Some(row.aser_share(l)))));
        let cpm = |name: &str| {
            row.subtasks.iter().find(|s| s.subtask == name).map_or_else(
                || MISSING.to_owned(),
                |s| format!("{:.1} → {:.1}", s.first, s.latest),
            )
        };
        v.push(cpm("letter-sounds"));
        v.push(cpm("oral-reading"));
        v.push(pct(row.attendance_rate));
        v
    };
    rows.push(cell(&r.total));
    rows.extend(r.by_gender.iter().map(cell));
    rows.extend(r.by_age.iter().map(cell));
    rows.extend(r.by_gender_and_age.iter().map(cell));
    let head = [
        "gender",
        "age band",
        "learners",
        "ASER assessed",
        "beginner",
        "letter",
        "word",
        "paragraph",
        "story",
        "letter sounds cpm first → latest",
        "oral reading wcpm first → latest",
        "attendance",
    ];
    match format {
        Format::Text => {
            let mut t = format!("Programme report ({} learners)\n", r.total.learners);
            let _ = writeln!(t, "{}", head.join(" | "));
            for row in &rows {
                let _ = writeln!(t, "{}", row.join(" | "));
            }
            t
        }
        Format::Csv => {
            let mut all = vec![head.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>()];
            all.extend(rows);
            csv_lines(&all)
        }
        Format::Html => {
            let k = kusoma;
            let levels: Vec<(String, Option<f64>, String)> = AserLevel::ALL
                .iter()
                .map(|&l| {
                    let share = r.total.aser_share(l);
                    (level_name(k, l.as_str()), Some(share), pct(Some(share)))
                })
                .collect();
            // A gender nobody took the letter-sounds subtask in has no rate: "–", as in the table.
            let by_gender: Vec<(String, Option<f64>, String)> = r
                .by_gender
                .iter()
                .map(|g| {
                    let s = g.subtasks.iter().find(|s| s.subtask == "letter-sounds");
                    let v = s.map(|s| s.latest);
                    (
                        gender_name(k, g.gender),
                        v,
                        v.map_or_else(|| MISSING.to_owned(), |v| format!("{v:.1}")),
                    )
                })
                .collect();
            let max = by_gender.iter().filter_map(|b| b.1).fold(0.0, f64::max);
            // The same rows, in the page's words; "first → latest" points the way it reads.
            let arrow = match k.ui_direction() {
                Direction::Rtl => " ← ",
                Direction::Ltr => " → ",
            };
            let demographics = std::iter::once(&r.total)
                .chain(&r.by_gender)
                .chain(&r.by_age)
                .chain(&r.by_gender_and_age);
            let rows: Vec<Vec<String>> = demographics
                .zip(rows)
                .map(|(d, mut row)| {
                    row[0] = gender_name(k, d.gender);
                    row[1] = age_name(k, d.age_band);
                    for c in &mut row[9..11] {
                        *c = c.replace(" → ", arrow);
                    }
                    row
                })
                .collect();
            let mut head = words(
                k,
                &[
                    "report-gender",
                    "report-age-band",
                    "report-learners",
                    "report-aser-assessed",
                ],
            );
            head.extend(AserLevel::ALL.iter().map(|l| level_name(k, l.as_str())));
            head.extend(words(
                k,
                &[
                    "report-letter-sounds-cpm",
                    "report-oral-reading-wcpm",
                    "report-attendance",
                ],
            ));
            let body = format!(
                "<p>{}</p><h2>{}</h2>{}<h2>{}</h2>{}<h2>{}</h2>{}",
                esc(&say(
                    k,
                    "report-programme-facts",
                    &[
                        ("learners", &r.total.learners.to_string()),
                        ("attendance", &pct(r.total.attendance_rate)),
                    ]
                )),
                esc(&say(k, "report-aser-levels", &[])),
                bars(&levels, 1.0),
                esc(&say(k, "report-letter-sounds-by-gender", &[])),
                bars(&by_gender, max),
                esc(&say(k, "report-indicators", &[])),
                table(&head, &rows, Layout::Cards)
            );
            page(k, &say(k, "report-programme-title", &[]), &body)
        }
    }
}
