//! The database schema as a ladder of migrations, applied in one immediate transaction.
//!
//! `PRAGMA user_version` holds the schema version. Migration N takes a database at version N-1
//! to version N. Never edit a released migration: add the next one.

use rusqlite::{Connection, TransactionBehavior};

use crate::error::Result;

/// Identifies a Kusoma database (`PRAGMA application_id`), so another app's SQLite file is refused.
pub const APPLICATION_ID: i32 = 0x4B75_536D; // "KuSm"

/// Identifies a Kusoma export (a snapshot for another phone to merge), so it is never opened
/// as a live database and a live database is never merged by mistake.
pub const EXPORT_APPLICATION_ID: i32 = 0x4B75_5845; // "KuXE"

/// The migrations, in order. Index 0 takes version 0 (empty) to version 1.
pub const MIGRATIONS: &[&str] = &[
    // 1: learners, sessions, the append-only attempt log and derived skill state.
    r#"
    CREATE TABLE learners (
        id           INTEGER PRIMARY KEY,
        uuid         TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL,
        icon         TEXT NOT NULL DEFAULT '',
        created_ms   INTEGER NOT NULL,
        updated_ms   INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE sessions (
        id          INTEGER PRIMARY KEY,
        uuid        TEXT NOT NULL UNIQUE,
        learner_id  INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        pack_id     TEXT NOT NULL,
        seed        INTEGER NOT NULL,
        started_ms  INTEGER NOT NULL,
        ended_ms    INTEGER
    ) STRICT;
    CREATE INDEX sessions_by_learner ON sessions(learner_id, started_ms);
    CREATE TABLE attempts (
        id             INTEGER PRIMARY KEY,
        uuid           TEXT NOT NULL UNIQUE,
        learner_id     INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        session_id     INTEGER REFERENCES sessions(id) ON DELETE CASCADE,
        pack_id        TEXT NOT NULL,
        pack_version   TEXT NOT NULL,
        item           TEXT NOT NULL,
        kind           TEXT NOT NULL,
        skills         TEXT NOT NULL,
        answer         TEXT NOT NULL,
        expected       TEXT NOT NULL,
        correct        INTEGER NOT NULL CHECK (correct IN (0, 1)),
        response_ms    INTEGER NOT NULL,
        created_ms     INTEGER NOT NULL,
        engine_version TEXT NOT NULL
    ) STRICT;
    CREATE INDEX attempts_by_learner ON attempts(learner_id, pack_id, id);
    -- The attempt log is append-only: learner state is derived from it.
    CREATE TRIGGER attempts_append_only BEFORE UPDATE ON attempts
    BEGIN SELECT RAISE(ABORT, 'attempts are append-only'); END;
    CREATE TABLE skill_state (
        learner_id  INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        pack_id     TEXT NOT NULL,
        skill       TEXT NOT NULL,
        attempts    INTEGER NOT NULL,
        correct     INTEGER NOT NULL,
        streak      INTEGER NOT NULL,
        mastered    INTEGER NOT NULL CHECK (mastered IN (0, 1)),
        last_ms     INTEGER NOT NULL,
        PRIMARY KEY (learner_id, pack_id, skill)
    ) STRICT, WITHOUT ROWID;
    "#,
    // 2: room for facilitators — groups, rosters, group sessions, attendance, assessments —
    // and this device's identity and export watermarks.
    r#"
    ALTER TABLE learners ADD COLUMN gender TEXT NOT NULL DEFAULT 'unspecified';
    ALTER TABLE learners ADD COLUMN age_band TEXT NOT NULL DEFAULT 'unspecified';
    ALTER TABLE learners ADD COLUMN consent_ms INTEGER;
    CREATE TABLE groups (
        id         INTEGER PRIMARY KEY,
        uuid       TEXT NOT NULL UNIQUE,
        name       TEXT NOT NULL,
        created_ms INTEGER NOT NULL
    ) STRICT;
    CREATE TABLE group_members (
        group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        joined_ms  INTEGER NOT NULL,
        PRIMARY KEY (group_id, learner_id)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE group_sessions (
        id         INTEGER PRIMARY KEY,
        uuid       TEXT NOT NULL UNIQUE,
        group_id   INTEGER NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
        started_ms INTEGER NOT NULL,
        ended_ms   INTEGER,
        notes      TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE TABLE attendance (
        group_session_id INTEGER NOT NULL REFERENCES group_sessions(id) ON DELETE CASCADE,
        learner_id       INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        present          INTEGER NOT NULL CHECK (present IN (0, 1)),
        PRIMARY KEY (group_session_id, learner_id)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE assessments (
        id         INTEGER PRIMARY KEY,
        uuid       TEXT NOT NULL UNIQUE,
        learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        kind       TEXT NOT NULL,
        pack_id    TEXT NOT NULL,
        started_ms INTEGER NOT NULL,
        ended_ms   INTEGER,
        score      REAL
    ) STRICT;
    CREATE TABLE assessment_items (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        item          TEXT NOT NULL,
        correct       INTEGER CHECK (correct IN (0, 1)),
        response_ms   INTEGER,
        PRIMARY KEY (assessment_id, position)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE device (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE sync_watermarks (
        target        TEXT PRIMARY KEY,
        last_attempt  INTEGER NOT NULL,
        updated_ms    INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    "#,
    // 3: the adaptive engine's derived state — knowledge tracing and spaced-repetition memory
    // per skill, ability per learner, difficulty per item — and session kinds (placement).
    r#"
    ALTER TABLE skill_state ADD COLUMN p_learned REAL NOT NULL DEFAULT 0;
    ALTER TABLE skill_state ADD COLUMN stability REAL;
    ALTER TABLE skill_state ADD COLUMN memory_difficulty REAL;
    ALTER TABLE skill_state ADD COLUMN last_review_ms INTEGER;
    ALTER TABLE skill_state ADD COLUMN lapses INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE learner_state (
        learner_id    INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        pack_id       TEXT NOT NULL,
        ability       REAL NOT NULL,
        ability_count INTEGER NOT NULL,
        PRIMARY KEY (learner_id, pack_id)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE item_state (
        pack_id    TEXT NOT NULL,
        item       TEXT NOT NULL,
        difficulty REAL NOT NULL,
        count      INTEGER NOT NULL,
        PRIMARY KEY (pack_id, item)
    ) STRICT, WITHOUT ROWID;
    ALTER TABLE sessions ADD COLUMN kind TEXT NOT NULL DEFAULT 'learn';
    -- How many choices the exercise offered: the guess rate replaying the log needs.
    ALTER TABLE attempts ADD COLUMN choices INTEGER NOT NULL DEFAULT 0;
    "#,
    // 4: facilitators. Learner secrets as slow salted hashes with a lock-out; facilitator
    // profiles; group sessions with a pack and pass-the-phone turns (a turn is a learning
    // session tagged with its group session); assessments with their EGRA scores (the tables
    // of version 2 were never written, so they are remade); tombstones, so that merging an old
    // export never brings back a deleted learner (a UUID alone says nothing about a person).
    r#"
    ALTER TABLE learners ADD COLUMN picture_hash TEXT;
    ALTER TABLE learners ADD COLUMN pin_hash TEXT;
    ALTER TABLE learners ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE learners ADD COLUMN locked_until_ms INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE facilitators (
        id              INTEGER PRIMARY KEY,
        uuid            TEXT NOT NULL UNIQUE,
        display_name    TEXT NOT NULL,
        pin_hash        TEXT NOT NULL,
        failed_logins   INTEGER NOT NULL DEFAULT 0,
        locked_until_ms INTEGER NOT NULL DEFAULT 0,
        created_ms      INTEGER NOT NULL,
        updated_ms      INTEGER NOT NULL
    ) STRICT;
    ALTER TABLE groups ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE group_sessions ADD COLUMN pack_id TEXT NOT NULL DEFAULT '';
    ALTER TABLE group_sessions ADD COLUMN turn_every INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE group_sessions ADD COLUMN turn_unit TEXT NOT NULL DEFAULT 'exercises';
    ALTER TABLE group_sessions ADD COLUMN updated_ms INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE sessions ADD COLUMN group_session_id INTEGER REFERENCES group_sessions(id) ON DELETE SET NULL;
    CREATE INDEX sessions_by_group_session ON sessions(group_session_id, started_ms);
    CREATE INDEX attempts_by_session ON attempts(session_id);
    CREATE INDEX attendance_by_learner ON attendance(learner_id);
    DROP TABLE assessment_items;
    DROP TABLE assessments;
    CREATE TABLE assessments (
        id               INTEGER PRIMARY KEY,
        uuid             TEXT NOT NULL UNIQUE,
        learner_id       INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
        group_session_id INTEGER REFERENCES group_sessions(id) ON DELETE SET NULL,
        pack_id          TEXT NOT NULL,
        subtask          TEXT NOT NULL,
        marked_by        TEXT NOT NULL CHECK (marked_by IN ('facilitator', 'learner')),
        items            INTEGER NOT NULL,
        limit_ms         INTEGER NOT NULL,
        attempted        INTEGER NOT NULL,
        correct          INTEGER NOT NULL,
        seconds_used     REAL NOT NULL,
        per_minute       REAL NOT NULL,
        autostopped      INTEGER NOT NULL CHECK (autostopped IN (0, 1)),
        level            TEXT,
        started_ms       INTEGER NOT NULL,
        ended_ms         INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX assessments_by_learner ON assessments(learner_id, started_ms);
    CREATE TABLE assessment_items (
        assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
        position      INTEGER NOT NULL,
        item          TEXT NOT NULL,
        correct       INTEGER CHECK (correct IN (0, 1)),
        PRIMARY KEY (assessment_id, position)
    ) STRICT, WITHOUT ROWID;
    CREATE TABLE deleted_learners (
        uuid       TEXT PRIMARY KEY,
        deleted_ms INTEGER NOT NULL
    ) STRICT, WITHOUT ROWID;
    "#,
    // 5: two-stage mastery and parameters fitted per learner. `mastered` is provisional mastery
    // (it opens the next unit); the sittings with a right answer before it, when it began, the
    // delayed checks passed since and whether they confirmed it; per learner, the expected
    // counts her letter-learning and slip rates are fitted from. Derived state like the rest
    // of `skill_state`: every pack with attempts is marked stale and replayed at the next open.
    r#"
    ALTER TABLE skill_state ADD COLUMN sittings INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE skill_state ADD COLUMN sitting_ms INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE skill_state ADD COLUMN mastered_ms INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE skill_state ADD COLUMN checks INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE skill_state ADD COLUMN confirmed INTEGER NOT NULL DEFAULT 0 CHECK (confirmed IN (0, 1));
    ALTER TABLE learner_state ADD COLUMN fit_learned REAL NOT NULL DEFAULT 0;
    ALTER TABLE learner_state ADD COLUMN fit_chances REAL NOT NULL DEFAULT 0;
    ALTER TABLE learner_state ADD COLUMN fit_slips REAL NOT NULL DEFAULT 0;
    ALTER TABLE learner_state ADD COLUMN fit_answers REAL NOT NULL DEFAULT 0;
    -- Derived state from before the stages is replayed: every pack with attempts is marked
    -- stale (store/state.rs), and the next open replays the ones it loads.
    INSERT OR REPLACE INTO device (key, value)
        SELECT DISTINCT 'stale:' || pack_id, '0' FROM attempts;
    "#,
];

/// The schema version this code writes.
pub fn latest() -> i64 {
    MIGRATIONS.len() as i64
}

/// Applies every migration after `from`, up to `to`, in one immediate transaction, so a
/// database is either fully upgraded or left as it was.
pub fn migrate(conn: &mut Connection, from: i64, to: i64) -> Result<()> {
    if from >= to {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for (i, sql) in MIGRATIONS.iter().enumerate() {
        let version = i as i64 + 1;
        if version > from && version <= to {
            tx.execute_batch(sql)?;
        }
    }
    tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    tx.pragma_update(None, "user_version", to)?;
    tx.commit()?;
    Ok(())
}
