package org.kusoma.ui

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.height
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.shape.CircleShape
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.state.PIN_MAX
import org.kusoma.state.PIN_MIN
import org.kusoma.state.PinEntry
import org.kusoma.SignInState
import org.kusoma.state.pad
import org.kusoma.state.UiText

/**
 * A number pad for a PIN: dots for the digits typed (never the digits: the phone is shared), a
 * ✗ and the core's words after a wrong try or a lock, keys 1–9, delete, 0 and OK. The keys keep
 * the phone keypad's left-to-right order in every language, as phone keypads do in Arabic too.
 */
@Composable
fun PinPad(entry: PinEntry, wrong: UiText, onDigit: (Int) -> Unit, onDelete: () -> Unit, onSubmit: () -> Unit) {
    Column(horizontalAlignment = Alignment.CenterHorizontally, verticalArrangement = Arrangement.spacedBy(12.dp)) {
        Row(horizontalArrangement = Arrangement.spacedBy(10.dp), modifier = Modifier.height(24.dp)) {
            repeat(maxOf(entry.count, PIN_MIN).coerceAtMost(PIN_MAX)) { i ->
                val typed = i < entry.count
                Surface(
                    shape = CircleShape,
                    color = if (typed) MaterialTheme.colorScheme.primary else Color.Transparent,
                    border = BorderStroke(2.dp, MaterialTheme.colorScheme.primary),
                    modifier = Modifier.size(20.dp).testTag(if (typed) "pin-dot" else "pin-slot"),
                ) {}
            }
        }
        when {
            entry.lockedUntilMs != null -> Refusal(UiText.LOCKED)
            entry.wrongTry -> Refusal(wrong)
        }
        // The keys keep a phone pad's order in every language; the delete key's arrow still points
        // the way the interface reads (mirrored in Arabic).
        val reading = LocalLayoutDirection.current
        CompositionLocalProvider(LocalLayoutDirection provides LayoutDirection.Ltr) {
            Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
                listOf(listOf(1, 2, 3), listOf(4, 5, 6), listOf(7, 8, 9)).forEach { row ->
                    Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) { row.forEach { Key(it.toString(), { onDigit(it) }) } }
                }
                Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    CompositionLocalProvider(LocalLayoutDirection provides reading) {
                        KeyIcon(Glyph.Backspace, text(UiText.PIN_DELETE), onDelete, "pin-delete")
                    }
                    Key("0", { onDigit(0) })
                    KeyIcon(Glyph.Check, text(UiText.CHECK), onSubmit, "pin-ok", enabled = entry.canSubmit)
                }
            }
        }
    }
}

@Composable
private fun Key(label: String, onClick: () -> Unit) {
    Surface(
        onClick = onClick,
        shape = RoundedCornerShape(16.dp),
        color = MaterialTheme.colorScheme.surfaceVariant,
        modifier = Modifier.size(80.dp, 64.dp).testTag("pin-key"),
    ) {
        Box(contentAlignment = Alignment.Center) { Text(label, fontSize = 28.sp, textAlign = TextAlign.Center) }
    }
}

@Composable
private fun KeyIcon(glyph: Glyph, label: String?, onClick: () -> Unit, tag: String, enabled: Boolean = true) {
    Surface(
        onClick = onClick,
        enabled = enabled,
        shape = RoundedCornerShape(16.dp),
        color = if (enabled) MaterialTheme.colorScheme.primaryContainer else MaterialTheme.colorScheme.surfaceVariant,
        modifier = Modifier.size(80.dp, 64.dp).testTag(tag).semantics { contentDescription = label ?: glyph.name },
    ) {
        Box(contentAlignment = Alignment.Center) { Icon(glyph, MaterialTheme.colorScheme.primary, size = 32.dp) }
    }
}

/** A learner's PIN sign-in: her card at the top, the pad below. */
@Composable
fun PinLoginScreen(state: SignInState, onDigit: (Int) -> Unit, onDelete: () -> Unit, onSubmit: () -> Unit, onBack: () -> Unit) {
    val learner = state.chosen ?: return
    val entry = state.pad
    Column(Modifier.fillMaxSize()) {
        TopBar(title = learner.name, lead = { IconAction(Glyph.Back, text(UiText.BACK), onBack) }) {
            Text(learner.picture, fontSize = 36.sp, modifier = Modifier.padding(horizontal = 8.dp))
        }
        Column(
            Modifier.fillMaxWidth().verticalScroll(rememberScrollState()).padding(12.dp),
            horizontalAlignment = Alignment.CenterHorizontally,
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            text(UiText.PIN_LOGIN)?.let { Text(it, style = MaterialTheme.typography.bodyLarge, textAlign = TextAlign.Center) }
            PinPad(entry, UiText.WRONG_PICTURES, onDigit, onDelete, onSubmit)
        }
    }
}
