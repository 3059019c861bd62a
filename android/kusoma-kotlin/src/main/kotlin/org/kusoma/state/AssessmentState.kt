package org.kusoma.state

import org.kusoma.AssessmentModel
import org.kusoma.AssessmentScreenState
import org.kusoma.KusomaEngine
import org.kusoma.Subtask
import org.kusoma.subtaskRole

/**
 * A timed EGRA subtask (then, after a passage, its comprehension questions) as the core's
 * [AssessmentModel] runs it: this holder only forwards taps, with the engine, and publishes the
 * state the core returns. Items and questions are the 0-based indices they are drawn at; a tap
 * that does not apply now is ignored by the core. The screen calls [tick] once a second.
 */
class AssessmentState private constructor(
    private val engine: KusomaEngine,
    private val model: AssessmentModel,
) : StateHolder<AssessmentScreenState>(model.state()) {
    constructor(engine: KusomaEngine, learner: String, pack: String, subtask: Subtask, groupSession: String? = null) :
        this(engine, AssessmentModel(engine, learner, pack, subtask, groupSession))

    fun begin() { state = model.begin(engine) }
    fun touch(index: Int) { state = model.touch(engine, index.toUInt()) }
    fun stop() { state = model.stop() }
    fun tick() { state = model.tick(engine) }
    fun finish() { state = model.finish(engine) }
    fun markQuestion(index: Int, right: Boolean) { state = model.markQuestion(index.toUInt(), right) }
    fun saveComprehension() { state = model.saveComprehension(engine) }
    fun cancel() = model.cancel(engine)
}

/** The words naming a subtask (the core's mapping). */
fun Subtask.role(): UiText = subtaskRole(this)
