package org.kusoma.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.horizontalScroll
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.EnrolView
import org.kusoma.state.LEARNER_ICONS
import org.kusoma.state.PICTURE_LOGIN_ICONS
import org.kusoma.state.PICTURE_LOGIN_LENGTH
import org.kusoma.state.UiText

/** The enrolment screen's taps. */
class EnrolActions(
    val onName: (String) -> Unit = {},
    val onIcon: (String) -> Unit = {},
    val onPicture: (Int) -> Unit = {},
    val onClearPictures: () -> Unit = {},
    val onSave: () -> Unit = {},
    val onBack: () -> Unit = {},
)

/**
 * A facilitator enrols a learner with her: the name, the picture on her card, and — if she
 * wants her work kept to herself — her three secret pictures, which she taps herself.
 */
@Composable
fun EnrolScreen(state: EnrolView, actions: EnrolActions) {
    Column(Modifier.fillMaxSize()) {
        TopBar(title = text(UiText.NEW_LEARNER), lead = { IconAction(Glyph.Back, text(UiText.BACK), actions.onBack) }) {
            Text(state.icon, fontSize = 36.sp, modifier = Modifier.padding(horizontal = 8.dp))
        }
        Column(
            Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(12.dp),
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            NameField(state.name, UiText.NAME, actions.onName)
            // The card pictures in one row that scrolls sideways: twenty of them would push the
            // login pictures and Save below the fold. The core has chosen one no one else has.
            Row(Modifier.fillMaxWidth().horizontalScroll(rememberScrollState()), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                LEARNER_ICONS.forEach { icon ->
                    val chosen = icon == state.icon
                    Surface(
                        onClick = { actions.onIcon(icon) },
                        shape = CircleShape,
                        color = MaterialTheme.colorScheme.surfaceVariant,
                        // The chosen one gets a thick ring: shape, not colour, tells it.
                        border = if (chosen) BorderStroke(4.dp, MaterialTheme.colorScheme.primary) else null,
                        modifier = Modifier.size(64.dp).testTag(if (chosen) "icon-chosen" else "icon"),
                    ) { Box(contentAlignment = Alignment.Center) { Text(asEmoji(icon), fontSize = 32.sp, modifier = Modifier.testTag("emoji")) } }
                }
            }
            text(UiText.PICTURE_LOGIN)?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp), verticalAlignment = Alignment.CenterVertically) {
                repeat(PICTURE_LOGIN_LENGTH) { slot ->
                    Surface(
                        shape = CircleShape,
                        border = BorderStroke(3.dp, MaterialTheme.colorScheme.primary),
                        color = MaterialTheme.colorScheme.surfaceVariant,
                        modifier = Modifier.size(56.dp).testTag("slot"),
                    ) {
                        Box(contentAlignment = Alignment.Center) {
                            state.pictures.getOrNull(slot)?.let { Text(PICTURE_LOGIN_ICONS[it.toInt()], fontSize = 28.sp) }
                        }
                    }
                }
                IconAction(Glyph.Backspace, text(UiText.START_AGAIN), actions.onClearPictures)
            }
            PICTURE_LOGIN_ICONS.withIndex().chunked(4).forEach { row ->
                Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    row.forEach { (index, picture) ->
                        Surface(
                            onClick = { actions.onPicture(index) },
                            shape = RoundedCornerShape(16.dp),
                            color = MaterialTheme.colorScheme.surfaceVariant,
                            border = if (index.toUInt() in state.pictures) BorderStroke(4.dp, MaterialTheme.colorScheme.primary) else null,
                            modifier = Modifier.weight(1f).height(64.dp).testTag("picture"),
                        ) { Box(contentAlignment = Alignment.Center) { Text(picture, fontSize = 32.sp) } }
                    }
                }
            }
            state.refused?.let { RefusedNote(it, "enrol-refused") }
            ActionButton(Glyph.Check, text(UiText.SAVE), actions.onSave, Modifier.fillMaxWidth().testTag("save"), enabled = state.canSave)
        }
    }
}
