package org.kusoma.ui

import org.junit.jupiter.api.Assertions.assertTrue

/** What every rendered screen must satisfy; each failure names the node. */
object ScreenChecks {
    /** Every node a finger can tap is at least 48×48 dp. */
    fun touchTargets(s: ScreenSemantics) {
        val small = s.nodes.filter { it.clickable && (it.width < 47.5f || it.height < 47.5f) }
        assertTrue(small.isEmpty(), "touch targets under 48 dp: ${small.joinToString { "${it.tag ?: it.text} ${it.width}×${it.height}" }}")
    }

    /**
     * No text is cut: no text layout overflowed, and no text visible on screen is clipped
     * sideways by its container or the screen's edge (scrolling clips only vertically).
     */
    fun noTruncatedText(s: ScreenSemantics) {
        val texts = s.nodes.filter { it.text != null }
        // Emoji pictures sit in a fixed box and are drawn unclipped; Skia on the desktop measures
        // a lone symbol + U+FE0F (⚫️) with the text font but draws it with the emoji font, so
        // its layout claims an overflow that is not on screen. Words are all checked.
        val overflowing = texts.filter { it.overflow && it.tag != "emoji" }
        assertTrue(overflowing.isEmpty(), "text overflows: ${overflowing.map { "${it.text} (${it.layoutNote})" }}")
        val cut = texts.filter { it.visible.height > 0f && (it.visible.width < it.width - 1f || it.visible.left < s.root.left - 0.5f || it.visible.right > s.root.right + 0.5f) }
        assertTrue(cut.isEmpty(), "text cut at the sides: ${cut.map { "${it.text} ${it.visible} of ${it.width}" }}")
    }

    /** No message id reached the screen (the core answers an unknown id with the id). */
    fun noRawMessageIds(s: ScreenSemantics) {
        val ids = s.nodes.mapNotNull { it.text }.filter { Regex("""^(app|shell|feedback|exercise)-[a-z-]+$""").matches(it) }
        assertTrue(ids.isEmpty(), "message ids on screen: $ids")
    }

    /** The start-aligned "lead" element sits on the left in LTR and on the right in RTL. */
    fun mirrored(s: ScreenSemantics, rightToLeft: Boolean) {
        val lead = s.tagged("lead").firstOrNull() ?: error("no node tagged lead")
        val centre = (lead.visible.left + lead.visible.right) / 2
        val middle = (s.root.left + s.root.right) / 2
        if (rightToLeft) {
            assertTrue(centre > middle, "RTL: the lead element is at x=$centre, left of the middle")
        } else {
            assertTrue(centre < middle, "LTR: the lead element is at x=$centre, right of the middle")
        }
    }

    fun all(s: ScreenSemantics, rightToLeft: Boolean) {
        touchTargets(s)
        noTruncatedText(s)
        noRawMessageIds(s)
        mirrored(s, rightToLeft)
    }
}
