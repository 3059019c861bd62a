package org.kusoma.state

import org.kusoma.AserProbeInput
import org.kusoma.AssessmentInfo
import org.kusoma.KusomaEngine

/** How many letters and words an ASER probe shows (the learner reads 4 of 5 to pass a level). */
const val ASER_SHOWN = 5

/** Most mistakes a facilitator can count in a paragraph or story on the form. */
const val ASER_MAX_COUNTED = 20

/** What the ASER form shows. */
data class AserUiState(
    val lettersRight: Int = 0,
    val wordsRight: Int = 0,
    /** Mistakes in the paragraph; null when she did not read it. */
    val paragraphMistakes: Int? = null,
    /** Mistakes in the story; null when she did not read it. */
    val storyMistakes: Int? = null,
    /** The stored probe with the level the core gave it, once saved. */
    val result: AssessmentInfo? = null,
)

/**
 * An ASER reading probe as the facilitator marks it on the phone: letters and words read right
 * of five each, and the mistakes in the paragraph and the story if she read them. The core
 * decides the level (ASER's rules: at most 3 mistakes to read a text, 4 of 5 to pass letters
 * or words) and stores it.
 */
class AserState(
    private val engine: KusomaEngine,
    private val learner: String,
    private val pack: String,
    private val groupSession: String? = null,
) : StateHolder<AserUiState>(AserUiState()) {
    /** Letters read right, 0 to [ASER_SHOWN]. */
    fun setLetters(right: Int) = edit { copy(lettersRight = right.coerceIn(0, ASER_SHOWN)) }

    /** Words read right, 0 to [ASER_SHOWN]. */
    fun setWords(right: Int) = edit { copy(wordsRight = right.coerceIn(0, ASER_SHOWN)) }

    /** Mistakes in the paragraph, or null: not read. */
    fun setParagraph(mistakes: Int?) = edit { copy(paragraphMistakes = mistakes?.coerceIn(0, ASER_MAX_COUNTED)) }

    /** Mistakes in the story, or null: not read. */
    fun setStory(mistakes: Int?) = edit { copy(storyMistakes = mistakes?.coerceIn(0, ASER_MAX_COUNTED)) }

    /** Stores the probe; returns it with its level. */
    fun save(): AssessmentInfo {
        state.result?.let { return it }
        val s = state
        val probe = AserProbeInput(
            ASER_SHOWN.toUInt(), s.lettersRight.toUInt(), ASER_SHOWN.toUInt(), s.wordsRight.toUInt(),
            s.paragraphMistakes?.toUInt(), s.storyMistakes?.toUInt(),
        )
        val saved = engine.recordAser(learner, pack, probe, groupSession)
        state = state.copy(result = saved)
        return saved
    }

    private fun edit(change: AserUiState.() -> AserUiState) {
        if (state.result == null) state = state.change()
    }
}
