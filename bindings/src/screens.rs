//! The screens' shared rules and state machines from `kusoma_core::screens`: text by role, the
//! apps' defaults, a new learner's card picture, the sign-in flow, the facilitator gate.

use std::sync::{Arc, Mutex, MutexGuard};

use kusoma_core::assess::AserLevel;
use kusoma_core::screens::assessment::Subtask;
use kusoma_core::screens::defaults::AppDefaults;
use kusoma_core::screens::facilitator_gate::{FacilitatorCard, FacilitatorGate, GateState};
use kusoma_core::screens::home::{HomeUnit, HomeView};
use kusoma_core::screens::settings::{LanguageOption, SettingsView};
use kusoma_core::screens::sign_in::{LearnerCard, SignIn, SignInState, SignInStep};
use kusoma_core::screens::text::UiText;

use crate::engine::KusomaEngine;
use crate::error::KusomaError;
use crate::flow::{act, held};

type Result<T> = std::result::Result<T, KusomaError>;
use crate::records::{MessageArg, borrowed, fluent_args};

// The core's roles, crossing as they are: a mirror of the enum's shape that uniffi needs while
// the core has no uniffi; the ids and fallbacks stay in the core (`UiText::ids`).
#[uniffi::remote(Enum)]
pub enum UiText {
    ChooseProfile,
    NewLearner,
    PictureLogin,
    HomeTitle,
    UnitOpen,
    UnitDone,
    Totals,
    Start,
    Placement,
    Replay,
    PlaySound,
    Check,
    Next,
    StartAgain,
    Finish,
    Question,
    SummaryTitle,
    Goodbye,
    Settings,
    InterfaceLanguage,
    Back,
    Home,
    WrongPictures,
    Locked,
    UnitCompleted,
    PinLogin,
    PinDelete,
    QuickExit,
    Lock,
    DiscreetMode,
    InstallPack,
    PackInstalled,
    PackRefused,
    NoVoice,
    Facilitator,
    FacilitatorPin,
    NewFacilitator,
    Name,
    WrongPin,
    Groups,
    Save,
    NewGroup,
    GroupSize,
    AddLearners,
    GroupSession,
    Attendance,
    Present,
    Absent,
    TurnRule,
    PassPhone,
    TurnStart,
    TurnNumber,
    EndGroupSession,
    Notes,
    Assess,
    GridHint,
    GridStart,
    GridStop,
    TimeLeft,
    MarkLast,
    Autostop,
    Result,
    Report,
    AttendanceRate,
    NeedsHelp,
    HelpNotStarted,
    HelpStalled,
    HelpStruggling,
    HardestItems,
    ItemLine,
    Weekly,
    Count,
    WeekOf,
    AttendedOf,
    Accuracy,
    Assessments,
    Comprehension,
    AserLetters,
    AserWords,
    AserParagraph,
    AserStory,
    AserNotRead,
    AserLevel,
    AserLevelBeginner,
    AserLevelLetter,
    AserLevelWord,
    AserLevelParagraph,
    AserLevelStory,
    SubtaskLetterSounds,
    SubtaskFamiliarWords,
    SubtaskNonwords,
    SubtaskOralReading,
    SubtaskComprehension,
    SubtaskAser,
}

// The core's defaults record, crossing as it is.
#[uniffi::remote(Record)]
pub struct AppDefaults {
    pub session_exercises: u32,
    pub choices: u32,
    pub login_pictures: Vec<String>,
    pub login_length: u32,
    pub card_pictures: Vec<String>,
    pub pin_min: u32,
    pub pin_max: u32,
}

/// The words naming a subtask.
#[uniffi::export]
pub fn subtask_role(subtask: Subtask) -> UiText {
    UiText::for_subtask(subtask)
}

/// The words naming an ASER level.
#[uniffi::export]
pub fn aser_level_role(level: AserLevel) -> UiText {
    UiText::for_aser_level(level)
}

/// What both apps must agree on: session length, login pictures, card pictures, PIN lengths.
#[uniffi::export]
pub fn app_defaults() -> AppDefaults {
    kusoma_core::screens::defaults::app_defaults()
}

#[uniffi::export]
impl KusomaEngine {
    /// The text for `role` in the interface language, or none when the language chain has none
    /// of its ids (the screen shows the role's icon alone).
    pub fn ui_text(&self, role: UiText, args: Vec<MessageArg>) -> Option<String> {
        let args = fluent_args(args);
        self.core().ui_text(role, &borrowed(&args))
    }

