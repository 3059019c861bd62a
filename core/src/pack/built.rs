//! The built form of a checked pack (`pack.built`): the content model in a compact binary
//! encoding, so that a phone opens an installed pack without parsing or re-checking its TOML
//! and TSV sources, and reads a pack's content only when a session or screen first needs it.
//!
//! Layout (format [`BUILT_FORMAT`]), all integers little-endian:
//!
//! ```text
//! magic "KuPkBlt\0" | format u32 | header length u32 | body length u32
//! | SHA-256 of the header (32 bytes) | SHA-256 of the body (32 bytes) | header | body
//! ```
//!
//! The *header* holds what opening needs (the pack's summary and its Fluent files, which the
//! interface negotiates over); the *body* holds the rest of the model. Inside both, counts and
//! indices are LEB128 varints and strings are a varint length then UTF-8.
//!
//! A built file is written only from a pack that passed the full checker. Reading one still
//! trusts nothing: both hashes must match, every count is bounded by the bytes left and the
//! pack caps, every index is checked against what it points into, ids must be unique, a word's
//! letters must spell it, and derived data (each unit's closure, the lookups) is rebuilt rather
//! than read. So a damaged or hostile file is refused with a message and cannot make the
//! engine index out of bounds or allocate without limit.

use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use super::BktParams;
use super::model::{
    BktOverride, Direction, FtlFile, Grapheme, GraphemeKind, Manifest, Pack, PackIndex,
    PackSummary, Picture, Question, Sentence, Story, Unit, Word,
};
use super::phonotactics::{Compare, MAX_SYLLABLES, Phonotactics, SoundClass};
use super::unit_set::MAX_UNITS;
use super::wordlists::Blocked;

/// The built file's name inside an installed pack's folder (and inside a pack file).
pub const BUILT_FILE: &str = "pack.built";
/// The encoding this code writes and reads; a file in another format is built again from its
/// sources (or refused where the sources cannot be read).
pub const BUILT_FORMAT: u32 = 1;
/// Largest built file accepted (the biggest pack here builds to well under 1 MiB).
pub const MAX_BUILT_BYTES: u64 = 16 * 1024 * 1024;
/// Largest header accepted (the summary and the Fluent files).
const MAX_HEADER_BYTES: u32 = 2 * 1024 * 1024;
/// Most rows of any one kind (graphemes, words, …), as the source checker allows.
const MAX_ITEMS: usize = super::rules::MAX_ROWS;

const MAGIC: &[u8; 8] = b"KuPkBlt\0";
const PREFIX_BYTES: usize = 8 + 4 + 4 + 4 + 32 + 32;

/// What opening needs of an installed pack: read from the header alone.
#[derive(Debug, Clone)]
pub struct BuiltHeader {
    /// What lists and screens show of it.
    pub summary: PackSummary,
    /// The pack's Fluent files.
    pub ftl: Vec<FtlFile>,
}

/// Encodes a checked pack in the built form.
pub fn encode(pack: &Pack) -> Vec<u8> {
    let mut header = Enc::default();
    let m = &pack.manifest;
    for s in [&m.id, &m.name, &m.name_en, &m.language] {
        header.str(s);
    }
    header.u8(direction_code(m.direction));
    header.usize(pack.units.len());
    header.usize(pack.ftl.len());
    for f in &pack.ftl {
        header.str(&f.path);
        header.str(&f.text);
    }
    let mut body = Enc::default();
    encode_body(pack, &mut body);
    let mut out = Vec::with_capacity(PREFIX_BYTES + header.0.len() + body.0.len());
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&BUILT_FORMAT.to_le_bytes());
    out.extend_from_slice(&(header.0.len() as u32).to_le_bytes());
    out.extend_from_slice(&(body.0.len() as u32).to_le_bytes());
    out.extend_from_slice(&Sha256::digest(&header.0));
    out.extend_from_slice(&Sha256::digest(&body.0));
    out.extend_from_slice(&header.0);
    out.extend_from_slice(&body.0);
    out
}

