package org.kusoma.ui

import androidx.compose.ui.geometry.Rect
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
        // Text in a row that scrolls sideways may be cut at that row's edge: the rest of it is
        // scrolled there, not lost (the reach check makes sure it can be scrolled into view).
        fun atSidewaysScrollEdge(n: NodeInfo): Boolean {
            val sc = n.scroll ?: return false
            return sc.horizontal != null &&
                (n.visible.left <= sc.viewport.left + 0.5f || n.visible.right >= sc.viewport.right - 0.5f)
        }
        val cut = texts.filter {
            it.visible.height > 0f && !atSidewaysScrollEdge(it) &&
                (it.visible.width < it.width - 1f || it.visible.left < s.root.left - 0.5f || it.visible.right > s.root.right + 0.5f)
        }
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

    /** A learner's answers: tap-one choices, the build-word tiles and their slots. */
    private val ANSWERS = setOf("choice", "tile", "slot")

    /** What a finger must be able to reach: every clickable node and every answer. */
    private fun interactive(s: ScreenSemantics) = s.nodes.filter { it.clickable || it.tag in ANSWERS }

    private fun NodeInfo.name() = tag ?: text ?: "node ${id}"

    /** Whether [inner] lies inside [outer], give or take half a dp. */
    private fun contains(outer: Rect, inner: Rect) =
        inner.left >= outer.left - 0.5f && inner.top >= outer.top - 0.5f && inner.right <= outer.right + 0.5f && inner.bottom <= outer.bottom + 0.5f

    /**
     * Every clickable node is fully on screen, or inside a scrolling container whose remaining
     * scroll range (ScrollAxisRange) brings the whole of it into the container's view; every answer
     * (choice, tile, slot) is fully on screen.
     */
    fun reachable(s: ScreenSemantics, rightToLeft: Boolean = false) {
        val lost = interactive(s).mapNotNull { n ->
            val whole = n.bounds
            if (contains(s.root, whole) && contains(n.visible, whole)) return@mapNotNull null
            // A learner's answers are seen all at once: one who cannot read yet does not know to
            // scroll for a choice she cannot see, nor for the right answer after the feedback.
            if (n.tag in ANSWERS) return@mapNotNull "${n.name()} at $whole shows only ${n.visible}: answers must be fully in view without scrolling"
            val scroll = n.scroll ?: return@mapNotNull "${n.name()} at $whole: not fully on screen and not in a scrolling container"
            val view = scroll.viewport.intersect(s.root)
            val v = scroll.vertical
            // A row that scrolls sideways starts at the right in a right-to-left layout: what lies
            // to its left is reached by scrolling forward. `fits` reads a range as how far the
            // view can go back (towards lower x) and forward (towards higher x), so turn it round.
            val h = scroll.horizontal?.let { r ->
                if (rightToLeft != scroll.horizontalReversed) (r.endInclusive - r.start)..r.endInclusive else r
            }
            fun fits(lo: Float, hi: Float, viewLo: Float, viewHi: Float, range: ClosedFloatingPointRange<Float>?): Boolean = when {
                lo >= viewLo - 0.5f && hi <= viewHi + 0.5f -> true
                range == null || hi - lo > viewHi - viewLo + 0.5f -> false
                hi > viewHi -> hi - viewHi <= range.endInclusive - range.start + 0.5f
                else -> viewLo - lo <= range.start + 0.5f
            }
            if (fits(whole.top, whole.bottom, view.top, view.bottom, v) && fits(whole.left, whole.right, view.left, view.right, h)) null
            else "${n.name()} at $whole: its scrolling container (view $view, scroll ${v ?: h}) cannot bring it fully into view"
        }
        assertTrue(lost.isEmpty(), "out of reach: $lost")
    }

    /**
     * No clickable node or answer lies under another clickable node or a panel (tagged "panel",
     * "feedback-right" or "feedback-wrong") drawn later, that is above it: its whole, unclipped
     * box must not run under theirs. A node cut at the edge of its scroll view and running on
     * under the button below counts as covered; one scrolled entirely out of view does not (see
     * [reachable]).
     */
    fun notCovered(s: ScreenSemantics) {
        val panels = setOf("panel", "feedback-right", "feedback-wrong")
        val index = s.nodes.withIndex().associate { (i, n) -> n.id to i }
        val above = s.nodes.filter { (it.clickable || it.tag in panels) && !it.visible.isEmpty }
        val covered = interactive(s).filter { !it.visible.isEmpty }.flatMap { n ->
            // A button or list row cut at the edge of its scroll view, which scrolls on to show
            // it ([reachable]), is the usual sign of more to scroll; an answer never is.
            val underScrollEdge = n.tag !in ANSWERS && n.scroll != null && !contains(n.scroll.viewport, n.bounds)
            above.filter { o ->
                !n.related(o) && index.getValue(o.id) > index.getValue(n.id) &&
                    n.bounds.intersect(o.visible).let { it.width > 1f && it.height > 1f } &&
                    !(underScrollEdge && !n.scroll!!.viewport.intersect(o.visible).let { it.width > 1f && it.height > 1f })
            }.map { o -> "${n.name()} at ${n.bounds} under ${o.name()} at ${o.visible}" }
        }
        assertTrue(covered.isEmpty(), "covered: $covered")
    }

    /** Whether [c] is a combining mark (a vowel sign, a harakat): drawn on the letter before it. */
    private fun combining(c: Int) = Character.getType(c).toByte().let { it == Character.NON_SPACING_MARK || it == Character.ENCLOSING_MARK }

    /**
     * A combining mark with no letter before it is drawn on a dotted circle (◌, U+25CC), never
     * bare; every tile, choice and slot is at least 48 dp, and its words at least 24 sp.
     */
    fun marksAndTiles(s: ScreenSemantics) {
        val bare = s.nodes.mapNotNull { it.text }.filter { t ->
            val points = t.codePoints().toArray()
            points.indices.any { i -> combining(points[i]) && (i == 0 || points[i - 1] == ' '.code) }
        }
        assertTrue(bare.isEmpty(), "combining marks drawn with no letter or ◌: ${bare.map { t -> t.codePoints().toArray().joinToString(" ") { "U+%04X".format(it) } }}")
        val small = s.nodes.filter { it.tag in ANSWERS && (it.width < 47.5f || it.height < 47.5f) }
        assertTrue(small.isEmpty(), "answers under 48 dp: ${small.map { "${it.tag} ${it.width}×${it.height}" }}")
        val tiny = s.nodes.filter { n -> n.text != null && n.ancestorTags.any { it in ANSWERS } && (n.fontSp ?: 99f) < 23.5f }
        assertTrue(tiny.isEmpty(), "answer text under 24 sp: ${tiny.map { "${it.text} ${it.fontSp} sp" }}")
    }

    /**
     * On a screen that lists learners (cards, roster rows, report rows: [rows] tags), each learner
     * shows a picture of her own: two learners with the same picture cannot be told apart by a
     * learner who cannot read the names yet.
     */
    fun distinctLearnerPictures(s: ScreenSemantics, rows: Set<String>) {
        val pictures = s.nodes.filter { it.tag in rows }.map { row ->
            // The picture is the row's first text with no letters in it (an emoji), the name has letters.
            val inside = s.nodes.filter { n -> row.id in n.ancestors && n.text?.codePoints()?.noneMatch(Character::isLetter) == true }
            row to inside.firstOrNull()?.text
        }
        assertTrue(pictures.isNotEmpty(), "no learner rows tagged $rows")
        val repeated = pictures.groupBy { it.second }.filter { it.value.size > 1 }
        assertTrue(
            repeated.isEmpty(),
            "learners sharing a picture: ${repeated.map { (picture, rs) -> "$picture × ${rs.size}" }}",
        )
    }

    /** Every check; the failures of all of them in one error, so one screen shows each that fails. */
    fun all(s: ScreenSemantics, rightToLeft: Boolean) {
        val failures = listOf<() -> Unit>(
            { touchTargets(s) }, { noTruncatedText(s) }, { noRawMessageIds(s) }, { mirrored(s, rightToLeft) },
            { reachable(s, rightToLeft) }, { notCovered(s) }, { marksAndTiles(s) },
        ).mapNotNull { check -> try { check(); null } catch (e: AssertionError) { e.message } }
        if (failures.isNotEmpty()) throw AssertionError(failures.joinToString("; "))
    }
}
