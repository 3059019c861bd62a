//! `pack.toml`: the manifest.

use std::ops::Range;
use std::path::Path;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

use toml::de::DeTable;

use super::BktParams;
use super::model::{BktOverride, Direction, Manifest, SKILL_KINDS};
use super::problem::Problems;
use super::source::{MAX_TEXT_BYTES, Need, read_text};
use super::toml_doc::{Located, TomlDoc};

const FILE: &str = "pack.toml";
pub use super::rules::{FORMAT, parse_version, valid_id};

/// Reads and checks the manifest.
pub fn read(root: &Path, problems: &mut Problems) -> Option<Manifest> {
    let text = read_text(root, FILE, MAX_TEXT_BYTES, Need::Required, problems)?;
    let doc = TomlDoc::parse(FILE, &text, problems)?;
    let mut f = doc.root_fields("pack.toml");
    let format = f.integer("format", true, problems);
    let id = f.string("id", true, problems);
    let language = f.string("language", true, problems);
    let name = f.string("name", true, problems);
    let name_en = f.string("name_en", true, problems);
    let script = f.string("script", true, problems);
    let direction = f.string("direction", true, problems);
    let version = f.string("version", true, problems);
    let license = f.string("license", true, problems);
    let authors = f.strings("authors", true, problems);
    let description = f.string("description", true, problems);
    let min_engine = f.string("min_engine", true, problems);
    let engine = f.table("engine", problems);
    let ignore_case = f.boolean("ignore_case", false, problems);
    f.finish(problems);

    let before = problems.len();
    let bkt = engine
        .map(|(table, span)| read_engine(&doc, table, span, problems))
        .unwrap_or_default();
    if let Some((n, line)) = format
        && n != FORMAT
    {
        problems.at(
            FILE,
            line,
            None,
            format!("pack format {n} is not supported; this engine reads format {FORMAT}"),
        );
    }
    if let Some(id) = &id
        && !valid_id(&id.value)
    {
        at(
            problems,
            id,
            "`id` may use only lowercase letters a–z, digits and '-', at most 32 of them",
        );
    }
    let language_tag =
        language
            .as_ref()
            .and_then(|l| match LanguageIdentifier::from_str(&l.value) {
                Ok(tag) => Some(tag.to_string()),
                Err(_) => {
                    at(
                        problems,
                        l,
                        format!(
                            "`{}` is not a BCP 47 language tag (like \"sw\" or \"hi-IN\")",
                            l.value
                        ),
                    );
                    None
                }
            });
    if let Some(s) = &script
        && !(s.value.len() == 4
            && s.value
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_uppercase())
            && s.value.chars().skip(1).all(|c| c.is_ascii_lowercase()))
    {
        at(
            problems,
            s,
            "`script` should be an ISO 15924 code of four letters, like \"Latn\" or \"Deva\"",
        );
    }
    let dir = direction.as_ref().and_then(|d| match d.value.as_str() {
        "ltr" => Some(Direction::Ltr),
        "rtl" => Some(Direction::Rtl),
        _ => {
            at(problems, d, "`direction` should be \"ltr\" or \"rtl\"");
            None
        }
    });
    for v in [&version, &min_engine].into_iter().flatten() {
        if parse_version(&v.value).is_none() {
            at(
                problems,
                v,
                format!(
                    "`{}` is not a version of the form MAJOR.MINOR.PATCH",
                    v.value
                ),
            );
        }
    }
    if let Some(m) = &min_engine
        && let (Some(need), Some(have)) = (
            parse_version(&m.value),
            parse_version(crate::ENGINE_VERSION),
        )
        && need > have
    {
        at(
            problems,
            m,
            format!(
                "this pack needs Kusoma {} or newer; this is {}",
                m.value,
                crate::ENGINE_VERSION
            ),
        );
    }
    if authors.as_ref().is_some_and(|a| a.is_empty()) {
        problems.file(FILE, "`authors` should name at least one author");
    }
    if problems.len() > before {
        return None;
    }
    Some(Manifest {
        format: format?.0,
        id: id?.value,
        language: language_tag?,
        name: name?.value,
        name_en: name_en?.value,
        script: script?.value,
        direction: dir?,
        version: version?.value,
        license: license?.value,
        authors: authors?.into_iter().map(|a| a.value).collect(),
        description: description?.value,
        min_engine: min_engine?.value,
        bkt,
        ignore_case: ignore_case.unwrap_or(false),
    })
}

