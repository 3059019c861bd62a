package org.kusoma.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import org.kusoma.AnswerFeedback
import org.kusoma.MediaItem
import org.kusoma.state.UiText

/**
 * The core's feedback: a big ✓ or ✗ (shape first, colour second), its message, spoken once (in the
 * interface language) when it appears, and a button to hear it again; a star per skill the
 * answer taught, and the unit it finished.
 */
@Composable
fun FeedbackPanel(feedback: AnswerFeedback) {
    val speaker = LocalSpeaker.current
    val spoken = MediaItem(text = null, speak = feedback.message, audio = null, picture = null)
    val language = LocalUiLanguage.current
    LaunchedEffect(feedback) { speaker.play(spoken, language) }
    val tone = if (feedback.correct) Signal.right else Signal.wrong
    Surface(
        shape = RoundedCornerShape(20.dp),
        border = BorderStroke(3.dp, tone),
        modifier = Modifier.fillMaxWidth().testTag(if (feedback.correct) "feedback-right" else "feedback-wrong"),
    ) {
        Row(Modifier.padding(horizontal = 12.dp, vertical = 8.dp), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(10.dp)) {
            Surface(shape = CircleShape, color = tone, modifier = Modifier.size(52.dp)) {
                Box(contentAlignment = Alignment.Center) {
                    Icon(if (feedback.correct) Glyph.Check else Glyph.Cross, Color.White, size = 34.dp)
                }
            }
            Column(Modifier.weight(1f), verticalArrangement = Arrangement.spacedBy(4.dp)) {
                Text(feedback.message, style = MaterialTheme.typography.titleLarge, modifier = Modifier.testTag("feedback-message"))
                // A star per skill this answer taught, and the unit it finished.
                if (feedback.mastered.isNotEmpty()) {
                    Row(Modifier.testTag("mastered")) { repeat(feedback.mastered.size) { Icon(Glyph.Star, Signal.lit) } }
                }
                feedback.unitCompleted?.let { unit ->
                    text(UiText.UNIT_COMPLETED, "unit" to unit)?.let { Text(it, style = MaterialTheme.typography.bodyLarge) }
                }
            }
            IconAction(Glyph.Speaker, text(UiText.REPLAY), { speaker.play(spoken, language) })
        }
    }
}
