//! The settings screen: the interface languages to choose from (each named in itself), the one
//! in use, and the outcome of installing a pack from a file, worded for the screen.

use std::path::Path;

use crate::Kusoma;
use crate::pack::Direction;

/// A language the interface can be shown in, named in itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LanguageOption {
    /// Its tag, e.g. `sw`.
    pub tag: String,
    /// Its name in itself (the pack's name).
    pub name: String,
}

/// What the settings screen draws.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SettingsView {
    /// The installed courses' languages, each once, in the packs' order.
    pub languages: Vec<LanguageOption>,
    /// The interface locale in use.
    pub current: String,
    /// The interface is written right to left (the screens mirror).
    pub right_to_left: bool,
    /// The name of the pack just installed from a file.
    pub installed: Option<String>,
    /// Why the pack file just chosen was refused (nothing stored was changed).
    pub refused: Option<String>,
}

impl Kusoma {
    /// The settings screen as it is now.
    pub fn settings_view(&self) -> SettingsView {
        let mut languages: Vec<LanguageOption> = Vec::new();
        for p in self.packs() {
            if !languages.iter().any(|l| l.tag == p.language) {
                languages.push(LanguageOption {
                    tag: p.language,
                    name: p.name,
                });
            }
        }
        SettingsView {
            languages,
            current: self
                .ui_locales()
                .into_iter()
                .next()
                .unwrap_or_else(|| "en".into()),
            right_to_left: self.ui_direction() == Direction::Rtl,
            installed: None,
            refused: None,
        }
    }

    /// Installs the pack file at `file` and gives the settings screen after it: its language
    /// listed and its name shown, or the reason it was refused (and nothing changed).
    pub fn install_pack_from_settings(&mut self, file: &Path) -> SettingsView {
        let outcome = self.install_pack(file);
        let mut view = self.settings_view();
        match outcome {
            Ok(pack) => view.installed = Some(pack.name),
            Err(e) => view.refused = Some(e.to_string()),
        }
        view
    }
}
