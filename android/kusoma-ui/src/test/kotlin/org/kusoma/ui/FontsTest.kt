package org.kusoma.ui

import org.jetbrains.skia.FontMgr
import org.jetbrains.skia.FontStyle
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Test

/**
 * The machine has fonts for every script the screens show; otherwise Hindi and Arabic would
 * render as empty boxes and the PNGs would lie. Debian: fonts-noto-core, fonts-noto-color-emoji.
 */
class FontsTest {
    @Test
    fun devanagariArabicAndEmojiHaveFonts() {
        val fonts = FontMgr.default
        for ((script, sample) in listOf("Devanagari" to 'क', "Arabic" to 'ب', "emoji" to null)) {
            val codepoint = sample?.code ?: 0x1F33B // 🌻
            val face = fonts.matchFamilyStyleCharacter(null, FontStyle.NORMAL, null, codepoint)
            assertNotNull(face, "no font for $script on this machine: apt-get install fonts-noto-core fonts-noto-color-emoji")
        }
    }
}
