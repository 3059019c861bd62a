package org.kusoma.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.TurnInfo
import org.kusoma.state.LEARNER_ICONS
import org.kusoma.state.UiText

/**
 * The hand-over in a pass-the-phone session: the next learner's big picture and name, "pass the
 * phone to …", and her Start. The facilitator can end the group session here, between turns,
 * with her notes; [ending] opens the notes (tests render it open).
 */
@Composable
fun TurnScreen(turn: TurnInfo, onStart: () -> Unit, onEnd: (notes: String) -> Unit, ending: Boolean = false) {
    var notesOpen by remember { mutableStateOf(ending) }
    var notes by remember { mutableStateOf("") }
    Column(Modifier.fillMaxSize()) {
        TopBar(
            title = text(UiText.TURN_NUMBER, "number" to turn.number.toLong()),
            lead = { IconAction(Glyph.Stop, text(UiText.END_GROUP_SESSION), { notesOpen = true }, Modifier.testTag("end-session")) },
        )
        Column(
            Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(16.dp),
            horizontalAlignment = Alignment.CenterHorizontally,
            verticalArrangement = Arrangement.spacedBy(16.dp),
        ) {
            if (notesOpen) {
                OutlinedTextField(
                    value = notes,
                    onValueChange = { notes = it },
                    label = text(UiText.NOTES)?.let { { Text(it) } },
                    minLines = 3,
                    modifier = Modifier.fillMaxWidth().testTag("notes"),
                )
                ActionButton(Glyph.Stop, text(UiText.END_GROUP_SESSION), { onEnd(notes) }, Modifier.fillMaxWidth().testTag("end"))
                ActionButton(Glyph.Back, text(UiText.BACK), { notesOpen = false }, Modifier.fillMaxWidth(), primary = false)
            } else {
                LearnerIcon(turn.learner.icon, 96.sp)
                Text(turn.learner.name, style = MaterialTheme.typography.headlineMedium, textAlign = TextAlign.Center, modifier = Modifier.testTag("turn-learner"))
                text(UiText.PASS_PHONE, "name" to turn.learner.name)?.let {
                    Text(it, style = MaterialTheme.typography.bodyLarge, textAlign = TextAlign.Center)
                }
                ActionButton(Glyph.Play, text(UiText.TURN_START), onStart, Modifier.fillMaxWidth().testTag("turn-start"))
            }
        }
    }
}
