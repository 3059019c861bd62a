package org.kusoma.state

import org.kusoma.AnswerFeedback
import org.kusoma.ExerciseView
import org.kusoma.KusomaEngine
import org.kusoma.LessonFlow
import org.kusoma.LessonPhase
import org.kusoma.LessonScreen
import org.kusoma.SessionReport

/** What the exercise screen shows: the core's [LessonScreen] by phase, as Compose draws it. */
sealed interface ExerciseUiState {
    data object NotStarted : ExerciseUiState

    data class Answering(
        val exercise: ExerciseView,
        val number: Int,
        val total: Int,
        val selected: Int?,
        val placed: List<Int>,
        val canSubmit: Boolean,
    ) : ExerciseUiState

    data class Answered(
        val exercise: ExerciseView,
        val number: Int,
        val total: Int,
        val selected: Int?,
        val placed: List<Int>,
        val feedback: AnswerFeedback,
    ) : ExerciseUiState

    data class Finished(val report: SessionReport) : ExerciseUiState

    companion object {
        fun of(s: LessonScreen): ExerciseUiState {
            val exercise = s.exercise
            val feedback = s.feedback
            val summary = s.summary
            val (number, total) = s.number.toInt() to s.total.toInt()
            val (selected, placed) = s.selected?.toInt() to s.placed.map { it.toInt() }
            return when {
                s.phase == LessonPhase.FINISHED && summary != null -> Finished(summary)
                s.phase == LessonPhase.ANSWERED && exercise != null && feedback != null ->
                    Answered(exercise, number, total, selected, placed, feedback)
                s.phase == LessonPhase.ANSWERING && exercise != null ->
                    Answering(exercise, number, total, selected, placed, s.canSubmit)
                else -> NotStarted
            }
        }
    }
}

/**
 * One learning session as the core's [LessonFlow] runs it (taps, a complete answer timed on the
 * core's clock, feedback, the summary): this forwards taps and publishes what comes back.
 * [existingSession] runs a session the core already started (a pass-the-phone turn).
 */
class ExerciseState private constructor(private val engine: KusomaEngine, private val flow: LessonFlow) :
    StateHolder<ExerciseUiState>(ExerciseUiState.NotStarted) {
    constructor(
        engine: KusomaEngine,
        learnerId: String,
        pack: String,
        exercises: Int = DEFAULTS.sessionExercises.toInt(),
        seed: ULong? = null,
        existingSession: String? = null,
    ) : this(
        engine,
        existingSession?.let { LessonFlow.existing(it, exercises.toUInt()) }
            ?: LessonFlow(learnerId, pack, exercises.toUInt(), null, seed),
    )

    fun start() = show(flow.start(engine))
    fun select(index: Int) = show(flow.select(index.toUInt()))
    fun place(index: Int) = show(flow.place(index.toUInt()))
    fun unplace(position: Int) = show(flow.unplace(position.toUInt()))
    fun clearTiles() = show(flow.clearTiles())
    fun next() = show(flow.next(engine))

    /** Sends the answer; the core stores it before it answers with feedback. */
    fun submit(): AnswerFeedback {
        show(flow.submit(engine))
        return checkNotNull((state as? ExerciseUiState.Answered)?.feedback) { "the answer is not complete" }
    }

    /** Ends the session now (or after its last exercise): the summary. */
    fun end(): SessionReport {
        show(flow.end(engine))
        return (state as ExerciseUiState.Finished).report
    }

    private fun show(s: LessonScreen) {
        state = ExerciseUiState.of(s)
    }
}
