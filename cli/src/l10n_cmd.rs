//! `kusoma l10n check` and `kusoma l10n coverage`: the interface translations against English.
//!
//! For each locale: syntax and nesting depth, messages missing from it or no longer in English,
//! variables that differ from English, and plural selectors that lack a category the locale's
//! CLDR rules need. Packs' `ui/` and `content/` files are checked the same way, except that a
//! pack may translate only some messages (the rest fall back).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use kusoma_core::l10n::{FALLBACK, Localizer, guard, plurals};
use kusoma_core::pack;

/// Plural category names, as variant keys.
const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// What a message uses.
#[derive(Debug, Default)]
struct MessageInfo {
    line: usize,
    variables: BTreeSet<String>,
    /// (selector variable, variant keys) of each select expression on a plural-looking key set.
    plural_selects: Vec<(String, Vec<String>)>,
}

/// One finding, located.
#[derive(Debug)]
struct Finding {
    line: Option<usize>,
    message: String,
}

/// Parses an FTL text into its messages, or the syntax problems.
fn messages(text: &str) -> Result<BTreeMap<String, MessageInfo>, Vec<Finding>> {
    if let Some(line) = guard::too_deep(text) {
        return Err(vec![Finding {
            line: Some(line),
            message: format!("nested deeper than {}", guard::MAX_DEPTH),
        }]);
    }
    let resource = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((_, errors)) => {
            return Err(errors
                .into_iter()
                .map(|e| Finding {
                    line: Some(line_of_offset(text, e.pos.start)),
                    message: format!("syntax error: {}", e.kind),
                })
                .collect());
        }
    };
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut info = MessageInfo {
                line: line_of_id(text, m.id.name),
                ..MessageInfo::default()
            };
            if let Some(value) = &m.value {
                walk(value, &mut info);
            }
            for attribute in &m.attributes {
                walk(&attribute.value, &mut info);
            }
            out.insert(m.id.name.to_owned(), info);
        }
    }
    Ok(out)
}

fn walk(pattern: &Pattern<&str>, info: &mut MessageInfo) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            walk_expression(expression, info);
        }
    }
}

fn walk_expression(expression: &Expression<&str>, info: &mut MessageInfo) {
    match expression {
        Expression::Select { selector, variants } => {
            walk_inline(selector, info);
            let keys: Vec<String> = variants
                .iter()
                .map(|v| match &v.key {
                    VariantKey::Identifier { name } => (*name).to_owned(),
                    VariantKey::NumberLiteral { value } => (*value).to_owned(),
                })
                .collect();
            if let InlineExpression::VariableReference { id } = selector
                && keys.iter().any(|k| CATEGORIES.contains(&k.as_str()))
            {
                info.plural_selects.push((id.name.to_owned(), keys));
            }
            for variant in variants {
                walk(&variant.value, info);
            }
        }
        Expression::Inline(inline) => walk_inline(inline, info),
    }
}

fn walk_inline(inline: &InlineExpression<&str>, info: &mut MessageInfo) {
    match inline {
        InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                walk_inline(a, info);
            }
            for a in &arguments.named {
                walk_inline(&a.value, info);
            }
        }
        InlineExpression::Placeable { expression } => walk_expression(expression, info),
        _ => {}
    }
}

fn line_of_offset(text: &str, offset: usize) -> usize {
    text.get(..offset)
        .map_or(1, |before| before.matches('\n').count() + 1)
}

fn line_of_id(text: &str, id: &str) -> usize {
    text.lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| i + 1)
}