/// Why a built file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BuiltError {
    /// There is no built file.
    #[error("the pack has no built form ({BUILT_FILE})")]
    Missing,
    /// The file is in another built format (written by another version of Kusoma).
    #[error("{BUILT_FILE} is in built format {0}, this version reads {BUILT_FORMAT}")]
    OtherFormat(u32),
    /// The file is damaged or does not describe a valid pack.
    #[error("{BUILT_FILE} is damaged: {0}")]
    Damaged(String),
}

fn damaged(message: impl Into<String>) -> BuiltError {
    BuiltError::Damaged(message.into())
}

/// The fixed-size start of a built file.
struct Prefix {
    header_len: u32,
    body_len: u32,
    header_hash: [u8; 32],
    body_hash: [u8; 32],
}

fn parse_prefix(bytes: &[u8]) -> Result<Prefix, BuiltError> {
    if bytes.len() < PREFIX_BYTES || &bytes[..8] != MAGIC {
        return Err(damaged("it does not start as a built pack"));
    }
    let u32_at = |at: usize| {
        let mut b = [0; 4];
        b.copy_from_slice(&bytes[at..at + 4]);
        u32::from_le_bytes(b)
    };
    let format = u32_at(8);
    if format != BUILT_FORMAT {
        return Err(BuiltError::OtherFormat(format));
    }
    let mut header_hash = [0; 32];
    header_hash.copy_from_slice(&bytes[20..52]);
    let mut body_hash = [0; 32];
    body_hash.copy_from_slice(&bytes[52..84]);
    let prefix = Prefix {
        header_len: u32_at(12),
        body_len: u32_at(16),
        header_hash,
        body_hash,
    };
    if prefix.header_len > MAX_HEADER_BYTES
        || PREFIX_BYTES as u64 + u64::from(prefix.header_len) + u64::from(prefix.body_len)
            > MAX_BUILT_BYTES
    {
        return Err(damaged("its sections are larger than a pack can be"));
    }
    Ok(prefix)
}

fn check_hash(section: &[u8], expected: &[u8; 32], what: &str) -> Result<(), BuiltError> {
    if Sha256::digest(section).as_slice() == expected {
        Ok(())
    } else {
        Err(damaged(format!("its {what} does not match its hash")))
    }
}

fn io_error(path: &Path, e: &std::io::Error) -> BuiltError {
    if e.kind() == std::io::ErrorKind::NotFound {
        BuiltError::Missing
    } else {
        damaged(format!("{} cannot be read: {e}", path.display()))
    }
}

/// Reads only the header of the built file in `folder`: what opening needs, without the
/// content (the body is not read).
pub fn read_header(folder: &Path) -> Result<BuiltHeader, BuiltError> {
    let path = folder.join(BUILT_FILE);
    let mut file = fs::File::open(&path).map_err(|e| io_error(&path, &e))?;
    let mut prefix = [0; PREFIX_BYTES];
    file.read_exact(&mut prefix)
        .map_err(|_| damaged("it is shorter than its own prefix"))?;
    let prefix = parse_prefix(&prefix)?;
    let mut header = vec![0; prefix.header_len as usize];
    file.read_exact(&mut header)
        .map_err(|_| damaged("it ends inside its header"))?;
    check_hash(&header, &prefix.header_hash, "header")?;
    decode_header(&header)
}

/// Reads and checks the whole built file in `folder`: the pack, with `root` = `folder`.
pub fn read(folder: &Path) -> Result<Pack, BuiltError> {
    let path = folder.join(BUILT_FILE);
    let size = fs::symlink_metadata(&path)
        .map_err(|e| io_error(&path, &e))?
        .len();
    if size > MAX_BUILT_BYTES {
        return Err(damaged(format!(
            "it is {size} bytes, more than a pack can be"
        )));
    }
    let bytes = fs::read(&path).map_err(|e| io_error(&path, &e))?;
    decode(&bytes, folder.to_path_buf())
}

