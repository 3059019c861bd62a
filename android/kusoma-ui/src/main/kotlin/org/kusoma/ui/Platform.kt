package org.kusoma.ui

import androidx.compose.runtime.Composable
import androidx.compose.runtime.DisposableEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.rememberUpdatedState
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.graphics.ImageBitmap
import androidx.compose.ui.text.font.FontFamily
import org.kusoma.MediaItem

/**
 * Plays what an exercise asks to be heard: the pack's recording when [MediaItem.audio] is set,
 * else the platform's text-to-speech of [MediaItem.speak] (or its text) in [language].
 * The Android app implements it with MediaPlayer and TextToSpeech; tests record the calls.
 */
fun interface Speaker {
    fun play(media: MediaItem, language: String)

    /**
     * Whether the platform can speak [language] (BCP 47) aloud. When it cannot and an exercise has
     * no recording, the exercise screen shows the facilitator a note (app-no-voice) instead of
     * staying silent without a word.
     */
    fun hasVoice(language: String): Boolean = true
}

/** The shell's speaker; silent by default. */
val LocalSpeaker = staticCompositionLocalOf { Speaker { _, _ -> } }

/**
 * Turns a pack asset name into a drawable picture (the app resolves it with
 * `KusomaEngine.assetPath` and decodes it); the default draws nothing, so a picture file
 * falls back to a placeholder (the packs shipped today use emoji, drawn by the font).
 */
val LocalPictureLoader = staticCompositionLocalOf<(asset: String) -> ImageBitmap?> { { null } }

/**
 * A font for a pack's language (BCP 47 tag), or null for the platform's own choice. Letters are
 * shown alone in exercises, a vowel sign or a mark on a dotted circle (◌ा, ◌َ); a platform whose
 * font fallback takes the circle from one font and the mark from another draws them apart, so
 * the app (or a test) can name one font that has both for the script.
 */
val LocalScriptFont = staticCompositionLocalOf<(language: String) -> FontFamily?> { { null } }

/**
 * What only the phone's shell can do. The Android app implements it in its Activity (launcher
 * aliases, the system file picker, moving the task to the back); the default does nothing, and
 * tests record the calls.
 */
interface Shell {
    /** Whether the neutral launcher name and icon are in use (discreet mode). */
    val discreet: Boolean

    /** Switches the launcher entry between Kusoma's own and the neutral one. */
    fun setDiscreet(on: Boolean)

    /**
     * Opens the platform's file picker for a language pack; calls [onPicked] with the path of a
     * readable local copy of the chosen file, or null when the user cancelled.
     */
    fun pickPackFile(onPicked: (path: String?) -> Unit)

    /** Hides the app after a quick exit locked the profile (Android: moves the task to the back). */
    fun leave()

    /**
     * What the platform's back gesture or button does now: [handler] when set, the platform's
     * own default (Android: leave the app) when null. The screens set it for each route.
     */
    fun setBackHandler(handler: (() -> Unit)?) {}
}

/** A shell that can do none of it: settings hide what it cannot do. */
object NoShell : Shell {
    override val discreet: Boolean get() = false
    override fun setDiscreet(on: Boolean) {}
    override fun pickPackFile(onPicked: (path: String?) -> Unit) = onPicked(null)
    override fun leave() {}
}

/** The app's shell. */
val LocalShell = staticCompositionLocalOf<Shell> { NoShell }

/**
 * While this is on screen, the platform's back does [action] (null: the platform's default).
 * The shell always calls the latest [action], so a lambda that changes on every recomposition
 * does not re-register.
 */
@Composable
fun BackAction(action: (() -> Unit)?) {
    val shell = LocalShell.current
    val latest by rememberUpdatedState(action)
    val enabled = action != null
    DisposableEffect(shell, enabled) {
        shell.setBackHandler(if (enabled) ({ latest?.invoke() }) else null)
        onDispose { shell.setBackHandler(null) }
    }
}
