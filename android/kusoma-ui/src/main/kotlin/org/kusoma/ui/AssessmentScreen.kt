package org.kusoma.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.sizeIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.remember
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.alpha
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.RunPhase
import org.kusoma.Subtask
import org.kusoma.TextDirection
import org.kusoma.AssessmentScreenState
import org.kusoma.assessmentChoices
import org.kusoma.state.UiText
import org.kusoma.state.role
import kotlin.math.roundToLong

/** The timed grid's taps. */
class AssessmentActions(
    val onBegin: () -> Unit = {},
    val onTouch: (Int) -> Unit = {},
    val onStop: () -> Unit = {},
    val onFinish: () -> Unit = {},
    val onBack: () -> Unit = {},
    /** A comprehension question marked right (true) or wrong. */
    val onQuestion: (Int, Boolean) -> Unit = { _, _ -> },
    val onSaveComprehension: () -> Unit = {},
)

/**
 * A timed subtask as the facilitator marks it: the clock, what to do now, and the items in
 * reading order (in the pack's direction). An item read wrongly shows ✗ and is struck through;
 * the last item read gets a thick frame and the items after it fade. Once marked and finished,
 * the core's score.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun AssessmentScreen(learnerName: String, direction: TextDirection, state: AssessmentScreenState, actions: AssessmentActions) {
    val subtask = text(state.subtask.role()).orEmpty()
    Column(Modifier.fillMaxSize()) {
        TopBar(title = learnerName, lead = { IconAction(Glyph.Back, text(UiText.BACK), actions.onBack) })
        // The clock on its own line: beside the name, a long "seconds left" squeezed the name.
        // Once scored, there is no clock to watch.
        if (state.result == null) Row(Modifier.padding(horizontal = 12.dp), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            Icon(Glyph.Clock, MaterialTheme.colorScheme.primary)
            Text(
                text(UiText.TIME_LEFT, "seconds" to state.secondsLeft.toLong()) ?: state.secondsLeft.toString(),
                style = MaterialTheme.typography.titleMedium,
                modifier = Modifier.testTag("time-left"),
            )
        }
        val result = state.result
        if (result != null) {
            Column(
                Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(16.dp).testTag("result"),
                horizontalAlignment = Alignment.CenterHorizontally,
                verticalArrangement = Arrangement.spacedBy(16.dp),
            ) {
                Icon(Glyph.Check, Signal.right, size = 72.dp)
                Text(subtask, style = MaterialTheme.typography.headlineSmall, textAlign = TextAlign.Center)
                val line = text(
                    UiText.RESULT,
                    "correct" to result.correct.toLong(),
                    "attempted" to result.attempted.toLong(),
                    "per_minute" to result.perMinute.roundToLong(),
                )
                line?.let { Text(it, style = MaterialTheme.typography.titleLarge, textAlign = TextAlign.Center) }
                if (state.questions.isNotEmpty()) Comprehension(state, actions)
                ActionButton(Glyph.Back, text(UiText.BACK), actions.onBack, Modifier.fillMaxWidth())
            }
            return@Column
        }
        Column(Modifier.fillMaxWidth().padding(horizontal = 12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Text(subtask, style = MaterialTheme.typography.titleLarge)
            val hint = when {
                state.markingLast -> UiText.MARK_LAST
                state.phase == RunPhase.RUNNING -> UiText.GRID_HINT
                else -> null
            }
            hint?.let { role -> text(role)?.let { Text(it, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("grid-hint")) } }
            if (state.offerAutostop) {
                Row(Modifier.testTag("autostop"), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    Icon(Glyph.Stop, Signal.wrong)
                    text(UiText.AUTOSTOP, "count" to state.autostopAfter.toLong())?.let {
                        Text(it, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f, fill = false))
                    }
                }
            }
        }
        Box(Modifier.weight(1f).fillMaxWidth()) {
            // The items run in the pack's script direction, whatever the interface language.
            val script = if (direction == TextDirection.RTL) LayoutDirection.Rtl else LayoutDirection.Ltr
            CompositionLocalProvider(LocalLayoutDirection provides script) {
                FlowRow(
                    Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(12.dp),
                    horizontalArrangement = Arrangement.spacedBy(6.dp),
                    verticalArrangement = Arrangement.spacedBy(6.dp),
                ) {
                    state.items.forEachIndexed { i, item -> GridItem(i, item, state, actions.onTouch) }
                }
            }
        }
        Box(Modifier.padding(12.dp)) {
            when (state.phase) {
                RunPhase.READY -> ActionButton(Glyph.Clock, text(UiText.GRID_START), actions.onBegin, Modifier.fillMaxWidth().testTag("grid-start"))
                RunPhase.RUNNING -> ActionButton(Glyph.Stop, text(UiText.GRID_STOP), actions.onStop, Modifier.fillMaxWidth().testTag("grid-stop"), enabled = !state.markingLast)
                RunPhase.AWAITING_LAST_ITEM -> {}
                RunPhase.DONE -> ActionButton(Glyph.Check, text(UiText.CHECK), actions.onFinish, Modifier.fillMaxWidth().testTag("grid-finish"))
            }
        }
    }
}

/** Item [index] of the grid, 56 dp high at least; a word's box grows with the word. */
@Composable
private fun GridItem(index: Int, item: String, state: AssessmentScreenState, onTouch: (Int) -> Unit) {
    val wrong = state.wrong.getOrElse(index) { false }
    val last = state.lastItem?.toInt()
    val afterLast = last != null && index > last
    val tag = when {
        index == last -> "item-last"
        wrong -> "item-wrong"
        else -> "item"
    }
    Surface(
        onClick = { onTouch(index) },
        shape = RoundedCornerShape(12.dp),
        color = MaterialTheme.colorScheme.surfaceVariant,
        border = if (index == last) BorderStroke(4.dp, MaterialTheme.colorScheme.primary) else null,
        modifier = Modifier.sizeIn(minWidth = 56.dp).heightIn(min = 56.dp).alpha(if (afterLast) 0.4f else 1f).testTag(tag),
    ) {
        Row(Modifier.padding(horizontal = 10.dp), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.Center) {
            Text(
                onDottedCircle(item),
                fontSize = 24.sp,
                textDecoration = if (wrong) TextDecoration.LineThrough else null,
                modifier = Modifier.padding(vertical = 8.dp),
            )
            if (wrong) Icon(Glyph.Cross, Signal.wrong, size = 18.dp)
        }
    }
}