/// Decodes and checks a whole built file held in memory (from an installed folder or a pack
/// file); `root` is the folder its assets are under.
pub fn decode(bytes: &[u8], root: PathBuf) -> Result<Pack, BuiltError> {
    let prefix = parse_prefix(bytes)?;
    let header_end = PREFIX_BYTES + prefix.header_len as usize;
    let end = header_end + prefix.body_len as usize;
    if bytes.len() != end {
        return Err(damaged(format!(
            "it is {} bytes, its sections say {end}",
            bytes.len()
        )));
    }
    let header = &bytes[PREFIX_BYTES..header_end];
    let body = &bytes[header_end..end];
    check_hash(header, &prefix.header_hash, "header")?;
    check_hash(body, &prefix.body_hash, "body")?;
    let head = decode_header(header)?;
    decode_body(head, body, root)
}

fn decode_header(bytes: &[u8]) -> Result<BuiltHeader, BuiltError> {
    let mut d = Dec::new(bytes, "header");
    let id = d.str()?;
    if !super::rules::valid_id(&id) {
        return Err(damaged(format!("`{}` is not a pack id", id.escape_debug())));
    }
    let name = d.str()?;
    let name_en = d.str()?;
    let language = d.str()?;
    let direction = direction_of(d.u8()?)?;
    let units = d.usize()?;
    if units == 0 || units > MAX_UNITS {
        return Err(damaged(format!("it has {units} units")));
    }
    let n = d.count(MAX_ITEMS)?;
    let mut ftl = Vec::with_capacity(n);
    for _ in 0..n {
        ftl.push(FtlFile {
            path: d.str()?,
            text: d.str()?,
        });
    }
    d.end()?;
    Ok(BuiltHeader {
        summary: PackSummary {
            id,
            name,
            name_en,
            language,
            direction,
            units,
        },
        ftl,
    })
}

fn direction_code(d: Direction) -> u8 {
    match d {
        Direction::Ltr => 0,
        Direction::Rtl => 1,
    }
}

fn direction_of(code: u8) -> Result<Direction, BuiltError> {
    match code {
        0 => Ok(Direction::Ltr),
        1 => Ok(Direction::Rtl),
        other => Err(damaged(format!("{other} is not a writing direction"))),
    }
}

fn kind_code(kind: GraphemeKind) -> u8 {
    GraphemeKind::NAMES
        .iter()
        .position(|(_, k)| *k == kind)
        .unwrap_or(0) as u8
}

