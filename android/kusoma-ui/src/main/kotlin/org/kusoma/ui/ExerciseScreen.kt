package org.kusoma.ui

import androidx.compose.foundation.Canvas
import androidx.compose.foundation.gestures.detectDragGestures
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.offset
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.geometry.Offset
import androidx.compose.ui.geometry.Rect
import androidx.compose.ui.input.pointer.pointerInput
import androidx.compose.ui.layout.boundsInRoot
import androidx.compose.ui.layout.onGloballyPositioned
import androidx.compose.ui.unit.IntOffset
import androidx.compose.ui.zIndex
import kotlin.math.roundToInt
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.size
import androidx.compose.foundation.layout.sizeIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.shape.RoundedCornerShape
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.LocalTextStyle
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.drawscope.Stroke
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.intl.LocaleList
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.AnswerFeedback
import org.kusoma.AnswerStyle
import org.kusoma.ExerciseView
import org.kusoma.MediaItem
import org.kusoma.TextDirection
import org.kusoma.LessonScreen
import org.kusoma.state.UiText

/** What the learner can do on the exercise screen; each maps to one [org.kusoma.state.ExerciseState] call. */
class ExerciseActions(
    val onSelect: (Int) -> Unit = {},
    val onPlace: (Int) -> Unit = {},
    val onUnplace: (Int) -> Unit = {},
    val onStartAgain: () -> Unit = {},
    val onSubmit: () -> Unit = {},
    val onNext: () -> Unit = {},
    val onFinish: () -> Unit = {},
    /** The quick exit (ends the session, locks the profile, hides the app); null hides the button (a group turn). */
    val onQuickExit: (() -> Unit)? = null,
)

/**
 * Every exercise kind on one screen, drawn from the record alone: the instruction with a replay
 * button, the prompt (text, picture or a sound to play), then choices to tap or tiles to place,
 * then the core's feedback. The screen never asks which kind it is showing — a new kind in the
 * core that uses the same record draws without a change here.
 *
 * The exercise's own text direction (its pack's script) lays out the prompt, choices and tiles;
 * the rest follows the interface direction.
 */
@Composable
fun ExerciseScreen(state: LessonScreen, actions: ExerciseActions) {
    val (exercise, number, total) = when (state) {
        is LessonScreen.Answering -> Triple(state.exercise, state.number.toInt(), state.total.toInt())
        is LessonScreen.Answered -> Triple(state.exercise, state.number.toInt(), state.total.toInt())
        else -> return
    }
    val feedback = (state as? LessonScreen.Answered)?.feedback
    val selected = ((state as? LessonScreen.Answering)?.selected ?: (state as? LessonScreen.Answered)?.selected)?.toInt()
    val placed = ((state as? LessonScreen.Answering)?.placed ?: (state as LessonScreen.Answered).placed).map { it.toInt() }
    val speaker = LocalSpeaker.current
    Column(Modifier.fillMaxSize()) {
        Row(Modifier.fillMaxWidth().padding(horizontal = 8.dp, vertical = 4.dp), verticalAlignment = Alignment.CenterVertically) {
            StopButton(text(UiText.FINISH), actions.onFinish, Modifier.testTag("lead"))
            SessionDots(number, total, Modifier.weight(1f).padding(horizontal = 8.dp))
            actions.onQuickExit?.let { IconAction(Glyph.Door, text(UiText.QUICK_EXIT), it, Modifier.testTag("quick-exit")) }
        }
        NoVoiceNote(exercise.prompt, exercise.language)
        // The answers are laid out first and always whole; the instruction and prompt scroll in
        // the room they leave. A learner who cannot read yet does not know to scroll for a choice
        // she cannot see, nor for the right answer after the feedback.
        Column(Modifier.weight(1f).padding(horizontal = 16.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            Column(
                Modifier.weight(1f, fill = false).verticalScroll(rememberScrollState()),
                verticalArrangement = Arrangement.spacedBy(8.dp),
            ) {
                Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
                    IconAction(Glyph.Speaker, text(UiText.REPLAY), { speaker.play(exercise.prompt, exercise.language) }, Modifier.testTag("replay"))
                    Text(exercise.instruction, style = MaterialTheme.typography.bodyLarge, modifier = Modifier.weight(1f).testTag("instruction"))
                }
                InScript(exercise.direction, exercise.language) { Prompt(exercise) }
            }
            InScript(exercise.direction, exercise.language) {
                when (exercise.mode) {
                    AnswerStyle.TAP_ONE -> Choices(exercise, selected, feedback, actions.onSelect)
                    AnswerStyle.ORDER_TILES -> Tiles(exercise, placed, feedback, actions)
                }
            }
        }
        // Below the answers, so the feedback is always in view with the button to go on. The
        // feedback scrolls within a bounded height: with large fonts a long feedback must never
        // push the answers or the button off the screen.
        Column(Modifier.fillMaxWidth().padding(horizontal = 16.dp, vertical = 12.dp).testTag("panel"), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            feedback?.let {
                Column(Modifier.heightIn(max = 160.dp).verticalScroll(rememberScrollState())) { FeedbackPanel(it) }
            }
            if (feedback == null) {
                val ready = (state as LessonScreen.Answering).canSubmit
                ActionButton(Glyph.Check, text(UiText.CHECK), actions.onSubmit, Modifier.fillMaxWidth().testTag("check"), enabled = ready)
            } else {
                ActionButton(Glyph.Forward, text(UiText.NEXT), actions.onNext, Modifier.fillMaxWidth().testTag("next"))
            }
        }
    }
}

