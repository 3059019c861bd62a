package org.kusoma.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.LearnerCard
import org.kusoma.SignInState
import org.kusoma.state.UiText

/**
 * Choose your profile: every learner on the phone as a big card with her picture and name (a
 * learner who cannot read her name knows her picture), and a card to add a learner.
 */
@Composable
fun ProfilesScreen(
    state: SignInState,
    onChoose: (String) -> Unit,
    onNewLearner: () -> Unit,
    onSettings: () -> Unit,
    onFacilitator: () -> Unit = {},
) {
    Column(Modifier.fillMaxSize()) {
        TopBar(
            title = text(UiText.CHOOSE_PROFILE),
            lead = { Icon(Glyph.Home, MaterialTheme.colorScheme.primary, Modifier.padding(12.dp)) },
            trailing = {
                IconAction(Glyph.Key, text(UiText.FACILITATOR), onFacilitator, Modifier.testTag("facilitator"))
                IconAction(Glyph.Gear, text(UiText.SETTINGS), onSettings, Modifier.testTag("settings"))
            },
        )
        Column(
            Modifier.verticalScroll(rememberScrollState()).padding(12.dp),
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            // Two cards a row: big enough for a thumb, small enough to show a group's learners.
            // The learners, then (null) the card that adds one.
            val cards: List<LearnerCard?> = state.learners + null
            cards.chunked(2).forEach { row ->
                Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                    row.forEach { learner ->
                        if (learner != null) {
                            ProfileCard(Modifier.weight(1f).testTag("learner"), { onChoose(learner.id) }) {
                                Text(learner.picture, fontSize = 48.sp)
                                Text(learner.name, style = MaterialTheme.typography.titleLarge, textAlign = TextAlign.Center)
                            }
                        } else {
                            ProfileCard(Modifier.weight(1f).testTag("new-learner"), onNewLearner) {
                                Icon(Glyph.Plus, MaterialTheme.colorScheme.primary, size = 56.dp)
                                text(UiText.NEW_LEARNER)?.let {
                                    Text(it, style = MaterialTheme.typography.titleLarge, textAlign = TextAlign.Center)
                                }
                            }
                        }
                    }
                    if (row.size == 1) Spacer(Modifier.weight(1f))
                }
            }
        }
    }
}

@Composable
private fun ProfileCard(modifier: Modifier, onClick: () -> Unit, content: @Composable () -> Unit) {
    Surface(
        onClick = onClick,
        shape = RoundedCornerShape(20.dp),
        color = MaterialTheme.colorScheme.surfaceVariant,
        modifier = modifier.heightIn(min = 140.dp),
    ) {
        Column(
            Modifier.fillMaxWidth().padding(12.dp),
            horizontalAlignment = Alignment.CenterHorizontally,
            verticalArrangement = Arrangement.spacedBy(8.dp, Alignment.CenterVertically),
        ) { content() }
    }
}
