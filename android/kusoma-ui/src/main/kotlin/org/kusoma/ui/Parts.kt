package org.kusoma.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.RowScope
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.TextUnit
import androidx.compose.ui.unit.dp
import org.kusoma.state.UiText

/**
 * A full-width card row (a learner, a group, a facilitator): at least 64 dp high, its content in
 * a row; tappable when [onClick] is given. [tag] names it for the render checks.
 */
@Composable
fun RowCard(
    tag: String,
    modifier: Modifier = Modifier,
    onClick: (() -> Unit)? = null,
    outlined: Boolean = false,
    content: @Composable RowScope.() -> Unit,
) {
    val inner: @Composable () -> Unit = {
        Row(
            Modifier.padding(horizontal = 12.dp, vertical = 8.dp),
            verticalAlignment = Alignment.CenterVertically,
            horizontalArrangement = Arrangement.spacedBy(12.dp),
            content = content,
        )
    }
    val shape = RoundedCornerShape(16.dp)
    val border = if (outlined) BorderStroke(3.dp, MaterialTheme.colorScheme.primary) else null
    val sized = modifier.fillMaxWidth().heightIn(min = 64.dp).testTag(tag)
    if (onClick != null) {
        Surface(onClick = onClick, shape = shape, color = MaterialTheme.colorScheme.surfaceVariant, border = border, modifier = sized) { inner() }
    } else {
        Surface(shape = shape, color = MaterialTheme.colorScheme.surfaceVariant, border = border, modifier = sized) { inner() }
    }
}

/** A one-line text field labelled by the core's word for [label]. */
@Composable
fun NameField(value: String, label: UiText, onChange: (String) -> Unit, modifier: Modifier = Modifier) {
    OutlinedTextField(
        value = value,
        onValueChange = onChange,
        singleLine = true,
        label = text(label)?.let { { Text(it) } },
        modifier = modifier.fillMaxWidth().testTag("name-field"),
    )
}

/** A section heading with its icon. */
@Composable
fun SectionTitle(glyph: Glyph, role: UiText, vararg args: Pair<String, Any>) = SectionTitle(glyph, text(role, *args))

/** A section's heading in words the core already chose (a report's percentages). */
@Composable
fun SectionTitle(glyph: Glyph, title: String?) {
    Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
        Icon(glyph, MaterialTheme.colorScheme.primary, size = 32.dp)
        title?.let { Text(it, style = MaterialTheme.typography.titleLarge, modifier = Modifier.weight(1f, fill = false)) }
    }
}

/**
 * A refusal — a wrong secret, a lock — said with the ✗ shape, which needs no reading, and the
 * core's words beside it.
 */
@Composable
fun Refusal(role: UiText) {
    Row(Modifier.testTag("refused"), horizontalArrangement = Arrangement.spacedBy(8.dp), verticalAlignment = Alignment.CenterVertically) {
        Icon(Glyph.Cross, Signal.wrong)
        text(role)?.let { Text(it, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f, fill = false)) }
    }
}

/**
 * The picture on a learner's card, drawn as a picture (tagged "emoji": the text checks treat it
 * as one). The core never gives an empty one (`card_picture`).
 */
@Composable
fun LearnerIcon(icon: String, size: TextUnit) {
    Text(asEmoji(icon), fontSize = size, modifier = Modifier.testTag("emoji"))
}
