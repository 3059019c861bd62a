package org.kusoma.ui

import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.test.DesktopComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.unit.Density
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.kusoma.KusomaEngine
import java.nio.file.Files
import kotlin.coroutines.EmptyCoroutineContext

/**
 * What the screens ask of the phone, through the whole app: discreet mode switched from
 * settings, a pack file that is not a pack refused with the core's reason and nothing
 * installed, and the note for the facilitator when the phone has no voice for the course.
 */
@OptIn(ExperimentalTestApi::class)
class ShellTest {
    private val lessons = System.getProperty("kusoma.lessons") ?: error("kusoma.lessons is not set")

    private fun open(): KusomaEngine =
        KusomaEngine.open(Files.createTempDirectory("kusoma-shell").toString(), listOf(lessons), listOf("sw"))

    @Test
    fun settingsSwitchDiscreetModeAndRefuseAFileThatIsNotAPack() {
        val engine = open()
        val packs = engine.packs().size
        val shell = RecordingShell()
        shell.picked = Files.createTempFile("not-a-pack", ".kpack").toFile().apply { writeText("hello") }.path
        DesktopComposeUiTest(720, 1280, EmptyCoroutineContext, Density(2f)).runTest {
            setContent { CompositionLocalProvider(LocalShell provides shell) { KusomaApp(engine, "sw") } }
            onNodeWithTag("settings").performClick()
            onNodeWithTag("discreet-off").performClick()
            waitForIdle()
            assertTrue(shell.discreet)
            onNodeWithTag("discreet-on").fetchSemanticsNode()
            onNodeWithTag("install-pack").performClick()
            // The install runs off the UI thread.
            waitUntil(timeoutMillis = 10_000) { onAllNodesWithTag("pack-refused").fetchSemanticsNodes().isNotEmpty() }
            assertEquals(0, onAllNodesWithTag("pack-installed").fetchSemanticsNodes().size)
        }
        assertEquals(packs, engine.packs().size, "nothing installed")
        engine.close()
    }

    @Test
    fun theFacilitatorIsToldWhenThePhoneCannotSpeakTheCourse() {
        for (voice in listOf(false, true)) {
            val engine = open()
            engine.createLearner("Neema", "🦋")
            val asked = mutableListOf<String>()
            val speaker = object : Speaker {
                override fun play(media: org.kusoma.MediaItem, language: String) {}
                override fun hasVoice(language: String): Boolean = voice.also { asked += language }
            }
            DesktopComposeUiTest(720, 1280, EmptyCoroutineContext, Density(2f)).runTest {
                setContent { CompositionLocalProvider(LocalSpeaker provides speaker) { KusomaApp(engine, "sw") } }
                onAllNodesWithTag("learner")[0].performClick()
                repeat(3) { onAllNodesWithTag("picture")[it].performClick() }
                waitForIdle()
                onNodeWithTag("start").performClick()
                waitForIdle()
                assertEquals(if (voice) 0 else 1, onAllNodesWithTag("no-voice").fetchSemanticsNodes().size, "voice=$voice")
            }
            assertFalse(asked.isEmpty(), "the screen asked the speaker")
            assertTrue(asked.all { it == "sw" }, "asked for the course's language: $asked")
            engine.close()
        }
    }
}
