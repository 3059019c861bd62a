package org.kusoma.ui

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.layout.size
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Size
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.graphics.Path
import androidx.compose.ui.graphics.StrokeCap
import androidx.compose.ui.graphics.StrokeJoin
import androidx.compose.ui.graphics.drawscope.DrawScope
import androidx.compose.ui.graphics.drawscope.Stroke
import androidx.compose.ui.graphics.drawscope.rotate
import androidx.compose.ui.graphics.drawscope.scale
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.unit.Dp
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp

/**
 * The interface's icons, drawn as vector shapes rather than taken from a font or an icon library:
 * they look the same on every phone, need no extra dependency, and the right/wrong signs are
 * shapes (✓ and ✗) that do not depend on colour. Icons with a direction ([mirrored]) flip in RTL;
 * the speaker, like other media symbols, does not.
 */
enum class Glyph(val mirrored: Boolean = false) {
    Check, Cross, Speaker, Forward(mirrored = true), Back(mirrored = true),
    Plus, Gear, Star, Play(mirrored = true), Backspace(mirrored = true), Stop, Globe, Home,
    /** Facilitator mode. */
    Key,
    /** A group of learners. */
    People,
    /** The quick exit (a door with an arrow out). */
    Door(mirrored = true),
    /** Locking facilitator mode. */
    Lock,
    /** A timed assessment. */
    Clock,
    /** A report. */
    Chart,
    /** One learner (enrolment). */
    Person,
    /** One fewer. */
    Minus,
    /** Needs attention (a learner who needs help): a ! in a ring, neither a reward nor a wrong answer. */
    Attention,
}

/**
 * [text] with each combining mark that has no letter before it (a lone vowel sign or harakat, a
 * tile of its own) put on a dotted circle ◌ (U+25CC), as the CLI does: a bare mark is a speck.
 */
fun onDottedCircle(text: String): String {
    val out = StringBuilder()
    var previous = -1
    text.codePoints().forEach { c ->
        val type = Character.getType(c).toByte()
        val mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        if (mark && (previous == -1 || previous == ' '.code)) out.append('\u25CC')
        out.appendCodePoint(c)
        previous = c
    }
    return out.toString()
}

/** Draws [glyph] in [tint], [size] square. Decorative: the button around it carries the words. */
@Composable
fun Icon(glyph: Glyph, tint: Color, modifier: Modifier = Modifier, size: Dp = 28.dp) {
    val flip = glyph.mirrored && LocalLayoutDirection.current == LayoutDirection.Rtl
    Canvas(modifier.size(size)) {
        scale(if (flip) -1f else 1f, 1f) { draw(glyph, tint) }
    }
}

