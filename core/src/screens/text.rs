//! Every piece of interface text the screens show, by role, with the Fluent message ids that can
//! fill it, most specific first: one list for both apps (it was a Kotlin enum and a Swift enum
//! that had drifted apart in three fallbacks).
//!
//! The `app-*` ids are the touch screens' own. A role may list a fallback: an older id whose
//! words fit a touch screen (never one that says "type a number"), used with a pack's own or an
//! older interface translation that lacks the `app-*` id. A role none of whose ids exists gives
//! no text, and the screen shows its icon alone.

use crate::Kusoma;
use crate::assess::AserLevel;
use crate::l10n::Arg;
use crate::report::HelpReason;
use crate::screens::assessment::Subtask;
use crate::store::AssessmentResult;

/// Declares [`UiText`] from one table: each role, its doc, and the Fluent ids that can fill it,
/// so the variant list, [`UiText::ALL`] and [`UiText::ids`] cannot drift apart.
macro_rules! roles {
    ($($(#[$doc:meta])* $role:ident => [$($id:literal),+],)+) => {
        /// A piece of interface text a screen shows, by role. Each role names the Fluent ids that
        /// can fill it ([`UiText::ids`]); the shells draw what [`Kusoma::ui_text`] gives, or the
        /// role's icon alone when it gives nothing.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum UiText {
            $($(#[$doc])* $role,)+
        }

        impl UiText {
            /// Every role, in the order of the table.
            pub const ALL: &'static [UiText] = &[$(UiText::$role,)+];

            /// The Fluent ids that can fill this role, most specific first.
            pub fn ids(self) -> &'static [&'static str] {
                match self {
                    $(UiText::$role => &[$($id),+],)+
                }
            }
        }
    };
}

roles! {
    /// Title of the profile chooser.
    ChooseProfile => ["app-choose-profile", "shell-welcome"],
    /// The card that creates a profile.
    NewLearner => ["app-new-learner", "shell-new-learner"],
    /// Above the picture-login grid: tap your three pictures.
    PictureLogin => ["app-picture-login"],
    /// Home title; args `name`, `pack`.
    HomeTitle => ["app-home-title", "shell-progress-title"],
    /// A unit being learned now.
    UnitOpen => ["app-unit-open", "shell-unit-open"],
    /// A finished unit.
    UnitDone => ["app-unit-done", "shell-unit-done"],
    /// Totals on the home screen; args `attempts`, `sessions`, `correct`.
    Totals => ["app-totals", "shell-totals"],
    /// The button that starts a session.
    Start => ["app-start-session"],
    /// The button that starts a placement test (offered before her first session).
    Placement => ["app-placement"],
    /// The button that plays the instruction and prompt again.
    Replay => ["app-replay"],
    /// The button that plays one choice's sound.
    PlaySound => ["app-play-sound"],
    /// The button that sends an answer.
    Check => ["app-check"],
    /// The button that goes on after feedback.
    Next => ["app-next"],
    /// Takes back what was entered (placed tiles, login pictures) to start again.
    StartAgain => ["app-start-again"],
    /// The button that ends a session early.
    Finish => ["app-finish"],
    /// A comprehension question; arg `text`.
    Question => ["app-question", "shell-question"],
    /// Title of the end-of-session summary.
    SummaryTitle => ["app-summary-title"],
    /// Leaving a session or the app.
    Goodbye => ["app-goodbye", "shell-goodbye"],
    /// The settings button and title.
    Settings => ["app-settings"],
    /// Label of the interface-language list.
    InterfaceLanguage => ["app-interface-language"],
    /// Back to the previous screen.
    Back => ["app-back"],
    /// To the learner's home screen.
    Home => ["app-home"],
    /// The picture login was wrong: try again.
    WrongPictures => ["shell-wrong-secret"],
    /// Too many wrong tries: the profile is locked for a while.
    Locked => ["shell-locked"],
    /// Shown with the feedback of the answer that finished a unit; arg `unit`.
    UnitCompleted => ["feedback-unit-done"],
    // PIN, quick exit, settings the shell acts on.
    /// Above a learner's PIN pad.
    PinLogin => ["app-pin-login", "shell-ask-pin"],
    /// The PIN pad's delete key.
    PinDelete => ["app-pin-delete"],
    /// The quick exit: locks the profile and hides the app.
    QuickExit => ["app-quick-exit", "app-finish"],
    /// Locks facilitator mode.
    Lock => ["app-lock"],
    /// The discreet-mode switch.
    DiscreetMode => ["app-discreet-mode"],
    /// Installs a language pack from a file.
    InstallPack => ["app-install-pack"],
    /// A pack was installed; arg `pack`.
    PackInstalled => ["app-pack-installed"],
    /// A pack file was refused; arg `reason`.
    PackRefused => ["app-pack-refused"],
    /// The phone cannot speak the pack's language; arg `language`.
    NoVoice => ["app-no-voice"],
    // Facilitator mode.
    /// The way into facilitator mode, and its title.
    Facilitator => ["app-facilitator"],
    /// Above a facilitator's PIN pad; arg `name`.
    FacilitatorPin => ["app-facilitator-pin"],
    /// Creating the phone's first facilitator.
    NewFacilitator => ["app-new-facilitator"],
    /// Label of a name field.
    Name => ["app-name", "shell-ask-name"],
    /// A facilitator's PIN was wrong.
    WrongPin => ["app-wrong-pin", "shell-wrong-secret"],
    /// Title of the groups list.
    Groups => ["app-groups"],
    /// Saves a form (a new learner).
    Save => ["app-save", "app-check"],
    /// Creates a group.
    NewGroup => ["app-new-group"],
    /// A group's size; arg `count`.
    GroupSize => ["app-group-size"],
    /// Adds learners to a group.
    AddLearners => ["app-add-learners"],
    /// Starts a group session.
    GroupSession => ["app-group-session"],
    /// Above the attendance list.
    Attendance => ["app-attendance"],
    /// A learner who is here.
    Present => ["app-present"],
    /// A learner who is absent.
    Absent => ["app-absent"],
    /// Exercises per turn; arg `count`.
    TurnRule => ["app-turn-rule"],
    /// Hand the phone to the next learner; arg `name`.
    PassPhone => ["shell-pass-phone"],
    /// The learner starts her turn.
    TurnStart => ["app-turn-start"],
    /// Which turn this is; arg `number`.
    TurnNumber => ["app-turn-number"],
    /// Ends the group session.
    EndGroupSession => ["app-end-group-session"],
    /// The facilitator's notes on a session.
    Notes => ["app-notes"],
    /// Starts an assessment for a learner.
    Assess => ["app-assess"],
    /// The timed-grid hint.
    GridHint => ["app-grid-hint"],
    /// Starts the assessment clock.
    GridStart => ["app-grid-start"],
    /// Stops a timed subtask early.
    GridStop => ["app-grid-stop"],
    /// Time left; arg `seconds`.
    TimeLeft => ["app-time-left"],
    /// Time is up: mark the last item read.
    MarkLast => ["app-mark-last"],
    /// The autostop rule applies; arg `count`.
    Autostop => ["app-autostop"],
    /// An assessment's score; args `correct`, `attempted`, `per_minute`.
    Result => ["app-result"],
    /// A group's report.
    Report => ["app-report"],
    /// Attendance rate; arg `percent`.
    AttendanceRate => ["app-attendance-rate"],
    /// Heading of those who need help.
    NeedsHelp => ["app-needs-help"],
    /// Needs help: has not started.
    HelpNotStarted => ["app-help-not-started"],
    /// Needs help: no practice for days; arg `days`.
    HelpStalled => ["app-help-stalled"],
    /// Needs help: low accuracy; arg `percent`.
    HelpStruggling => ["app-help-struggling"],
    /// Heading of the hardest items.
    HardestItems => ["app-hardest-items"],
    /// One hard item; args `label`, `correct`, `attempts`.
    ItemLine => ["app-item-line"],
    /// Heading of a learner's exercises week by week.
    Weekly => ["app-weekly"],
    /// A count on a chart, in the interface's digits; arg `count`.
    Count => ["app-count"],
    /// The day a week starts, under its bar; args `day`, `month`.
    WeekOf => ["app-week-of"],
    /// Group sessions a learner attended of those held; args `attended`, `held`.
    AttendedOf => ["app-attended-of"],
    /// A learner's recent accuracy; arg `percent`.
    Accuracy => ["app-accuracy"],
    /// Heading of a learner's assessments.
    Assessments => ["app-assessments"],
    /// Above a story's comprehension questions.
    Comprehension => ["app-comprehension"],
    /// ASER: letters read right; arg `shown`.
    AserLetters => ["app-aser-letters"],
    /// ASER: words read right; arg `shown`.
    AserWords => ["app-aser-words"],
    /// ASER: mistakes in the paragraph.
    AserParagraph => ["app-aser-paragraph"],
    /// ASER: mistakes in the story.
    AserStory => ["app-aser-story"],
    /// ASER: a text the learner did not read.
    AserNotRead => ["app-aser-not-read"],
    /// ASER: the level reached; arg `level` (one of the level names below).
    AserLevel => ["app-aser-level"],
    /// ASER level name: beginner.
    AserLevelBeginner => ["app-aser-level-beginner"],
    /// ASER level name: letter.
    AserLevelLetter => ["app-aser-level-letter"],
    /// ASER level name: word.
    AserLevelWord => ["app-aser-level-word"],
    /// ASER level name: paragraph.
    AserLevelParagraph => ["app-aser-level-paragraph"],
    /// ASER level name: story.
    AserLevelStory => ["app-aser-level-story"],
    /// Subtask name: letter sounds.
    SubtaskLetterSounds => ["app-subtask-letter-sounds"],
    /// Subtask name: familiar words.
    SubtaskFamiliarWords => ["app-subtask-familiar-words"],
    /// Subtask name: nonwords.
    SubtaskNonwords => ["app-subtask-nonwords"],
    /// Subtask name: oral reading.
    SubtaskOralReading => ["app-subtask-oral-reading"],
    /// Subtask name: comprehension.
    SubtaskComprehension => ["app-subtask-comprehension"],
    /// Subtask name: the ASER probe.
    SubtaskAser => ["app-subtask-aser"],
}

impl UiText {
    /// The name of a subtask as the choice, grid and report screens show it.
    pub fn for_subtask(subtask: Subtask) -> UiText {
        match subtask {
            Subtask::LetterSounds => UiText::SubtaskLetterSounds,
            Subtask::FamiliarWords => UiText::SubtaskFamiliarWords,
            Subtask::Nonwords => UiText::SubtaskNonwords,
            Subtask::OralReading => UiText::SubtaskOralReading,
            Subtask::Comprehension => UiText::SubtaskComprehension,
            Subtask::Aser => UiText::SubtaskAser,
        }
    }

    /// The name of an assessment as its result is stored (an EGRA subtask or the ASER probe),
    /// or `None` for a name newer than this core.
    pub fn for_stored_subtask(name: &str) -> Option<UiText> {
        Subtask::from_stored(name).map(UiText::for_subtask)
    }

    /// The name of an ASER level.
    pub fn for_aser_level(level: AserLevel) -> UiText {
        match level {
            AserLevel::Beginner => UiText::AserLevelBeginner,
            AserLevel::Letter => UiText::AserLevelLetter,
            AserLevel::Word => UiText::AserLevelWord,
            AserLevel::Paragraph => UiText::AserLevelParagraph,
            AserLevel::Story => UiText::AserLevelStory,
        }
    }

    /// The name of an ASER level as it is stored, or `None` for one newer than this core.
    pub fn for_stored_aser_level(name: &str) -> Option<UiText> {
        AserLevel::parse(name).ok().map(UiText::for_aser_level)
    }
}

impl Kusoma {
    /// A stored assessment's name, or `None` for a subtask newer than this core.
    pub fn assessment_title(&self, a: &AssessmentResult) -> Option<String> {
        UiText::for_stored_subtask(&a.subtask).and_then(|role| self.ui_text(role, &[]))
    }

    /// A stored assessment's result in words: a timed subtask's rate, comprehension's questions
    /// right, or the ASER level reached.
    pub fn assessment_result_text(&self, a: &AssessmentResult) -> Option<String> {
        let count = |n: u32| Arg::Num(n.into());
        match Subtask::from_stored(&a.subtask)? {
            Subtask::Aser => {
                let level = a.level.as_deref()?;
                let name = UiText::for_stored_aser_level(level)
                    .and_then(|role| self.ui_text(role, &[]))
                    .unwrap_or_else(|| level.to_owned());
                self.ui_text(UiText::AserLevel, &[("level", Arg::Str(name))])
            }
            Subtask::Comprehension => {
                let label = self
                    .ui_text(UiText::SubtaskComprehension, &[])
                    .unwrap_or_default();
                let args = [
                    ("label", Arg::Str(label)),
                    ("correct", count(a.correct)),
                    ("attempts", count(a.attempted)),
                ];
                self.ui_text(UiText::ItemLine, &args)
            }
            _ => {
                let args = [
                    ("correct", count(a.correct)),
                    ("attempted", count(a.attempted)),
                    ("per_minute", Arg::Num(a.per_minute.round() as i64)),
                ];
                self.ui_text(UiText::Result, &args)
            }
        }
    }

    /// Why a learner is on the "needs help" list, in the interface language (the accuracy as a
    /// whole percentage), or `None` when the chain has no words for it.
    pub fn help_reason_text(&self, reason: &HelpReason) -> Option<String> {
        match *reason {
            HelpReason::NotStarted => self.ui_text(UiText::HelpNotStarted, &[]),
            HelpReason::Stalled { days } => {
                self.ui_text(UiText::HelpStalled, &[("days", Arg::Num(days.into()))])
            }
            HelpReason::Struggling { accuracy } => {
                self.share_text(UiText::HelpStruggling, accuracy)
            }
        }
    }

    /// The text for `role`, whose one argument `percent` is `share` (0–1) as a whole percent:
    /// how every share on a screen is rounded, in one place.
    pub fn share_text(&self, role: UiText, share: f64) -> Option<String> {
        let percent = (share.clamp(0.0, 1.0) * 100.0).round() as i64;
        self.ui_text(role, &[("percent", Arg::Num(percent))])
    }

    /// The text for `role` in the interface language, with Fluent `args`: the first of its ids
    /// the locale chain has, or `None` when it has none of them (the screen shows the icon
    /// alone).
    pub fn ui_text(&self, role: UiText, args: &[(&str, Arg)]) -> Option<String> {
        role.ids().iter().find_map(|id| self.try_tr(id, args))
    }
}