/// The optional `[engine]` table: `[engine.bkt.<kind>]` overrides per skill kind.
fn read_engine(
    doc: &TomlDoc,
    table: &DeTable,
    span: Range<usize>,
    problems: &mut Problems,
) -> [BktOverride; 3] {
    let mut out = [BktOverride::default(); 3];
    let mut f = doc.fields(table, span, "[engine]");
    let bkt = f.table("bkt", problems);
    f.finish(problems);
    let Some((table, span)) = bkt else {
        return out;
    };
    let mut kinds = doc.fields(table, span, "[engine.bkt]");
    for (i, kind) in SKILL_KINDS.iter().enumerate() {
        if let Some((table, span)) = kinds.table(kind, problems) {
            out[i] = read_bkt(doc, table, span, kind, DEFAULT_BKT[i], problems);
        }
    }
    kinds.finish(problems);
    out
}

use super::rules::DEFAULT_BKT;

/// One `[engine.bkt.<kind>]` table.
fn read_bkt(
    doc: &TomlDoc,
    table: &DeTable,
    span: Range<usize>,
    kind: &str,
    default: BktParams,
    problems: &mut Problems,
) -> BktOverride {
    let what = format!("[engine.bkt.{kind}]");
    let mut f = doc.fields(table, span, &what);
    let keys = ["prior", "learn", "guess", "slip", "forget"];
    let values = keys.map(|key| f.number(key, false, problems));
    f.finish(problems);
    let mut valid = [None; 5];
    for ((key, value), valid) in keys.iter().zip(values).zip(&mut valid) {
        let Some((v, line, column)) = value else {
            continue;
        };
        // Probabilities, and 1 is excluded too: a certain guess, slip or forgetting (or a
        // certain prior) leaves nothing for the answers to tell.
        if !(0.0..1.0).contains(&v) {
            problems.at(
                FILE,
                line,
                Some(column),
                format!(
                    "`{key}` in {what} should be a number from 0 up to (not including) 1, not {v}"
                ),
            );
        } else if *key == "learn" && v == 0.0 {
            problems.at(
                FILE,
                line,
                Some(column),
                format!("`learn` in {what} is 0: the skill could never be learned; use a small number such as 0.1"),
            );
        } else {
            *valid = Some(v);
        }
    }
    let [prior, learn, guess, slip, forget] = valid;
    let all_valid = values
        .iter()
        .zip(&valid)
        .all(|(given, ok)| given.is_none() || ok.is_some());
    let (g, s) = (guess.unwrap_or(default.guess), slip.unwrap_or(default.slip));
    if all_valid && g + s >= 1.0 {
        // Point at whichever of the two the pack wrote (slip when both).
        if let Some((_, line, column)) = values[3].or(values[2]) {
            problems.at(
                FILE,
                line,
                Some(column),
                format!("`guess` + `slip` in {what} is {g} + {s}, not below 1: a right answer would then be no evidence of knowing the skill"),
            );
        }
    }
    BktOverride {
        prior,
        learn,
        guess,
        slip,
        forget,
    }
}

