//! Nonword grids of the bundled packs, 50 seeds each: every item pronounceable by the pack's
//! rules and legal in its script, no word of the pack or of its lexicon, and no blocked word.
//! The properties are checked here from the files themselves (not by asking the generator),
//! and the checker's rules are shown failing on bad cases.

#![allow(clippy::unwrap_used)]

use std::collections::HashSet;
use std::fs;

use kusoma_core::assess::SubtaskKind;
use kusoma_core::assess::items::draw;
use kusoma_core::assess::nonwords::{Verdict, check_grid, generate, judge, known_words};
use kusoma_core::pack::spelling::script_problem;
use kusoma_core::pack::wordlists::comparison_form;
use kusoma_core::pack::{self, read_lexicon};
use kusoma_tests::lessons;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;

const PACKS: [&str; 4] = ["sw", "hi", "ar", "en"];

#[test]
fn fifty_seeds_of_nonword_grids_per_pack_are_clean() {
    for id in PACKS {
        let p = pack::load(&lessons().join(id)).expect("the bundled pack loads");
        let rules = p
            .phonotactics
            .as_ref()
            .expect("every bundled pack has rules");
        let lexicon = read_lexicon(&p.root, rules.compare).expect("the lexicon reads");
        assert!(
            lexicon.len() > 10_000,
            "{id}: a real dictionary, not a token list"
        );
        let pack_words: HashSet<String> = p
            .words
            .iter()
            .map(|w| comparison_form(&w.text, rules.compare))
            .collect();
        let known = known_words(&p, rules, lexicon.clone());
        let mut distinct = HashSet::new();
        // `draw` reads the lexicon each time (as a phone does once per assessment); here it
        // is read once and the same generator is seeded as `draw` seeds it, checked equal on
        // the first seeds.
        let grid_for = |seed: u64| {
            let mut rng = ChaCha8Rng::seed_from_u64(seed);
            generate(&p, rules, &known, 50, &mut rng)
        };
        for seed in 0..2 {
            assert_eq!(
                draw(&p, SubtaskKind::Nonwords, seed).unwrap().texts,
                grid_for(seed),
                "{id}"
            );
        }
        for seed in 0..50 {
            let grid = grid_for(seed);
            assert_eq!(grid.len(), 50, "{id} seed {seed}");
            let unique: HashSet<&String> = grid.iter().collect();
            assert_eq!(unique.len(), 50, "{id} seed {seed}: no item twice");
            for item in &grid {
                distinct.insert(item.clone());
                let form = comparison_form(item, rules.compare);
                // Pronounceable by the pack's shapes (parsed from the text) and legal in the
                // script (marks where they may stand).
                assert!(
                    !matches!(judge(&p, rules, &known, item), Verdict::Unpronounceable(_)),
                    "{id} seed {seed}: {item} breaks the shapes"
                );
                assert_eq!(
                    script_problem(&p.manifest.script, item),
                    None,
                    "{id}: {item}"
                );
                // Not a word of the pack or of its lexicon.
                assert!(!pack_words.contains(&form), "{id}: {item} is a pack word");
                assert!(!lexicon.contains(&form), "{id}: {item} is in the lexicon");
                // Not a blocked word, nor containing one where the list says so.
                for b in &p.blocklist {
                    let hit = if b.contains {
                        form.contains(&b.text)
                    } else {
                        form == b.text
                    };
                    assert!(!hit, "{id}: {item} is blocked by {}", b.text);
                }
            }
        }
        // The grids vary: 50 seeds draw from a large space, not the same 50 words.
        assert!(
            distinct.len() > 500,
            "{id}: only {} distinct",
            distinct.len()
        );
        // Language-specific rules a reader would check by eye.
        for seed in 0..5 {
            for item in grid_for(seed) {
                match id {
                    // Swahili syllables are open: every word ends in a vowel.
                    "sw" => assert!(item.ends_with(['a', 'e', 'i', 'o', 'u']), "{item}"),
                    // English: one syllable, letters only.
                    "en" => assert!(item.chars().all(|c| c.is_ascii_lowercase()), "{item}"),
                    // Hindi: ड़ / ढ़ never start a word.
                    "hi" => assert!(!item.starts_with("ड़") && !item.starts_with("ढ़"), "{item}"),
                    // Arabic: fully vowelled, so every letter but a lengthening one has a mark.
                    "ar" => assert!(item.chars().any(|c| ('\u{064B}'..='\u{0652}').contains(&c))),
                    _ => unreachable!(),
                }
            }
        }
    }
}

