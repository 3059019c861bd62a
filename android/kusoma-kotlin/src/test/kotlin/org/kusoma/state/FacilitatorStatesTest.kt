package org.kusoma.state

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.kusoma.AnswerStyle
import org.kusoma.HelpReason
import org.kusoma.LessonScreen
import org.kusoma.TurnsScreen
import org.kusoma.SignInStep
import org.kusoma.KusomaEngine
import org.kusoma.AserLevel
import org.kusoma.KusomaException
import org.kusoma.RunPhase
import org.kusoma.Subtask
import org.kusoma.openEngine

/**
 * Facilitator mode's state holders driven as a facilitator's touches drive them, on the host
 * library: the gate, groups, enrolment, attendance, pass-the-phone turns, a timed grid, the report.
 */
class FacilitatorStatesTest {
    /** Types [pin] on a pad and submits it. */
    private fun FacilitatorGateState.enter(pin: String) {
        pin.forEach { type(it.digitToInt()) }
        submit()
    }

    private fun unlockedFacilitator(engine: KusomaEngine): FacilitatorGateState =
        FacilitatorGateState(engine).apply {
            assertTrue(state.creating, "a new phone asks for its first facilitator")
            setName("Rehema")
            enter("2468")
            assertEquals("Rehema", state.unlocked?.name)
        }

    /** The gate after the facilitator locked the phone, her PIN pad open. */
    private fun lockedGateWithPad(engine: KusomaEngine): FacilitatorGateState {
        unlockedFacilitator(engine)
        engine.signOut()
        return FacilitatorGateState(engine).apply {
            assertFalse(state.creating)
            choose(state.facilitators.single().id)
        }
    }

    @Test
    fun theGateCreatesTheFirstFacilitatorThenUnlocksHerOnlyWithHerPin() {
        openEngine().use { engine ->
            val gate = lockedGateWithPad(engine)
            gate.enter("1111")
            assertTrue(gate.state.wrongTry)
            assertEquals(0u, gate.state.pinDigits, "a wrong PIN empties the pad")
            assertNull(gate.state.unlocked)
            // Too short: nothing is tried, so no wrong try is counted.
            gate.enter("24")
            assertFalse(gate.state.wrongTry)
            gate.delete(); gate.delete()
            gate.enter("2468")
            assertNotNull(gate.state.unlocked)
        }
    }

    @Test
    fun fiveWrongPinsLockTheFacilitatorOut() {
        openEngine().use { engine ->
            val gate = lockedGateWithPad(engine)
            repeat(5) { gate.enter("9999") }
            assertNotNull(gate.state.lockedUntilMs)
            gate.enter("2468")
            assertNull(gate.state.unlocked, "locked means locked, even for the right PIN")
        }
    }

    @Test
    fun aLearnerWithAPinAndPicturesSignsInWithBoth() {
        openEngine().use { engine ->
            unlockedFacilitator(engine)
            val enrol = EnrolState(engine)
            enrol.setName("Neema")
            enrol.chooseIcon(LEARNER_ICONS[2])
            listOf(1, 4).forEach(enrol::tapPicture)
            assertFalse(enrol.state.canSave, "two secret pictures are not a login")
            assertFalse(enrol.save())
            enrol.tapPicture(9)
            assertTrue(enrol.save())
            val neema = enrol.state.enrolled!!
            engine.setLearnerPin(neema.id, "5791")
            engine.signOut()

            val profiles = ProfilesState(engine)
            profiles.choose(neema.id)
            assertEquals(SignInStep.PICTURES, profiles.state.step, "pictures first")
            listOf(1, 4, 9).forEach(profiles::tapPicture)
            assertEquals(SignInStep.PIN, profiles.state.step, "then her PIN pad")
            "5790".forEach { profiles.typePin(it.digitToInt()) }
            profiles.submitPin()
            assertNull(profiles.state.signedIn)
            assertTrue(profiles.state.wrongTry)
            assertEquals(SignInStep.PICTURES, profiles.state.step, "a wrong try starts again from her pictures")
            listOf(1, 4, 9).forEach(profiles::tapPicture)
            "5791".forEach { profiles.typePin(it.digitToInt()) }
            profiles.submitPin()
            assertEquals(neema.id, profiles.state.signedIn?.id)
        }
    }

