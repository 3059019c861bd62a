package org.kusoma.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import org.kusoma.AserScreenState
import org.kusoma.state.UiText
import org.kusoma.state.role

/** The ASER form's taps. */
class AserActions(
    val onLetters: (Int) -> Unit = {},
    val onWords: (Int) -> Unit = {},
    /** Mistakes in the paragraph; null: not read. */
    val onParagraph: (Int?) -> Unit = {},
    val onStory: (Int?) -> Unit = {},
    val onSave: () -> Unit = {},
    val onBack: () -> Unit = {},
)

/**
 * An ASER reading probe: letters and words read right (of five), the mistakes in the paragraph
 * and the story or "not read", with − and + beside each count; saved, the level the core gives.
 */
@Composable
fun AserScreen(learnerName: String, state: AserScreenState, actions: AserActions) {
    Column(Modifier.fillMaxSize()) {
        TopBar(title = learnerName, lead = { IconAction(Glyph.Back, text(UiText.BACK), actions.onBack) }) {
            Icon(Glyph.Chart, MaterialTheme.colorScheme.primary, Modifier.padding(12.dp))
        }
        Column(
            Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(12.dp),
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            text(UiText.SUBTASK_ASER)?.let { Text(it, style = MaterialTheme.typography.titleLarge) }
            val level = state.level
            if (level != null) {
                Row(Modifier.testTag("aser-level"), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                    Icon(Glyph.Check, Signal.right, size = 48.dp)
                    text(UiText.ASER_LEVEL, "level" to text(level.role()).orEmpty())?.let { Text(it, style = MaterialTheme.typography.headlineSmall, modifier = Modifier.weight(1f)) }
                }
                ActionButton(Glyph.Back, text(UiText.BACK), actions.onBack, Modifier.fillMaxWidth())
                return@Column
            }
            Counter(text(UiText.ASER_LETTERS, "shown" to state.shown.toLong()), state.lettersRight.toInt(), "letters", { actions.onLetters(it ?: 0) })
            Counter(text(UiText.ASER_WORDS, "shown" to state.shown.toLong()), state.wordsRight.toInt(), "words", { actions.onWords(it ?: 0) })
            Counter(text(UiText.ASER_PARAGRAPH), state.paragraphMistakes?.toInt(), "paragraph", actions.onParagraph)
            Counter(text(UiText.ASER_STORY), state.storyMistakes?.toInt(), "story", actions.onStory)
            ActionButton(Glyph.Check, text(UiText.SAVE), actions.onSave, Modifier.fillMaxWidth().testTag("save"))
        }
    }
}

/**
 * A count with its label, − and +. A count that may be "not read" ([value] null) shows those
 * words; − from 0 goes back to not read, + from not read starts at 0.
 */
@Composable
private fun Counter(label: String?, value: Int?, tag: String, onChange: (Int?) -> Unit) {
    RowCard("counter-$tag") {
        Text(label.orEmpty(), style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f))
        IconAction(Glyph.Minus, "−", { onChange(value?.let { if (it == 0) null else it - 1 }) })
        Text(
            value?.toString() ?: (text(UiText.ASER_NOT_READ) ?: "–"),
            style = MaterialTheme.typography.titleMedium,
            textAlign = TextAlign.Center,
            modifier = Modifier.widthIn(min = 40.dp).testTag("count"),
        )
        IconAction(Glyph.Plus, "+", { onChange((value ?: -1) + 1) })
    }
}
