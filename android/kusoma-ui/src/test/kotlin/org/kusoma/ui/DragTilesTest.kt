package org.kusoma.ui

import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.test.DesktopComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.performTouchInput
import androidx.compose.ui.unit.Density
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance
import org.kusoma.ExerciseType
import kotlin.coroutines.EmptyCoroutineContext

/**
 * Tiles go into the slots by dragging as well as by tapping: let go over the slots, a tile is
 * placed; let go elsewhere, it springs back and nothing is placed. On the core's own build-word
 * exercise, in a left-to-right and a right-to-left script.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DragTilesTest {
    private val lessons = System.getProperty("kusoma.lessons") ?: error("kusoma.lessons is not set")
    private val scenes = listOf("sw", "ar").associateWith { tag -> Scenes(LOCALES.first { it.tag == tag }, lessons) }

    @OptIn(ExperimentalTestApi::class)
    private fun dragTile(locale: String, to: (tile: androidx.compose.ui.geometry.Rect, slots: androidx.compose.ui.geometry.Rect) -> Offset): List<Int> {
        val sc = scenes.getValue(locale)
        val exercise = sc.asking.getValue(ExerciseType.BUILD_WORD).copy(placed = emptyList())
        val placed = mutableListOf<Int>()
        DesktopComposeUiTest(720, 1280, EmptyCoroutineContext, Density(2f)).runTest {
            setContent { KusomaTheme(sc.messages, sc.messages.rightToLeft, locale) { ExerciseScreen(exercise, ExerciseActions(onPlace = { placed += it })) } }
            val slots = onNodeWithTag("slots").fetchSemanticsNode().boundsInRoot
            val tile = onAllNodesWithTag("tile")[1]
            val bounds = tile.fetchSemanticsNode().boundsInRoot
            val target = to(bounds, slots)
            tile.performTouchInput {
                down(center)
                // Several small moves, as a finger does: past the touch slop, then to the target.
                val step = (target - bounds.center) / 10f
                repeat(10) { moveBy(step) }
                up()
            }
        }
        return placed
    }

    @Test
    fun aTileLetGoOverTheSlotsIsPlaced() {
        for (locale in scenes.keys) {
            assertEquals(listOf(1), dragTile(locale) { _, slots -> slots.center }, locale)
        }
    }

    @Test
    fun aTileLetGoElsewhereSpringsBack() {
        for (locale in scenes.keys) {
            assertEquals(emptyList<Int>(), dragTile(locale) { tile, _ -> tile.center + Offset(0f, 300f) }, locale)
        }
    }

    @AfterAll
    fun close() = scenes.values.forEach(Scenes::close)
}
