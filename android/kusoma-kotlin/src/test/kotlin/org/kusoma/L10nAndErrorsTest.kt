package org.kusoma

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import java.io.File

/** Localized strings in two locales, and errors arriving as typed exceptions. */
class L10nAndErrorsTest {
    @Test
    fun messagesInTwoLocalesWithPlurals() {
        openEngine().use { engine ->
            assertEquals("Welcome to Kusoma.", engine.message("shell-welcome", emptyList()))
            val one = listOf(MessageArg.Number("correct", 1L), MessageArg.Number("total", 1L))
            assertEquals("You answered 1 of 1 exercise correctly.", plain(engine.message("shell-session-summary", one)))
            engine.setLocales(listOf("sw-KE", "en"))
            assertEquals(listOf("sw", "en"), engine.uiLocales())
            assertEquals("Karibu Kusoma.", engine.message("shell-welcome", emptyList()))
            val args = listOf(MessageArg.Number("correct", 3L), MessageArg.Number("total", 5L))
            assertEquals("Umejibu sawa 3 kati ya mazoezi 5.", plain(engine.message("shell-session-summary", args)))
            assertEquals(TextDirection.LTR, engine.uiDirection())
            engine.setLocales(listOf("ar"))
            assertEquals(TextDirection.RTL, engine.uiDirection())
        }
    }

    @Test
    fun aBadPackPathIsPackRejectedWithItsProblems() {
        val missing = assertThrows<KusomaException.PackRejected> { checkPack("/no/such/pack") }
        assertTrue(missing.problems.first().message.contains("not a pack folder"))
        val broken = File(freshDataDir(), "broken").apply { mkdirs() }
        File(broken, "pack.toml").writeText("format = 1\ncolour = 'red'\n")
        val rejected = assertThrows<KusomaException.PackRejected> { checkPack(broken.path) }
        assertTrue(rejected.problems.any { it.file == "pack.toml" && it.line == 2u }, rejected.problems.toString())
        assertEquals("sw", checkPack("$lessons/sw").id)
    }

    @Test
    fun anUnknownLearnerOrSessionIsNotFound() {
        openEngine().use { engine ->
            assertThrows<KusomaException.NotFound> { engine.startSession("no-such-learner", "sw", 5u, 3u, null) }
            assertThrows<KusomaException.NotFound> { engine.progress("no-such-learner", "sw") }
            assertThrows<KusomaException.NotFound> { engine.nextExercise("no-such-session") }
        }
    }

    @Test
    fun invalidInputAndForeignFilesAreTheirOwnErrors() {
        openEngine().use { engine ->
            assertThrows<KusomaException.InvalidInput> { engine.createLearner("   ", "") }
            val learner = engine.createLearner("Neema", "")
            val session = engine.startSession(learner.id, "sw", 2u, 3u, 1uL)
            engine.nextExercise(session)
            assertThrows<KusomaException.InvalidInput> { engine.submit(session, LearnerAnswer.Choice(42u), 100L) }
        }
        val data = File(freshDataDir()).apply { mkdirs() }
        File(data, "kusoma.db").writeText("not a database")
        assertThrows<KusomaException.Storage> { openEngine(data.path) }
        assertEquals("not a database", File(data, "kusoma.db").readText())
    }
}
