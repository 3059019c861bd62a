package org.kusoma

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/** Shared phones and facilitator tools from Kotlin: picture login, attendance, turns, reports. */
class FacilitatorTest {
    @Test
    fun pictureLoginProtectsALearnerAndLocksAfterFiveWrongTries() {
        openEngine().use { engine ->
            val amina = engine.enrolLearner(
                NewLearner("Amina", "🌻", byteArrayOf(3, 7, 11), null, "female", "25-34", true),
            )
            assertTrue(amina.hasPictures)
            assertEquals("25-34", amina.ageBand)
            assertThrows<KusomaException.Denied> { engine.startSession(amina.id, "sw", 5u, 3u, null) }
            val flow = SignInFlow(engine)
            flow.choose(amina.id)
            fun tap(vararg pictures: Int) = pictures.map { flow.tapPicture(engine, it.toUInt()) }.last()
            repeat(4) { assertTrue(tap(1, 2, 3).wrongTry) }
            assertTrue((tap(1, 2, 3).lockedUntilMs ?: 0) > 0)
            // Locked means locked: even the right pictures wait.
            assertNotEquals(SignInStep.SIGNED_IN, tap(3, 7, 11).step)
        }
    }

    @Test
    fun attendanceInOneCallThenPassThePhoneTurnsAndAGroupReport() {
        openEngine().use { engine ->
            val facilitator = engine.createFacilitator("Rehema", "2468")
            engine.unlockFacilitator(facilitator.id, "2468")
            val roster = (1..30).map { engine.createLearner("Learner $it", "").id }
            val groups = GroupsFlow(engine)
            groups.setName("Jumanne")
            val group = groups.create(engine).groups.single()
            val members = RosterFlow(engine, group.id)
            roster.forEach { members.toggleAdding(it) }
            assertEquals(30u, members.addTicked(engine).group.members)
            val absent = listOf(roster[4], roster[17], roster[29])
            val attendance = AttendanceFlow(engine, group.id, "sw")
            repeat(2) { attendance.fewer() }
            absent.forEach { attendance.toggle(it) }
            val session = attendance.start(engine).started!!
            assertEquals(27, engine.attendance(session).count { it.present })
            val turns = TurnsFlow(engine, session, 1u)
            val holders = (1..3).map {
                val playing = turns.startTurn(engine) as TurnsScreen.Playing
                val exercise = (playing.lesson as LessonScreen.Answering).exercise
                assertTrue(exercise.instruction.isNotEmpty())
                if (exercise.mode == AnswerStyle.TAP_ONE) turns.tap(Tap.Select(0u))
                else (0u until exercise.answerLength).forEach { turns.tap(Tap.Place(it)) }
                assertTrue((turns.submit(engine) as TurnsScreen.Playing).lesson is LessonScreen.Answered)
                assertTrue(turns.next(engine) is TurnsScreen.Passing, "one exercise a turn")
                playing.turn.learner.id
            }
            assertEquals(listOf(roster[0], roster[1], roster[2]), holders)
            turns.beginEnding()
            turns.setNotes("notes")
            turns.end(engine)
            val report = engine.groupReport(group.id, "sw")
            assertEquals(0.9, report.attendanceRate!!, 1e-9)
            assertEquals(27, report.needsHelp.count { it.reason is HelpReason.NotStarted })
            engine.signOut()
            assertThrows<KusomaException.Denied> { engine.groupReport(group.id, "sw") }
        }
    }
}