fn encode_body(pack: &Pack, e: &mut Enc) {
    let m = &pack.manifest;
    e.i64(m.format);
    for s in [
        &m.script,
        &m.version,
        &m.license,
        &m.description,
        &m.min_engine,
    ] {
        e.str(s);
    }
    e.usize(m.authors.len());
    for a in &m.authors {
        e.str(a);
    }
    for o in &m.bkt {
        for v in [o.prior, o.learn, o.guess, o.slip, o.forget] {
            e.opt_f64(v);
        }
    }
    e.bool(m.ignore_case);

    e.usize(pack.graphemes.len());
    for g in &pack.graphemes {
        for s in [&g.id, &g.text, &g.ipa, &g.say] {
            e.str(s);
        }
        e.u8(kind_code(g.kind));
        e.opt_usize(g.example);
        e.usizes(&g.confusable);
        e.opt_str(g.audio.as_deref());
        e.usize(g.unit);
    }
    e.usize(pack.units.len());
    for u in &pack.units {
        for s in [&u.id, &u.title, &u.gloss] {
            e.str(s);
        }
        e.usizes(&u.graphemes);
        e.usizes(&u.requires);
    }
    e.usize(pack.words.len());
    for w in &pack.words {
        e.str(&w.text);
        e.usizes(&w.graphemes);
        e.usize(w.unit);
        e.str(&w.gloss);
        match &w.picture {
            None => e.u8(0),
            Some(Picture::Emoji(s)) => {
                e.u8(1);
                e.str(s);
            }
            Some(Picture::File(s)) => {
                e.u8(2);
                e.str(s);
            }
        }
        e.opt_str(w.audio.as_deref());
        e.usize(w.tags.len());
        for t in &w.tags {
            e.str(t);
        }
        e.bool(w.sight);
    }
    e.usize(pack.sentences.len());
    for s in &pack.sentences {
        e.str(&s.id);
        e.str(&s.text);
        e.usize(s.unit);
        e.str(&s.gloss);
        e.usizes(&s.words);
        match &s.question {
            None => e.u8(0),
            Some(q) => {
                e.u8(1);
                e.str(&q.text);
                e.usize(q.answer);
                e.usizes(&q.choices);
            }
        }
        e.opt_str(s.audio.as_deref());
    }
    e.usize(pack.stories.len());
    for s in &pack.stories {
        for t in [&s.id, &s.title, &s.gloss] {
            e.str(t);
        }
        e.usizes(&s.sentences);
        e.usize(s.unit);
        e.opt_usize(s.first_line);
    }
    match &pack.phonotactics {
        None => e.u8(0),
        Some(p) => {
            e.u8(1);
            e.usize(p.classes.len());
            for c in &p.classes {
                e.usize(c.name as usize);
                e.usize(c.members.len());
                for member in &c.members {
                    e.usizes(member);
                }
            }
            for shapes in [&p.syllables, &p.first, &p.last] {
                e.usize(shapes.len());
                for shape in shapes {
                    e.usizes(shape);
                }
            }
            e.usize(p.min_syllables);
            e.usize(p.max_syllables);
            e.u8(match p.compare {
                Compare::Exact => 0,
                Compare::Letters => 1,
            });
        }
    }
    e.usize(pack.blocklist.len());
    for b in &pack.blocklist {
        e.str(&b.text);
        e.bool(b.contains);
    }
}

/// Checks that `name` can be an asset under `assets/`.
fn check_asset(name: &str) -> Result<(), BuiltError> {
    if !super::rules::asset_name_is_safe(name) {
        return Err(damaged(format!(
            "`{}` is not an asset name",
            name.escape_debug()
        )));
    }
    Ok(())
}

fn check_bkt(o: &BktOverride, default: BktParams) -> Result<(), BuiltError> {
    for v in [o.prior, o.learn, o.guess, o.slip, o.forget]
        .into_iter()
        .flatten()
    {
        if !(0.0..1.0).contains(&v) {
            return Err(damaged(format!("{v} is not a probability below 1")));
        }
    }
    if o.learn == Some(0.0)
        || o.guess.unwrap_or(default.guess) + o.slip.unwrap_or(default.slip) >= 1.0
    {
        return Err(damaged(
            "its knowledge-tracing parameters cannot be learned from",
        ));
    }
    Ok(())
}

