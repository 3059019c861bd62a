package org.kusoma.ui

import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.semantics.SemanticsActions
import androidx.compose.ui.semantics.SemanticsNode
import androidx.compose.ui.semantics.SemanticsProperties
import androidx.compose.ui.semantics.getOrNull
import androidx.compose.ui.test.SemanticsNodeInteractionsProvider
import androidx.compose.ui.test.isRoot
import androidx.compose.ui.text.TextLayoutResult

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
)

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

/** The semantics tree of a rendered screen, flattened, in dp. */
class ScreenSemantics(val root: Rect, val nodes: List<NodeInfo>) {
    fun tagged(tag: String) = nodes.filter { it.tag == tag }

    companion object {
        fun read(test: SemanticsNodeInteractionsProvider, pxPerDp: Float): ScreenSemantics {
            // The unmerged tree: each Text its own node, so a card's picture and word are checked apart.
            val root = test.onNode(isRoot(), useUnmergedTree = true).fetchSemanticsNode()
            val nodes = mutableListOf<NodeInfo>()
            fun walk(node: SemanticsNode) {
                val config = node.config
                val layouts = mutableListOf<TextLayoutResult>()
                config.getOrNull(SemanticsActions.GetTextLayoutResult)?.action?.invoke(layouts)
                nodes += NodeInfo(
                    tag = config.getOrNull(SemanticsProperties.TestTag),
                    text = config.getOrNull(SemanticsProperties.Text)?.joinToString(" ") { it.text },
                    visible = node.boundsInRoot.let { Rect(it.left / pxPerDp, it.top / pxPerDp, it.right / pxPerDp, it.bottom / pxPerDp) },
                    width = node.size.width / pxPerDp,
                    height = node.size.height / pxPerDp,
                    clickable = config.getOrNull(SemanticsActions.OnClick) != null,
                    overflow = layouts.any(::overflows),
                    layoutNote = layouts.filter(::overflows).joinToString { l ->
                        "h=${l.didOverflowHeight} max=${l.multiParagraph.didExceedMaxLines} size=${l.size} lines=" +
                            (0 until l.lineCount).joinToString("/") { "${l.getLineLeft(it)}..${l.getLineRight(it)}" }
                    },
                )
                node.children.forEach(::walk)
            }
            walk(root)
            val r = root.boundsInRoot
            return ScreenSemantics(Rect(r.left / pxPerDp, r.top / pxPerDp, r.right / pxPerDp, r.bottom / pxPerDp), nodes)
        }
    }
}
