package org.kusoma.ui

import org.kusoma.state.LEARNER_ICONS

import androidx.compose.runtime.Composable
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.kusoma.AserLevel
import org.kusoma.AssessmentScreenState
import org.kusoma.RunPhase

/** A subtask's screen for the assessed learner of [sc], in [state]. */
@Composable
private fun Assessing(sc: Scenes, state: AssessmentScreenState) =
    AssessmentScreen(sc.facilitator.assessedName, sc.facilitator.storyDirection, state, AssessmentActions())

/** The PIN pad's keys: ten digits. */
private const val DIGIT_KEYS = 10

/**
 * The PIN login and facilitator mode's screens, each with checks of its own, rendered by
 * [ScreensRenderTest] in every locale beside the learner's screens.
 */
val FACILITATOR_SCREENS: List<ScreensRenderTest.Screen> = listOf(
    ScreensRenderTest.Screen("pin-login", { PinLoginScreen(it.facilitator.pinLogin, {}, {}, {}, {}) }) { _, s ->
        assertEquals(DIGIT_KEYS, s.tagged("pin-key").size)
        assertEquals(2, s.tagged("pin-dot").size, "two digits typed show two dots, never the digits")
        assertEquals(1, s.tagged("pin-ok").size)
    },
    ScreensRenderTest.Screen("facilitator-new", { FacilitatorGateScreen(it.facilitator.gateNew, GateActions()) }) { _, s ->
        assertEquals(1, s.tagged("name-field").size)
        assertEquals(DIGIT_KEYS, s.tagged("pin-key").size)
    },
    ScreensRenderTest.Screen("facilitator-list", { FacilitatorGateScreen(it.facilitator.gateList, GateActions()) }) { _, s ->
        assertEquals(1, s.tagged("facilitator").size)
    },
    ScreensRenderTest.Screen("facilitator-pin", { FacilitatorGateScreen(it.facilitator.gatePin, GateActions()) }) { _, s ->
        assertEquals(1, s.tagged("refused").size, "the wrong PIN is shown with ✗")
        assertEquals(0, s.tagged("pin-dot").size, "a wrong PIN empties the pad")
    },
    ScreensRenderTest.Screen("groups", { GroupsScreen(it.facilitator.groups, GroupsActions()) }) { sc, s ->
        assertEquals(sc.facilitator.groups.groups.size, s.tagged("group").size)
        assertEquals(1, s.tagged("enrol").size)
    },
    ScreensRenderTest.Screen("enrol", { EnrolScreen(it.facilitator.enrol, EnrolActions()) }) { _, s ->
        assertEquals(1, s.tagged("icon-chosen").size)
        assertEquals(LEARNER_ICONS.size - 1, s.tagged("icon").size)
        assertEquals(12, s.tagged("picture").size)
        assertEquals(1, s.tagged("save").size)
    },
    ScreensRenderTest.Screen("enrol-refused", { EnrolScreen(it.facilitator.enrolRefused, EnrolActions()) }) { _, s ->
        assertEquals(1, s.tagged("enrol-refused").size, "the core's reason is on the form")
        assertEquals(1, s.tagged("save").size)
    },
    ScreensRenderTest.Screen("group", { GroupScreen(it.facilitator.group, GroupActions()) }) { sc, s ->
        assertEquals(sc.facilitator.group.roster.size, s.tagged("member").size)
        assertEquals(sc.facilitator.group.roster.size, s.tagged("assess").size)
        assertEquals(1, s.tagged("candidate-ticked").size)
    },
    ScreensRenderTest.Screen("attendance", { AttendanceScreen(it.facilitator.attendance, AttendanceActions()) }) { sc, s ->
        assertEquals(1, s.tagged("absent").size)
        assertEquals(sc.facilitator.attendance.roster.size - 1, s.tagged("present").size)
        assertEquals(1, s.tagged("turn-rule").size)
    },
    ScreensRenderTest.Screen("turn", { TurnScreen(it.facilitator.turn, {}, {}) }) { _, s ->
        assertEquals(1, s.tagged("turn-learner").size)
        assertEquals(1, s.tagged("turn-start").size)
    },
    ScreensRenderTest.Screen("turn-end", { TurnScreen(it.facilitator.turn, {}, {}, ending = true) }) { _, s ->
        assertEquals(1, s.tagged("notes").size)
        assertEquals(1, s.tagged("end").size)
    },
    ScreensRenderTest.Screen("turn-exercise", { ExerciseScreen(it.facilitator.turnExercise, ExerciseActions()) }) { _, s ->
        assertEquals(1, s.tagged("instruction").size)
        assertEquals(0, s.tagged("quick-exit").size, "a group turn has no quick exit")
    },
    ScreensRenderTest.Screen("subtasks", { SubtaskChoiceScreen(it.facilitator.assessedName, {}, {}) }) { _, s ->
        assertEquals(5, s.tagged("subtask").size, "four timed subtasks and ASER")
    },
    ScreensRenderTest.Screen("grid-ready", { Assessing(it, it.facilitator.gridReady) }) { sc, s ->
        assertEquals(sc.facilitator.gridReady.items.size, s.tagged("item").size)
        assertEquals(1, s.tagged("grid-start").size)
        assertEquals(1, s.tagged("time-left").size)
    },
    ScreensRenderTest.Screen("grid-running", { Assessing(it, it.facilitator.gridRunning) }) { sc, s ->
        assertEquals(RunPhase.RUNNING, sc.facilitator.gridRunning.phase)
        assertEquals(3, s.tagged("item-wrong").size, "each item marked wrong shows ✗ and a strike")
        assertEquals(1, s.tagged("grid-stop").size)
        assertEquals(1, s.tagged("grid-hint").size)
        // The clock shows the time the core says is left (under a minute: the run is a second
        // old), not a number of its own.
        val expected = sc.facilitator.gridRunning.secondsLeft.toLong()
        val shown = s.tagged("time-left").single().text.orEmpty().filter(Char::isDigit).map { Character.digit(it, 10) }.fold(0L) { a, d -> a * 10 + d }
        assertTrue(expected < 60, "the scene's run is a second old, yet the core says $expected seconds left")
        assertEquals(expected, shown, "the clock says $shown seconds left, the core $expected")
    },
    ScreensRenderTest.Screen("grid-marked", { Assessing(it, it.facilitator.gridMarked) }) { _, s ->
        assertEquals(1, s.tagged("item-last").size)
        assertEquals(1, s.tagged("grid-finish").size)
    },
    ScreensRenderTest.Screen("grid-result", { Assessing(it, it.facilitator.gridResult) }) { sc, s ->
        assertEquals(1, s.tagged("result").size)
        assertTrue(sc.facilitator.gridResult.result!!.attempted == 24u)
    },
    ScreensRenderTest.Screen("story", { Assessing(it, it.facilitator.story) }) { sc, s ->
        assertEquals(sc.facilitator.story.items.size - 2, s.tagged("item").size)
        assertEquals(2, s.tagged("item-wrong").size)
    },
    ScreensRenderTest.Screen("story-questions", { Assessing(it, it.facilitator.storyQuestions) }) { sc, s ->
        assertEquals(sc.facilitator.storyQuestions.questions.size, s.tagged("question").size)
        assertEquals(1, s.tagged("question-right-chosen").size, "the marked answer is framed")
        assertEquals(1, s.tagged("save-comprehension").size)
    },
    ScreensRenderTest.Screen("story-answered", { Assessing(it, it.facilitator.storyAnswered) }) { _, s ->
        assertEquals(1, s.tagged("comprehension-result").size)
    },
    ScreensRenderTest.Screen("aser", { AserScreen(it.facilitator.assessedName, it.facilitator.aserForm, AserActions()) }) { _, s ->
        assertEquals(4, s.tagged("count").size)
        assertEquals(1, s.tagged("save").size)
    },
    ScreensRenderTest.Screen("aser-level", { AserScreen(it.facilitator.assessedName, it.facilitator.aserLevel, AserActions()) }) { sc, s ->
        assertEquals(AserLevel.PARAGRAPH, sc.facilitator.aserLevel.level, "the paragraph read with 2 mistakes, the story not read")
        assertEquals(1, s.tagged("aser-level").size)
    },
    ScreensRenderTest.Screen("learner-report", { LearnerReportScreen(it.facilitator.learnerReport) {} }) { sc, s ->
        val report = sc.facilitator.learnerReport
        assertEquals(1, s.tagged("weekly").size)
        // Each week's bar carries its count: a chart with no labels says nothing to read.
        assertEquals(report.weeks.map { it.count }, s.tagged("week-count").map { it.text }, "a count on each week's bar, as the core wrote it")
        assertEquals(listOf(report.weeks.first().starts, report.weeks.last().starts), s.tagged("week-start").map { it.text }, "the day the first and the last week start, under the bars")
        // Numbers in the interface's digits: no Latin digit on an Arabic chart.
        if (sc.messages.locale == "ar") assertTrue(report.weeks.none { w -> (w.count + w.starts).any { it in '0'..'9' } }, report.weeks.toString())
        assertEquals(report.struggles.size, s.tagged("struggle").size)
        assertEquals(4, report.assessments.size, "the letter grid, the story, its questions, the ASER probe")
        assertEquals(4, s.tagged("assessment").size)
    },
    ScreensRenderTest.Screen("group-report", { GroupReportScreen(it.facilitator.report) {} }) { sc, s ->
        assertEquals(sc.facilitator.report.learners.size, s.tagged("report-learner").size)
        assertEquals(sc.facilitator.report.learners.map { it.attendedOf }, s.tagged("attended-of").map { it.text })
        assertEquals(sc.facilitator.report.needsHelp.size, s.tagged("needs-help").size)
        assertTrue(sc.facilitator.report.needsHelp.isNotEmpty(), "the absent learner has not started")
    },
)