fn decode_body(head: BuiltHeader, bytes: &[u8], root: PathBuf) -> Result<Pack, BuiltError> {
    let mut d = Dec::new(bytes, "body");
    let format = d.i64()?;
    let script = d.str()?;
    let version = d.str()?;
    let license = d.str()?;
    let description = d.str()?;
    let min_engine = d.str()?;
    let n = d.count(MAX_ITEMS)?;
    let mut authors = Vec::with_capacity(n);
    for _ in 0..n {
        authors.push(d.str()?);
    }
    let mut bkt = [BktOverride::default(); 3];
    for (o, default) in bkt.iter_mut().zip(super::rules::DEFAULT_BKT) {
        *o = BktOverride {
            prior: d.opt_f64()?,
            learn: d.opt_f64()?,
            guess: d.opt_f64()?,
            slip: d.opt_f64()?,
            forget: d.opt_f64()?,
        };
        check_bkt(o, default)?;
    }
    let ignore_case = d.bool()?;
    let manifest = Manifest {
        format,
        id: head.summary.id,
        language: head.summary.language,
        name: head.summary.name,
        name_en: head.summary.name_en,
        script,
        direction: head.summary.direction,
        version,
        license,
        authors,
        description,
        min_engine,
        bkt,
        ignore_case,
    };

    // Counts first read, indices checked once every table's length is known.
    let n = d.count(MAX_ITEMS)?;
    let mut graphemes = Vec::with_capacity(n);
    for _ in 0..n {
        let id = d.str()?;
        let text = d.str()?;
        let ipa = d.str()?;
        let say = d.str()?;
        let code = d.u8()? as usize;
        let kind = GraphemeKind::NAMES
            .get(code)
            .map(|(_, k)| *k)
            .ok_or_else(|| damaged(format!("{code} is not a kind of grapheme")))?;
        graphemes.push(Grapheme {
            id,
            text,
            kind,
            ipa,
            say,
            example: d.opt_usize()?,
            confusable: d.usizes()?,
            audio: d.opt_str()?,
            unit: d.usize()?,
        });
    }
    let n = d.count(MAX_UNITS)?;
    if n != head.summary.units {
        return Err(damaged(format!(
            "its header says {} units, its body {n}",
            head.summary.units
        )));
    }
    let mut units: Vec<Unit> = Vec::with_capacity(n);
    for i in 0..n {
        let id = d.str()?;
        let title = d.str()?;
        let gloss = d.str()?;
        let unit_graphemes = d.usizes()?;
        let requires = d.usizes()?;
        // A unit's requirements are all earlier units (no closure is needed to use a pack:
        // the planner reads the direct requirements).
        if let Some(&r) = requires.iter().find(|&&r| r >= i) {
            return Err(damaged(format!(
                "unit {i} requires unit {r}, not an earlier one"
            )));
        }
        units.push(Unit {
            id,
            title,
            gloss,
            graphemes: unit_graphemes,
            requires,
        });
    }
    let n = d.count(MAX_ITEMS)?;
    let mut words = Vec::with_capacity(n);
    for _ in 0..n {
        let text = d.str()?;
        let word_graphemes = d.usizes()?;
        let unit = d.usize()?;
        let gloss = d.str()?;
        let picture = match d.u8()? {
            0 => None,
            1 => Some(Picture::Emoji(d.str()?)),
            2 => Some(Picture::File(d.str()?)),
            other => return Err(damaged(format!("{other} is not a kind of picture"))),
        };
        let audio = d.opt_str()?;
        let t = d.count(MAX_ITEMS)?;
        let mut tags = Vec::with_capacity(t);
        for _ in 0..t {
            tags.push(d.str()?);
        }
        words.push(Word {
            text,
            graphemes: word_graphemes,
            unit,
            gloss,
            picture,
            audio,
            tags,
            sight: d.bool()?,
        });
    }
    let n = d.count(MAX_ITEMS)?;
    let mut sentences = Vec::with_capacity(n);
    for _ in 0..n {
        let id = d.str()?;
        let text = d.str()?;
        let unit = d.usize()?;
        let gloss = d.str()?;
        let sentence_words = d.usizes()?;
        let question = match d.u8()? {
            0 => None,
            1 => Some(Question {
                text: d.str()?,
                answer: d.usize()?,
                choices: d.usizes()?,
            }),
            other => return Err(damaged(format!("{other} is not a question marker"))),
        };
        sentences.push(Sentence {
            id,
            text,
            unit,
            gloss,
            words: sentence_words,
            question,
            audio: d.opt_str()?,
        });
    }
    let n = d.count(MAX_ITEMS)?;
    let mut stories = Vec::with_capacity(n);
    for _ in 0..n {
        stories.push(Story {
            id: d.str()?,
            title: d.str()?,
            gloss: d.str()?,
            sentences: d.usizes()?,
            unit: d.usize()?,
            first_line: d.opt_usize()?,
        });
    }
    let phonotactics = match d.u8()? {
        0 => None,
        1 => Some(decode_phonotactics(&mut d, graphemes.len())?),
        other => return Err(damaged(format!("{other} is not a phonotactics marker"))),
    };
    let n = d.count(MAX_ITEMS)?;
    let mut blocklist = Vec::with_capacity(n);
    for _ in 0..n {
        blocklist.push(Blocked {
            text: d.str()?,
            contains: d.bool()?,
        });
    }
    d.end()?;

    let mut pack = Pack {
        index: PackIndex::default(),
        manifest,
        graphemes,
        units,
        words,
        sentences,
        stories,
        ftl: head.ftl,
        phonotactics,
        blocklist,
        root,
    };
    // The lookups index by unit: built only once every reference is known to be in range.
    check_references(&pack)?;
    pack.index = PackIndex::build(&pack.graphemes, &pack.words, &pack.sentences, &pack.units);
    Ok(pack)
}

