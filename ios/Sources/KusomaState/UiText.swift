/// Every piece of interface text the screens show, by role, with the Fluent message ids that can
/// fill it, most specific first — the same roles, ids and fallbacks as Android's `UiText.kt`.
///
/// A role may fall back to an older id whose words fit a touch screen (never one that says "type
/// a number"). A role none of whose ids exists shows its icon alone: `Messages.text` gives nil.
public enum UiText: CaseIterable, Sendable {
    // Learner screens (as on Android).
    case chooseProfile, newLearner, pictureLogin, homeTitle, unitOpen, unitDone, totals, start
    case replay, playSound, check, next, startAgain, finish, question, summaryTitle, goodbye
    case settings, interfaceLanguage, back, home, wrongPictures, locked, unitCompleted
    // PIN, quick exit, settings additions, voice note.
    case pinLogin, pinDelete, quickExit, lock, discreetMode, installPack, packInstalled
    case packRefused, noVoice
    // Facilitator screens.
    case facilitator, facilitatorPin, newFacilitator, name, wrongPin, groups, save, newGroup, groupSize
    case addLearners, groupSession, attendance, present, absent, turnRule, turnStart, turnNumber
    case passPhone, endGroupSession, notes, assess
    case subtaskLetterSounds, subtaskFamiliarWords, subtaskNonwords, subtaskOralReading
    case subtaskComprehension, subtaskAser
    case gridHint, gridStart, gridStop, timeLeft, markLast, autostop, result
    case report, attendanceRate, needsHelp, helpNotStarted, helpStalled, helpStruggling
    case hardestItems, itemLine
    // A learner's report, comprehension questions, the ASER probe.
    case weekly, accuracy, assessments, comprehension
    case aserLetters, aserWords, aserParagraph, aserStory, aserNotRead, aserLevel
    case aserLevelBeginner, aserLevelLetter, aserLevelWord, aserLevelParagraph, aserLevelStory

