package org.kusoma.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.drawscope.Stroke
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import org.kusoma.HomeView
import org.kusoma.HomeUnit
import org.kusoma.state.UiText

/**
 * A learner's home: one big button to learn (and, when the core offers it, one for a placement
 * test), and her course as a path of units — done units ticked, the current one starred, each
 * with a dot per letter, lit (filled) when learned.
 */
@Composable
fun HomeScreen(state: HomeView, onStart: () -> Unit, onSettings: () -> Unit, onExit: () -> Unit, onPlacement: () -> Unit = {}) {
    Column(Modifier.fillMaxSize()) {
        TopBar(
            title = text(UiText.HOME_TITLE, "name" to state.name, "pack" to state.packName) ?: state.name,
            lead = { IconAction(Glyph.Door, text(UiText.QUICK_EXIT), onExit, Modifier.testTag("quick-exit")) },
            trailing = { IconAction(Glyph.Gear, text(UiText.SETTINGS), onSettings, Modifier.testTag("settings")) },
        )
        Column(
            Modifier.verticalScroll(rememberScrollState()).padding(horizontal = 16.dp, vertical = 8.dp),
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            ActionButton(Glyph.Play, text(UiText.START), onStart, Modifier.fillMaxWidth().testTag("start"))
            if (state.offerPlacement) {
                ActionButton(Glyph.Check, text(UiText.PLACEMENT), onPlacement, Modifier.fillMaxWidth().testTag("placement"), primary = false)
            }
            text(UiText.TOTALS, "attempts" to state.attempts.toLong(), "sessions" to state.sessions.toLong(), "correct" to state.correct.toLong())
                ?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
            state.units.forEachIndexed { i, unit -> UnitNode(unit, i) }
        }
    }
}

/** One stop on the path; stops step sideways so the column reads as a path, not a list. */
@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun UnitNode(unit: HomeUnit, index: Int) {
    val indent = listOf(0, 24, 48, 24)[index % 4].dp
    Row(
        Modifier.fillMaxWidth().padding(start = indent).testTag("unit"),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(12.dp),
    ) {
        val ring = if (unit.current) MaterialTheme.colorScheme.primary else Color.Transparent
        Surface(
            shape = CircleShape,
            color = if (unit.done) Signal.right else MaterialTheme.colorScheme.surfaceVariant,
            border = BorderStroke(4.dp, ring),
            modifier = Modifier.size(64.dp),
        ) {
            Box(contentAlignment = Alignment.Center) {
                when {
                    unit.done -> Icon(Glyph.Check, Color.White, size = 36.dp)
                    unit.current -> Icon(Glyph.Star, Signal.lit, size = 36.dp)
                    else -> Icon(Glyph.Play, Signal.unlit, size = 24.dp)
                }
            }
        }
        Column(Modifier.weight(1f), verticalArrangement = Arrangement.spacedBy(4.dp)) {
            Text(onDottedCircle(unit.title), style = MaterialTheme.typography.titleLarge)
            val status = when {
                unit.done -> text(UiText.UNIT_DONE)
                unit.current -> text(UiText.UNIT_OPEN)
                else -> null
            }
            status?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
            FlowRow(horizontalArrangement = Arrangement.spacedBy(4.dp), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                repeat(unit.lettersTotal.toInt()) {
                    LetterDot(
                        when {
                            it < unit.lettersLearned.toInt() -> Dot.LIT
                            it < (unit.lettersLearned + unit.lettersToConfirm).toInt() -> Dot.TO_CONFIRM
                            else -> Dot.UNLIT
                        },
                    )
                }
            }
        }
    }
    Box(Modifier.padding(start = indent + 30.dp).width(4.dp).height(12.dp)) {
        Canvas(Modifier.fillMaxSize()) { drawRect(Signal.unlit) }
    }
}

/** How a letter's dot is drawn. */
private enum class Dot(val tag: String) { LIT("letter-lit"), TO_CONFIRM("letter-to-confirm"), UNLIT("letter") }

/**
 * A letter: a filled, lit dot when learned; a lit ring with a lit centre when mastered but not yet
 * confirmed on a later day; a hollow ring when not (shape, not only colour).
 */
@Composable
private fun LetterDot(dot: Dot) {
    Canvas(Modifier.size(16.dp).testTag(dot.tag)) {
        val r = size.minDimension / 2
        when (dot) {
            Dot.LIT -> drawCircle(Signal.lit, r)
            Dot.TO_CONFIRM -> {
                drawCircle(Signal.lit, r - 2.dp.toPx(), style = Stroke(3.dp.toPx()))
                drawCircle(Signal.lit, r / 3)
            }
            Dot.UNLIT -> drawCircle(Signal.unlit, r - 2.dp.toPx(), style = Stroke(3.dp.toPx()))
        }
    }
}
