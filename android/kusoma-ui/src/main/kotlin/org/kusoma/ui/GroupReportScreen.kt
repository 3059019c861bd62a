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
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.GroupReportInfo
import org.kusoma.NeedsHelpInfo
import org.kusoma.state.LEARNER_ICONS
import org.kusoma.state.UiText

/**
 * A group's report on the phone: attendance, who needs help and why (with the skills she
 * misses), each learner's attendance, and the items the group finds hardest.
 */
@Composable
fun GroupReportScreen(report: GroupReportInfo, onBack: () -> Unit) {
    Column(Modifier.fillMaxSize()) {
        TopBar(title = report.group.name, lead = { IconAction(Glyph.Back, text(UiText.BACK), onBack) }) {
            Icon(Glyph.Chart, MaterialTheme.colorScheme.primary, Modifier.padding(12.dp))
        }
        Column(
            Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(12.dp),
            verticalArrangement = Arrangement.spacedBy(8.dp),
        ) {
            report.attendance?.let { SectionTitle(Glyph.People, it) }
            if (report.needsHelp.isNotEmpty()) {
                SectionTitle(Glyph.Attention, UiText.NEEDS_HELP)
                report.needsHelp.forEach { NeedsHelpRow(it) }
            }
            report.learners.forEach { line ->
                RowCard("report-learner") {
                    LearnerIcon(line.learner.icon, 24.sp)
                    Text(line.learner.name, style = MaterialTheme.typography.titleMedium, modifier = Modifier.weight(1f))
                    Icon(Glyph.People, MaterialTheme.colorScheme.primary, size = 20.dp)
                    Text(line.attendedOf, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("attended-of"))
                }
            }
            if (report.hardestItems.isNotEmpty()) {
                SectionTitle(Glyph.Cross, UiText.HARDEST_ITEMS)
                report.hardestItems.forEach { item ->
                    val line = text(UiText.ITEM_LINE, "label" to item.label, "correct" to item.correct.toLong(), "attempts" to item.attempts.toLong())
                    Text(line ?: item.label, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("hard-item"))
                }
            }
        }
    }
}

@Composable
private fun NeedsHelpRow(help: NeedsHelpInfo) {
    RowCard("needs-help") {
        Column(Modifier.weight(1f), verticalArrangement = Arrangement.spacedBy(2.dp)) {
            Text(help.name, style = MaterialTheme.typography.titleMedium)
            help.why?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
            if (help.struggles.isNotEmpty()) {
                Text(help.struggles.joinToString("  ") { it.label }, style = MaterialTheme.typography.bodyLarge)
            }
        }
    }
}
