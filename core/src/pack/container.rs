//! Single-file packs: a pack's files in one SQLite database ("SQLite as an application file
//! format"), for sharing from phone to phone. A file from outside is untrusted: it is opened
//! read-only and defensively, its schema must be exactly ours, every size is capped before it
//! is read, and its content hash must match before anything is written.
//!
//! Layout (format 1): `manifest(key, value)` with `format`, `id`, `version`, `language`,
//! `content_hash` (SHA-256, hex), and `files(path, bytes)` holding the source files and
//! `pack.built`, the checked content model a phone installs without the source reader
//! (`built.rs`).

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::Path;

use rusqlite::config::DbConfig;
use rusqlite::{Connection, OpenFlags, params};
use sha2::{Digest, Sha256};

use super::model::Pack;
use super::source::{MAX_ASSET_BYTES, MAX_TEXT_BYTES};

/// `PRAGMA application_id` of a pack file: "KuPk".
pub const APPLICATION_ID: i32 = 0x4B75_506B;
/// The container format this code writes and reads.
pub const CONTAINER_FORMAT: i64 = 1;
/// Largest pack file accepted.
pub const MAX_PACK_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// Most files a pack file may hold.
pub const MAX_FILES: i64 = 10_000;

const SCHEMA: &str =
    "CREATE TABLE manifest (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT;
CREATE TABLE files (path TEXT PRIMARY KEY NOT NULL, bytes BLOB NOT NULL) STRICT;";

/// Why a pack file was refused.
#[derive(Debug, thiserror::Error)]
pub enum ContainerError {
    /// Not a Kusoma pack file (not SQLite, another app's database, a damaged file).
    #[error("not a Kusoma pack file: {0}")]
    NotAPackFile(String),
    /// The file is a pack file but its content is wrong (tampered, oversized, unsafe paths).
    #[error("the pack file is damaged or unsafe: {0}")]
    Unsafe(String),
    /// Reading or writing failed.
    #[error("{0}")]
    Io(String),
}

/// The verified content of a pack file.
#[derive(Debug)]
pub struct Contents {
    /// Manifest entries.
    pub manifest: BTreeMap<String, String>,
    /// Files by relative path.
    pub files: BTreeMap<String, Vec<u8>>,
}