fn at(problems: &mut Problems, place: &Located, message: impl Into<String>) {
    problems.at(FILE, place.line, Some(place.column), message);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::lessons;

    /// Reads the `sw` manifest with `extra` appended (it starts on line 13); returns the
    /// manifest or the problems as `pack.toml:line:column: message`.
    fn read_with(extra: &str) -> Result<Manifest, Vec<String>> {
        let dir = tempfile::tempdir().unwrap();
        // The twelve required fields only (the optional `ignore_case` left out), so that
        // the lines of `extra` are known.
        let base: String = std::fs::read_to_string(lessons("sw").join(FILE))
            .unwrap()
            .lines()
            .filter(|l| !l.starts_with("ignore_case"))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(base.lines().count(), 12);
        std::fs::write(dir.path().join(FILE), format!("{base}{extra}")).unwrap();
        let mut problems = Problems::default();
        let manifest = read(dir.path(), &mut problems);
        let problems: Vec<String> = problems
            .into_vec()
            .iter()
            .map(ToString::to_string)
            .collect();
        match manifest {
            Some(m) if problems.is_empty() => Ok(m),
            _ => Err(problems),
        }
    }

    fn assert_problem(problems: &[String], start: &str, contains: &str) {
        assert!(
            problems
                .iter()
                .any(|p| p.starts_with(start) && p.contains(contains)),
            "expected {start} … {contains:?} in {problems:#?}"
        );
    }

    #[test]
    fn engine_overrides_are_read_per_skill_kind() {
        let m = read_with(
            "[engine.bkt.grapheme]\nlearn = 0.4\nguess = 0.25\n[engine.bkt.word]\nprior = 0\n",
        )
        .unwrap();
        assert_eq!(
            m.bkt[0],
            BktOverride {
                learn: Some(0.4),
                guess: Some(0.25),
                ..BktOverride::default()
            }
        );
        assert_eq!(m.bkt[1].prior, Some(0.0), "an integer 0 is a number");
        assert_eq!(m.bkt[2], BktOverride::default());
        assert_eq!(read_with("").unwrap().bkt, [BktOverride::default(); 3]);
    }

    #[test]
    fn bad_engine_values_are_refused_with_their_place() {
        let problems = read_with(
            "[engine.bkt.grapheme]\n\
             learn = 0\n\
             prior = 1.0\n\
             slip = \"low\"\n\
             speed = 0.5\n\
             forget = -0.1\n\
             [engine.bkt.syllable]\n\
             learn = 0.3\n\
             [engine.bkt.word]\n\
             guess = 0.6\n\
             slip = 0.5\n\
             [engine.bkt.sentence]\n\
             guess = 0.95\n\
             [engine.fsrs]\n",
        )
        .unwrap_err();
        assert_problem(
            &problems,
            "pack.toml:14:9:",
            "`learn` in [engine.bkt.grapheme] is 0",
        );
        assert_problem(
            &problems,
            "pack.toml:15:9:",
            "from 0 up to (not including) 1, not 1",
        );
        assert_problem(&problems, "pack.toml:16:8:", "`slip` should be a number");
        assert_problem(
            &problems,
            "pack.toml:17:1:",
            "unknown key `speed` in [engine.bkt.grapheme]; the keys are: forget, guess, learn, prior, slip",
        );
        assert_problem(&problems, "pack.toml:18:10:", "not -0.1");
        assert_problem(
            &problems,
            "pack.toml:19:",
            "unknown key `syllable` in [engine.bkt]; the keys are: grapheme, sentence, word",
        );
        assert_problem(
            &problems,
            "pack.toml:23:8:",
            "`guess` + `slip` in [engine.bkt.word] is 0.6 + 0.5",
        );
        assert_problem(
            &problems,
            "pack.toml:25:9:",
            "`guess` + `slip` in [engine.bkt.sentence] is 0.95 + 0.1",
        );
        assert_problem(
            &problems,
            "pack.toml:26:",
            "unknown key `fsrs` in [engine]; the keys are: bkt",
        );
        assert_eq!(problems.len(), 9, "{problems:#?}");
    }

    #[test]
    fn an_engine_key_that_is_not_a_table_is_refused() {
        let problems = read_with("engine = 3\n").unwrap_err();
        assert_problem(
            &problems,
            "pack.toml:13:10:",
            "`engine` in pack.toml should be a table",
        );
        let problems = read_with("[engine]\nbkt = [0.1]\n").unwrap_err();
        assert_problem(
            &problems,
            "pack.toml:14:7:",
            "`bkt` in [engine] should be a table",
        );
    }
}
