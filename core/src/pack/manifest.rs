//! `pack.toml`: the manifest.

use std::path::Path;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;

use super::model::{Direction, Manifest};
use super::problem::Problems;
use super::source::{MAX_TEXT_BYTES, Need, read_text};
use super::toml_doc::{Located, TomlDoc};

const FILE: &str = "pack.toml";
/// The pack format this engine reads.
pub const FORMAT: i64 = 1;

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
    f.finish(problems);

    let before = problems.len();
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
    })
}

fn at(problems: &mut Problems, place: &Located, message: impl Into<String>) {
    problems.at(FILE, place.line, Some(place.column), message);
}

/// Whether `id` is a valid pack id.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 32
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Parses MAJOR.MINOR.PATCH.
pub fn parse_version(v: &str) -> Option<(u32, u32, u32)> {
    let mut parts = v.split('.').map(|p| p.parse::<u32>().ok());
    let version = (parts.next()??, parts.next()??, parts.next()??);
    parts.next().is_none().then_some(version)
}
