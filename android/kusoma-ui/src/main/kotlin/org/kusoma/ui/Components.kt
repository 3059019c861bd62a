package org.kusoma.ui

import androidx.compose.foundation.Image
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.sizeIn
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.LocalDensity
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.style.TextOverflow
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.TextUnit
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.MediaItem
import org.kusoma.PictureRef
import org.kusoma.state.UiText

/** The core's text for [role], or null (see [org.kusoma.state.UiText]). */
@Composable
fun text(role: UiText, vararg args: Pair<String, Any>): String? = LocalTexts.current.get(role, *args)

/**
 * A wide button with an icon beside its words, so that a learner who cannot read the words yet
 * still knows it by its picture. With no words from the core it shows the icon alone.
 */
@Composable
fun ActionButton(
    glyph: Glyph,
    label: String?,
    onClick: () -> Unit,
    modifier: Modifier = Modifier,
    primary: Boolean = true,
    enabled: Boolean = true,
) {
    val content: @Composable () -> Unit = {
        Row(verticalAlignment = Alignment.CenterVertically) {
            Icon(glyph, if (primary && enabled) MaterialTheme.colorScheme.onPrimary else MaterialTheme.colorScheme.primary)
            if (label != null) {
                Spacer(Modifier.width(12.dp))
                Text(label, style = MaterialTheme.typography.labelLarge, textAlign = TextAlign.Center)
            }
        }
    }
    val sized = modifier.sizeIn(minWidth = 64.dp, minHeight = 56.dp).semantics {
        if (label == null) contentDescription = glyph.name
    }
    if (primary) {
        Button(onClick, sized, enabled = enabled) { content() }
    } else {
        OutlinedButton(onClick, sized, enabled = enabled) { content() }
    }
}

/** A round icon-only button, 56 dp, labelled for screen readers with [label]. */
@Composable
fun IconAction(glyph: Glyph, label: String?, onClick: () -> Unit, modifier: Modifier = Modifier) {
    Surface(
        onClick = onClick,
        shape = CircleShape,
        color = MaterialTheme.colorScheme.surfaceVariant,
        modifier = modifier.size(56.dp).semantics { contentDescription = label ?: glyph.name },
    ) {
        Box(contentAlignment = Alignment.Center) { Icon(glyph, MaterialTheme.colorScheme.primary) }
    }
}

/**
 * A screen's top row: [lead] at the start (tagged "lead": the render tests check it sits on the
 * right in RTL), the [title] next to it, [trailing] at the end.
 */
/** Why the core refused what was just tried (a name taken, a pack file), beside a ✗. */
@Composable
fun RefusedNote(reason: String, tag: String) {
    Row(Modifier.testTag(tag), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        Icon(Glyph.Cross, Signal.wrong)
        Text(reason, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f, fill = false))
    }
}

@Composable
fun TopBar(
    title: String?,
    lead: @Composable () -> Unit,
    trailing: @Composable () -> Unit = {},
) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = 64.dp).padding(horizontal = 8.dp),
        verticalAlignment = Alignment.CenterVertically,
        horizontalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        Box(Modifier.testTag("lead")) { lead() }
        Text(
            title.orEmpty(),
            style = MaterialTheme.typography.titleLarge,
            modifier = Modifier.weight(1f).testTag("title"),
        )
        trailing()
    }
}

/** A picture from an exercise: emoji drawn by the font, or a pack file through [LocalPictureLoader]. */
@Composable
fun Picture(picture: PictureRef, size: Dp, modifier: Modifier = Modifier) {
    when (picture) {
        // A picture, not text: sized in dp so a larger font setting does not grow it out of its
        // box, never clipped, tagged so text checks can tell it from words.
        is PictureRef.Emoji -> Box(modifier.size(size), contentAlignment = Alignment.Center) {
            val glyph = with(LocalDensity.current) { (size * 0.7f).toSp() }
            Text(
                asEmoji(picture.value),
                fontSize = glyph,
                softWrap = false,
                maxLines = 1,
                overflow = TextOverflow.Visible,
                modifier = Modifier.testTag("emoji"),
            )
        }
        is PictureRef.File -> {
            val bitmap = LocalPictureLoader.current(picture.asset)
            if (bitmap != null) {
                Image(bitmap, contentDescription = null, modifier = modifier.size(size))
            } else {
                Box(modifier.size(size), contentAlignment = Alignment.Center) {
                    Icon(Glyph.Star, MaterialTheme.colorScheme.secondary, size = size / 2)
                }
            }
        }
    }
}

/**
 * What a [MediaItem] shows: its picture, its text, or — when it is only a sound — a speaker the
 * learner taps to hear it ([soundOnlyIcon]: a plain speaker picture, when the card around it
 * plays the sound itself).
 */
@Composable
fun MediaContent(
    media: MediaItem,
    language: String,
    textSize: TextUnit,
    pictureSize: Dp,
    modifier: Modifier = Modifier,
    soundOnlyIcon: Boolean = false,
) {
    val speaker = LocalSpeaker.current
    // Picture above its word: side by side, a big picture and a long word do not fit a choice card.
    Column(modifier, horizontalAlignment = Alignment.CenterHorizontally, verticalArrangement = Arrangement.spacedBy(4.dp)) {
        media.picture?.let { Picture(it, pictureSize) }
        media.text?.let { Text(onDottedCircle(it), fontSize = textSize, lineHeight = textSize * 1.3f, textAlign = TextAlign.Center) }
        if (media.text == null && media.picture == null) {
            if (soundOnlyIcon) Icon(Glyph.Speaker, MaterialTheme.colorScheme.primary, size = 40.dp) else IconAction(Glyph.Speaker, text(UiText.PLAY_SOUND), { speaker.play(media, language) })
        }
    }
}

/**
 * Asks for the colour-emoji form of a lone symbol (⚫, ☂) with U+FE0F: such characters also
 * have a plain text form, which a fallback font may draw small and measure wrongly.
 */
fun asEmoji(value: String): String =
    if (value.codePointCount(0, value.length) == 1 && value.codePointAt(0) < 0x1F000) "$value\uFE0F" else value