/// Checks `text` in `locale` against the English messages. `complete`: every English message
/// must be there (the built-in files); a pack may translate a subset.
fn check_locale(
    locale: &str,
    text: &str,
    english: &BTreeMap<String, MessageInfo>,
    complete: bool,
) -> (Vec<Finding>, usize) {
    let mut findings = Vec::new();
    let ours = match messages(text) {
        Ok(m) => m,
        Err(problems) => return (problems, 0),
    };
    let needed = match plurals::categories(locale) {
        Ok(c) => c,
        Err(e) => {
            findings.push(Finding {
                line: None,
                message: e,
            });
            Vec::new()
        }
    };
    if complete {
        for id in english.keys().filter(|id| !ours.contains_key(*id)) {
            findings.push(Finding {
                line: None,
                message: format!("missing message `{id}`"),
            });
        }
    }
    for (id, info) in &ours {
        let Some(reference) = english.get(id) else {
            findings.push(Finding {
                line: Some(info.line),
                message: format!("obsolete message `{id}`: English no longer has it"),
            });
            continue;
        };
        if info.variables != reference.variables {
            let show = |s: &BTreeSet<String>| {
                s.iter()
                    .map(|v| format!("${v}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            findings.push(Finding {
                line: Some(info.line),
                message: format!(
                    "`{id}` uses {{{}}} but English uses {{{}}}",
                    show(&info.variables),
                    show(&reference.variables)
                ),
            });
        }
        for (variable, keys) in &info.plural_selects {
            let missing: Vec<&str> = needed
                .iter()
                .copied()
                .filter(|c| !keys.iter().any(|k| k == c))
                .collect();
            if !missing.is_empty() {
                findings.push(Finding {
                    line: Some(info.line),
                    message: format!("`{id}` selects on ${variable} without the plural categories {} that {locale} needs", missing.join(", ")),
                });
            }
        }
    }
    (findings, ours.len())
}

/// The built-in interface files: from `dir` (core/l10n/<locale>/*.ftl), or those compiled in.
fn builtin_files(dir: Option<&Path>) -> Vec<(String, PathBuf, String)> {
    let default = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../core/l10n"));
    let dir = dir.map(Path::to_path_buf).unwrap_or(default);
    let dir = dir.canonicalize().unwrap_or(dir);
    let mut out = Vec::new();
    if let Ok(entries) = fs::read_dir(&dir) {
        let mut locales: Vec<PathBuf> = entries
            .filter_map(|e| e.ok())
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        locales.sort();
        for folder in locales {
            let locale = folder
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let mut text = String::new();
            let mut files: Vec<PathBuf> = fs::read_dir(&folder)
                .into_iter()
                .flatten()
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            files.sort();
            for f in &files {
                text.push_str(&fs::read_to_string(f).unwrap_or_default());
                text.push('\n');
            }
            out.push((locale, folder, text));
        }
    }
    if out.is_empty() {
        for (locale, text) in Localizer::builtin_sources() {
            out.push((
                (*locale).to_owned(),
                PathBuf::from(format!("<built-in {locale}>")),
                (*text).to_owned(),
            ));
        }
    }
    out
}

/// `kusoma l10n check`: prints every finding; exit 1 if any.
pub fn check(dir: Option<&Path>, pack_dirs: &[PathBuf]) -> ExitCode {
    let files = builtin_files(dir);
    let Some((_, _, english_text)) = files.iter().find(|(l, _, _)| l == FALLBACK) else {
        eprintln!("error: no English ({FALLBACK}) messages to check against");
        return ExitCode::FAILURE;
    };
    let english = match messages(english_text) {
        Ok(m) => m,
        Err(problems) => {
            for p in problems {
                println!("{FALLBACK}:{}: {}", p.line.unwrap_or(0), p.message);
            }
            return ExitCode::FAILURE;
        }
    };
    let mut failed = false;
    let mut report = |place: &str, locale: &str, findings: Vec<Finding>, count: usize| {
        if findings.is_empty() {
            println!("{place}: ok — {locale}, {count} messages");
        }
        for f in findings {
            failed = true;
            match f.line {
                Some(line) => println!("{place}:{line}: {}", f.message),
                None => println!("{place}: {}", f.message),
            }
        }
    };
    for (locale, path, text) in &files {
        let (findings, count) = check_locale(locale, text, &english, true);
        report(&path.display().to_string(), locale, findings, count);
    }
    for pack in kusoma_core::pack_folders(pack_dirs) {
        let Ok(p) = pack::load(&pack) else { continue };
        for ftl in &p.ftl {
            let (findings, count) = check_locale(&p.manifest.language, &ftl.text, &english, false);
            report(
                &pack.join(&ftl.path).display().to_string(),
                &p.manifest.language,
                findings,
                count,
            );
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// `kusoma l10n coverage`: a table of translated messages per locale.
pub fn coverage(dir: Option<&Path>) -> ExitCode {
    let files = builtin_files(dir);
    let english = files
        .iter()
        .find(|(l, _, _)| l == FALLBACK)
        .and_then(|(_, _, t)| messages(t).ok())
        .unwrap_or_default();
    println!("| locale | translated | missing | obsolete | coverage | plural categories |");
    println!("| --- | --- | --- | --- | --- | --- |");
    for (locale, _, text) in &files {
        let ours = messages(text).unwrap_or_default();
        let translated = english.keys().filter(|id| ours.contains_key(*id)).count();
        let obsolete = ours.keys().filter(|id| !english.contains_key(*id)).count();
        let percent = if english.is_empty() {
            0.0
        } else {
            100.0 * translated as f64 / english.len() as f64
        };
        let categories =
            plurals::categories(locale).map_or_else(|e| format!("missing: {e}"), |c| c.join(" "));
        println!(
            "| {locale} | {translated} of {} | {} | {obsolete} | {percent:.0} % | {categories} |",
            english.len(),
            english.len() - translated
        );
    }
    ExitCode::SUCCESS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn findings(locale: &str, text: &str, complete: bool) -> Vec<String> {
        let english =
            messages("a = Hello { $name }\nb = { $n ->\n [one] one\n *[other] { $n } many\n}\n")
                .unwrap();
        check_locale(locale, text, &english, complete)
            .0
            .into_iter()
            .map(|f| format!("{:?}: {}", f.line, f.message))
            .collect()
    }

    #[test]
    fn a_complete_translation_is_clean() {
        assert!(
            findings(
                "sw",
                "a = Habari { $name }\nb = { $n ->\n [one] moja\n *[other] { $n } mengi\n}\n",
                true
            )
            .is_empty()
        );
    }

    #[test]
    fn missing_obsolete_and_variable_differences_are_found() {
        let found = findings("sw", "a = Habari { $jina }\nc = zamani\n", true);
        assert!(
            found.contains(&"None: missing message `b`".to_owned()),
            "{found:?}"
        );
        assert!(
            found.contains(&"Some(2): obsolete message `c`: English no longer has it".to_owned()),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .any(|f| f.starts_with("Some(1): `a` uses {$jina} but English uses {$name}")),
            "{found:?}"
        );
        assert!(
            findings("sw", "c = zamani\n", false)
                .iter()
                .all(|f| !f.contains("missing")),
            "a pack may translate a subset"
        );
    }

    #[test]
    fn plural_categories_the_locale_needs_are_required() {
        let arabic = "a = مرحبا { $name }\nb = { $n ->\n [one] واحد\n *[other] { $n }\n}\n";
        let found = findings("ar", arabic, true);
        assert!(
            found
                .iter()
                .any(|f| f
                    .contains("without the plural categories zero, two, few, many that ar needs")),
            "{found:?}"
        );
    }

    #[test]
    fn syntax_errors_and_deep_nesting_are_found_with_their_line() {
        assert!(
            findings("sw", "a = ok { $name }\nb = { $n\n", true)[0]
                .starts_with("Some(3): syntax error")
        );
        let deep = format!("a = {}\n", "{".repeat(100));
        assert!(findings("sw", &deep, true)[0].contains("nested deeper than 32"));
        assert!(findings("tlh", "a = x { $name }\n", false)[0].contains("not in the CLDR data"));
    }
}
