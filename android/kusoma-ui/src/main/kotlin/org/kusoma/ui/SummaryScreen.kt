package org.kusoma.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import org.kusoma.SessionReport
import org.kusoma.state.UiText

/**
 * The end of a session: a ✓ disc per right answer and an empty ring per other one, a star per
 * skill learned, the core's summary sentence, and the way home.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
fun SummaryScreen(report: SessionReport, onHome: () -> Unit) {
    Column(Modifier.fillMaxSize()) {
        TopBar(title = text(UiText.SUMMARY_TITLE), lead = { Icon(Glyph.Star, Signal.lit, Modifier.padding(12.dp), size = 32.dp) })
        Column(
            Modifier.weight(1f).verticalScroll(rememberScrollState()).padding(16.dp),
            horizontalAlignment = Alignment.CenterHorizontally,
            verticalArrangement = Arrangement.spacedBy(16.dp),
        ) {
            FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp, Alignment.CenterHorizontally), verticalArrangement = Arrangement.spacedBy(8.dp), modifier = Modifier.testTag("score")) {
                repeat(report.answered.toInt()) { i ->
                    val right = i < report.correct.toInt()
                    Surface(
                        shape = CircleShape,
                        color = if (right) Signal.right else Color.Transparent,
                        border = androidx.compose.foundation.BorderStroke(3.dp, if (right) Signal.right else Signal.unlit),
                        modifier = Modifier.size(40.dp),
                    ) { Box(contentAlignment = Alignment.Center) { if (right) Icon(Glyph.Check, Color.White, size = 24.dp) } }
                }
            }
            if (report.mastered.isNotEmpty()) {
                FlowRow(horizontalArrangement = Arrangement.spacedBy(4.dp, Alignment.CenterHorizontally), modifier = Modifier.testTag("mastered")) {
                    repeat(report.mastered.size) { Icon(Glyph.Star, Signal.lit, size = 40.dp) }
                }
            }
            Text(report.message, style = MaterialTheme.typography.headlineMedium, textAlign = TextAlign.Center, modifier = Modifier.testTag("summary"))
            text(UiText.GOODBYE)?.let { Text(it, style = MaterialTheme.typography.bodyLarge, textAlign = TextAlign.Center) }
        }
        ActionButton(Glyph.Home, text(UiText.HOME), onHome, Modifier.fillMaxWidth().padding(16.dp).testTag("home"))
    }
}
