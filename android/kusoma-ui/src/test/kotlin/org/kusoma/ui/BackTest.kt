package org.kusoma.ui

import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.test.DesktopComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.unit.Density
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.kusoma.KusomaEngine
import org.kusoma.KusomaException
import org.kusoma.NewLearner
import java.nio.file.Files
import kotlin.coroutines.EmptyCoroutineContext

/**
 * The platform's back, route by route: from settings and a sign-in back to the cards, from a
 * learner's home back to the cards with her signed out; on the cards the platform's own back
 * (leave the app) applies. The quick exit hides the app.
 */
class BackTest {
    @OptIn(ExperimentalTestApi::class)
    @Test
    fun backGoesUpOneScreenAndLocksALearnersHome() {
        val lessons = System.getProperty("kusoma.lessons")
        val engine = KusomaEngine.open(Files.createTempDirectory("kusoma-back").toString(), listOf(lessons), listOf("sw"))
        // Her secret pictures are the first three of the grid, which the test taps.
        val neema = engine.enrolLearner(NewLearner("Neema", "🦋", byteArrayOf(0, 1, 2), null, null, null, false))
        val shell = RecordingShell()
        DesktopComposeUiTest(720, 1280, EmptyCoroutineContext, Density(2f)).runTest {
            setContent { CompositionLocalProvider(LocalShell provides shell) { KusomaApp(engine, "sw") } }
            assertNull(shell.back, "on the cards, back is the platform's own")
            onNodeWithTag("settings").performClick()
            waitForIdle()
            shell.back!!()
            waitForIdle()
            onNodeWithTag("new-learner").fetchSemanticsNode()
            onAllNodesWithTag("learner")[0].performClick()
            waitForIdle()
            shell.back!!()
            waitForIdle()
            onNodeWithTag("new-learner").fetchSemanticsNode()
            onAllNodesWithTag("learner")[0].performClick()
            repeat(3) { onAllNodesWithTag("picture")[it].performClick() }
            waitForIdle()
            onNodeWithTag("start").fetchSemanticsNode()
            assertNotNull(shell.back)
            shell.back!!()
            waitForIdle()
            onNodeWithTag("new-learner").fetchSemanticsNode()
            assertEquals(0, shell.left, "back is not the quick exit")
            onAllNodesWithTag("learner")[0].performClick()
            repeat(3) { onAllNodesWithTag("picture")[it].performClick() }
            waitForIdle()
            onNodeWithTag("quick-exit").performClick()
            waitForIdle()
            onNodeWithTag("new-learner").fetchSemanticsNode()
            assertEquals(1, shell.left, "the quick exit hides the app")
        }
        // The quick exit signed her out: her sessions need her pictures again.
        assertThrows<KusomaException.Denied> { engine.startSession(neema.id, "sw", 5u, 3u, null) }
        engine.close()
    }
}
