package org.kusoma.ui

import org.kusoma.AnswerFeedback
import org.kusoma.AnswerStyle
import org.kusoma.ExerciseView
import org.kusoma.MediaItem

/**
 * A test learner who remembers every right answer the core has shown her, so that she learns and
 * the planner moves her on to words and sentences (where the other exercise kinds are). She
 * reads a heard word off the choices, spells a heard word from the tiles, and otherwise picks the
 * choice she saw marked right before, or guesses the first one.
 */
class Oracle {
    private val rightChoice = mutableMapOf<String, MediaItem>()

    /** The choice to tap, or the tiles in order; [wrong] asks for a wrong answer on purpose. */
    fun answer(exercise: ExerciseView, wrong: Boolean = false): List<Int> {
        val choices = exercise.choices
        return when (exercise.mode) {
            AnswerStyle.ORDER_TILES -> spell(exercise).let { if (wrong) it.reversed() else it }
            AnswerStyle.TAP_ONE -> {
                val heard = exercise.prompt.speak
                val known = rightChoice[key(exercise)]
                val right = choices.indexOfFirst { it == known }.takeIf { it >= 0 }
                    ?: choices.indexOfFirst { heard != null && it.text == heard }.takeIf { it >= 0 }
                val pick = when {
                    right == null -> 0
                    wrong -> (right + 1) % choices.size
                    else -> right
                }
                listOf(pick)
            }
        }
    }

    /** Remembers the right answer the core revealed. */
    fun learn(exercise: ExerciseView, feedback: AnswerFeedback) {
        feedback.correctChoice?.let { rightChoice[key(exercise)] = exercise.choices[it.toInt()] }
    }

    /** Greedy spelling of the heard word from the tiles, longest tile first. */
    private fun spell(exercise: ExerciseView): List<Int> {
        var rest = exercise.prompt.speak.orEmpty()
        val order = mutableListOf<Int>()
        while (order.size < exercise.answerLength.toInt()) {
            val next = exercise.choices.withIndex()
                .filter { (i, t) -> i !in order && !t.text.isNullOrEmpty() && rest.startsWith(t.text!!) }
                .maxByOrNull { it.value.text!!.length }
                ?: exercise.choices.indices.first { it !in order }.let { IndexedValue(it, exercise.choices[it]) }
            order += next.index
            rest = rest.removePrefix(next.value.text.orEmpty())
        }
        return order
    }

    private fun key(e: ExerciseView) = "${e.kind}|${e.item}"
}
