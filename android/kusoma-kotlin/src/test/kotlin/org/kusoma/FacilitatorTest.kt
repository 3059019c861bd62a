package org.kusoma

import org.junit.jupiter.api.Assertions.assertEquals
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
            repeat(4) {
                assertThrows<KusomaException.Denied> { engine.signInLearner(amina.id, byteArrayOf(1, 2, 3), null) }
            }
            val locked = assertThrows<KusomaException.Locked> { engine.signInLearner(amina.id, byteArrayOf(1, 2, 3), null) }
            assertTrue(locked.untilMs > 0)
            // Locked means locked: even the right pictures wait.
            assertThrows<KusomaException.Locked> { engine.signInLearner(amina.id, byteArrayOf(3, 7, 11), null) }
        }
    }

    @Test
    fun attendanceInOneCallThenPassThePhoneTurnsAndAGroupReport() {
        openEngine().use { engine ->
            val facilitator = engine.createFacilitator("Rehema", "2468")
            engine.unlockFacilitator(facilitator.id, "2468")
            val roster = (1..30).map { engine.createLearner("Learner $it", "").id }
            val group = engine.createGroup("Jumanne")
            assertEquals(30u, engine.addToGroup(group.id, roster).members)
            val session = engine.startGroupSession(group.id, "sw", TurnRuleSpec.Exercises(1u))
            val absent = listOf(roster[4], roster[17], roster[29])
            val attendance = engine.setAttendance(session.id, absent, false)
            assertEquals(27, attendance.count { it.present })
            val holders = (1..3).map {
                val turn = engine.groupTurn(session.id)
                val exercise = engine.nextExercise(turn.session)!!
                engine.submit(turn.session, LearnerAnswer.Choice(0u), 1000)
                assertTrue(exercise.instruction.isNotEmpty())
                turn.learner.id
            }
            assertEquals(listOf(roster[0], roster[1], roster[2]), holders)
            engine.endGroupSession(session.id, "notes")
            val report = engine.groupReport(group.id, "sw")
            assertEquals(0.9, report.attendanceRate!!, 1e-9)
            assertEquals(27, report.needsHelp.count { it.reason is HelpReason.NotStarted })
            engine.signOut()
            assertThrows<KusomaException.Denied> { engine.groupReport(group.id, "sw") }
        }
    }
}
