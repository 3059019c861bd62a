package org.kusoma.state

/**
 * Every piece of interface text the screens show, by role, with the Fluent message ids that can
 * fill it, most specific first.
 *
 * The `app-*` ids are the ones the touch screens want; the core does not have them all yet, so a
 * role may fall back to an existing id whose words fit a touch screen (never one that says "type a
 * number"). A role none of whose ids exists shows its icon alone: [Messages.get] returns null.
 */
enum class UiText(vararg val ids: String) {
    /** Title of the profile chooser. */
    CHOOSE_PROFILE("app-choose-profile", "shell-welcome"),
    /** The card that creates a profile. */
    NEW_LEARNER("app-new-learner", "shell-new-learner"),
    /** Above the picture-login grid: tap your three pictures. */
    PICTURE_LOGIN("app-picture-login"),
    /** Home title; args `name`, `pack`. */
    HOME_TITLE("app-home-title", "shell-progress-title"),
    /** A unit being learned now. */
    UNIT_OPEN("app-unit-open", "shell-unit-open"),
    /** A finished unit. */
    UNIT_DONE("app-unit-done", "shell-unit-done"),
    /** Totals on the home screen; args `attempts`, `sessions`, `correct`. */
    TOTALS("app-totals", "shell-totals"),
    /** The button that starts a session. */
    START("app-start-session"),
    /** The button that plays the instruction and prompt again. */
    REPLAY("app-replay"),
    /** The button that plays one choice's sound. */
    PLAY_SOUND("app-play-sound"),
    /** The button that sends an answer. */
    CHECK("app-check"),
    /** The button that goes on after feedback. */
    NEXT("app-next"),
    /** Takes back what was entered (placed tiles, login pictures) to start again. */
    START_AGAIN("app-start-again"),
    /** The button that ends a session early. */
    FINISH("app-finish"),
    /** A comprehension question; arg `text`. */
    QUESTION("app-question", "shell-question"),
    /** Title of the end-of-session summary. */
    SUMMARY_TITLE("app-summary-title"),
    /** Leaving a session or the app. */
    GOODBYE("app-goodbye", "shell-goodbye"),
    /** The settings button and title. */
    SETTINGS("app-settings"),
    /** Label of the interface-language list. */
    INTERFACE_LANGUAGE("app-interface-language"),
    /** Back to the previous screen. */
    BACK("app-back"),
    /** To the learner's home screen. */
    HOME("app-home"),
    /** The picture login was wrong: try again. */
    WRONG_PICTURES("shell-wrong-secret"),
    /** Too many wrong tries: the profile is locked for a while. */
    LOCKED("shell-locked"),
    /** Shown with the feedback of the answer that finished a unit; arg `unit`. */
    UNIT_COMPLETED("feedback-unit-done"),
}