fn decode_phonotactics(d: &mut Dec<'_>, graphemes: usize) -> Result<Phonotactics, BuiltError> {
    let n = d.count(MAX_ITEMS)?;
    let mut classes = Vec::with_capacity(n);
    for _ in 0..n {
        let code = d.usize()?;
        let name = u32::try_from(code)
            .ok()
            .and_then(char::from_u32)
            .ok_or_else(|| damaged(format!("{code} is not a class letter")))?;
        let m = d.count(MAX_ITEMS)?;
        let mut members = Vec::with_capacity(m);
        for _ in 0..m {
            let member = d.usizes()?;
            if member.is_empty() || member.iter().any(|&g| g >= graphemes) {
                return Err(damaged(format!(
                    "a member of class {name} is not graphemes"
                )));
            }
            members.push(member);
        }
        if members.is_empty() {
            return Err(damaged(format!("the class {name} is empty")));
        }
        classes.push(SoundClass { name, members });
    }
    let mut shapes = || -> Result<Vec<Vec<usize>>, BuiltError> {
        let n = d.count(MAX_ITEMS)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            let shape = d.usizes()?;
            if shape.is_empty() || shape.iter().any(|&c| c >= classes.len()) {
                return Err(damaged("a syllable shape names no class"));
            }
            out.push(shape);
        }
        Ok(out)
    };
    let syllables = shapes()?;
    let first = shapes()?;
    let last = shapes()?;
    let min_syllables = d.usize()?;
    let max_syllables = d.usize()?;
    if syllables.is_empty()
        || min_syllables == 0
        || min_syllables > max_syllables
        || max_syllables > MAX_SYLLABLES
    {
        return Err(damaged("its invented words have no valid shape or length"));
    }
    let compare = match d.u8()? {
        0 => Compare::Exact,
        1 => Compare::Letters,
        other => return Err(damaged(format!("{other} is not a way to compare words"))),
    };
    Ok(Phonotactics {
        classes,
        syllables,
        first,
        last,
        min_syllables,
        max_syllables,
        compare,
    })
}

