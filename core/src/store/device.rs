//! The phone's own settings in the `device` table: small key/value pairs that belong to this
//! phone and never travel in a merge (the phone's id, the interface language chosen on it).

use rusqlite::OptionalExtension;

use super::Store;
use crate::error::Result;

/// The key of the interface language chosen on this phone.
pub const INTERFACE_LANGUAGE: &str = "interface_language";

/// The key of the programme's IRI, set once on this phone (`exchange/programme.rs`).
pub const PROGRAMME_IRI: &str = "programme_iri";

impl Store {
    /// A device setting, if set.
    pub fn device_value(&self, key: &str) -> Result<Option<String>> {
        Ok(self
            .conn
            .query_row("SELECT value FROM device WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Sets a device setting, replacing any earlier value.
    pub fn set_device_value(&self, key: &str, value: &str) -> Result<()> {
        self.conn.execute(
            "INSERT INTO device (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )?;
        Ok(())
    }
}