#[test]
fn the_words_the_issue_found_are_refused() {
    // sw "kuma" and "uume" (vulgar), hi "हराम" (an insult), en real words, a Swahili
    // consonant ending, Hindi and Arabic spellings the script does not allow.
    let cases: [(&str, &str); 11] = [
        ("sw", "kuma"),
        ("sw", "akumasa"),
        ("sw", "tembo"),
        ("sw", "anaombb"),
        ("hi", "हराम"),
        ("hi", "ओे"),
        ("hi", "करआी"),
        ("en", "fat"),
        ("en", "czt"),
        ("ar", "كَبٍيرٌ"),
        ("ar", "كَتَبَ"),
    ];
    for (id, word) in cases {
        let p = pack::load(&lessons().join(id)).unwrap();
        let rules = p.phonotactics.as_ref().unwrap();
        let known = known_words(&p, rules, read_lexicon(&p.root, rules.compare).unwrap());
        let verdict = judge(&p, rules, &known, word);
        assert_ne!(verdict, Verdict::Fine, "{id}: {word}");
    }
    // The reason is the right one.
    let p = pack::load(&lessons().join("sw")).unwrap();
    let rules = p.phonotactics.as_ref().unwrap();
    let known = known_words(&p, rules, read_lexicon(&p.root, rules.compare).unwrap());
    assert_eq!(
        judge(&p, rules, &known, "kuma"),
        Verdict::Blocked("kuma".into())
    );
    assert_eq!(judge(&p, rules, &known, "tembo"), Verdict::RealWord);
    assert!(matches!(
        judge(&p, rules, &known, "anaombb"),
        Verdict::Unpronounceable(_)
    ));
}

fn copy_pack(id: &str) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in fs::read_dir(lessons().join(id)).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_file() {
            fs::copy(entry.path(), dir.path().join(entry.file_name())).unwrap();
        }
    }
    dir
}

#[test]
fn the_checker_refuses_bad_phonotactics_and_word_lists() {
    let dir = copy_pack("sw");
    fs::write(
        dir.path().join("phonotactics.toml"),
        "min_syllables = 3\nmax_syllables = 2\nsyllables = [\"CX\"]\nshape = 1\n[classes]\nC = [\"m\", \"qq\"]\nvowels = [\"a\"]\n",
    )
    .unwrap();
    let problems = pack::load(dir.path()).unwrap_err();
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let has = |needle: &str| text.iter().any(|t| t.contains(needle));
    assert!(has("phonotactics.toml:6:"), "{text:?}"); // located
    assert!(has("`qq` in class C is not a grapheme id"), "{text:?}");
    assert!(has("`X`, which is not a class"), "{text:?}");
    assert!(has("smaller than `min_syllables`"), "{text:?}");
    assert!(has("unknown key `shape`"), "{text:?}");
    assert!(
        has("the class name `vowels` should be one capital letter"),
        "{text:?}"
    );

    let dir = copy_pack("sw");
    fs::write(
        dir.path().join("blocklist.tsv"),
        "word\tmatch\tgloss\nkuma\tsome\tvulgar\nkuma\texact\tvulgar\nkuma\texact\tagain\n",
    )
    .unwrap();
    let problems = pack::load(dir.path()).unwrap_err();
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text.iter().any(|t| t.starts_with("blocklist.tsv:2:")),
        "{text:?}"
    );
    assert!(text.iter().any(|t| t.contains("listed twice")), "{text:?}");

    // A lexicon without its source and licence is refused by the grid check.
    let dir = copy_pack("sw");
    fs::write(dir.path().join("lexicon.txt"), "mama\nbaba\n").unwrap();
    let p = pack::load(dir.path()).unwrap();
    let problems = check_grid(&p);
    assert!(
        problems.iter().any(|p| p.message.contains("# licence:")),
        "{problems:?}"
    );

    // Rules too narrow to make a grid of 50: one shape, two members.
    let dir = copy_pack("sw");
    fs::write(
        dir.path().join("phonotactics.toml"),
        "min_syllables = 2\nmax_syllables = 2\nsyllables = [\"CV\"]\n[classes]\nC = [\"m\"]\nV = [\"a\", \"i\"]\n",
    )
    .unwrap();
    let p = pack::load(dir.path()).unwrap();
    let problems = check_grid(&p);
    assert!(
        problems
            .iter()
            .any(|p| p.message.contains("a grid needs 50")),
        "{problems:?}"
    );
    assert!(draw(&p, SubtaskKind::Nonwords, 1).is_err());

    // The bundled packs pass.
    for id in PACKS {
        let p = pack::load(&lessons().join(id)).unwrap();
        assert_eq!(check_grid(&p), Vec::new(), "{id}");
    }
}

#[test]
fn a_pack_without_rules_has_no_nonword_grid_rather_than_a_bad_one() {
    let dir = copy_pack("sw");
    fs::remove_file(dir.path().join("phonotactics.toml")).unwrap();
    let p = pack::load(dir.path()).unwrap();
    let err = draw(&p, SubtaskKind::Nonwords, 1).unwrap_err().to_string();
    assert!(err.contains("phonotactics.toml"), "{err}");
}