/// The rules the engine and the exercise builder rely on without checking again: every index
/// points into its table, ids are unique, words are spelled by their letters, nothing a
/// learner is shown is empty, asset names stay under `assets/`.
fn check_references(p: &Pack) -> Result<(), BuiltError> {
    let (ng, nu, nw, ns) = (
        p.graphemes.len(),
        p.units.len(),
        p.words.len(),
        p.sentences.len(),
    );
    let in_range = |list: &[usize], len: usize| list.iter().all(|&i| i < len);
    unique(p.graphemes.iter().map(|g| g.id.as_str()), "grapheme")?;
    unique(p.units.iter().map(|u| u.id.as_str()), "unit")?;
    unique(p.words.iter().map(|w| w.text.as_str()), "word")?;
    unique(p.sentences.iter().map(|s| s.id.as_str()), "sentence")?;
    unique(p.stories.iter().map(|s| s.id.as_str()), "story")?;
    for g in &p.graphemes {
        if g.id.is_empty()
            || g.text.is_empty()
            || g.unit >= nu
            || g.example.is_some_and(|w| w >= nw)
            || !in_range(&g.confusable, ng)
        {
            return Err(damaged(format!(
                "the grapheme `{}` is not valid",
                g.id.escape_debug()
            )));
        }
        if let Some(a) = &g.audio {
            check_asset(a)?;
        }
    }
    for u in &p.units {
        if u.id.is_empty() || !in_range(&u.graphemes, ng) {
            return Err(damaged(format!(
                "the unit `{}` is not valid",
                u.id.escape_debug()
            )));
        }
    }
    for w in &p.words {
        let spelled: String = w
            .graphemes
            .iter()
            .filter_map(|&g| p.graphemes.get(g))
            .map(|g| g.text.as_str())
            .collect();
        if w.text.is_empty()
            || w.graphemes.is_empty()
            || !in_range(&w.graphemes, ng)
            || w.unit >= nu
            || spelled != w.text
        {
            return Err(damaged(format!(
                "the word `{}` is not valid",
                w.text.escape_debug()
            )));
        }
        match &w.picture {
            Some(Picture::File(f)) => check_asset(f)?,
            Some(Picture::Emoji(e)) if e.is_empty() => {
                return Err(damaged(format!(
                    "the word `{}` has an empty picture",
                    w.text.escape_debug()
                )));
            }
            _ => {}
        }
        if let Some(a) = &w.audio {
            check_asset(a)?;
        }
    }
    for s in &p.sentences {
        let question_ok = s.question.as_ref().is_none_or(|q| {
            !q.text.is_empty() && q.answer < nw && !q.choices.is_empty() && in_range(&q.choices, nw)
        });
        if s.id.is_empty()
            || s.text.is_empty()
            || s.words.is_empty()
            || !in_range(&s.words, nw)
            || s.unit >= nu
            || !question_ok
        {
            return Err(damaged(format!(
                "the sentence `{}` is not valid",
                s.id.escape_debug()
            )));
        }
        if let Some(a) = &s.audio {
            check_asset(a)?;
        }
    }
    for s in &p.stories {
        let words: usize = s
            .sentences
            .iter()
            .filter_map(|&i| p.sentences.get(i))
            .map(|t| t.words.len())
            .sum();
        if s.id.is_empty()
            || s.sentences.is_empty()
            || !in_range(&s.sentences, ns)
            || s.unit >= nu
            || s.first_line.is_some_and(|n| n == 0 || n > words)
        {
            return Err(damaged(format!(
                "the story `{}` is not valid",
                s.id.escape_debug()
            )));
        }
    }
    for f in &p.ftl {
        if f.path.is_empty() || f.path.starts_with('/') || f.path.split('/').any(|x| x == "..") {
            return Err(damaged(format!(
                "`{}` is not a Fluent file's path",
                f.path.escape_debug()
            )));
        }
    }
    Ok(())
}

/// Refuses a table whose ids are not all different (the lookups would hide one of them).
fn unique<'a>(mut ids: impl Iterator<Item = &'a str>, what: &str) -> Result<(), BuiltError> {
    let mut seen = HashSet::new();
    match ids.find(|id| !seen.insert(*id)) {
        Some(id) => Err(damaged(format!(
            "the {what} `{}` is there twice",
            id.escape_debug()
        ))),
        None => Ok(()),
    }
}

/// Appends the built encoding.
#[derive(Default)]
struct Enc(Vec<u8>);

