package org.kusoma.state

import org.kusoma.AnswerFeedback
import org.kusoma.KusomaEngine
import org.kusoma.LessonFlow
import org.kusoma.LessonScreen
import org.kusoma.SessionReport
import org.kusoma.Tap

/** What the exercise screen sends its taps to: a session ([ExerciseState]) or a group turn ([TurnState]). */
interface LessonTaps {
    /** A tap that builds the answer, to the core's flow (which refuses one out of range). */
    fun send(tap: Tap)
    fun select(index: Int) = send(Tap.Select(index.toUInt()))
    fun place(index: Int) = send(Tap.Place(index.toUInt()))
    fun unplace(position: Int) = send(Tap.Unplace(position.toUInt()))
    fun clearTiles() = send(Tap.ClearTiles)
}

/**
 * One learning session as the core's [LessonFlow] runs it (taps, a complete answer timed on the
 * core's clock, feedback, the summary): this forwards taps and publishes the [LessonScreen] that
 * comes back, by phase with what each phase has. [placement] runs a placement test on the same
 * screens. The session's length is the core's unless [exercises] is given.
 */
class ExerciseState(private val engine: KusomaEngine, private val flow: LessonFlow) :
    StateHolder<LessonScreen>(flow.state()), LessonTaps {
    constructor(engine: KusomaEngine, learnerId: String, pack: String, exercises: Int? = null, seed: ULong? = null) :
        this(engine, LessonFlow(learnerId, pack, exercises?.toUInt(), null, seed))

    fun start() = show(flow.start(engine))
    override fun send(tap: Tap) = show(flow.tap(tap))
    fun next() = show(flow.next(engine))

    /** Sends the answer; the core stores it before it answers with feedback. */
    fun submit(): AnswerFeedback {
        show(flow.submit(engine))
        return checkNotNull((state as? LessonScreen.Answered)?.feedback) { "the answer is not complete" }
    }

    /** Ends the session now (or after its last exercise): the summary. */
    fun end(): SessionReport {
        show(flow.end(engine))
        return (state as LessonScreen.Finished).report
    }

    private fun show(s: LessonScreen) { state = s }

    companion object {
        /** A placement test for [learnerId] in [pack]; its summary says which units it placed her past. */
        fun placement(engine: KusomaEngine, learnerId: String, pack: String, seed: ULong? = null) =
            ExerciseState(engine, LessonFlow.placement(learnerId, pack, seed))
    }
}
