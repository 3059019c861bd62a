package org.kusoma.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.sizeIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.draw.alpha
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp

/**
 * A choice or a tile: a card with a thick frame when picked, and after feedback a badge in its
 * corner — ✓ on a green disc for right, ✗ on a red disc for wrong, told apart by shape.
 * At least 64 dp square whatever its content (a one-letter tile too); [fill] stretches it to
 * the width it is given (choices two a row).
 */
@Composable
fun AnswerCard(
    selected: Boolean,
    mark: Glyph?,
    onClick: () -> Unit,
    modifier: Modifier = Modifier,
    faded: Boolean = false,
    fill: Boolean = false,
    content: @Composable () -> Unit,
) {
    Box(modifier) {
        Surface(
            onClick = onClick,
            shape = RoundedCornerShape(16.dp),
            color = MaterialTheme.colorScheme.surfaceVariant,
            border = if (selected) BorderStroke(4.dp, MaterialTheme.colorScheme.primary) else BorderStroke(1.dp, MaterialTheme.colorScheme.outline),
            modifier = (if (fill) Modifier.fillMaxWidth() else Modifier)
                .sizeIn(minWidth = 64.dp, minHeight = 64.dp)
                .alpha(if (faded) 0.3f else 1f),
        ) {
            Box(Modifier.padding(8.dp), contentAlignment = Alignment.Center) { content() }
        }
        if (mark != null) {
            Surface(
                shape = CircleShape,
                color = if (mark == Glyph.Check) Signal.right else Signal.wrong,
                modifier = Modifier.align(Alignment.TopEnd).size(28.dp).testTag(if (mark == Glyph.Check) "mark-right" else "mark-wrong"),
            ) { Icon(mark, Color.White, Modifier.padding(4.dp), size = 20.dp) }
        }
    }
}
