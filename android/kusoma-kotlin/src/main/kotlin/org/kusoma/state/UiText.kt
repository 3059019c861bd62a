package org.kusoma.state

/**
 * Every piece of interface text the screens show, by role, with the Fluent message ids that can
 * fill it, most specific first.
 *
 * The `app-*` ids are the touch screens' own. A role may list a fallback: an older id whose words
 * fit a touch screen (never one that says "type a number"), used with a pack's own or an older
 * interface translation that lacks the `app-*` id. A role none of whose ids exists shows its icon
 * alone: [Messages.get] returns null.
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

    // PIN, quick exit, settings the shell acts on.
    /** Above a learner's PIN pad. */
    PIN_LOGIN("app-pin-login", "shell-ask-pin"),
    /** The PIN pad's delete key. */
    PIN_DELETE("app-pin-delete"),
    /** The quick exit: locks the profile and hides the app. */
    QUICK_EXIT("app-quick-exit", "app-finish"),
    /** Locks facilitator mode. */
    LOCK("app-lock"),
    /** The discreet-mode switch. */
    DISCREET_MODE("app-discreet-mode"),
    /** Installs a language pack from a file. */
    INSTALL_PACK("app-install-pack"),
    /** A pack was installed; arg `pack`. */
    PACK_INSTALLED("app-pack-installed"),
    /** A pack file was refused; arg `reason`. */
    PACK_REFUSED("app-pack-refused"),
    /** The phone cannot speak the pack's language; arg `language`. */
    NO_VOICE("app-no-voice"),

    // Facilitator mode.
    /** The way into facilitator mode, and its title. */
    FACILITATOR("app-facilitator"),
    /** Above a facilitator's PIN pad; arg `name`. */
    FACILITATOR_PIN("app-facilitator-pin"),
    /** Creating the phone's first facilitator. */
    NEW_FACILITATOR("app-new-facilitator"),
    /** Label of a name field. */
    NAME("app-name"),
    /** A facilitator's PIN was wrong. */
    WRONG_PIN("app-wrong-pin"),
    /** Title of the groups list. */
    GROUPS("app-groups"),
    /** Saves a form (a new learner). */
    SAVE("app-save", "app-check"),
    /** Creates a group. */
    NEW_GROUP("app-new-group"),
    /** A group's size; arg `count`. */
    GROUP_SIZE("app-group-size"),
    /** Adds learners to a group. */
    ADD_LEARNERS("app-add-learners"),
    /** Starts a group session. */
    GROUP_SESSION("app-group-session"),
    /** Above the attendance list. */
    ATTENDANCE("app-attendance"),
    /** A learner who is here. */
    PRESENT("app-present"),
    /** A learner who is absent. */
    ABSENT("app-absent"),
    /** Exercises per turn; arg `count`. */
    TURN_RULE("app-turn-rule"),
    /** Hand the phone to the next learner; arg `name`. */
    PASS_PHONE("shell-pass-phone"),
    /** The learner starts her turn. */
    TURN_START("app-turn-start"),
    /** Which turn this is; arg `number`. */
    TURN_NUMBER("app-turn-number"),
    /** Ends the group session. */
    END_GROUP_SESSION("app-end-group-session"),
    /** The facilitator's notes on a session. */
    NOTES("app-notes"),
    /** Starts an assessment for a learner. */
    ASSESS("app-assess"),
    /** The timed-grid hint. */
    GRID_HINT("app-grid-hint"),
    /** Starts the assessment clock. */
    GRID_START("app-grid-start"),
    /** Stops a timed subtask early. */
    GRID_STOP("app-grid-stop"),
    /** Time left; arg `seconds`. */
    TIME_LEFT("app-time-left"),
    /** Time is up: mark the last item read. */
    MARK_LAST("app-mark-last"),
    /** The autostop rule applies; arg `count`. */
    AUTOSTOP("app-autostop"),
    /** An assessment's score; args `correct`, `attempted`, `per_minute`. */
    RESULT("app-result"),
    /** A group's report. */
    REPORT("app-report"),
    /** Attendance rate; arg `percent`. */
    ATTENDANCE_RATE("app-attendance-rate"),
    /** Heading of those who need help. */
    NEEDS_HELP("app-needs-help"),
    /** Needs help: has not started. */
    HELP_NOT_STARTED("app-help-not-started"),
    /** Needs help: no practice for days; arg `days`. */
    HELP_STALLED("app-help-stalled"),
    /** Needs help: low accuracy; arg `percent`. */
    HELP_STRUGGLING("app-help-struggling"),
    /** Heading of the hardest items. */
    HARDEST_ITEMS("app-hardest-items"),
    /** One hard item; args `label`, `correct`, `attempts`. */
    ITEM_LINE("app-item-line"),
    /** Heading of a learner's exercises week by week. */
    WEEKLY("app-weekly"),
    /** A learner's recent accuracy; arg `percent`. */
    ACCURACY("app-accuracy"),
    /** Heading of a learner's assessments. */
    ASSESSMENTS("app-assessments"),
    /** Above a story's comprehension questions. */
    COMPREHENSION("app-comprehension"),
    /** ASER: letters read right; arg `shown`. */
    ASER_LETTERS("app-aser-letters"),
    /** ASER: words read right; arg `shown`. */
    ASER_WORDS("app-aser-words"),
    /** ASER: mistakes in the paragraph. */
    ASER_PARAGRAPH("app-aser-paragraph"),
    /** ASER: mistakes in the story. */
    ASER_STORY("app-aser-story"),
    /** ASER: a text the learner did not read. */
    ASER_NOT_READ("app-aser-not-read"),
    /** ASER: the level reached; arg `level` (one of the level names below). */
    ASER_LEVEL("app-aser-level"),
    ASER_LEVEL_BEGINNER("app-aser-level-beginner"),
    ASER_LEVEL_LETTER("app-aser-level-letter"),
    ASER_LEVEL_WORD("app-aser-level-word"),
    ASER_LEVEL_PARAGRAPH("app-aser-level-paragraph"),
    ASER_LEVEL_STORY("app-aser-level-story"),
    /** Subtask names. */
    SUBTASK_LETTER_SOUNDS("app-subtask-letter-sounds"),
    SUBTASK_FAMILIAR_WORDS("app-subtask-familiar-words"),
    SUBTASK_NONWORDS("app-subtask-nonwords"),
    SUBTASK_ORAL_READING("app-subtask-oral-reading"),
    SUBTASK_COMPREHENSION("app-subtask-comprehension"),
    SUBTASK_ASER("app-subtask-aser"),
    ;

    companion object {
        /** The name of an assessment subtask (`letter-sounds` …, `aser`), or null if unknown. */
        fun subtask(name: String): UiText? = entries.firstOrNull { it.ids.first() == "app-subtask-$name" }

        /** The name of an ASER level (`beginner` … `story`, as the core stores it), or null if unknown. */
        fun aserLevel(level: String): UiText? = entries.firstOrNull { it.ids.first() == "app-aser-level-$level" }
    }
}
