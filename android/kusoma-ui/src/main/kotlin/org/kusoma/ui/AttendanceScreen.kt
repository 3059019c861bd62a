package org.kusoma.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.text.style.TextDecoration
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.AttendanceView
import org.kusoma.state.LEARNER_ICONS
import org.kusoma.state.UiText

/** The attendance screen's taps. */
class AttendanceActions(
    val onToggle: (String) -> Unit = {},
    val onMore: () -> Unit = {},
    val onFewer: () -> Unit = {},
    val onStart: () -> Unit = {},
    val onBack: () -> Unit = {},
)

/**
 * Before a group session: everyone is here until touched; an absent learner's row shows ✗, the
 * word for absent and her name struck through (three signs, none of them colour). Below, how
 * many exercises each learner does before the phone passes on.
 */
@Composable
fun AttendanceScreen(state: AttendanceView, actions: AttendanceActions) {
    Column(Modifier.fillMaxSize()) {
        TopBar(title = state.group, lead = { IconAction(Glyph.Back, text(UiText.BACK), actions.onBack) }) {
            Icon(Glyph.People, MaterialTheme.colorScheme.primary, Modifier.padding(12.dp))
        }
        Column(
            Modifier.fillMaxWidth().weight(1f).verticalScroll(rememberScrollState()).padding(12.dp),
            verticalArrangement = Arrangement.spacedBy(8.dp),
        ) {
            text(UiText.ATTENDANCE)?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
            state.roster.forEach { learner ->
                val absent = learner.id in state.absent
                RowCard(if (absent) "absent" else "present", onClick = { actions.onToggle(learner.id) }) {
                    LearnerIcon(learner.picture, 28.sp)
                    Text(
                        learner.name,
                        style = MaterialTheme.typography.titleMedium,
                        textDecoration = if (absent) TextDecoration.LineThrough else null,
                        modifier = Modifier.weight(1f),
                    )
                    Icon(if (absent) Glyph.Cross else Glyph.Check, if (absent) Signal.wrong else Signal.right)
                    text(if (absent) UiText.ABSENT else UiText.PRESENT)?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
                }
            }
        }
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                IconAction(Glyph.Minus, "−", actions.onFewer, Modifier.testTag("fewer"))
                Text(
                    text(UiText.TURN_RULE, "count" to state.turnEvery.toLong()) ?: state.turnEvery.toString(),
                    style = MaterialTheme.typography.bodyLarge,
                    textAlign = TextAlign.Center,
                    modifier = Modifier.weight(1f).testTag("turn-rule"),
                )
                IconAction(Glyph.Plus, "+", actions.onMore, Modifier.testTag("more"))
            }
            ActionButton(
                Glyph.Play, text(UiText.START), actions.onStart, Modifier.fillMaxWidth().testTag("start"),
                enabled = state.canStart,
            )
        }
    }
}