/** Lays [content] out in the script's own direction and language. */
@Composable
private fun InScript(direction: TextDirection, language: String, content: @Composable () -> Unit) {
    val layout = if (direction == TextDirection.RTL) LayoutDirection.Rtl else LayoutDirection.Ltr
    // The pack's language also steers font fallback and shaping (a mark on a dotted circle
    // must come from one font that has both, e.g. Arabic's).
    val base = LocalTextStyle.current
    val style = base.copy(localeList = LocaleList(language), fontFamily = LocalScriptFont.current(language) ?: base.fontFamily)
    CompositionLocalProvider(LocalLayoutDirection provides layout, LocalTextStyle provides style) {
        Column(verticalArrangement = Arrangement.spacedBy(8.dp)) { content() }
    }
}

/**
 * The button that ends the session: ■ with the core's word beside it, so it is not a bare
 * square to guess at; labelled for screen readers with the same word.
 */
@Composable
private fun StopButton(label: String?, onClick: () -> Unit, modifier: Modifier = Modifier) {
    Surface(
        onClick = onClick,
        shape = RoundedCornerShape(28.dp),
        color = MaterialTheme.colorScheme.surfaceVariant,
        modifier = modifier.heightIn(min = 56.dp).sizeIn(minWidth = 56.dp).semantics { contentDescription = label ?: Glyph.Stop.name },
    ) {
        Row(Modifier.padding(horizontal = 14.dp, vertical = 8.dp), verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp, Alignment.CenterHorizontally)) {
            Icon(Glyph.Stop, MaterialTheme.colorScheme.primary, size = 24.dp)
            label?.let { Text(it, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.primary) }
        }
    }
}

/** How far the session is: a dot per exercise, filled up to this one (no digits to read). */
@Composable
private fun SessionDots(number: Int, total: Int, modifier: Modifier) {
    Row(modifier, horizontalArrangement = Arrangement.spacedBy(4.dp, Alignment.CenterHorizontally)) {
        repeat(total) { i ->
            Canvas(Modifier.size(10.dp)) {
                val r = size.minDimension / 2
                if (i < number) drawCircle(Signal.lit, r) else drawCircle(Signal.unlit, r - 1.5.dp.toPx(), style = Stroke(3.dp.toPx()))
            }
        }
    }
}

