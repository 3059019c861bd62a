package org.kusoma.ui

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
