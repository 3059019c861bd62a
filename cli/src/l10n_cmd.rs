//! `kusoma l10n check` and `kusoma l10n coverage`: the interface translations against English.
//!
//! For each locale: syntax and nesting depth, messages missing from it or no longer in English,
//! variables that differ from English, and plural selectors that lack a category the locale's
//! CLDR rules need. Packs' `ui/` and `content/` files are checked the same way, except that a
//! pack may translate only some messages (the rest fall back).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use kusoma_core::l10n::lint::{Finding, check_locale, messages};
use kusoma_core::l10n::{FALLBACK, Localizer, plurals};
use kusoma_core::pack;

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
