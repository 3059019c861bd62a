package org.kusoma.state

import org.kusoma.AserLevel
import org.kusoma.AserModel
import org.kusoma.AserScreenState
import org.kusoma.KusomaEngine
import org.kusoma.aserLevelRole

/**
 * An ASER probe as the core's [AserModel] keeps it (counts in bounds, the level by ASER's rules,
 * nothing changed once saved): this holder forwards taps and publishes the state returned.
 */
class AserState private constructor(
    private val engine: KusomaEngine,
    private val model: AserModel,
) : StateHolder<AserScreenState>(model.state()) {
    constructor(engine: KusomaEngine, learner: String, pack: String, groupSession: String? = null) :
        this(engine, AserModel(learner, pack, groupSession))

    // A negative count (− below 0) is 0: the core takes counts as unsigned.
    fun setLetters(right: Int) { state = model.setLetters(right.coerceAtLeast(0).toUInt()) }
    fun setWords(right: Int) { state = model.setWords(right.coerceAtLeast(0).toUInt()) }
    fun setParagraph(mistakes: Int?) { state = model.setParagraph(mistakes?.coerceAtLeast(0)?.toUInt()) }
    fun setStory(mistakes: Int?) { state = model.setStory(mistakes?.coerceAtLeast(0)?.toUInt()) }
    fun save() { state = model.save(engine) }
}

/** The words naming an ASER level (the core's mapping). */
fun AserLevel.role(): UiText = aserLevelRole(this)