impl Enc {
    fn u8(&mut self, v: u8) {
        self.0.push(v);
    }
    fn bool(&mut self, v: bool) {
        self.0.push(u8::from(v));
    }
    fn u64(&mut self, mut v: u64) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }
    fn usize(&mut self, v: usize) {
        self.u64(v as u64);
    }
    fn i64(&mut self, v: i64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    fn str(&mut self, s: &str) {
        self.usize(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn opt_str(&mut self, s: Option<&str>) {
        match s {
            None => self.u8(0),
            Some(s) => {
                self.u8(1);
                self.str(s);
            }
        }
    }
    fn opt_usize(&mut self, v: Option<usize>) {
        // 0 is "none", n + 1 is n.
        self.u64(v.map_or(0, |v| v as u64 + 1));
    }
    fn opt_f64(&mut self, v: Option<f64>) {
        match v {
            None => self.u8(0),
            Some(v) => {
                self.u8(1);
                self.0.extend_from_slice(&v.to_le_bytes());
            }
        }
    }
    fn usizes(&mut self, list: &[usize]) {
        self.usize(list.len());
        for &v in list {
            self.usize(v);
        }
    }
}

/// Reads the built encoding, refusing anything out of bounds.
struct Dec<'a> {
    bytes: &'a [u8],
    at: usize,
    section: &'static str,
}

impl<'a> Dec<'a> {
    fn new(bytes: &'a [u8], section: &'static str) -> Self {
        Dec {
            bytes,
            at: 0,
            section,
        }
    }
    fn short(&self) -> BuiltError {
        damaged(format!(
            "its {} ends early (at byte {})",
            self.section, self.at
        ))
    }
    fn take(&mut self, n: usize) -> Result<&'a [u8], BuiltError> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.bytes.len());
        let end = end.ok_or_else(|| self.short())?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }
    fn u8(&mut self) -> Result<u8, BuiltError> {
        Ok(self.take(1)?[0])
    }
    fn bool(&mut self) -> Result<bool, BuiltError> {
        match self.u8()? {
            0 => Ok(false),
            1 => Ok(true),
            other => Err(damaged(format!("{other} is not a yes or no"))),
        }
    }
    fn u64(&mut self) -> Result<u64, BuiltError> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let byte = self.u8()?;
            v |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(damaged(format!(
            "its {} holds a number that is too long",
            self.section
        )))
    }
    fn usize(&mut self) -> Result<usize, BuiltError> {
        let v = self.u64()?;
        usize::try_from(v).map_err(|_| damaged(format!("{v} is too large")))
    }
    fn i64(&mut self) -> Result<i64, BuiltError> {
        let mut b = [0; 8];
        b.copy_from_slice(self.take(8)?);
        Ok(i64::from_le_bytes(b))
    }
    /// A count of items that follow, each at least one byte long: never more than the bytes
    /// left (so a hostile count cannot make a large allocation) nor than `max`.
    fn count(&mut self, max: usize) -> Result<usize, BuiltError> {
        let n = self.usize()?;
        if n > max || n > self.bytes.len() - self.at {
            return Err(damaged(format!(
                "its {} counts {n} items where there is room for fewer",
                self.section
            )));
        }
        Ok(n)
    }
    fn str(&mut self) -> Result<String, BuiltError> {
        let n = self.usize()?;
        let bytes = self.take(n)?;
        String::from_utf8(bytes.to_vec())
            .map_err(|_| damaged(format!("its {} holds text that is not UTF-8", self.section)))
    }
    fn opt_str(&mut self) -> Result<Option<String>, BuiltError> {
        match self.u8()? {
            0 => Ok(None),
            1 => Ok(Some(self.str()?)),
            other => Err(damaged(format!("{other} is not an optional text marker"))),
        }
    }
    fn opt_usize(&mut self) -> Result<Option<usize>, BuiltError> {
        Ok(self.usize()?.checked_sub(1))
    }
    fn opt_f64(&mut self) -> Result<Option<f64>, BuiltError> {
        match self.u8()? {
            0 => Ok(None),
            1 => {
                let mut b = [0; 8];
                b.copy_from_slice(self.take(8)?);
                Ok(Some(f64::from_le_bytes(b)))
            }
            other => Err(damaged(format!("{other} is not an optional number marker"))),
        }
    }
    fn usizes(&mut self) -> Result<Vec<usize>, BuiltError> {
        let n = self.count(MAX_ITEMS)?;
        let mut out = Vec::with_capacity(n);
        for _ in 0..n {
            out.push(self.usize()?);
        }
        Ok(out)
    }
    fn end(&self) -> Result<(), BuiltError> {
        if self.at == self.bytes.len() {
            Ok(())
        } else {
            Err(damaged(format!(
                "its {} has {} bytes after its end",
                self.section,
                self.bytes.len() - self.at
            )))
        }
    }
}

#[cfg(test)]
#[path = "built_tests.rs"]
mod tests;