private fun DrawScope.draw(glyph: Glyph, c: Color) {
    val w = size.width
    val line = Stroke(width = w * 0.11f, cap = StrokeCap.Round, join = StrokeJoin.Round)
    fun p(x: Float, y: Float) = Offset(x * w, y * w)
    fun poly(vararg points: Pair<Float, Float>, close: Boolean = false, fill: Boolean = false) {
        val path = Path()
        points.forEachIndexed { i, (x, y) -> if (i == 0) path.moveTo(x * w, y * w) else path.lineTo(x * w, y * w) }
        if (close) path.close()
        if (fill) drawPath(path, c) else drawPath(path, c, style = line)
    }
    when (glyph) {
        Glyph.Check -> poly(0.15f to 0.52f, 0.40f to 0.78f, 0.86f to 0.24f)
        Glyph.Cross -> {
            drawLine(c, p(0.2f, 0.2f), p(0.8f, 0.8f), line.width, StrokeCap.Round)
            drawLine(c, p(0.8f, 0.2f), p(0.2f, 0.8f), line.width, StrokeCap.Round)
        }
        Glyph.Speaker -> {
            poly(0.10f to 0.38f, 0.28f to 0.38f, 0.52f to 0.16f, 0.52f to 0.84f, 0.28f to 0.62f, 0.10f to 0.62f, close = true, fill = true)
            drawArc(c, -50f, 100f, false, p(0.50f, 0.30f), Size(0.26f * w, 0.40f * w), style = line)
            drawArc(c, -50f, 100f, false, p(0.50f, 0.14f), Size(0.42f * w, 0.72f * w), style = line)
        }
        Glyph.Forward -> {
            drawLine(c, p(0.15f, 0.5f), p(0.85f, 0.5f), line.width, StrokeCap.Round)
            poly(0.55f to 0.2f, 0.85f to 0.5f, 0.55f to 0.8f)
        }
        Glyph.Back -> {
            drawLine(c, p(0.15f, 0.5f), p(0.85f, 0.5f), line.width, StrokeCap.Round)
            poly(0.45f to 0.2f, 0.15f to 0.5f, 0.45f to 0.8f)
        }
        Glyph.Plus -> {
            drawLine(c, p(0.5f, 0.15f), p(0.5f, 0.85f), line.width, StrokeCap.Round)
            drawLine(c, p(0.15f, 0.5f), p(0.85f, 0.5f), line.width, StrokeCap.Round)
        }
        Glyph.Gear -> {
            for (i in 0 until 8) {
                rotate(i * 45f, p(0.5f, 0.5f)) {
                    drawLine(c, p(0.5f, 0.08f), p(0.5f, 0.22f), w * 0.16f, StrokeCap.Butt)
                }
            }
            drawCircle(c, 0.3f * w, p(0.5f, 0.5f))
            drawCircle(Color.White, 0.12f * w, p(0.5f, 0.5f))
        }
        Glyph.Star -> {
            val points = (0 until 10).map { i ->
                val r = if (i % 2 == 0) 0.48f else 0.2f
                val a = Math.toRadians(-90.0 + i * 36.0)
                (0.5f + r * Math.cos(a).toFloat()) to (0.52f + r * Math.sin(a).toFloat())
            }
            poly(*points.toTypedArray(), close = true, fill = true)
        }
        Glyph.Play -> poly(0.25f to 0.15f, 0.85f to 0.5f, 0.25f to 0.85f, close = true, fill = true)
        Glyph.Backspace -> {
            poly(0.30f to 0.2f, 0.90f to 0.2f, 0.90f to 0.8f, 0.30f to 0.8f, 0.08f to 0.5f, close = true)
            drawLine(c, p(0.45f, 0.38f), p(0.70f, 0.62f), line.width * 0.8f, StrokeCap.Round)
            drawLine(c, p(0.70f, 0.38f), p(0.45f, 0.62f), line.width * 0.8f, StrokeCap.Round)
        }
        Glyph.Stop -> drawRect(c, p(0.22f, 0.22f), Size(0.56f * w, 0.56f * w))
        Glyph.Globe -> {
            drawCircle(c, 0.4f * w, p(0.5f, 0.5f), style = line)
            drawOval(c, p(0.32f, 0.1f), Size(0.36f * w, 0.8f * w), style = line)
            drawLine(c, p(0.1f, 0.5f), p(0.9f, 0.5f), line.width, StrokeCap.Round)
        }
        Glyph.Minus -> drawLine(c, p(0.15f, 0.5f), p(0.85f, 0.5f), line.width, StrokeCap.Round)
        Glyph.Attention -> {
            drawCircle(c, 0.4f * w, p(0.5f, 0.5f), style = line)
            drawLine(c, p(0.5f, 0.28f), p(0.5f, 0.56f), line.width, StrokeCap.Round)
            drawCircle(c, line.width * 0.6f, p(0.5f, 0.72f))
        }
        Glyph.Key -> {
            drawCircle(c, 0.18f * w, p(0.30f, 0.5f), style = line)
            drawLine(c, p(0.48f, 0.5f), p(0.90f, 0.5f), line.width, StrokeCap.Round)
            drawLine(c, p(0.78f, 0.5f), p(0.78f, 0.68f), line.width, StrokeCap.Round)
            drawLine(c, p(0.64f, 0.5f), p(0.64f, 0.64f), line.width, StrokeCap.Round)
        }
        Glyph.People -> {
            drawCircle(c, 0.12f * w, p(0.32f, 0.30f))
            drawCircle(c, 0.12f * w, p(0.68f, 0.30f))
            drawArc(c, 180f, 180f, true, p(0.10f, 0.50f), Size(0.44f * w, 0.44f * w))
            drawArc(c, 180f, 180f, true, p(0.46f, 0.50f), Size(0.44f * w, 0.44f * w))
        }
        Glyph.Person -> {
            drawCircle(c, 0.16f * w, p(0.5f, 0.28f))
            drawArc(c, 180f, 180f, true, p(0.2f, 0.52f), Size(0.6f * w, 0.6f * w))
        }
        Glyph.Door -> {
            poly(0.55f to 0.15f, 0.15f to 0.15f, 0.15f to 0.85f, 0.55f to 0.85f)
            drawLine(c, p(0.40f, 0.5f), p(0.88f, 0.5f), line.width, StrokeCap.Round)
            poly(0.70f to 0.32f, 0.88f to 0.5f, 0.70f to 0.68f)
        }
        Glyph.Lock -> {
            drawArc(c, 180f, 180f, false, p(0.28f, 0.14f), Size(0.44f * w, 0.5f * w), style = line)
            drawRect(c, p(0.18f, 0.42f), Size(0.64f * w, 0.46f * w))
        }
        Glyph.Clock -> {
            drawCircle(c, 0.4f * w, p(0.5f, 0.5f), style = line)
            drawLine(c, p(0.5f, 0.5f), p(0.5f, 0.24f), line.width, StrokeCap.Round)
            drawLine(c, p(0.5f, 0.5f), p(0.7f, 0.6f), line.width, StrokeCap.Round)
        }
        Glyph.Chart -> {
            drawRect(c, p(0.14f, 0.55f), Size(0.18f * w, 0.33f * w))
            drawRect(c, p(0.41f, 0.30f), Size(0.18f * w, 0.58f * w))
            drawRect(c, p(0.68f, 0.14f), Size(0.18f * w, 0.74f * w))
        }
        Glyph.Home -> poly(0.12f to 0.5f, 0.5f to 0.14f, 0.88f to 0.5f, 0.76f to 0.5f, 0.76f to 0.86f, 0.24f to 0.86f, 0.24f to 0.5f, close = true, fill = true)
    }
}
