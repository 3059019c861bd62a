package org.kusoma.ui

import androidx.compose.ui.test.ComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.test.onAllNodesWithTag
import androidx.compose.ui.test.performClick

/**
 * Answers the exercise on screen by taps, as a learner guessing would: the first choice, or
 * every tile in turn. (Right or wrong does not matter to the flows that use it.)
 */
@OptIn(ExperimentalTestApi::class)
fun ComposeUiTest.tapAnAnswer() {
    val choices = onAllNodesWithTag("choice")
    if (choices.fetchSemanticsNodes().isNotEmpty()) {
        choices[0].performClick()
    } else {
        val tiles = onAllNodesWithTag("tile")
        repeat(tiles.fetchSemanticsNodes().size) { tiles[it].performClick() }
    }
}