/// The content hash: SHA-256 over every file in path order (path, NUL, length, bytes), hex.
pub fn content_hash(files: &BTreeMap<String, Vec<u8>>) -> String {
    let mut hasher = Sha256::new();
    for (path, bytes) in files {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    }
    hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Writes `pack` (already loaded and checked) as one file at `out`, replacing it atomically.
pub fn build(pack: &Pack, out: &Path) -> Result<String, ContainerError> {
    let io = |e: &dyn std::fmt::Display| ContainerError::Io(e.to_string());
    let mut files = BTreeMap::new();
    for rel in pack.files() {
        let bytes = fs::read(pack.root.join(&rel)).map_err(|e| io(&format!("{rel}: {e}")))?;
        files.insert(rel, bytes);
    }
    // The checked content model, so that a phone without the source reader installs it.
    files.insert(
        super::built::BUILT_FILE.to_owned(),
        super::built::encode(pack),
    );
    let hash = content_hash(&files);
    let tmp = out.with_extension("kpack-partial");
    let _ = fs::remove_file(&tmp);
    {
        let conn = Connection::open(&tmp).map_err(|e| io(&e))?;
        conn.pragma_update(None, "journal_mode", "DELETE")
            .map_err(|e| io(&e))?;
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .map_err(|e| io(&e))?;
        conn.pragma_update(None, "user_version", CONTAINER_FORMAT)
            .map_err(|e| io(&e))?;
        conn.execute_batch(SCHEMA).map_err(|e| io(&e))?;
        let m = &pack.manifest;
        let format = CONTAINER_FORMAT.to_string();
        let entries = [
            ("format", format.as_str()),
            ("id", m.id.as_str()),
            ("version", m.version.as_str()),
            ("language", m.language.as_str()),
            ("content_hash", hash.as_str()),
        ];
        for (key, value) in entries {
            conn.execute(
                "INSERT INTO manifest (key, value) VALUES (?1, ?2)",
                params![key, value],
            )
            .map_err(|e| io(&e))?;
        }
        for (path, bytes) in &files {
            conn.execute(
                "INSERT INTO files (path, bytes) VALUES (?1, ?2)",
                params![path, bytes],
            )
            .map_err(|e| io(&e))?;
        }
        conn.execute_batch("VACUUM").map_err(|e| io(&e))?;
    }
    fs::rename(&tmp, out).map_err(|e| io(&e))?;
    Ok(hash)
}

/// Opens and verifies an untrusted pack file; nothing is written anywhere.
pub fn read(path: &Path) -> Result<Contents, ContainerError> {
    let not_pack = |why: &str| ContainerError::NotAPackFile(why.to_owned());
    let meta =
        fs::metadata(path).map_err(|e| ContainerError::Io(format!("{}: {e}", path.display())))?;
    if !meta.is_file() {
        return Err(not_pack("it is not a file"));
    }
    if meta.len() > MAX_PACK_FILE_BYTES {
        return Err(ContainerError::Unsafe(format!(
            "it is {} bytes, over the limit of {MAX_PACK_FILE_BYTES}",
            meta.len()
        )));
    }
    let mut header = [0u8; 16];
    let read = fs::File::open(path)
        .and_then(|mut f| f.read(&mut header))
        .unwrap_or(0);
    if read < 16 || &header != b"SQLite format 3\0" {
        return Err(not_pack("it is not an SQLite file"));
    }
    let conn =
        open_defensively(path).map_err(|e| not_pack(&format!("SQLite cannot open it ({e})")))?;
    let sql = |e: rusqlite::Error| not_pack(&format!("SQLite cannot read it ({e})"));

    let check: String = conn
        .query_row("PRAGMA quick_check(1)", [], |r| r.get(0))
        .map_err(sql)?;
    if check != "ok" {
        return Err(not_pack(&format!("the file is damaged ({check})")));
    }
    let app: i32 = conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .map_err(sql)?;
    let format: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(sql)?;
    if app != APPLICATION_ID {
        return Err(not_pack("it is another application's database"));
    }
    if format != CONTAINER_FORMAT {
        return Err(not_pack(&format!(
            "it is pack file format {format}; this Kusoma reads format {CONTAINER_FORMAT}"
        )));
    }
    verify_schema(&conn)?;

    let mut manifest = BTreeMap::new();
    let mut stmt = conn
        .prepare(
            "SELECT key, value FROM manifest WHERE length(key) <= 64 AND length(value) <= 4096",
        )
        .map_err(sql)?;
    for row in stmt
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
        .map_err(sql)?
    {
        let (k, v) = row.map_err(sql)?;
        manifest.insert(k, v);
    }
    let (count, total): (i64, i64) = conn
        .query_row(
            "SELECT count(*), coalesce(sum(length(bytes)), 0) FROM files",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(sql)?;
    if count > MAX_FILES || total as u64 > MAX_PACK_FILE_BYTES {
        return Err(ContainerError::Unsafe(format!(
            "{count} files of {total} bytes in all is over the limits"
        )));
    }
    // Sizes are checked in SQL before any blob is read into memory.
    let mut sizes = conn
        .prepare("SELECT path, length(bytes) FROM files")
        .map_err(sql)?;
    for row in sizes
        .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))
        .map_err(sql)?
    {
        let (rel, size) = row.map_err(sql)?;
        check_path(&rel)?;
        let cap = if rel.starts_with("assets/") {
            MAX_ASSET_BYTES
        } else {
            MAX_TEXT_BYTES
        };
        if size as u64 > cap {
            return Err(ContainerError::Unsafe(format!(
                "`{rel}` is {size} bytes, over the limit of {cap}"
            )));
        }
    }
    let mut files = BTreeMap::new();
    let mut blobs = conn.prepare("SELECT path, bytes FROM files").map_err(sql)?;
    for row in blobs
        .query_map([], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
        })
        .map_err(sql)?
    {
        let (rel, bytes) = row.map_err(sql)?;
        files.insert(rel, bytes);
    }
    let expected = manifest
        .get("content_hash")
        .ok_or_else(|| ContainerError::Unsafe("the manifest has no content hash".into()))?;
    let actual = content_hash(&files);
    if *expected != actual {
        return Err(ContainerError::Unsafe(
            "its content does not match its content hash (changed or damaged after it was built)"
                .into(),
        ));
    }
    for key in ["id", "version", "language"] {
        if !manifest.contains_key(key) {
            return Err(ContainerError::Unsafe(format!(
                "the manifest has no `{key}`"
            )));
        }
    }
    Ok(Contents { manifest, files })
}

/// Read-only, no triggers or views, schema not trusted, defensive mode, no memory mapping.
pub(crate) fn open_defensively(path: &Path) -> rusqlite::Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_DEFENSIVE, true)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_TRUSTED_SCHEMA, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_TRIGGER, false)?;
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_ENABLE_VIEW, false)?;
    conn.pragma_update(None, "cell_size_check", "ON")?;
    conn.pragma_update(None, "mmap_size", 0)?;
    conn.pragma_update(None, "query_only", "ON")?;
    Ok(conn)
}

/// The schema must be exactly ours: these two tables and their automatic indexes, nothing else.
fn verify_schema(conn: &Connection) -> Result<(), ContainerError> {
    let sql =
        |e: rusqlite::Error| ContainerError::NotAPackFile(format!("SQLite cannot read it ({e})"));
    let mut stmt = conn
        .prepare("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY name")
        .map_err(sql)?;
    let mut tables = Vec::new();
    for row in stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .map_err(sql)?
    {
        let (kind, name, text) = row.map_err(sql)?;
        match kind.as_str() {
            "index" if name.starts_with("sqlite_autoindex_") && text.is_empty() => {}
            "table" => tables.push(text),
            _ => {
                return Err(ContainerError::Unsafe(format!(
                    "it holds an unexpected {kind} `{name}`"
                )));
            }
        }
    }
    let expected: Vec<String> = SCHEMA
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    tables.sort();
    let mut want = expected.clone();
    want.sort();
    if tables != want {
        return Err(ContainerError::Unsafe(
            "its tables are not those of a pack file".into(),
        ));
    }
    Ok(())
}

/// A relative path inside a pack: no absolute paths, `..`, backslashes or empty parts.
fn check_path(rel: &str) -> Result<(), ContainerError> {
    let bad = rel.is_empty()
        || rel.len() > 512
        || rel.starts_with('/')
        || rel.contains('\\')
        || rel.contains('\0')
        || rel
            .split('/')
            .any(|p| p.is_empty() || p == "." || p == "..");
    if bad {
        return Err(ContainerError::Unsafe(format!(
            "it holds a file with an unsafe path `{}`",
            rel.escape_debug()
        )));
    }
    Ok(())
}
