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
import androidx.compose.ui.unit.dp
import org.kusoma.GroupsView
import org.kusoma.state.UiText

/** The groups screen's taps. */
class GroupsActions(
    val onGroup: (String) -> Unit = {},
    val onName: (String) -> Unit = {},
    val onCreate: () -> Unit = {},
    val onEnrol: () -> Unit = {},
    val onLock: () -> Unit = {},
)

/**
 * Facilitator mode's home: her groups (name and size), a new group, enrolling a learner, and the
 * lock that ends facilitator mode (the phone goes back to the learners' profile screen).
 */
@Composable
fun GroupsScreen(state: GroupsView, actions: GroupsActions) {
    Column(Modifier.fillMaxSize()) {
        TopBar(title = text(UiText.GROUPS), lead = { IconAction(Glyph.Lock, text(UiText.LOCK), actions.onLock) }) {
            Icon(Glyph.Key, MaterialTheme.colorScheme.primary, Modifier.padding(12.dp))
        }
        Column(
            Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(12.dp),
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            state.groups.forEach { g ->
                RowCard("group", onClick = { actions.onGroup(g.id) }) {
                    Icon(Glyph.People, MaterialTheme.colorScheme.primary, size = 36.dp)
                    Column(Modifier.weight(1f)) {
                        Text(g.name, style = MaterialTheme.typography.titleLarge)
                        text(UiText.GROUP_SIZE, "count" to g.members.toLong())?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
                    }
                    Icon(Glyph.Forward, MaterialTheme.colorScheme.primary)
                }
            }
            Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                NameField(state.newName, UiText.NEW_GROUP, actions.onName, Modifier.weight(1f))
                IconAction(Glyph.Plus, text(UiText.NEW_GROUP), actions.onCreate, Modifier.testTag("new-group"))
            }
            state.refused?.let { RefusedNote(it, "group-refused") }
            ActionButton(Glyph.Person, text(UiText.NEW_LEARNER), actions.onEnrol, Modifier.fillMaxWidth().testTag("enrol"), primary = false)
        }
    }
}
