package org.kusoma.ui

import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.semantics.ScrollAxisRange
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.SemanticsNodeInteractionsProvider
import androidx.compose.ui.test.isRoot
import androidx.compose.ui.text.TextLayoutResult

/** A scrolling container around a node: where it shows, and how far it can still scroll, in dp. */
data class ScrollInfo(
    val viewport: Rect,
    /** How far it is scrolled from its start, and how far it can scroll at most (dp). */
    val vertical: ClosedFloatingPointRange<Float>?,
    val horizontal: ClosedFloatingPointRange<Float>?,
    /** The horizontal scroll is declared reversed (its start at the right). */
    val horizontalReversed: Boolean = false,
)

/** A node of the rendered screen, in dp. */
data class NodeInfo(
    val tag: String?,
    val text: String?,
    /** Where it shows, clipped by its ancestors (empty when scrolled out of view). */
    val visible: Rect,
    /** Its whole size, unclipped. */
    val width: Float,
    val height: Float,
    val clickable: Boolean,
    /** For text: whether its layout overflowed its bounds (cut, ellipsized, or clipped). */
    val overflow: Boolean,
    /** Why [overflow], for the failure message. */
    val layoutNote: String = "",
    /** Where the whole node lies on screen, unclipped (it may reach past the screen or its scroll viewport). */
    val bounds: Rect = visible,
    /** The semantics id of the node, and of each of its ancestors (nearest first). */
    val id: Int = 0,
    val ancestors: List<Int> = emptyList(),
    /** The nearest scrolling ancestor (or the node itself when it scrolls), if any. */
    val scroll: ScrollInfo? = null,
    /** For text: the font size it was laid out with, in sp (null when unknown). */
    val fontSp: Float? = null,
    /** The tags of its ancestors, nearest first. */
    val ancestorTags: List<String> = emptyList(),
) {
    fun isWithin(other: NodeInfo) = other.id in ancestors
    fun related(other: NodeInfo) = other.id == id || other.id in ancestors || id in other.ancestors
}

/**
 * Whether a text layout lost text: cut at its height or line limit, ellipsized, or a line wider
 * than the text's box. (TextLayoutResult.didOverflowWidth is not used: on desktop it compares
 * with the paragraph's layout width, the full constraint, and so is true for any short line.)
 */
fun overflows(layout: TextLayoutResult): Boolean =
    layout.didOverflowHeight ||
        layout.multiParagraph.didExceedMaxLines ||
        (0 until layout.lineCount).any { line ->
            layout.isLineEllipsized(line) || layout.getLineRight(line) - layout.getLineLeft(line) > layout.size.width + 1f
        }

/** The semantics tree of a rendered screen, flattened in drawing order (a later node draws above), in dp. */
class ScreenSemantics(val root: Rect, val nodes: List<NodeInfo>) {
    fun tagged(tag: String) = nodes.filter { it.tag == tag }

    /** The rendered pixels (2 px per dp), for checks that look at what is drawn. */
    var image: java.awt.image.BufferedImage? = null

    companion object {
        fun read(test: SemanticsNodeInteractionsProvider, pxPerDp: Float): ScreenSemantics {
            // The unmerged tree: each Text its own node, so a card's picture and word are checked apart.
            val root = test.onNode(isRoot(), useUnmergedTree = true).fetchSemanticsNode()
            val nodes = mutableListOf<NodeInfo>()
            fun dp(r: Rect) = Rect(r.left / pxPerDp, r.top / pxPerDp, r.right / pxPerDp, r.bottom / pxPerDp)
            fun range(r: ScrollAxisRange?) = r?.let { (it.value() / pxPerDp)..(it.maxValue() / pxPerDp) }
            fun walk(node: SemanticsNode, ancestors: List<Int>, tags: List<String>, scroll: ScrollInfo?) {
                val config = node.config
                val layouts = mutableListOf<TextLayoutResult>()
                config.getOrNull(SemanticsActions.GetTextLayoutResult)?.action?.invoke(layouts)
                val v = config.getOrNull(SemanticsProperties.VerticalScrollAxisRange)
                val h = config.getOrNull(SemanticsProperties.HorizontalScrollAxisRange)
                val here = if (v != null || h != null) ScrollInfo(dp(node.boundsInRoot), range(v), range(h), h?.reverseScrolling == true) else scroll
                val tag = config.getOrNull(SemanticsProperties.TestTag)
                val pos = node.positionInRoot
                nodes += NodeInfo(
                    tag = tag,
                    text = config.getOrNull(SemanticsProperties.Text)?.joinToString(" ") { it.text },
                    visible = dp(node.boundsInRoot),
                    width = node.size.width / pxPerDp,
                    height = node.size.height / pxPerDp,
                    clickable = config.getOrNull(SemanticsActions.OnClick) != null,
                    overflow = layouts.any(::overflows),
                    layoutNote = layouts.filter(::overflows).joinToString { l ->
                        "h=${l.didOverflowHeight} max=${l.multiParagraph.didExceedMaxLines} size=${l.size} lines=" +
                            (0 until l.lineCount).joinToString("/") { "${l.getLineLeft(it)}..${l.getLineRight(it)}" }
                    },
                    bounds = dp(Rect(pos.x, pos.y, pos.x + node.size.width, pos.y + node.size.height)),
                    id = node.id,
                    ancestors = ancestors,
                    scroll = here,
                    fontSp = layouts.firstOrNull()?.layoutInput?.let { input ->
                        val size = input.style.fontSize
                        if (size.isSp) size.value else if (size.isEm) size.value * 16f else null
                    },
                    ancestorTags = tags,
                )
                node.children.forEach { walk(it, listOf(node.id) + ancestors, listOfNotNull(tag) + tags, here) }
            }
            walk(root, emptyList(), emptyList(), null)
            val r = root.boundsInRoot
            return ScreenSemantics(dp(r), nodes)
        }
    }
}