    /// The card picture a new learner gets unless she picks another: one no learner on this
    /// phone has while there are any.
    pub fn suggested_card_picture(&self) -> Result<String> {
        Ok(self.core().suggested_card_picture()?.to_owned())
    }
}

// The sign-in flow's records, crossing as the core defines them.
#[uniffi::remote(Record)]
pub struct LearnerCard {
    pub id: String,
    pub name: String,
    pub picture: String,
    pub has_pictures: bool,
    pub has_pin: bool,
}

#[uniffi::remote(Enum)]
pub enum SignInStep {
    Choose,
    Pictures,
    Pin,
    SignedIn,
}

#[uniffi::remote(Record)]
pub struct SignInState {
    pub learners: Vec<LearnerCard>,
    pub chosen: Option<LearnerCard>,
    pub step: SignInStep,
    pub pictures_entered: u32,
    pub pin_digits: u32,
    pub can_submit_pin: bool,
    pub wrong_try: bool,
    pub locked_until_ms: Option<i64>,
}

/// The profile chooser and a learner's sign-in (`kusoma_core::screens::sign_in`). Every action
/// returns what the screens draw next.
#[derive(uniffi::Object)]
pub struct SignInFlow {
    inner: Mutex<SignIn>,
}

impl SignInFlow {
    fn flow(&self) -> MutexGuard<'_, SignIn> {
        held(&self.inner)
    }

    /// Runs `action` on the flow and gives the state after it.
    fn act(
        &self,
        action: impl FnOnce(&mut SignIn) -> kusoma_core::Result<()>,
    ) -> Result<SignInState> {
        act(&self.inner, SignIn::state, action)
    }
}

#[uniffi::export]
impl SignInFlow {
    /// The chooser with the learners on `engine`'s phone.
    #[uniffi::constructor]
    pub fn new(engine: Arc<KusomaEngine>) -> Result<Arc<Self>> {
        let flow = SignIn::new(&engine.core())?;
        Ok(Arc::new(SignInFlow {
            inner: Mutex::new(flow),
        }))
    }

    /// What the screens draw now.
    pub fn state(&self) -> SignInState {
        self.flow().state().clone()
    }

    /// Reloads the learners.
    pub fn refresh(&self, engine: Arc<KusomaEngine>) -> Result<SignInState> {
        self.act(|f| f.refresh(&engine.core()))
    }

    /// Creates a learner (an empty `picture`: one no other learner has) and chooses her.
    pub fn create(
        &self,
        engine: Arc<KusomaEngine>,
        name: String,
        picture: String,
    ) -> Result<SignInState> {
        self.act(|f| f.create(&mut engine.core(), &name, &picture).map(drop))
    }

    /// Chooses learner `id`.
    pub fn choose(&self, id: String) -> Result<SignInState> {
        self.act(|f| f.choose(&id))
    }

    /// Taps login picture `position` (0–11); the last one may sign her in.
    pub fn tap_picture(&self, engine: Arc<KusomaEngine>, position: u32) -> Result<SignInState> {
        self.act(|f| f.tap_picture(&mut engine.core(), position))
    }

    /// Takes back the pictures tapped.
    pub fn clear_pictures(&self) -> SignInState {
        let mut flow = self.flow();
        flow.clear_pictures();
        flow.state().clone()
    }

    /// Types a PIN digit (0–9).
    pub fn type_digit(&self, digit: u32) -> Result<SignInState> {
        self.act(|f| f.type_digit(digit))
    }

    /// Takes back the last PIN digit.
    pub fn delete_digit(&self) -> SignInState {
        let mut flow = self.flow();
        flow.delete_digit();
        flow.state().clone()
    }

    /// Tries her pictures and PIN.
    pub fn submit_pin(&self, engine: Arc<KusomaEngine>) -> Result<SignInState> {
        self.act(|f| f.submit_pin(&mut engine.core()))
    }

    /// Back to the chooser, nobody signed in.
    pub fn sign_out(&self, engine: Arc<KusomaEngine>) -> SignInState {
        let mut flow = self.flow();
        flow.sign_out(&mut engine.core());
        flow.state().clone()
    }
}

// The facilitator gate's records, crossing as the core defines them.
#[uniffi::remote(Record)]
pub struct FacilitatorCard {
    pub id: String,
    pub name: String,
}

