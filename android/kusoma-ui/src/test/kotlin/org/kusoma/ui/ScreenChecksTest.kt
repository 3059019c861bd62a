package org.kusoma.ui

import androidx.compose.ui.geometry.Rect
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertDoesNotThrow
import org.junit.jupiter.api.assertThrows

/**
 * The render checks on made-up screens, so each rule is seen to fail on the case it is for and
 * not on the case it lets through: text cut at the side of a row that scrolls sideways, and a
 * sideways row in a right-to-left layout.
 */
class ScreenChecksTest {
    private val root = Rect(0f, 0f, 360f, 640f)
    private val row = Rect(12f, 150f, 348f, 220f)

    private fun sideways(max: Float, reversed: Boolean = false) = ScrollInfo(row, null, 0f..max, reversed)

    /** A 64 dp picture at [left] in the row, clickable, drawn as text. */
    private fun picture(left: Float, scroll: ScrollInfo?) = NodeInfo(
        tag = "icon", text = "🐄",
        visible = Rect(maxOf(left, row.left), row.top, minOf(left + 64f, row.right), row.top + 64f).let { if (it.width < 0f) Rect.Zero else it },
        width = 64f, height = 64f, clickable = true, overflow = false,
        bounds = Rect(left, row.top, left + 64f, row.top + 64f), id = 7, scroll = scroll,
    )

    @Test
    fun textCutAtTheSideIsCutUnlessItsRowScrollsSideways() {
        val cut = picture(312f, scroll = null)
        assertThrows<AssertionError> { ScreenChecks.noTruncatedText(ScreenSemantics(root, listOf(cut))) }
        val inVerticalScroll = picture(312f, ScrollInfo(row, 0f..400f, null))
        assertThrows<AssertionError> { ScreenChecks.noTruncatedText(ScreenSemantics(root, listOf(inVerticalScroll))) }
        val inSidewaysRow = picture(312f, sideways(1096f))
        assertDoesNotThrow { ScreenChecks.noTruncatedText(ScreenSemantics(root, listOf(inSidewaysRow))) }
    }

    @Test
    fun aPictureLeftOfASidewaysRowIsReachableOnlyWhereTheRowScrollsThatWay() {
        // At scroll 0 in a right-to-left row, what lies to the left is reached by scrolling on.
        val left = picture(-76f, sideways(1096f))
        assertDoesNotThrow { ScreenChecks.reachable(ScreenSemantics(root, listOf(left)), rightToLeft = true) }
        // Left to right, at scroll 0, nothing lies before the view: out of reach.
        assertThrows<AssertionError> { ScreenChecks.reachable(ScreenSemantics(root, listOf(left)), rightToLeft = false) }
        // A row declared reversed in a right-to-left layout scrolls left to right again.
        assertThrows<AssertionError> { ScreenChecks.reachable(ScreenSemantics(root, listOf(picture(-76f, sideways(1096f, reversed = true)))), rightToLeft = true) }
        // Further than the row can scroll: out of reach in either direction.
        assertThrows<AssertionError> { ScreenChecks.reachable(ScreenSemantics(root, listOf(picture(-2000f, sideways(1096f)))), rightToLeft = true) }
    }
}
