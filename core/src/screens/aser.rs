//! The ASER probe screen: the counts a facilitator marks (letters and words right of five, the
//! mistakes in the paragraph and the story, or not read) and, once saved, the level the core
//! gives by ASER's rules ([`crate::assess::AserProbe::level`]).
//!
//! Counts are kept within their bounds here (a − below 0 or a + past the form is ignored, not
//! an error), and once saved the form no longer changes: every tap after Save is ignored.

use crate::Kusoma;
use crate::assess::{AserLevel, AserProbe};
use crate::error::Result;

/// Letters and words an ASER probe shows (a learner reads 4 of 5 to pass a level).
pub const ASER_SHOWN: u32 = 5;

/// The most mistakes the form counts in the paragraph or the story (more than 3 fails either
/// way; the bound keeps a stuck + from growing without end).
pub const ASER_MAX_COUNTED: u32 = 20;

/// What the ASER screen draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AserScreenState {
    /// Letters, and words, shown: [`ASER_SHOWN`].
    pub shown: u32,
    /// Letters read right, 0 to `shown`.
    pub letters_right: u32,
    /// Words read right, 0 to `shown`.
    pub words_right: u32,
    /// Mistakes in the paragraph, `None`: not read.
    pub paragraph_mistakes: Option<u32>,
    /// Mistakes in the story, `None`: not read.
    pub story_mistakes: Option<u32>,
    /// The level the core gave the stored probe, once saved.
    pub level: Option<AserLevel>,
}

/// One ASER probe on the screen.
#[derive(Debug)]
pub struct AserModel {
    learner: String,
    pack: String,
    group_session: Option<String>,
    state: AserScreenState,
}

impl AserModel {
    /// An empty form for `learner` in `pack` (within `group_session`, if any); both are
    /// checked when the probe is saved.
    pub fn new(learner: &str, pack: &str, group_session: Option<&str>) -> AserModel {
        AserModel {
            learner: learner.to_owned(),
            pack: pack.to_owned(),
            group_session: group_session.map(str::to_owned),
            state: AserScreenState {
                shown: ASER_SHOWN,
                letters_right: 0,
                words_right: 0,
                paragraph_mistakes: None,
                story_mistakes: None,
                level: None,
            },
        }
    }

    /// What the screen draws now.
    pub fn state(&self) -> &AserScreenState {
        &self.state
    }

    /// Letters read right, kept to at most [`ASER_SHOWN`].
    pub fn set_letters(&mut self, right: u32) {
        if self.state.level.is_none() {
            self.state.letters_right = right.min(ASER_SHOWN);
        }
    }

    /// Words read right, kept to at most [`ASER_SHOWN`].
    pub fn set_words(&mut self, right: u32) {
        if self.state.level.is_none() {
            self.state.words_right = right.min(ASER_SHOWN);
        }
    }

    /// Mistakes in the paragraph (kept to at most [`ASER_MAX_COUNTED`]), or `None`: not read.
    pub fn set_paragraph(&mut self, mistakes: Option<u32>) {
        if self.state.level.is_none() {
            self.state.paragraph_mistakes = mistakes.map(|m| m.min(ASER_MAX_COUNTED));
        }
    }

    /// Mistakes in the story (kept to at most [`ASER_MAX_COUNTED`]), or `None`: not read.
    pub fn set_story(&mut self, mistakes: Option<u32>) {
        if self.state.level.is_none() {
            self.state.story_mistakes = mistakes.map(|m| m.min(ASER_MAX_COUNTED));
        }
    }

    /// Save: stores the probe and shows its level. Ignored once saved (one probe, one row).
    pub fn save(&mut self, k: &mut Kusoma) -> Result<()> {
        if self.state.level.is_some() {
            return Ok(());
        }
        let s = self.state;
        let probe = AserProbe {
            letters_shown: s.shown as usize,
            letters_right: s.letters_right as usize,
            words_shown: s.shown as usize,
            words_right: s.words_right as usize,
            paragraph_mistakes: s.paragraph_mistakes.map(|m| m as usize),
            story_mistakes: s.story_mistakes.map(|m| m as usize),
        };
        k.record_aser(
            &self.learner,
            &self.pack,
            &probe,
            self.group_session.as_deref(),
        )?;
        // The level the stored row holds: the same pure rule, without reading it back.
        self.state.level = Some(probe.level()?);
        Ok(())
    }
}
