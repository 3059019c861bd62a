package org.kusoma.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import org.kusoma.SettingsView
import org.kusoma.state.UiText

/**
 * Settings: the interface language, each language named in itself (a reader finds her own
 * language's name in its own script), the chosen one ticked; then discreet mode and installing a
 * language pack from a file, which the shell ([LocalShell]) carries out.
 */
@Composable
fun SettingsScreen(
    state: SettingsView,
    onChooseLanguage: (String) -> Unit,
    onBack: () -> Unit,
    discreet: Boolean = false,
    onDiscreet: (Boolean) -> Unit = {},
    onInstallPack: () -> Unit = {},
) {
    Column(Modifier.fillMaxSize()) {
        TopBar(title = text(UiText.SETTINGS), lead = { IconAction(Glyph.Back, text(UiText.BACK), onBack) })
        Column(
            Modifier.verticalScroll(rememberScrollState()).padding(16.dp),
            verticalArrangement = Arrangement.spacedBy(8.dp),
        ) {
            Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                Icon(Glyph.Globe, MaterialTheme.colorScheme.primary, size = 32.dp)
                text(UiText.INTERFACE_LANGUAGE)?.let { Text(it, style = MaterialTheme.typography.titleLarge) }
            }
            state.languages.forEach { language ->
                val chosen = language.tag == state.current
                Surface(
                    shape = RoundedCornerShape(16.dp),
                    color = MaterialTheme.colorScheme.surfaceVariant,
                    border = if (chosen) BorderStroke(3.dp, MaterialTheme.colorScheme.primary) else null,
                    modifier = Modifier.fillMaxWidth().heightIn(min = 64.dp)
                        .selectable(chosen, role = Role.RadioButton) { onChooseLanguage(language.tag) }
                        .testTag("language"),
                ) {
                    Row(Modifier.padding(12.dp), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(16.dp)) {
                        // Ticked disc for the chosen language, empty ring for the others.
                        Surface(
                            shape = CircleShape,
                            color = if (chosen) MaterialTheme.colorScheme.primary else Color.Transparent,
                            border = BorderStroke(3.dp, MaterialTheme.colorScheme.primary),
                            modifier = Modifier.size(32.dp),
                        ) { Box(contentAlignment = Alignment.Center) { if (chosen) Icon(Glyph.Check, Color.White, size = 20.dp) } }
                        Text(language.name, style = MaterialTheme.typography.titleLarge)
                    }
                }
            }
            RowCard(if (discreet) "discreet-on" else "discreet-off", onClick = { onDiscreet(!discreet) }, outlined = discreet) {
                TickBox(discreet)
                text(UiText.DISCREET_MODE)?.let { Text(it, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f)) }
            }
            ActionButton(Glyph.Plus, text(UiText.INSTALL_PACK), onInstallPack, Modifier.fillMaxWidth().testTag("install-pack"), primary = false)
            state.installed?.let { name ->
                Row(Modifier.testTag("pack-installed"), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    Icon(Glyph.Check, Signal.right)
                    text(UiText.PACK_INSTALLED, "pack" to name)?.let { Text(it, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f, fill = false)) }
                }
            }
            state.refused?.let { reason -> text(UiText.PACK_REFUSED, "reason" to reason)?.let { RefusedNote(it, "pack-refused") } }
        }
    }
}
