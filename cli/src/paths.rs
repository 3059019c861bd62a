//! Where things are by default: the data directory, the bundled packs, the user's locales.

use std::env;
use std::path::PathBuf;

/// `$KUSOMA_DATA_DIR`, else the platform's per-user data directory plus `kusoma`. An empty
/// `$KUSOMA_DATA_DIR` counts as unset (it would otherwise mean the current directory).
pub fn default_data_dir() -> Option<PathBuf> {
    if let Some(dir) = env::var_os("KUSOMA_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    if cfg!(windows) {
        return env::var_os("APPDATA").map(|d| PathBuf::from(d).join("kusoma"));
    }
    let home = env::var_os("HOME").map(PathBuf::from);
    if cfg!(target_os = "macos") {
        return home.map(|h| h.join("Library/Application Support/kusoma"));
    }
    match env::var_os("XDG_DATA_HOME") {
        Some(xdg) if !xdg.is_empty() => Some(PathBuf::from(xdg).join("kusoma")),
        _ => home.map(|h| h.join(".local/share/kusoma")),
    }
}

/// `$KUSOMA_PACKS` (a list like `$PATH`), else the `lessons/` folder of the source tree this
/// binary was built from, when it is still there.
pub fn default_pack_dirs() -> Vec<PathBuf> {
    if let Some(list) = env::var_os("KUSOMA_PACKS") {
        return env::split_paths(&list).collect();
    }
    let bundled = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../lessons"));
    if bundled.is_dir() {
        vec![bundled]
    } else {
        Vec::new()
    }
}

/// The interface locales from `$LC_ALL`, `$LC_MESSAGES` and `$LANG` (`sw_KE.UTF-8` → `sw-KE`).
pub fn env_locales() -> Vec<String> {
    let mut out = Vec::new();
    for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(tag) = env::var(var).ok().as_deref().and_then(posix_to_tag)
            && !out.contains(&tag)
        {
            out.push(tag);
        }
    }
    out.push("en".into());
    out
}

/// A POSIX locale name as a BCP 47 tag; `None` for the C locale or an empty value.
fn posix_to_tag(value: &str) -> Option<String> {
    let tag = value
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    (!tag.is_empty() && tag != "C" && tag != "POSIX").then_some(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn posix_locale_names_become_bcp47_tags() {
        assert_eq!(posix_to_tag("sw_KE.UTF-8").as_deref(), Some("sw-KE"));
        assert_eq!(posix_to_tag("hi_IN@latin").as_deref(), Some("hi-IN"));
        assert_eq!(posix_to_tag("C.UTF-8"), None);
        assert_eq!(posix_to_tag(""), None);
    }
}