/** The prompt, big; a prompt that is only a sound is a big speaker to tap. */
@Composable
private fun Prompt(exercise: ExerciseView) {
    val speaker = LocalSpeaker.current
    Surface(shape = RoundedCornerShape(20.dp), color = MaterialTheme.colorScheme.surfaceVariant, modifier = Modifier.fillMaxWidth().testTag("prompt")) {
        Column(Modifier.padding(16.dp), horizontalAlignment = Alignment.CenterHorizontally, verticalArrangement = Arrangement.spacedBy(12.dp)) {
            val p = exercise.prompt
            if (p.text == null && p.picture == null) {
                Surface(
                    onClick = { speaker.play(p, exercise.language) },
                    shape = RoundedCornerShape(50),
                    color = MaterialTheme.colorScheme.primary,
                    modifier = Modifier.size(72.dp).testTag("prompt-sound"),
                ) { Icon(Glyph.Speaker, MaterialTheme.colorScheme.onPrimary, Modifier.padding(14.dp), size = 44.dp) }
            } else {
                MediaContent(p, exercise.language, textSize = 36.sp, pictureSize = 96.dp)
            }
            exercise.question?.let { q ->
                Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                    IconAction(Glyph.Speaker, text(UiText.REPLAY), { speaker.play(q, exercise.language) })
                    val words = q.text ?: q.speak.orEmpty()
                    Text(text(UiText.QUESTION, "text" to words) ?: words, style = MaterialTheme.typography.titleLarge, modifier = Modifier.weight(1f))
                }
            }
        }
    }
}

/** Tap-one choices, two a row; after feedback the right one carries ✓ and a wrong pick ✗. */
@Composable
private fun Choices(exercise: ExerciseView, selected: Int?, feedback: AnswerFeedback?, onSelect: (Int) -> Unit) {
    val speaker = LocalSpeaker.current
    exercise.choices.withIndex().chunked(2).forEach { row ->
        Row(horizontalArrangement = Arrangement.spacedBy(12.dp)) {
            row.forEach { (i, choice) ->
                val mark = when {
                    feedback == null -> null
                    feedback.correctChoice?.toInt() == i -> Glyph.Check
                    selected == i -> Glyph.Cross
                    else -> null
                }
                AnswerCard(
                    selected = selected == i,
                    mark = mark,
                    onClick = {
                        if (choice.isSoundOnly()) speaker.play(choice, exercise.language)
                        if (feedback == null) onSelect(i)
                    },
                    modifier = Modifier.weight(1f).testTag("choice"),
                    fill = true,
                ) {
                    // A picture with its word under it smaller, so two rows of choices, the
                    // feedback and the prompt fit the screen at large font sizes too.
                    val picture = if (choice.text != null) 56.dp else 72.dp
                    MediaContent(choice, exercise.language, textSize = 28.sp, pictureSize = picture, soundOnlyIcon = true)
                }
            }
            if (row.size == 1) androidx.compose.foundation.layout.Spacer(Modifier.weight(1f))
        }
    }
}

/**
 * Tiles to build a word: a row of slots (a placed tile taps back out), the tiles below, and a
 * button to start again. A tile goes into the next slot when tapped or when dragged and let go
 * over the slots (it springs back when let go anywhere else): tapping works for any hand and on
 * any phone, dragging is what many learners try first. Both are the same holder call.
 */
