//! The built form: every bundled pack survives the round trip exactly, and damaged or hostile
//! files are refused with a message, never a panic or an unbounded allocation.

use std::path::PathBuf;

use super::*;
use crate::testing::lessons;

fn bundled(id: &str) -> Pack {
    match crate::pack::load(&lessons(id)) {
        Ok(p) => p,
        Err(problems) => panic!("the bundled {id} pack has problems: {problems:#?}"),
    }
}

fn damaged_message(result: Result<Pack, BuiltError>) -> String {
    match result {
        Err(BuiltError::Damaged(m)) => m,
        Err(other) => panic!("expected a damaged file, got {other}"),
        Ok(_) => panic!("a damaged built file was accepted"),
    }
}

/// Rewrites both hashes so that only the decoder's checks stand between the bytes and the
/// engine (a hostile author can always compute hashes).
fn rehash(bytes: &mut [u8]) {
    let header_len = u32::from_le_bytes(bytes[12..16].try_into().unwrap_or([0; 4])) as usize;
    let header = PREFIX_BYTES..PREFIX_BYTES + header_len;
    let h = Sha256::digest(&bytes[header.clone()]);
    bytes[20..52].copy_from_slice(&h);
    let b = Sha256::digest(&bytes[header.end..]);
    bytes[52..84].copy_from_slice(&b);
}

#[test]
fn every_bundled_pack_round_trips_exactly() {
    for id in ["sw", "en", "hi", "ar"] {
        let pack = bundled(id);
        let bytes = encode(&pack);
        let back = decode(&bytes, pack.root.clone()).unwrap_or_else(|e| panic!("{id}: {e}"));
        assert_eq!(encode(&back), bytes, "{id}: decoding loses nothing");
        assert_eq!(back.id(), pack.id());
        assert_eq!(back.words.len(), pack.words.len());
        for (a, b) in back.units.iter().zip(&pack.units) {
            assert_eq!(a.requires, b.requires, "{id}: a unit's requirements");
        }
        for w in &pack.words {
            assert_eq!(back.word_index(&w.text), pack.word_index(&w.text));
        }
        assert_eq!(back.index.word_keys, pack.index.word_keys);
    }
}

#[test]
fn the_header_alone_lists_the_pack() {
    let dir = tempfile::tempdir().expect("temp dir");
    let pack = bundled("sw");
    fs::write(dir.path().join(BUILT_FILE), encode(&pack)).expect("write");
    let head = read_header(dir.path()).expect("header");
    assert_eq!(head.summary.id, "sw");
    assert_eq!(head.summary.units, pack.units.len());
    assert_eq!(head.summary.language, pack.manifest.language);
    let whole = read(dir.path()).expect("whole file");
    assert_eq!(whole.root, dir.path());
    assert!(matches!(
        read_header(&dir.path().join("nowhere")),
        Err(BuiltError::Missing)
    ));
}

#[test]
fn a_cut_file_is_refused_at_every_length() {
    let bytes = encode(&bundled("en"));
    // Every cut in the prefix and header, then a stride through the body.
    let cuts = (0..PREFIX_BYTES + 300).chain((PREFIX_BYTES + 300..bytes.len()).step_by(97));
    for cut in cuts {
        let message = damaged_message(decode(&bytes[..cut], PathBuf::new()));
        assert!(!message.is_empty());
    }
}

#[test]
fn a_changed_byte_fails_its_hash() {
    let mut bytes = encode(&bundled("sw"));
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    let message = damaged_message(decode(&bytes, PathBuf::new()));
    assert!(
        message.contains("body does not match its hash"),
        "{message}"
    );
    bytes[last] ^= 1;
    bytes[PREFIX_BYTES + 1] ^= 1;
    let message = damaged_message(decode(&bytes, PathBuf::new()));
    assert!(
        message.contains("header does not match its hash"),
        "{message}"
    );
}

#[test]
fn another_format_is_told_apart_from_damage() {
    let mut bytes = encode(&bundled("en"));
    bytes[8] = 9;
    assert!(matches!(
        decode(&bytes, PathBuf::new()),
        Err(BuiltError::OtherFormat(9))
    ));
}

/// A hostile file with correct hashes: each broken reference is refused by name.
#[test]
fn broken_references_are_refused_even_with_good_hashes() {
    type Break = fn(&mut Pack);
    let cases: [(&str, Break, &str); 8] = [
        (
            "a word's letter",
            |p| p.words[0].graphemes[0] = 9_999,
            "the word",
        ),
        ("a word's unit", |p| p.words[0].unit = 9_999, "the word"),
        (
            "a misspelled word",
            |p| p.words[0].text.push('q'),
            "the word",
        ),
        (
            "a sentence's word",
            |p| p.sentences[0].words.push(99_999),
            "the sentence",
        ),
        (
            "a confusable",
            |p| p.graphemes[0].confusable.push(5_000),
            "the grapheme",
        ),
        (
            "a later requirement",
            |p| p.units[0].requires.push(3),
            "requires unit 3",
        ),
        (
            "a duplicated id",
            |p| p.units[1].id = p.units[0].id.clone(),
            "twice",
        ),
        (
            "an escaping asset",
            |p| p.words[0].audio = Some("../../etc/passwd".into()),
            "asset name",
        ),
    ];
    for (what, break_it, expected) in cases {
        let mut pack = bundled("sw");
        break_it(&mut pack);
        let bytes = encode(&pack);
        let message = damaged_message(decode(&bytes, PathBuf::new()));
        assert!(message.contains(expected), "{what}: {message}");
    }
}

/// A count of a billion items in a small file is refused before anything is allocated.
#[test]
fn a_huge_count_is_refused_without_allocating() {
    let pack = bundled("en");
    let mut bytes = encode(&pack);
    let header_len = u32::from_le_bytes(bytes[12..16].try_into().unwrap_or([0; 4])) as usize;
    let body = PREFIX_BYTES + header_len;
    // The body starts with the manifest's format (8 bytes), then the script's length.
    bytes[body + 8] = 0xff;
    bytes.splice(body + 9..body + 9, [0xff, 0xff, 0x03]);
    let len = (bytes.len() - body) as u32;
    bytes[16..20].copy_from_slice(&len.to_le_bytes());
    rehash(&mut bytes);
    let message = damaged_message(decode(&bytes, PathBuf::new()));
    assert!(message.contains("ends early"), "{message}");
}
