package org.kusoma

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** A whole learner session on the JVM, through the generated Kotlin and the host library. */
class SessionTest {
    @Test
    fun aWholeSessionWithRightAndWrongAnswersIsStoredAndSurvivesReopening() {
        val data = freshDataDir()
        var right = 0
        var wrong = 0
        val learnerId = openEngine(data).use { engine ->
            assertTrue(engine.packs().map { it.id }.containsAll(listOf("en", "sw")))
            val amina = engine.createLearner("Amina", "🌻")
            val session = engine.startSession(amina.id, "sw", 8u, 3u, 11uL)
            while (true) {
                val exercise = engine.nextExercise(session) ?: break
                assertFalse(exercise.instruction.startsWith("exercise-"), exercise.instruction)
                assertEquals(TextDirection.LTR, exercise.direction)
                val known = answerFromItem(exercise)
                if (known != null && right <= wrong) {
                    val feedback = engine.submit(session, known, 1200L)
                    assertTrue(feedback.correct, "${exercise.item}: $feedback")
                    right++
                } else if (exercise.mode == AnswerStyle.TAP_ONE) {
                    val feedback = engine.submit(session, LearnerAnswer.Choice(0u), 900L)
                    assertEquals(feedback.correctChoice == 0u, feedback.correct)
                    if (feedback.correct) right++ else wrong++
                } else {
                    val feedback = engine.submit(session, LearnerAnswer.Text("xyz"), 900L)
                    assertFalse(feedback.correct)
                    assertEquals(0u, feedback.firstDifference)
                    wrong++
                }
            }
            assertTrue(right > 0 && wrong > 0, "right $right, wrong $wrong")
            val report = engine.endSession(session)
            assertEquals(8u, report.answered)
            assertEquals(right.toUInt(), report.correct)
            amina.id
        }
        openEngine(data).use { engine ->
            val progress = engine.progress(learnerId, "sw")
            assertEquals(8u, progress.attempts)
            assertEquals(right.toUInt(), progress.correct)
            assertEquals(1u, progress.sessions)
            assertEquals(listOf("Amina"), engine.learners().map { it.name })
        }
        deleteRecursively(data)
    }

    @Test
    fun theSameSeedGivesTheSameExercises() {
        fun transcript(): List<Pair<String, List<String?>>> = openEngine().use { engine ->
            val learner = engine.createLearner("A", "")
            val session = engine.startSession(learner.id, "en", 4u, 3u, 99uL)
            generateSequence { engine.nextExercise(session) }
                .map { exercise ->
                    engine.submit(session, LearnerAnswer.Choice(0u), 500L)
                    exercise.item to exercise.choices.map { it.text }
                }
                .toList()
        }
        val first = transcript()
        assertEquals(4, first.size)
        assertEquals(first, transcript())
    }

    @Test
    fun theEngineCanBeSharedBetweenThreads() {
        openEngine().use { engine ->
            val threads = (1..8).map { i -> Thread { engine.createLearner("Learner $i", "") } }
            threads.forEach(Thread::start)
            threads.forEach(Thread::join)
            assertEquals(8, engine.learners().size)
            assertNotNull(engineVersion())
        }
    }
}
