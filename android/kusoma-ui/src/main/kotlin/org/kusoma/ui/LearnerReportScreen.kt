package org.kusoma.ui

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.LearnerReportInfo
import org.kusoma.WeekBar
import org.kusoma.state.UiText

/**
 * One learner's report on the phone: her units as on her own home (lit when done), how many
 * exercises she did each of the last eight weeks (bars, oldest first, in reading direction),
 * her recent accuracy, what she misses and her assessments.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun LearnerReportScreen(report: LearnerReportInfo, onBack: () -> Unit) {
    Column(Modifier.fillMaxSize()) {
        TopBar(title = report.learner.name, lead = { IconAction(Glyph.Back, text(UiText.BACK), onBack) }) {
            LearnerIcon(report.learner.icon, 28.sp)
        }
        Column(
            Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(12.dp),
            verticalArrangement = Arrangement.spacedBy(10.dp),
        ) {
            val p = report.progress
            text(UiText.TOTALS, "attempts" to p.attempts.toLong(), "sessions" to p.sessions.toLong(), "correct" to p.correct.toLong())?.let {
                Text(it, style = MaterialTheme.typography.bodyLarge)
            }
            // Wrapping: a long course has more units than fit one line.
            FlowRow(horizontalArrangement = Arrangement.spacedBy(6.dp), verticalArrangement = Arrangement.spacedBy(6.dp), modifier = Modifier.testTag("units")) {
                p.units.forEach { unit ->
                    Icon(Glyph.Star, if (unit.confirmed) Signal.lit else Signal.unlit, size = 24.dp)
                }
            }
            SectionTitle(Glyph.Chart, UiText.WEEKLY)
            WeeklyBars(report.weeks)
            report.accuracy?.let { SectionTitle(Glyph.Check, it) }
            if (report.struggles.isNotEmpty()) {
                SectionTitle(Glyph.Cross, UiText.HARDEST_ITEMS)
                report.struggles.forEach { s ->
                    val right = (s.attempts - s.wrong).toLong()
                    val line = text(UiText.ITEM_LINE, "label" to s.label, "correct" to right, "attempts" to s.attempts.toLong())
                    Text(line ?: s.label, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("struggle"))
                }
            }
            if (report.assessments.isNotEmpty()) {
                SectionTitle(Glyph.Clock, UiText.ASSESSMENTS)
                report.assessments.forEach { a ->
                    RowCard("assessment") {
                        Column(Modifier.weight(1f)) {
                            Text(a.title ?: a.subtask, style = MaterialTheme.typography.titleMedium)
                            a.result?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
                        }
                    }
                }
            }
        }
    }
}

/**
 * Eight weeks of exercises as bars, the tallest week full height, a week with none a stub; each
 * week's count over its bar, and under the bars the day the first and the last week start (eight
 * dates do not fit under eight bars on a phone: they broke mid-number), all worded by the core
 * (Rows, so in reading order like the bars: from the right in RTL). One line each, so a label
 * too wide shows as cut to the render checks instead of wrapping silently.
 */
@Composable
private fun WeeklyBars(weeks: List<WeekBar>) {
    val most = (weeks.maxOfOrNull { it.attempts } ?: 0u).coerceAtLeast(1u).toFloat()
    val bar = MaterialTheme.colorScheme.primary
    val stub = Signal.unlit
    Column(Modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(2.dp)) {
        Row(Modifier.fillMaxWidth()) {
            weeks.forEach { w ->
                Text(w.count, style = MaterialTheme.typography.labelLarge, textAlign = TextAlign.Center, maxLines = 1, modifier = Modifier.weight(1f).testTag("week-count"))
            }
        }
        Canvas(Modifier.fillMaxWidth().height(72.dp).testTag("weekly")) {
            val slot = size.width / weeks.size.coerceAtLeast(1)
            weeks.forEachIndexed { i, w ->
                val h = (w.attempts.toFloat() / most * size.height).coerceAtLeast(3.dp.toPx())
                // Oldest first in reading order: from the right in a right-to-left interface.
                val x = if (layoutDirection == LayoutDirection.Rtl) size.width - (i + 1) * slot else i * slot
                drawRect(if (w.attempts == 0u) stub else bar, Offset(x + slot * 0.15f, size.height - h), Size(slot * 0.7f, h))
            }
        }
        if (weeks.isNotEmpty()) {
            Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.SpaceBetween) {
                listOf(weeks.first(), weeks.last()).forEach { w ->
                    Text(w.starts, style = MaterialTheme.typography.labelLarge, maxLines = 1, modifier = Modifier.testTag("week-start"))
                }
            }
        }
    }
}