    @Test
    fun attendanceThenTurnsPassThePhoneRoundThePresentInRosterOrder() {
        openEngine().use { engine ->
            unlockedFacilitator(engine)
            val groups = GroupsState(engine)
            groups.setName("Jumanne")
            groups.create()
            assertEquals(listOf("Jumanne"), groups.state.groups.map { it.name })
            val group = groups.state.groups.single()
            val names = listOf("Amina", "Baraka", "Neema", "Zawadi")
            val ids = names.map { name ->
                EnrolState(engine).run { setName(name); save(); state.enrolled!!.id }
            }
            val roster = GroupState(engine, group.id)
            assertEquals(4, roster.state.others.size)
            ids.forEach(roster::toggleAdding)
            roster.addTicked()
            assertEquals(names, roster.state.roster.map { it.name })
            assertTrue(roster.state.others.isEmpty())

            val attendance = AttendanceState(engine, group.id, "sw")
            attendance.toggle(ids[1])
            attendance.fewer()
            assertEquals(2u, attendance.state.turnEvery)
            val gs = attendance.start()

            val turns = TurnState(engine, gs, perTurn = 2)
            val holders = mutableListOf<String>()
            repeat(4) {
                val passing = turns.state as TurnsScreen.Passing
                holders += passing.turn.learner.name
                turns.startTurn()
                repeat(2) {
                    val asking = (turns.state as TurnsScreen.Playing).lesson as LessonScreen.Answering
                    assertEquals(2u, asking.total)
                    if (asking.exercise.mode == AnswerStyle.TAP_ONE) turns.select(0)
                    else (0 until asking.exercise.answerLength.toInt()).forEach(turns::place)
                    turns.submit()
                    assertTrue((turns.state as TurnsScreen.Playing).lesson is LessonScreen.Answered)
                    turns.next()
                }
            }
            // Baraka is absent: the phone goes Amina, Neema, Zawadi, then Amina again.
            assertEquals(listOf("Amina", "Neema", "Zawadi", "Amina"), holders)
            // Neema's second turn ends before she answers: the phone passes on to Zawadi.
            assertEquals("Neema", (turns.state as TurnsScreen.Passing).turn.learner.name)
            turns.startTurn()
            turns.endTurn()
            assertEquals("Zawadi", (turns.state as TurnsScreen.Passing).turn.learner.name)
            turns.end("Zawadi helped Neema")
            assertNotNull((turns.state as TurnsScreen.Ended).session.endedMs)

            val report = GroupReportState(engine, group.id, "sw").state
            assertEquals(0.75, report.attendanceRate!!, 1e-9)
            assertTrue(report.needsHelp.any { it.name == "Baraka" && it.reason is HelpReason.NotStarted }, report.needsHelp.toString())
        }
    }

    @Test
    fun aTimedGridIsMarkedStoppedAndScoredByTheCore() {
        openEngine().use { engine ->
            unlockedFacilitator(engine)
            val learner = EnrolState(engine).run { setName("Amina"); save(); state.enrolled!! }
            val grid = AssessmentState(engine, learner.id, "sw", Subtask.LETTER_SOUNDS)
            assertEquals(100, grid.state.items.size)
            assertEquals(RunPhase.READY, grid.state.phase)
            assertEquals(60u, grid.state.secondsLeft)
            grid.touch(0)
            assertTrue(grid.state.wrong.none { it }, "nothing is marked before the clock starts")
            grid.begin()
            assertEquals(RunPhase.RUNNING, grid.state.phase)
            // The core refuses items "read in no time"; on a fast machine begin and stop can
            // fall in one millisecond, so let the real clock move on a little.
            Thread.sleep(20)
            listOf(1, 4, 4, 6).forEach(grid::touch) // index 4 touched twice: right again
            assertEquals(listOf(1, 6), grid.state.wrong.indices.filter { grid.state.wrong[it] })
            grid.tick()
            assertEquals(RunPhase.RUNNING, grid.state.phase)
            assertTrue(grid.state.secondsLeft < 60u, "the real time left once the clock runs")
            grid.stop()
            assertTrue(grid.state.markingLast)
            grid.touch(19)
            assertEquals(RunPhase.DONE, grid.state.phase)
            assertEquals(19u, grid.state.lastItem)
            grid.finish()
            val result = grid.state.result!!
            assertEquals(20u, result.attempted)
            assertEquals(18u, result.correct)
            // Stopped part-way, not at the end of the grid: EGRA rates her over the full minute.
            assertEquals(18.0, result.perMinute, 1e-9)
            assertEquals(1, engine.assessments(learner.id).size)
            assertThrows<KusomaException.InvalidInput> { grid.touch(100) }
        }
    }

    @Test
    fun onlyTheQuestionsAboutTheTextSheReadAreAskedAndAllMustBeMarked() {
        openEngine().use { engine ->
            unlockedFacilitator(engine)
            val learner = EnrolState(engine).run { setName("Amina"); save(); state.enrolled!! }
            val story = AssessmentState(engine, learner.id, "sw", Subtask.ORAL_READING)
            story.begin()
            Thread.sleep(20) // the core refuses words "read in no time"
            story.stop()
            story.touch(story.state.items.size - 1) // she read to the end: every question is asked
            story.finish()
            val asked = story.state.questions.size
            assertTrue(asked >= 2, "the Swahili story has questions along it")
            story.saveComprehension()
            assertNull(story.state.comprehension, "not saved before every question is marked")
            (0 until asked).forEach { story.markQuestion(it, true) }
            assertTrue(story.state.canSave)
            story.saveComprehension()
            val saved = story.state.comprehension!!
            assertEquals(asked.toUInt(), saved.attempted)
            assertEquals(saved.attempted, saved.correct)
        }
    }

    @Test
    fun anAserProbeGetsTheLevelByAsersRules() {
        openEngine().use { engine ->
            unlockedFacilitator(engine)
            val learner = EnrolState(engine).run { setName("Amina"); save(); state.enrolled!! }
            val probe = AserState(engine, learner.id, "sw")
            probe.setLetters(9)
            assertEquals(probe.state.shown, probe.state.lettersRight, "no more right than shown")
            probe.setWords(4)
            probe.setParagraph(4) // more than 3 mistakes: the paragraph is not read
            probe.save()
            assertEquals(AserLevel.WORD, probe.state.level)
            probe.setWords(0)
            assertEquals(4u, probe.state.wordsRight, "a saved probe does not change")
        }
    }
}
