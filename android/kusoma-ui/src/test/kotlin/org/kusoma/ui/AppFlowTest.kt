package org.kusoma.ui

import org.kusoma.state.DEFAULTS

import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.test.DesktopComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.unit.Density
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.kusoma.KusomaEngine
import org.kusoma.MediaItem
import java.nio.file.Files
import kotlin.coroutines.EmptyCoroutineContext

/**
 * The whole app by taps, as a learner would use it: her card, three login pictures, start, answer
 * every exercise (first choice, or every tile in turn), check, next, the summary, home. The taps
 * reach the core: her progress is stored, and every feedback shown was also spoken.
 */
class AppFlowTest {
    @OptIn(ExperimentalTestApi::class)
    @Test
    fun aLearnerSignsInAndFinishesASessionByTapping() {
        val lessons = System.getProperty("kusoma.lessons")
        val engine = KusomaEngine.open(Files.createTempDirectory("kusoma-flow").toString(), listOf(lessons), listOf("sw"))
        val learner = engine.createLearner("Neema", "🦋")
        // The core's session length, which both apps use.
        val length = DEFAULTS.sessionExercises.toInt()
        val spoken = mutableListOf<MediaItem>()
        val shown = mutableListOf<String>()
        val speaker = Speaker { media, _ -> spoken += media }
        DesktopComposeUiTest(720, 1280, EmptyCoroutineContext, Density(2f)).runTest {
            setContent { CompositionLocalProvider(LocalSpeaker provides speaker) { KusomaApp(engine, "sw") } }
            onAllNodesWithTag("learner")[0].performClick()
            repeat(3) { onAllNodesWithTag("picture")[it].performClick() }
            waitForIdle()
            onNodeWithTag("start").performClick()
            var answered = 0
            while (onAllNodesWithTag("home").fetchSemanticsNodes().isEmpty()) {
                tapAnAnswer()
                onNodeWithTag("check").performClick()
                answered++
                shown += onNodeWithTag("feedback-message").fetchSemanticsNode().config[SemanticsProperties.Text].joinToString { it.text }
                onNodeWithTag("next").performClick()
                assertTrue(answered <= length, "the session did not end")
            }
            assertEquals(length, answered)
            onNodeWithTag("home").performClick()
            onNodeWithTag("start").fetchSemanticsNode()
        }
        assertEquals(length.toUInt(), engine.progress(learner.id, "sw").attempts)
        assertEquals(length, shown.size)
        for (message in shown) {
            assertTrue(spoken.any { it.speak == message }, "feedback \"$message\" was not spoken")
        }
        engine.close()
    }
}
