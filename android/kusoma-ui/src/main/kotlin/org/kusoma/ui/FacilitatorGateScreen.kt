package org.kusoma.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
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
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import org.kusoma.GateState
import org.kusoma.state.pad
import org.kusoma.state.UiText

/** The facilitator gate's taps. */
class GateActions(
    val onChoose: (String) -> Unit = {},
    val onName: (String) -> Unit = {},
    val onDigit: (Int) -> Unit = {},
    val onDelete: () -> Unit = {},
    val onSubmit: () -> Unit = {},
    val onBack: () -> Unit = {},
)

/**
 * The way into facilitator mode: the phone's facilitators to choose from, then her PIN pad; on a
 * phone with none yet, a name and a PIN for the first.
 */
@Composable
fun FacilitatorGateScreen(state: GateState, actions: GateActions) {
    val chosen = state.chosen
    val title = when {
        state.creating -> text(UiText.NEW_FACILITATOR)
        chosen != null -> chosen.name
        else -> text(UiText.FACILITATOR)
    }
    Column(Modifier.fillMaxSize()) {
        TopBar(title = title, lead = { IconAction(Glyph.Back, text(UiText.BACK), actions.onBack) }) {
            Icon(Glyph.Key, MaterialTheme.colorScheme.primary, Modifier.padding(12.dp))
        }
        Column(
            Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(12.dp),
            horizontalAlignment = Alignment.CenterHorizontally,
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            when {
                state.creating -> {
                    NameField(state.name, UiText.NAME, actions.onName)
                    PinPad(state.pad, UiText.WRONG_PIN, actions.onDigit, actions.onDelete, actions.onSubmit)
                }
                chosen != null -> {
                    text(UiText.FACILITATOR_PIN, "name" to chosen.name)?.let {
                        Text(it, style = MaterialTheme.typography.bodyLarge, textAlign = TextAlign.Center)
                    }
                    PinPad(state.pad, UiText.WRONG_PIN, actions.onDigit, actions.onDelete, actions.onSubmit)
                }
                else -> state.facilitators.forEach { f ->
                    RowCard("facilitator", onClick = { actions.onChoose(f.id) }) {
                        Icon(Glyph.Key, MaterialTheme.colorScheme.primary, size = 32.dp)
                        Text(f.name, style = MaterialTheme.typography.titleLarge, modifier = Modifier.weight(1f))
                    }
                }
            }
        }
    }
}