@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun Tiles(exercise: ExerciseView, placed: List<Int>, feedback: AnswerFeedback?, actions: ExerciseActions) {
    val slots = exercise.answerLength.toInt()
    var slotArea by remember { mutableStateOf<Rect?>(null) }
    FlowRow(
        horizontalArrangement = Arrangement.spacedBy(8.dp),
        verticalArrangement = Arrangement.spacedBy(8.dp),
        modifier = Modifier.testTag("slots").onGloballyPositioned { slotArea = it.boundsInRoot() },
    ) {
        repeat(slots) { position ->
            val tile = placed.getOrNull(position)
            val mark = when {
                feedback == null || tile == null -> null
                feedback.correct -> Glyph.Check
                feedback.firstDifference?.toInt() == position -> Glyph.Cross
                else -> null
            }
            AnswerCard(
                selected = tile != null,
                mark = mark,
                onClick = { if (feedback == null && tile != null) actions.onUnplace(position) },
                modifier = Modifier.sizeIn(minWidth = 64.dp, minHeight = 64.dp).testTag("slot"),
            ) { tile?.let { Text(onDottedCircle(exercise.choices[it].text.orEmpty()), fontSize = 28.sp) } }
        }
    }
    if (feedback == null) {
        FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp), verticalArrangement = Arrangement.spacedBy(8.dp)) {
            exercise.choices.forEachIndexed { i, tile ->
                val used = i in placed
                DraggableTile(enabled = !used, target = { slotArea }, onDrop = { actions.onPlace(i) }) {
                    AnswerCard(
                        selected = false,
                        mark = null,
                        onClick = { if (!used) actions.onPlace(i) },
                        modifier = Modifier.sizeIn(minWidth = 64.dp, minHeight = 64.dp).testTag("tile"),
                        faded = used,
                    ) { Text(onDottedCircle(tile.text.orEmpty()), fontSize = 28.sp) }
                }
            }
        }
        ActionButton(Glyph.Backspace, text(UiText.START_AGAIN), actions.onStartAgain, primary = false, modifier = Modifier.testTag("start-again"))
    }
}

/**
 * A tile that follows the finger and calls [onDrop] when let go with its centre over [target]
 * (in root coordinates); anywhere else it springs back. Taps pass through to the tile itself.
 */
@Composable
private fun DraggableTile(enabled: Boolean, target: () -> Rect?, onDrop: () -> Unit, content: @Composable () -> Unit) {
    var drag by remember { mutableStateOf(Offset.Zero) }
    var home by remember { mutableStateOf(Rect.Zero) }
    Box(
        // Measured before the offset: where the tile rests, not where the finger took it.
        Modifier.onGloballyPositioned { home = it.boundsInRoot() }
            .offset { IntOffset(drag.x.roundToInt(), drag.y.roundToInt()) }
            .zIndex(if (drag == Offset.Zero) 0f else 1f)
            .pointerInput(enabled) {
                if (!enabled) return@pointerInput
                detectDragGestures(
                    onDragEnd = {
                        val over = target()?.contains(home.center + drag) == true
                        drag = Offset.Zero
                        if (over) onDrop()
                    },
                    onDragCancel = { drag = Offset.Zero },
                ) { change, amount ->
                    change.consume()
                    drag += amount
                }
            },
    ) { content() }
}

private fun MediaItem.isSoundOnly() = text == null && picture == null

/**
 * A note for the facilitator when the exercise's sound would come from text-to-speech and the
 * phone has no voice for the language: without it the speaker buttons would stay silent with no
 * word why. The language is named in itself, as in settings.
 */
@Composable
private fun NoVoiceNote(prompt: MediaItem, language: String) {
    if (prompt.audio != null || LocalSpeaker.current.hasVoice(language)) return
    val tag = java.util.Locale.forLanguageTag(language)
    val name = tag.getDisplayLanguage(tag).ifEmpty { language }
    text(UiText.NO_VOICE, "language" to name)?.let {
        Row(
            Modifier.fillMaxWidth().padding(horizontal = 16.dp).testTag("no-voice"),
            verticalAlignment = Alignment.CenterVertically,
            horizontalArrangement = Arrangement.spacedBy(8.dp),
        ) {
            Icon(Glyph.Speaker, MaterialTheme.colorScheme.secondary, size = 20.dp)
            Text(it, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.weight(1f))
        }
    }
}
