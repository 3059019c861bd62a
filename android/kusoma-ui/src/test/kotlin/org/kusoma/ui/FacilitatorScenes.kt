package org.kusoma.ui

import org.kusoma.AserScreenState
import org.kusoma.AssessmentScreenState
import org.kusoma.GroupReportInfo
import org.kusoma.Subtask
import org.kusoma.LearnerReportInfo
import org.kusoma.KusomaEngine
import org.kusoma.TextDirection
import org.kusoma.TurnInfo
import org.kusoma.state.AserState
import org.kusoma.state.AssessmentState
import org.kusoma.AttendanceView
import org.kusoma.EnrolView
import org.kusoma.GroupsView
import org.kusoma.RosterView
import org.kusoma.state.AttendanceState
import org.kusoma.state.EnrolState
import org.kusoma.LessonScreen
import org.kusoma.state.FacilitatorGateState
import org.kusoma.GateState
import org.kusoma.state.GroupReportState
import org.kusoma.state.LearnerReportState
import org.kusoma.state.GroupState
import org.kusoma.state.GroupsState
import org.kusoma.state.LEARNER_ICONS
import org.kusoma.state.ProfilesState
import org.kusoma.SignInState
import org.kusoma.state.TurnState
import org.kusoma.TurnsScreen

/**
 * Facilitator mode's screens for one locale, made by driving the real state holders over the
 * engine of [Scenes] after its learners' sessions: a facilitator enrols two more learners, makes
 * a group of all of them, holds a pass-the-phone session with one absent, times a letter grid
 * and a story, and reads the group's report. The names are the locale's.
 */
class FacilitatorScenes(private val engine: KusomaEngine, course: String, names: List<String>) {
    /** The gate on a new phone: the first facilitator's name and two digits of her PIN typed. */
    val gateNew: GateState
    /** The gate's list, and her PIN pad after a wrong try. */
    val gateList: GateState
    val gatePin: GateState
    /** A learner with a PIN and no pictures, two digits typed. */
    val pinLogin: SignInState
    val groups: GroupsView
    val enrol: EnrolView
    /** The form after saving a name already on the phone: the core's reason on it. */
    val enrolRefused: EnrolView
    val group: RosterView
    val attendance: AttendanceView
    val turn: TurnInfo
    /** The second exercise of a turn, as the learner holding the phone sees it. */
    val turnExercise: LessonScreen
    /** A letter grid: before the clock, running with marks, the last item marked, scored; and a story. */
    val gridReady: AssessmentScreenState
    val gridRunning: AssessmentScreenState
    val gridMarked: AssessmentScreenState
    val gridResult: AssessmentScreenState
    val story: AssessmentScreenState
    /** The story read to the end and scored: its questions, one marked; then all marked and saved. */
    val storyQuestions: AssessmentScreenState
    val storyAnswered: AssessmentScreenState
    /** An ASER probe being marked (story not read), and saved with its level. */
    val aserForm: AserScreenState
    val aserLevel: AserScreenState
    val storyDirection: TextDirection
    val assessedName: String
    val report: GroupReportInfo
    /** The report of the learner who took the first turn and the letter grid. */
    val learnerReport: LearnerReportInfo

