//! From a row's public uuid to its integer row id, the one way every table with a uuid is
//! looked up: a uuid that names no row is [`Error::NotFound`] naming what was sought, never a
//! storage error (the caller passed an id the phone does not hold; the database is fine).

use rusqlite::{Connection, OptionalExtension};

use crate::error::{Error, Result};

/// A table whose rows carry a public uuid beside their integer row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keyed {
    /// `learners`.
    Learner,
    /// `groups`.
    Group,
    /// `group_sessions`.
    GroupSession,
    /// `sessions`.
    Session,
}

impl Keyed {
    /// The lookup, written once per table: table names cannot be bound as parameters.
    fn sql(self) -> &'static str {
        match self {
            Keyed::Learner => "SELECT id FROM learners WHERE uuid = ?1",
            Keyed::Group => "SELECT id FROM groups WHERE uuid = ?1",
            Keyed::GroupSession => "SELECT id FROM group_sessions WHERE uuid = ?1",
            Keyed::Session => "SELECT id FROM sessions WHERE uuid = ?1",
        }
    }

    /// What a row is called in a NotFound message.
    fn noun(self) -> &'static str {
        match self {
            Keyed::Learner => "learner",
            Keyed::Group => "group",
            Keyed::GroupSession => "group session",
            Keyed::Session => "session",
        }
    }
}

/// The row id of the `table` row whose uuid is `uuid`. Takes a connection so that it serves
/// inside a transaction too (a `Transaction` dereferences to its `Connection`).
pub(crate) fn rowid(conn: &Connection, table: Keyed, uuid: &str) -> Result<i64> {
    conn.prepare_cached(table.sql())?
        .query_row([uuid], |r| r.get(0))
        .optional()?
        .ok_or_else(|| Error::NotFound(format!("no {} with id {uuid}", table.noun())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_known_uuid_gives_its_row_and_an_unknown_one_is_not_found() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE groups (id INTEGER PRIMARY KEY, uuid TEXT UNIQUE);
             INSERT INTO groups (id, uuid) VALUES (7, 'g-1');",
        )
        .unwrap();
        assert_eq!(rowid(&conn, Keyed::Group, "g-1").unwrap(), 7);
        match rowid(&conn, Keyed::Group, "g-2") {
            Err(Error::NotFound(message)) => assert_eq!(message, "no group with id g-2"),
            other => panic!("expected NotFound, got {other:?}"),
        }
    }
}
