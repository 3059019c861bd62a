package org.kusoma.app

import androidx.compose.ui.text.font.FontFamily

/**
 * The font for a pack language's letters (LocalScriptFont): always the phone's own (null).
 *
 * Android's system fonts (Noto) cover the scripts of the packs shipped today — Latin,
 * Devanagari, Arabic — and Android shapes a vowel sign or mark on a dotted circle (◌ा, ◌َ)
 * within one font; the split the desktop render tests work around is Skia's fallback on the
 * desktop, not Android's. Shipping fonts would also cost megabytes of APK. The pack format has
 * no font yet; when a pack brings one for a script the phone lacks, this is where it is loaded
 * (Font(File(path)) from the pack's assets).
 */
internal object ScriptFonts {
    /** The font for [language] (BCP 47), or null for the phone's own choice. */
    @Suppress("UNUSED_PARAMETER")
    fun forLanguage(language: String): FontFamily? = null
}
