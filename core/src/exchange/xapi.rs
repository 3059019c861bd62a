//! xAPI 1.0.3 statements for attempts and assessments.
//!
//! Actors are pseudonymous: an account on the programme's home page (`<iri>/learners`, the IRI
//! set once on the phone: `programme.rs`) named by the learner's UUID, never a name. Verbs are ADL's (`answered` for an exercise, `completed` for an assessment subtask).
//! A statement's id is derived from the attempt's or assessment's UUID, so sending it twice
//! (a retried batch, two phones holding the same merged attempt) is recognised by the LRS as
//! the same statement.

use sha2::{Digest, Sha256};

use super::json::Object;
use super::time::{iso_duration, iso_timestamp};
use crate::store::{ExportAssessment, ExportAttempt};

/// ADL's verb for answering a question.
pub const ANSWERED: &str = "http://adlnet.gov/expapi/verbs/answered";
/// ADL's verb for finishing an activity.
pub const COMPLETED: &str = "http://adlnet.gov/expapi/verbs/completed";

/// The statement id for a record: a version-8 UUID from SHA-256 of its kind and UUID.
pub fn statement_id(kind: &str, record_uuid: &str) -> String {
    let digest = Sha256::digest(format!("kusoma:{kind}:{record_uuid}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    uuid::Uuid::new_v8(bytes).to_string()
}

/// Percent-encodes everything but RFC 3986's unreserved characters, for an IRI path segment.
fn segment(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn actor(out: &mut String, iri: &str, learner: &str) {
    Object::open(out)
        .str("objectType", "Agent")
        .raw("account", |o| {
            Object::open(o)
                .str("homePage", &format!("{iri}/learners"))
                .str("name", learner)
                .close();
        })
        .close();
}

fn verb(out: &mut String, id: &str, name: &str) {
    Object::open(out)
        .str("id", id)
        .raw("display", |o| Object::open(o).str("en-US", name).close())
        .close();
}

fn activity(out: &mut String, id: &str, kind: &str, name: &str) {
    Object::open(out)
        .str("objectType", "Activity")
        .str("id", id)
        .raw("definition", |o| {
            Object::open(o)
                .str("type", kind)
                .raw("name", |n| Object::open(n).str("en-US", name).close())
                .close();
        })
        .close();
}

fn grouping(out: &mut String, iri: &str, group: Option<&str>, group_session: Option<&str>) {
    out.push('[');
    let mut first = true;
    for (kind, id) in [("groups", group), ("group-sessions", group_session)] {
        if let Some(id) = id {
            if !first {
                out.push(',');
            }
            first = false;
            Object::open(out)
                .str("objectType", "Activity")
                .str("id", &format!("{iri}/{kind}/{}", segment(id)))
                .close();
        }
    }
    out.push(']');
}

fn demographics(o: &mut Object, iri: &str, gender: &str, age_band: &str) {
    if gender != "unspecified" {
        o.str(&format!("{iri}/xapi/gender"), gender);
    }
    if age_band != "unspecified" {
        o.str(&format!("{iri}/xapi/age-band"), age_band);
    }
}

/// Appends the statement for an attempt. It is made from the stored attempt alone (not from
/// the pack as installed now), so sending it again later gives the same statement, which an
/// LRS accepts as a replay rather than refusing as a conflict.
pub fn attempt(out: &mut String, iri: &str, a: &ExportAttempt) {
    let score = if a.correct { 1.0 } else { 0.0 };
    Object::open(out)
        .str("id", &statement_id("attempt", &a.id))
        .raw("actor", |o| actor(o, iri, &a.learner))
        .raw("verb", |o| verb(o, ANSWERED, "answered"))
        .raw("object", |o| {
            activity(
                o,
                &format!(
                    "{iri}/packs/{}/items/{}",
                    segment(&a.pack),
                    segment(&a.item)
                ),
                "http://adlnet.gov/expapi/activities/cmi.interaction",
                &format!("{} {}", a.kind, a.item),
            )
        })
        .raw("result", |o| {
            let mut r = Object::open(o);
            r.bool("success", a.correct)
                .raw("score", |s| {
                    Object::open(s)
                        .num("scaled", score)
                        .num("raw", score)
                        .num("min", 0.0)
                        .num("max", 1.0)
                        .close();
                })
                .str("duration", &iso_duration(a.response_ms));
            // xAPI's model refuses an empty response: a skipped item has none.
            if !a.answer.is_empty() {
                r.str("response", &a.answer);
            }
            r.close();
        })
        .raw("context", |o| {
            let mut c = Object::open(o);
            if let Some(s) = &a.session {
                c.str("registration", s);
            }
            c.str("platform", "Kusoma");
            if a.group.is_some() || a.group_session.is_some() {
                c.raw("contextActivities", |ca| {
                    Object::open(ca)
                        .raw("grouping", |g| {
                            grouping(g, iri, a.group.as_deref(), a.group_session.as_deref())
                        })
                        .close();
                });
            }
            c.raw("extensions", |e| {
                let mut x = Object::open(e);
                x.str(&format!("{iri}/xapi/pack-version"), &a.pack_version)
                    .str(&format!("{iri}/xapi/exercise-kind"), &a.kind)
                    .str(&format!("{iri}/xapi/expected"), &a.expected)
                    .str(&format!("{iri}/xapi/skills"), &a.skills)
                    .num(&format!("{iri}/xapi/choices"), a.choices as f64);
                demographics(&mut x, iri, &a.gender, &a.age_band);
                x.close();
            });
            c.close();
        })
        .str("timestamp", &iso_timestamp(a.created_ms))
        .close();
}

/// Appends the statement for an assessment subtask.
pub fn assessment(out: &mut String, iri: &str, x: &ExportAssessment) {
    let r = &x.result;
    let max = r.items.max(1) as f64;
    Object::open(out)
        .str("id", &statement_id("assessment", &r.id))
        .raw("actor", |o| actor(o, iri, &r.learner))
        .raw("verb", |o| verb(o, COMPLETED, "completed"))
        .raw("object", |o| {
            activity(
                o,
                &format!(
                    "{iri}/assessments/{}/{}",
                    segment(&r.pack),
                    segment(&r.subtask)
                ),
                "http://adlnet.gov/expapi/activities/assessment",
                &format!("{} assessment", r.subtask),
            )
        })
        .raw("result", |o| {
            Object::open(o)
                .bool("completion", true)
                .raw("score", |s| {
                    Object::open(s)
                        .num("scaled", (r.correct as f64 / max).clamp(0.0, 1.0))
                        .num("raw", r.correct as f64)
                        .num("min", 0.0)
                        .num("max", max)
                        .close();
                })
                .str(
                    "duration",
                    &iso_duration((r.seconds_used * 1000.0).round() as i64),
                )
                .raw("extensions", |e| {
                    let mut ext = Object::open(e);
                    ext.num(&format!("{iri}/xapi/correct-per-minute"), r.per_minute)
                        .num(&format!("{iri}/xapi/attempted"), r.attempted as f64)
                        .bool(&format!("{iri}/xapi/autostopped"), r.autostopped);
                    if let Some(level) = &r.level {
                        ext.str(&format!("{iri}/xapi/aser-level"), level);
                    }
                    ext.close();
                })
                .close();
        })
        .raw("context", |o| {
            let mut c = Object::open(o);
            c.str("platform", "Kusoma");
            if x.group.is_some() || x.group_session.is_some() {
                c.raw("contextActivities", |ca| {
                    Object::open(ca)
                        .raw("grouping", |g| {
                            grouping(g, iri, x.group.as_deref(), x.group_session.as_deref())
                        })
                        .close();
                });
            }
            c.raw("extensions", |e| {
                let mut ext = Object::open(e);
                ext.str(&format!("{iri}/xapi/marked-by"), &r.marked_by);
                demographics(&mut ext, iri, &x.gender, &x.age_band);
                ext.close();
            });
            c.close();
        })
        .str("timestamp", &iso_timestamp(r.ended_ms))
        .close();
}
