package org.kusoma.ui

import androidx.compose.ui.test.DesktopComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.unit.Density
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows
import org.kusoma.KusomaEngine
import org.kusoma.KusomaException
import java.nio.file.Files
import kotlin.coroutines.EmptyCoroutineContext

/**
 * Facilitator mode by taps, through the whole app: on a new phone she becomes its first
 * facilitator (name and PIN), makes a group, adds the learners, marks one absent, runs
 * pass-the-phone turns, ends the session with a note, opens the report, and locks; then enrols
 * a new learner from the cards, which locks her again afterwards. The taps
 * reach the core: the turns' answers are stored on the learners who held the phone.
 */
class FacilitatorFlowTest {
    @OptIn(ExperimentalTestApi::class)
    @Test
    fun aFacilitatorRunsAGroupSessionByTapping() {
        val lessons = System.getProperty("kusoma.lessons")
        val engine = KusomaEngine.open(Files.createTempDirectory("kusoma-facilitator").toString(), listOf(lessons), listOf("sw"))
        val learners = listOf("Amina", "Baraka", "Neema").map { engine.createLearner(it, "🌻") }
        DesktopComposeUiTest(720, 1280, EmptyCoroutineContext, Density(2f)).runTest {
            fun pin(digits: String) {
                digits.forEach { d ->
                    val key = if (d == '0') 9 else d.digitToInt() - 1
                    onAllNodesWithTag("pin-key")[key].performClick()
                }
                onNodeWithTag("pin-ok").performClick()
            }
            setContent { KusomaApp(engine, "sw") }
            onNodeWithTag("facilitator").performClick()
            onNodeWithTag("name-field").performTextInput("Rehema")
            pin("2468")
            onNodeWithTag("name-field").performTextInput("Jumanne")
            onNodeWithTag("new-group").performClick()
            onAllNodesWithTag("group")[0].performClick()
            repeat(3) { onAllNodesWithTag("candidate")[0].performClick() }
            onNodeWithTag("add").performClick()
            assertEquals(3, onAllNodesWithTag("member").fetchSemanticsNodes().size)
            onNodeWithTag("group-session").performClick()
            onAllNodesWithTag("present")[1].performClick() // Baraka is away today
            onNodeWithTag("fewer").performClick() // two exercises a turn
            onNodeWithTag("start").performClick()
            repeat(2) {
                onNodeWithTag("turn-start").performClick()
                repeat(2) {
                    tapAnAnswer()
                    onNodeWithTag("check").performClick()
                    onNodeWithTag("next").performClick()
                }
            }
            onNodeWithTag("end-session").performClick()
            onNodeWithTag("notes").performTextInput("Neema read the story aloud")
            onNodeWithTag("end").performClick()
            onNodeWithTag("report").performClick()
            assertEquals(1, onAllNodesWithTag("needs-help").fetchSemanticsNodes().size, "Baraka has not started")
            onNodeWithTag("lead").performClick() // back to the group
            onNodeWithTag("lead").performClick() // back to the groups
            onNodeWithTag("lead").performClick() // lock
            // A new learner from the cards: the facilitator unlocks to enrol her, and is locked
            // again when the cards come back.
            onNodeWithTag("new-learner").performClick()
            onNodeWithTag("facilitator").performClick()
            pin("2468")
            onNodeWithTag("name-field").performTextInput("Zawadi")
            onNodeWithTag("save").performClick()
            assertEquals(4, onAllNodesWithTag("learner").fetchSemanticsNodes().size)
        }
        assertThrows<KusomaException.Denied> { org.kusoma.GroupsFlow(engine) }
        // Amina's turn, then Neema's: two answers each, none for Baraka.
        assertEquals(listOf(2u, 0u, 2u), learners.map { engine.progress(it.id, "sw").attempts })
        assertTrue(engine.facilitators().single().name == "Rehema")
        engine.close()
    }
}
