//! Checking another phone's export completely before a byte of it is written here.
//!
//! An export arrives over Bluetooth or an SD card from a phone this one does not control, so it
//! is treated as hostile: an SQLite file marked as a Kusoma export, of this schema version,
//! with exactly this schema, passing SQLite's integrity check (which also checks the STRICT
//! column types, NOT NULL and CHECK constraints) and foreign-key check, and then every column a
//! merge copies held to what a Kusoma phone writes: sizes, ranges, known kinds, timestamps not in
//! the future beyond [`CLOCK_SKEW_MS`], row ids ≥ 1, names without control or bidi-override
//! characters. Each check is one SQL statement over a table (or one pass over its names), so the
//! cost is bounded by the file's rows, never by a value in it.

use std::path::Path;

use rusqlite::{Connection, OptionalExtension};

use super::{refuse_foreign_file, schema};
use crate::clock::DAY_MS;
use crate::error::{Error, Result};
use crate::exercise::ExerciseKind;
use crate::exercise::{MAX_RESPONSE_MS, MAX_TYPED_ANSWER_BYTES};

/// How far in the future (by this phone's clock) an imported timestamp may be: phones' clocks
/// drift and time zones get set wrong, but a row from days ahead would win every
/// last-writer-wins comparison for good (`updated_ms = i64::MAX` would win forever).
pub const CLOCK_SKEW_MS: i64 = DAY_MS;

/// The most choices an exercise can offer as stored in an attempt (the builder offers a few).
pub const MAX_CHOICES: i64 = 64;

pub(super) fn rejected(path: &Path, reason: impl std::fmt::Display) -> Error {
    Error::InvalidInput(format!(
        "{} cannot be merged: {reason}; nothing was changed",
        path.display()
    ))
}