    /// The Fluent ids that can fill this role, most specific first. Arguments are noted where a
    /// message takes some.
    public var ids: [String] {
        switch self {
        case .chooseProfile: return ["app-choose-profile", "shell-welcome"]
        case .newLearner: return ["app-new-learner", "shell-new-learner"]
        case .pictureLogin: return ["app-picture-login"]
        case .homeTitle: return ["app-home-title", "shell-progress-title"] // name, pack
        case .unitOpen: return ["app-unit-open", "shell-unit-open"]
        case .unitDone: return ["app-unit-done", "shell-unit-done"]
        case .totals: return ["app-totals", "shell-totals"] // attempts, sessions, correct
        case .start: return ["app-start-session"]
        case .replay: return ["app-replay"]
        case .playSound: return ["app-play-sound"]
        case .check: return ["app-check"]
        case .next: return ["app-next"]
        case .startAgain: return ["app-start-again"]
        case .finish: return ["app-finish"]
        case .question: return ["app-question", "shell-question"] // text
        case .summaryTitle: return ["app-summary-title"]
        case .goodbye: return ["app-goodbye", "shell-goodbye"]
        case .settings: return ["app-settings"]
        case .interfaceLanguage: return ["app-interface-language"]
        case .back: return ["app-back"]
        case .home: return ["app-home"]
        case .wrongPictures: return ["shell-wrong-secret"]
        case .locked: return ["shell-locked"]
        case .unitCompleted: return ["feedback-unit-done"] // unit
        case .pinLogin: return ["app-pin-login", "shell-ask-pin"]
        case .pinDelete: return ["app-pin-delete"]
        case .quickExit: return ["app-quick-exit"]
        case .lock: return ["app-lock"]
        case .discreetMode: return ["app-discreet-mode"]
        case .installPack: return ["app-install-pack"]
        case .packInstalled: return ["app-pack-installed"] // pack
        case .packRefused: return ["app-pack-refused"] // reason
        case .noVoice: return ["app-no-voice"] // language
        case .facilitator: return ["app-facilitator"]
        case .facilitatorPin: return ["app-facilitator-pin"] // name
        case .newFacilitator: return ["app-new-facilitator"]
        case .name: return ["app-name", "shell-ask-name"]
        case .wrongPin: return ["app-wrong-pin", "shell-wrong-secret"]
        case .groups: return ["app-groups"]
        case .save: return ["app-save", "app-check"]
        case .newGroup: return ["app-new-group"]
        case .groupSize: return ["app-group-size"] // count
        case .addLearners: return ["app-add-learners"]
        case .groupSession: return ["app-group-session"]
        case .attendance: return ["app-attendance"]
        case .present: return ["app-present"]
        case .absent: return ["app-absent"]
        case .turnRule: return ["app-turn-rule"] // count
        case .turnStart: return ["app-turn-start"]
        case .turnNumber: return ["app-turn-number"] // number
        case .passPhone: return ["shell-pass-phone"] // name
        case .endGroupSession: return ["app-end-group-session"]
        case .notes: return ["app-notes"]
        case .assess: return ["app-assess"]
        case .subtaskLetterSounds: return ["app-subtask-letter-sounds"]
        case .subtaskFamiliarWords: return ["app-subtask-familiar-words"]
        case .subtaskNonwords: return ["app-subtask-nonwords"]
        case .subtaskOralReading: return ["app-subtask-oral-reading"]
        case .subtaskComprehension: return ["app-subtask-comprehension"]
        case .subtaskAser: return ["app-subtask-aser"]
        case .gridHint: return ["app-grid-hint"]
        case .gridStart: return ["app-grid-start"]
        case .gridStop: return ["app-grid-stop"]
        case .timeLeft: return ["app-time-left"] // seconds
        case .markLast: return ["app-mark-last"]
        case .autostop: return ["app-autostop"] // count
        case .result: return ["app-result"] // correct, attempted, per_minute
        case .report: return ["app-report"]
        case .attendanceRate: return ["app-attendance-rate"] // percent
        case .needsHelp: return ["app-needs-help"]
        case .helpNotStarted: return ["app-help-not-started"]
        case .helpStalled: return ["app-help-stalled"] // days
        case .helpStruggling: return ["app-help-struggling"] // percent
        case .hardestItems: return ["app-hardest-items"]
        case .itemLine: return ["app-item-line"] // label, correct, attempts
        case .weekly: return ["app-weekly"]
        case .accuracy: return ["app-accuracy"] // percent
        case .assessments: return ["app-assessments"]
        case .comprehension: return ["app-comprehension"]
        case .aserLetters: return ["app-aser-letters"] // shown
        case .aserWords: return ["app-aser-words"] // shown
        case .aserParagraph: return ["app-aser-paragraph"]
        case .aserStory: return ["app-aser-story"]
        case .aserNotRead: return ["app-aser-not-read"]
        case .aserLevel: return ["app-aser-level"] // level (one of the level names below)
        case .aserLevelBeginner: return ["app-aser-level-beginner"]
        case .aserLevelLetter: return ["app-aser-level-letter"]
        case .aserLevelWord: return ["app-aser-level-word"]
        case .aserLevelParagraph: return ["app-aser-level-paragraph"]
        case .aserLevelStory: return ["app-aser-level-story"]
        }
    }

    /// The name of an assessment subtask as the core spells it (`letter-sounds`, …, `aser`).
    public static func subtask(_ id: String) -> UiText? {
        switch id {
        case "letter-sounds": return .subtaskLetterSounds
        case "familiar-words": return .subtaskFamiliarWords
        case "nonwords": return .subtaskNonwords
        case "oral-reading": return .subtaskOralReading
        case "comprehension": return .subtaskComprehension
        case "aser": return .subtaskAser
        default: return nil
        }
    }

    /// The name of an ASER level as the core stores it (`beginner`, `letter`, `word`,
    /// `paragraph`, `story`), or nil for a level newer than this app. Android's
    /// `UiText.aserLevel(level)`; named apart here from the `aserLevel` role (the sentence that
    /// holds the name), so that `.aserLevel` never reads as two things.
    public static func aserLevelName(_ level: String) -> UiText? {
        switch level {
        case "beginner": return .aserLevelBeginner
        case "letter": return .aserLevelLetter
        case "word": return .aserLevelWord
        case "paragraph": return .aserLevelParagraph
        case "story": return .aserLevelStory
        default: return nil
        }
    }
}
