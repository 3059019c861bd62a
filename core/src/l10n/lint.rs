//! The interface messages' lint: each locale's FTL against the English messages — syntax and
//! depth, messages missing or no longer in English, variables that differ from English, and
//! plural selectors without a category the locale's CLDR rules need. `kusoma l10n check` reports
//! every finding; a phone refuses a pack whose `ui/*.ftl` would not parse or whose messages use
//! other variables than English ([`FindingKind::refuses_a_pack`], in
//! [`Localizer::add_pack`](super::Localizer::add_pack)).

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

use super::{guard, plurals};

/// Plural category names, as variant keys.
const CATEGORIES: &[&str] = &["zero", "one", "two", "few", "many", "other"];

/// What a message uses.
#[derive(Debug, Default)]
pub struct MessageInfo {
    /// The 1-based line of its id (0 when not found).
    pub line: usize,
    /// The variables it uses, in its value and attributes.
    pub variables: BTreeSet<String>,
    /// (selector variable, variant keys) of each select expression on a plural-looking key set.
    pub plural_selects: Vec<(String, Vec<String>)>,
}

/// What a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FindingKind {
    /// The text does not parse, or nests too deep.
    Syntax,
    /// A message English has is missing (only when the file must be complete).
    Missing,
    /// A message English no longer has.
    Obsolete,
    /// A message uses other variables than English: a dropped `$count` shows wrong words.
    Variables,
    /// A plural selector lacks a category the locale's CLDR rules need.
    PluralCategories,
    /// There are no CLDR plural rules for the locale.
    NoPluralData,
}

impl FindingKind {
    /// Whether a phone refuses a pack for it: the text would not parse, or a message would
    /// show other facts than English does. The rest fall back to something readable and are
    /// for `kusoma l10n check` to report.
    pub fn refuses_a_pack(self) -> bool {
        matches!(self, FindingKind::Syntax | FindingKind::Variables)
    }
}

/// One finding, located.
#[derive(Debug)]
pub struct Finding {
    /// What it is about.
    pub kind: FindingKind,
    /// The 1-based line, when it is on one.
    pub line: Option<usize>,
    /// A sentence a localizer can act on.
    pub message: String,
}

/// Parses an FTL text into its messages, or the syntax problems.
pub fn messages(text: &str) -> Result<BTreeMap<String, MessageInfo>, Vec<Finding>> {
    if let Some(line) = guard::too_deep(text) {
        return Err(vec![Finding {
            kind: FindingKind::Syntax,
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
                    kind: FindingKind::Syntax,
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
pub fn check_locale(
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
                kind: FindingKind::NoPluralData,
                line: None,
                message: e,
            });
            Vec::new()
        }
    };
    if complete {
        for id in english.keys().filter(|id| !ours.contains_key(*id)) {
            findings.push(Finding {
                kind: FindingKind::Missing,
                line: None,
                message: format!("missing message `{id}`"),
            });
        }
    }
    for (id, info) in &ours {
        let Some(reference) = english.get(id) else {
            findings.push(Finding {
                kind: FindingKind::Obsolete,
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
                kind: FindingKind::Variables,
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
                    kind: FindingKind::PluralCategories,
                    line: Some(info.line),
                    message: format!("`{id}` selects on ${variable} without the plural categories {} that {locale} needs", missing.join(", ")),
                });
            }
        }
    }
    (findings, ours.len())
}