/// Checks a file is a whole, well-formed Kusoma export of this schema version whose every
/// value is one a Kusoma phone writes, `now_ms` being this phone's time.
pub(super) fn check_export(path: &Path, now_ms: i64) -> Result<()> {
    if !path.is_file() {
        return Err(Error::NotFound(format!("no file {}", path.display())));
    }
    refuse_foreign_file(path).map_err(|_| rejected(path, "it is not an SQLite file"))?;
    let conn = crate::pack::container::open_defensively(path)
        .map_err(|e| rejected(path, format!("SQLite cannot open it ({e})")))?;
    let sql = |e: rusqlite::Error| rejected(path, format!("SQLite cannot read it ({e})"));
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(sql)?;
    if app == schema::APPLICATION_ID {
        return Err(rejected(
            path,
            "it is a live Kusoma database, not an export (make one with `kusoma export`)",
        ));
    }
    if app != schema::EXPORT_APPLICATION_ID {
        return Err(rejected(path, "it is not a Kusoma export"));
    }
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(sql)?;
    if version != schema::latest() {
        return Err(rejected(
            path,
            format!(
                "it has schema version {version} and this Kusoma merges version {}; update the older phone's Kusoma and export again",
                schema::latest()
            ),
        ));
    }
    if schema_of(&conn).map_err(sql)? != fresh_schema()? {
        return Err(rejected(
            path,
            "its tables are not those of a Kusoma export",
        ));
    }
    let integrity: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
        .map_err(sql)?;
    if integrity != "ok" {
        return Err(rejected(path, format!("it is damaged ({integrity})")));
    }
    let dangling: i64 = conn
        .query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .map_err(sql)?;
    if dangling > 0 {
        return Err(rejected(
            path,
            format!("{dangling} rows refer to rows it does not hold"),
        ));
    }
    let max_ms = now_ms.saturating_add(CLOCK_SKEW_MS);
    for (table, label, checks) in value_checks() {
        // One scan per table: the first failing column of the first bad row, by name.
        let cases: String = checks
            .iter()
            .map(|(column, bad)| format!(" WHEN {bad} THEN '{column}'"))
            .collect();
        // The bound is a number this phone computed, written into the statement (not every
        // table has a time column to bind it to).
        let query = format!(
            "SELECT * FROM (SELECT CAST({label} AS TEXT) AS at, CASE{cases} END AS why FROM {table})
             WHERE why IS NOT NULL LIMIT 1"
        )
        .replace(":max_ms", &max_ms.to_string());
        let bad: Option<(String, String)> = conn
            .query_row(&query, [], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()
            .map_err(sql)?;
        if let Some((at, column)) = bad {
            return Err(rejected(
                path,
                format!(
                    "`{table}` row {label} = {} has a `{column}` no Kusoma phone writes",
                    at.escape_debug()
                ),
            ));
        }
    }
    check_names(&conn, path)?;
    Ok(())
}

/// A timestamp column outside [0, now + skew]. A NULL (an optional time not set) passes.
fn time(col: &'static str) -> (&'static str, String) {
    (col, format!("{col} NOT BETWEEN 0 AND :max_ms"))
}

/// A condition true of a bad value of `col`.
fn bad(col: &'static str, condition: &str) -> (&'static str, String) {
    (col, condition.to_owned())
}

/// A check of one table: its name, the column that points at a row, and per column a
/// condition true of a value no Kusoma phone writes.
type TableCheck = (&'static str, &'static str, Vec<(&'static str, String)>);

/// What a Kusoma phone writes, table by table, for every column a merge copies.
fn value_checks() -> Vec<TableCheck> {
    let list = |names: Vec<&str>| {
        names
            .iter()
            .map(|n| format!("'{n}'"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let kinds = list(ExerciseKind::ALL.iter().map(|k| k.as_str()).collect());
    // EGRA's subtasks and the ASER probe: every subtask a Kusoma phone stores.
    let subtasks = list(
        crate::assess::SubtaskKind::ALL
            .iter()
            .map(|k| k.as_str())
            .chain([crate::assess::ASER_SUBTASK])
            .collect(),
    );
    let uuid = || bad("uuid", "length(uuid) <> 36");
    let id = || bad("id", "id < 1");
    let pack = || bad("pack_id", "length(pack_id) NOT BETWEEN 1 AND 64");
    vec![
        (
            "learners",
            "id",
            vec![
                id(),
                uuid(),
                bad("display_name", "length(display_name) > 256"),
                bad("icon", "length(icon) > 64"),
                bad(
                    "gender",
                    "gender NOT IN ('unspecified', 'female', 'male', 'other')",
                ),
                bad(
                    "age_band",
                    "age_band NOT IN ('unspecified', '10-14', '15-24', '25-34', '35-49', '50+')",
                ),
                bad("picture_hash", "length(picture_hash) > 256"),
                bad("pin_hash", "length(pin_hash) > 256"),
                time("created_ms"),
                time("updated_ms"),
                time("consent_ms"),
            ],
        ),
        (
            "facilitators",
            "id",
            vec![
                id(),
                uuid(),
                bad("display_name", "length(display_name) > 256"),
                bad("pin_hash", "length(pin_hash) > 256"),
                time("created_ms"),
                time("updated_ms"),
            ],
        ),
        (
            "groups",
            "id",
            vec![
                id(),
                uuid(),
                bad("name", "length(name) > 256"),
                time("created_ms"),
                time("updated_ms"),
            ],
        ),
        ("group_members", "group_id", vec![time("joined_ms")]),
        (
            "group_sessions",
            "id",
            vec![
                id(),
                uuid(),
                bad("notes", "length(notes) > 16000"),
                bad("pack_id", "length(pack_id) > 64"),
                bad("turn_every", "turn_every NOT BETWEEN 0 AND 10000"),
                bad("turn_unit", "turn_unit NOT IN ('exercises', 'minutes')"),
                time("started_ms"),
                time("ended_ms"),
                time("updated_ms"),
            ],
        ),
        (
            "sessions",
            "id",
            vec![
                id(),
                uuid(),
                pack(),
                bad("kind", "kind NOT IN ('learn', 'placement')"),
                time("started_ms"),
                time("ended_ms"),
            ],
        ),
        (
            "attempts",
            "id",
            vec![
                id(),
                uuid(),
                pack(),
                bad("pack_version", "length(pack_version) > 64"),
                bad("item", "length(item) NOT BETWEEN 1 AND 512"),
                bad("kind", &format!("kind NOT IN ({kinds})")),
                bad("skills", "length(skills) > 4096"),
                bad(
                    "answer",
                    &format!(
                        "length(CAST(answer AS BLOB)) > {}",
                        4 * MAX_TYPED_ANSWER_BYTES
                    ),
                ),
                bad("expected", "length(expected) > 4096"),
                bad("engine_version", "length(engine_version) > 64"),
                bad(
                    "choices",
                    &format!("choices NOT BETWEEN 0 AND {MAX_CHOICES}"),
                ),
                bad(
                    "response_ms",
                    &format!("response_ms NOT BETWEEN 0 AND {MAX_RESPONSE_MS}"),
                ),
                time("created_ms"),
            ],
        ),
        (
            "assessments",
            "id",
            vec![
                id(),
                uuid(),
                pack(),
                bad("subtask", &format!("subtask NOT IN ({subtasks})")),
                bad("level", "length(level) > 32"),
                bad("items", "items NOT BETWEEN 0 AND 100000"),
                bad("attempted", "attempted NOT BETWEEN 0 AND 100000"),
                bad("correct", "correct NOT BETWEEN 0 AND 100000"),
                bad("limit_ms", "limit_ms NOT BETWEEN 0 AND 86400000"),
                bad("seconds_used", "seconds_used NOT BETWEEN 0 AND 86400"),
                bad("per_minute", "per_minute NOT BETWEEN 0 AND 1000000"),
                time("started_ms"),
                time("ended_ms"),
            ],
        ),
        (
            "assessment_items",
            "assessment_id",
            vec![
                bad("item", "length(item) > 512"),
                bad("position", "position NOT BETWEEN 0 AND 100000"),
            ],
        ),
        ("deleted_learners", "uuid", vec![uuid(), time("deleted_ms")]),
    ]
}

/// Names a merge brings in follow the rule names typed on this phone follow (no control or
/// bidi-override characters). One pass over the rows, each name at most 256 characters
/// (checked above).
fn check_names(conn: &Connection, path: &Path) -> Result<()> {
    let sql = |e: rusqlite::Error| rejected(path, format!("SQLite cannot read it ({e})"));
    for (table, column) in [
        ("learners", "display_name"),
        ("facilitators", "display_name"),
        ("groups", "name"),
    ] {
        let mut stmt = conn
            .prepare(&format!("SELECT id, {column} FROM {table}"))
            .map_err(sql)?;
        let mut rows = stmt.query([]).map_err(sql)?;
        while let Some(row) = rows.next().map_err(sql)? {
            let id: i64 = row.get(0).map_err(sql)?;
            let name: String = row.get(1).map_err(sql)?;
            if let Err(Error::InvalidInput(why)) = crate::profile::valid_name(&name) {
                return Err(rejected(path, format!("row {id} of `{table}`: {why}")));
            }
        }
    }
    Ok(())
}

fn schema_of(conn: &Connection) -> rusqlite::Result<Vec<(String, String, Option<String>)>> {
    let mut stmt = conn.prepare("SELECT type, name, sql FROM sqlite_schema ORDER BY type, name")?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}

fn fresh_schema() -> Result<Vec<(String, String, Option<String>)>> {
    let mut conn = Connection::open_in_memory()?;
    schema::migrate(&mut conn, 0, schema::latest())?;
    Ok(schema_of(&conn)?)
}
