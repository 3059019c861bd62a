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
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.text.style.TextAlign
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.state.PICTURE_LOGIN_LENGTH
import org.kusoma.SignInState
import org.kusoma.state.PICTURE_LOGIN_ICONS
import org.kusoma.state.UiText

/**
 * Picture login for the chosen learner: three slots filling with a dot as she taps her pictures
 * in the grid of twelve (shapes, not digits, so no reading or numeracy is needed), a button to
 * start again. Nothing shows which pictures she tapped.
 */
@Composable
fun PictureLoginScreen(
    state: SignInState,
    onPicture: (Int) -> Unit,
    onStartAgain: () -> Unit,
    onBack: () -> Unit,
) {
    val learner = state.chosen ?: return
    Column(Modifier.fillMaxSize()) {
        TopBar(title = learner.name, lead = { IconAction(Glyph.Back, text(UiText.BACK), onBack) }) {
            Text(learner.picture, fontSize = 36.sp, modifier = Modifier.padding(horizontal = 8.dp))
        }
        Column(
            Modifier.verticalScroll(rememberScrollState()).padding(12.dp),
            horizontalAlignment = Alignment.CenterHorizontally,
            verticalArrangement = Arrangement.spacedBy(12.dp),
        ) {
            text(UiText.PICTURE_LOGIN)?.let { Text(it, style = MaterialTheme.typography.bodyLarge, textAlign = TextAlign.Center) }
            // A wrong try or a lock: the ✗ shape says it without reading, the core's words beside it.
            val refusal = when {
                state.lockedUntilMs != null -> UiText.LOCKED
                state.wrongTry -> UiText.WRONG_PICTURES
                else -> null
            }
            refusal?.let { role ->
                Row(Modifier.testTag("login-refused"), horizontalArrangement = Arrangement.spacedBy(8.dp), verticalAlignment = Alignment.CenterVertically) {
                    Icon(Glyph.Cross, Signal.wrong)
                    text(role)?.let { Text(it, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f, fill = false)) }
                }
            }
            Row(horizontalArrangement = Arrangement.spacedBy(12.dp), verticalAlignment = Alignment.CenterVertically) {
                repeat(PICTURE_LOGIN_LENGTH) { slot ->
                    // A filled dot per picture tapped, never the picture: someone looking over her
                    // shoulder must not learn which pictures are hers.
                    val entered = slot < state.picturesEntered.toInt()
                    Surface(
                        shape = CircleShape,
                        border = BorderStroke(3.dp, MaterialTheme.colorScheme.primary),
                        color = MaterialTheme.colorScheme.surfaceVariant,
                        modifier = Modifier.size(56.dp).testTag("slot"),
                    ) {
                        Box(contentAlignment = Alignment.Center) {
                            if (entered) Surface(shape = CircleShape, color = MaterialTheme.colorScheme.primary, modifier = Modifier.size(24.dp).testTag("slot-filled")) {}
                        }
                    }
                }
                IconAction(Glyph.Backspace, text(UiText.START_AGAIN), onStartAgain, Modifier.testTag("start-again"))
            }
            PICTURE_LOGIN_ICONS.withIndex().chunked(3).forEach { row ->
                Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                    row.forEach { (index, picture) ->
                        Surface(
                            onClick = { onPicture(index) },
                            shape = RoundedCornerShape(16.dp),
                            color = MaterialTheme.colorScheme.surfaceVariant,
                            // Every picture drawn alike, tapped or not: the slots count the taps.
                            modifier = Modifier.weight(1f).height(80.dp).testTag("picture"),
                        ) {
                            Box(contentAlignment = Alignment.Center) { Text(picture, fontSize = 40.sp) }
                        }
                    }
                }
            }
        }
    }
}