    init {
        val gate = FacilitatorGateState(engine)
        gate.setName("Rehema")
        "24".forEach { gate.type(it.digitToInt()) }
        gateNew = gate.state
        "68".forEach { gate.type(it.digitToInt()) }
        gate.submit()
        check(gate.state.unlocked != null)

        // Each with a picture of her own: learners are told apart by their pictures.
        val enrolled = listOf(names[0] + " 2" to LEARNER_ICONS[3], "Zawadi" to LEARNER_ICONS[5]).map { (name, icon) ->
            EnrolState(engine).run { setName(name); chooseIcon(icon); save(); state.enrolled!! }
        }
        val enrolling = EnrolState(engine)
        enrolling.setName(names[1])
        enrolling.chooseIcon(LEARNER_ICONS[4])
        listOf(6, 1).forEach(enrolling::tapPicture)
        enrol = enrolling.state
        enrolRefused = EnrolState(engine).run { setName("Zawadi"); save(); state }
        check(enrolRefused.refused != null) { "a second Zawadi was not refused" }
        engine.setLearnerPin(enrolled[1].id, "1357")

        val groupsHolder = GroupsState(engine)
        groupsHolder.setName("Jumanne")
        groupsHolder.create()
        val made = groupsHolder.state.groups.single()
        groupsHolder.setName("Alhamisi")
        groupsHolder.create()
        groupsHolder.setName("")
        val learners = engine.learners()
        val roster = GroupState(engine, made.id)
        learners.dropLast(1).forEach { roster.toggleAdding(it.id) }
        roster.addTicked()
        roster.toggleAdding(learners.last().id)
        group = roster.state
        groups = GroupsState(engine).state

        val attend = AttendanceState(engine, made.id, course)
        attend.toggle(group.roster[1].id)
        attendance = attend.state
        val gs = attend.start()
        val turns = TurnState(engine, gs, perTurn = 3)
        turn = (turns.state as TurnsScreen.Passing).turn
        // Two turns answered (the first choice, or the tiles in order), then the third learner's
        // first exercise answered and her second shown.
        repeat(2) { playTurn(turns, 3) }
        turns.startTurn()
        playTurn(turns, 1, pass = false)
        turnExercise = (turns.state as TurnsScreen.Playing).lesson
        turns.end("")

        val assessed = group.roster.first()
        assessedName = assessed.name
        // A letter grid running for over a second (so its clock no longer shows the full minute,
        // and a screen that drew anything but the core's time left would show), and another
        // stopped, marked and scored.
        val running = AssessmentState(engine, assessed.id, course, Subtask.LETTER_SOUNDS)
        running.begin()
        listOf(2, 7, 10).forEach(running::touch)
        Thread.sleep(1_100)
        running.tick()
        gridRunning = running.state
        running.cancel()
        val grid = AssessmentState(engine, assessed.id, course, Subtask.LETTER_SOUNDS)
        gridReady = grid.state
        grid.begin()
        listOf(2, 7, 10).forEach(grid::touch)
        // The core refuses items "read in no time"; a real reading takes seconds.
        Thread.sleep(20)
        grid.stop()
        grid.touch(23)
        gridMarked = grid.state
        grid.finish()
        gridResult = grid.state
        val reading = AssessmentState(engine, assessed.id, course, Subtask.ORAL_READING)
        reading.begin()
        listOf(1, 4).forEach(reading::touch)
        story = reading.state
        // She stops one word before the end (read to the end in a test's milliseconds, the rate
        // would be thousands a minute; stopped part-way, EGRA rates her over the full minute).
        Thread.sleep(20)
        reading.stop()
        reading.touch(reading.state.items.size - 2)
        reading.finish()
        check(reading.state.questions.isNotEmpty()) { "the $course story has no questions" }
        reading.markQuestion(0, true)
        storyQuestions = reading.state
        reading.state.questions.indices.forEach { reading.markQuestion(it, it % 2 == 0) }
        reading.saveComprehension()
        storyAnswered = reading.state

        val probe = AserState(engine, assessed.id, course)
        probe.setLetters(5)
        probe.setWords(4)
        probe.setParagraph(2)
        aserForm = probe.state
        probe.save()
        aserLevel = probe.state
        storyDirection = engine.packs().first { it.id == course }.direction

        report = GroupReportState(engine, made.id, course).state
        learnerReport = LearnerReportState(engine, assessed.id, course).state

        engine.signOut()
        val gateAgain = FacilitatorGateState(engine)
        gateList = gateAgain.state
        gateAgain.choose(gateAgain.state.facilitators.first().id)
        "1111".forEach { gateAgain.type(it.digitToInt()) }
        gateAgain.submit()
        gatePin = gateAgain.state

        val profiles = ProfilesState(engine)
        profiles.choose(enrolled[1].id)
        "13".forEach { profiles.typePin(it.digitToInt()) }
        pinLogin = profiles.state
    }

    /** Answers [count] exercises of the turn on the phone (starting it if it is passing). */
    private fun playTurn(turns: TurnState, count: Int, pass: Boolean = true) {
        if (turns.state is TurnsScreen.Passing) turns.startTurn()
        repeat(count) {
            val s = (turns.state as TurnsScreen.Playing).lesson as LessonScreen.Answering
            if (s.exercise.mode == org.kusoma.AnswerStyle.TAP_ONE) turns.select(0)
            else (0 until s.exercise.answerLength.toInt()).forEach(turns::place)
            turns.submit()
            turns.next()
        }
        check(!pass || turns.state is TurnsScreen.Passing) { "the turn did not pass after $count exercises" }
    }
}