#[uniffi::remote(Record)]
pub struct GateState {
    pub facilitators: Vec<FacilitatorCard>,
    pub creating: bool,
    pub name: String,
    pub chosen: Option<FacilitatorCard>,
    pub pin_digits: u32,
    pub can_submit: bool,
    pub wrong_try: bool,
    pub locked_until_ms: Option<i64>,
    pub unlocked: Option<FacilitatorCard>,
}

/// The way into facilitator mode (`kusoma_core::screens::facilitator_gate`). Every action
/// returns what the gate draws next.
#[derive(uniffi::Object)]
pub struct FacilitatorGateFlow {
    inner: Mutex<FacilitatorGate>,
}

impl FacilitatorGateFlow {
    fn act(
        &self,
        action: impl FnOnce(&mut FacilitatorGate) -> kusoma_core::Result<()>,
    ) -> Result<GateState> {
        act(&self.inner, FacilitatorGate::state, action)
    }
}

#[uniffi::export]
impl FacilitatorGateFlow {
    /// The gate with the facilitators on `engine`'s phone.
    #[uniffi::constructor]
    pub fn new(engine: Arc<KusomaEngine>) -> Result<Arc<Self>> {
        let gate = FacilitatorGate::new(&engine.core())?;
        Ok(Arc::new(FacilitatorGateFlow {
            inner: Mutex::new(gate),
        }))
    }

    /// What the gate draws now.
    pub fn state(&self) -> GateState {
        held(&self.inner).state().clone()
    }

    /// Chooses facilitator `id`.
    pub fn choose(&self, id: String) -> Result<GateState> {
        self.act(|g| g.choose(&id))
    }

    /// The first facilitator's name as typed.
    pub fn set_name(&self, name: String) -> Result<GateState> {
        self.act(|g| {
            g.set_name(&name);
            Ok(())
        })
    }

    /// Types a PIN digit (0–9).
    pub fn type_digit(&self, digit: u32) -> Result<GateState> {
        self.act(|g| g.type_digit(digit))
    }

    /// Takes back the last digit.
    pub fn delete_digit(&self) -> Result<GateState> {
        self.act(|g| {
            g.delete_digit();
            Ok(())
        })
    }

    /// Tries the PIN (creating the first facilitator on a new phone).
    pub fn submit(&self, engine: Arc<KusomaEngine>) -> Result<GateState> {
        self.act(|g| g.submit(&mut engine.core()))
    }

    /// Back from the pad to the list.
    pub fn back(&self) -> Result<GateState> {
        self.act(|g| {
            g.back();
            Ok(())
        })
    }
}

// A learner's home screen, crossing as the core defines it.
#[uniffi::remote(Record)]
pub struct HomeUnit {
    pub id: String,
    pub title: String,
    pub letters_learned: u32,
    pub letters_to_confirm: u32,
    pub letters_total: u32,
    pub words_mastered: u32,
    pub words_total: u32,
    pub done: bool,
    pub current: bool,
}

#[uniffi::remote(Record)]
pub struct HomeView {
    pub learner: String,
    pub name: String,
    pub pack: String,
    pub pack_name: String,
    pub units: Vec<HomeUnit>,
    pub letters_learned: u32,
    pub attempts: u32,
    pub correct: u32,
    pub sessions: u32,
    pub offer_placement: bool,
}

#[uniffi::export]
impl KusomaEngine {
    /// `learner`'s home screen in course `pack`: the path of units and her totals.
    pub fn home_screen(&self, learner: String, pack: String) -> Result<HomeView> {
        Ok(self.core().home_screen(&learner, &pack)?)
    }
}

// The settings screen, crossing as the core defines it.
#[uniffi::remote(Record)]
pub struct LanguageOption {
    pub tag: String,
    pub name: String,
}

#[uniffi::remote(Record)]
pub struct SettingsView {
    pub languages: Vec<LanguageOption>,
    pub current: String,
    pub right_to_left: bool,
    pub installed: Option<String>,
    pub refused: Option<String>,
}

#[uniffi::export]
impl KusomaEngine {
    /// The settings screen as it is now.
    pub fn settings_view(&self) -> SettingsView {
        self.core().settings_view()
    }

    /// Installs the pack file at `file` (a readable local copy the shell made): the settings
    /// screen after it, with the pack's name or the reason it was refused.
    pub fn install_pack_from_settings(&self, file: String) -> SettingsView {
        self.core()
            .install_pack_from_settings(std::path::Path::new(&file))
    }
}