/** Choosing which assessment to give a learner: the core's choices, in its order. */
@Composable
fun SubtaskChoiceScreen(learnerName: String, onChoose: (Subtask) -> Unit, onBack: () -> Unit) {
    // The order lives in the core.
    val choices = remember { assessmentChoices() }
    Column(Modifier.fillMaxSize()) {
        TopBar(title = learnerName, lead = { IconAction(Glyph.Back, text(UiText.BACK), onBack) }) {
            Icon(Glyph.Clock, MaterialTheme.colorScheme.primary, Modifier.padding(12.dp))
        }
        Column(
            Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(12.dp),
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            choices.forEach { subtask ->
                RowCard("subtask", onClick = { onChoose(subtask) }) {
                    Icon(Glyph.Clock, MaterialTheme.colorScheme.primary)
                    Text(text(subtask.role()).orEmpty(), style = MaterialTheme.typography.titleMedium, modifier = Modifier.weight(1f))
                    Icon(Glyph.Forward, MaterialTheme.colorScheme.primary)
                }
            }
        }
    }
}

/**
 * After a story: the comprehension questions about the text she read, each marked ✓ or ✗ by the
 * facilitator (the chosen mark framed: shape, not colour), saved once all are marked; then the
 * core's count of right answers.
 */
@Composable
private fun Comprehension(state: AssessmentScreenState, actions: AssessmentActions) {
    val saved = state.comprehension
    Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(8.dp)) {
        SectionTitle(Glyph.Speaker, UiText.SUBTASK_COMPREHENSION)
        if (saved == null) text(UiText.COMPREHENSION)?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
        state.questions.forEachIndexed { i, question ->
            val mark = state.answers[i]
            RowCard("question") {
                Text(question, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
                MarkButton(Glyph.Check, Signal.right, chosen = mark == true, tag = "question-right") { actions.onQuestion(i, true) }
                MarkButton(Glyph.Cross, Signal.wrong, chosen = mark == false, tag = "question-wrong") { actions.onQuestion(i, false) }
            }
        }
        if (saved == null) {
            ActionButton(Glyph.Check, text(UiText.SAVE), actions.onSaveComprehension, Modifier.fillMaxWidth().testTag("save-comprehension"), enabled = state.canSave)
        } else {
            val name = text(UiText.SUBTASK_COMPREHENSION) ?: ""
            text(UiText.ITEM_LINE, "label" to name, "correct" to saved.correct.toLong(), "attempts" to saved.attempted.toLong())?.let {
                Text(it, style = MaterialTheme.typography.titleMedium, modifier = Modifier.testTag("comprehension-result"))
            }
        }
    }
}

/** A ✓ or ✗ to mark an answer; the chosen one is filled and framed. */
@Composable
private fun MarkButton(glyph: Glyph, tint: Color, chosen: Boolean, tag: String, onClick: () -> Unit) {
    Surface(
        onClick = onClick,
        shape = RoundedCornerShape(12.dp),
        color = if (chosen) tint else MaterialTheme.colorScheme.surface,
        border = BorderStroke(if (chosen) 4.dp else 1.dp, if (chosen) MaterialTheme.colorScheme.onSurface else MaterialTheme.colorScheme.outline),
        modifier = Modifier.sizeIn(minWidth = 48.dp, minHeight = 48.dp).testTag(if (chosen) "$tag-chosen" else tag),
    ) {
        Box(contentAlignment = Alignment.Center) { Icon(glyph, if (chosen) Color.White else tint) }
    }
}
