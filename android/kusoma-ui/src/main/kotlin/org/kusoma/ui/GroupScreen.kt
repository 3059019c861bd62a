package org.kusoma.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.rememberScrollState
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
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.RosterView
import org.kusoma.state.LEARNER_ICONS
import org.kusoma.state.UiText

/** The group screen's taps. */
class GroupActions(
    val onSession: () -> Unit = {},
    val onReport: () -> Unit = {},
    val onAssess: (String) -> Unit = {},
    /** A roster row tapped: her report. */
    val onLearner: (String) -> Unit = {},
    val onToggleAdding: (String) -> Unit = {},
    val onAdd: () -> Unit = {},
    val onBack: () -> Unit = {},
)

/**
 * One group: start a group session, see its report, open a learner's report (her row) or assess
 * her, and add the phone's other learners to it (tick them, then add).
 */
@Composable
fun GroupScreen(state: RosterView, actions: GroupActions) {
    Column(Modifier.fillMaxSize()) {
        TopBar(title = state.group.name, lead = { IconAction(Glyph.Back, text(UiText.BACK), actions.onBack) }) {
            Icon(Glyph.People, MaterialTheme.colorScheme.primary, Modifier.padding(12.dp))
        }
        Column(
            Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(12.dp),
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            ActionButton(Glyph.Play, text(UiText.GROUP_SESSION), actions.onSession, Modifier.fillMaxWidth().testTag("group-session"), enabled = state.roster.isNotEmpty())
            ActionButton(Glyph.Chart, text(UiText.REPORT), actions.onReport, Modifier.fillMaxWidth().testTag("report"), primary = false)
            state.roster.forEach { learner ->
                RowCard("member", onClick = { actions.onLearner(learner.id) }) {
                    LearnerIcon(learner.picture, 28.sp)
                    Text(learner.name, style = MaterialTheme.typography.titleMedium, modifier = Modifier.weight(1f))
                    ActionButton(Glyph.Clock, text(UiText.ASSESS), { actions.onAssess(learner.id) }, Modifier.testTag("assess"), primary = false)
                }
            }
            if (state.others.isNotEmpty()) {
                SectionTitle(Glyph.Plus, UiText.ADD_LEARNERS)
                state.others.forEach { learner ->
                    val ticked = learner.id in state.adding
                    RowCard(if (ticked) "candidate-ticked" else "candidate", onClick = { actions.onToggleAdding(learner.id) }, outlined = ticked) {
                        TickBox(ticked)
                        LearnerIcon(learner.picture, 28.sp)
                        Text(learner.name, style = MaterialTheme.typography.titleMedium, modifier = Modifier.weight(1f))
                    }
                }
                ActionButton(Glyph.Plus, text(UiText.ADD_LEARNERS), actions.onAdd, Modifier.fillMaxWidth().testTag("add"), enabled = state.adding.isNotEmpty())
            }
        }
    }
}

/** A square that holds ✓ when ticked (the mark, not a colour, says it). */
@Composable
fun TickBox(ticked: Boolean) {
    Surface(
        shape = RoundedCornerShape(6.dp),
        color = if (ticked) MaterialTheme.colorScheme.primary else Color.Transparent,
        border = BorderStroke(3.dp, MaterialTheme.colorScheme.primary),
        modifier = Modifier.size(32.dp),
    ) { Box(contentAlignment = Alignment.Center) { if (ticked) Icon(Glyph.Check, Color.White, size = 22.dp) } }
}
