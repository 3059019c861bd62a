package org.kusoma.state

import org.kusoma.AnswerFeedback
import org.kusoma.AnswerStyle
import org.kusoma.ExerciseView
import org.kusoma.KusomaEngine
import org.kusoma.LearnerAnswer
import org.kusoma.SessionReport

/** What the exercise screen shows: one phase of a session. */
sealed interface ExerciseUiState {
    /** Before [ExerciseState.start]. */
    data object NotStarted : ExerciseUiState

    /** An exercise waiting for an answer. */
    data class Answering(
        val exercise: ExerciseView,
        /** 1-based position in the session, and the session's length. */
        val number: Int,
        val total: Int,
        /** The tapped choice (tap-one exercises). */
        val selected: Int? = null,
        /** Tiles placed so far, in order (tile exercises). */
        val placed: List<Int> = emptyList(),
    ) : ExerciseUiState {
        /** Whether the answer is complete enough to check. */
        val canSubmit: Boolean
            get() = when (exercise.mode) {
                AnswerStyle.TAP_ONE -> selected != null
                AnswerStyle.ORDER_TILES -> placed.size == exercise.answerLength.toInt()
            }
    }

    /** The core's feedback on the answer just given. */
    data class Answered(
        val exercise: ExerciseView,
        val number: Int,
        val total: Int,
        val selected: Int?,
        val placed: List<Int>,
        val feedback: AnswerFeedback,
    ) : ExerciseUiState

    /** The session is over. */
    data class Finished(val report: SessionReport) : ExerciseUiState
}

/**
 * One learning session: the core picks each exercise and checks each answer; this holder keeps
 * what the learner has tapped, times her answer and moves through the phases.
 *
 * [clock] gives milliseconds; the response time it measures feeds the core's "slow answer" rule,
 * so tests pass a fake one. [existingSession] runs a session the core already started (a
 * pass-the-phone turn) instead of starting one; [exercises] is then the turn's length.
 */
class ExerciseState(
    private val engine: KusomaEngine,
    private val learnerId: String,
    private val pack: String,
    private val exercises: Int = DEFAULTS.sessionExercises.toInt(),
    private val choices: Int = 3,
    private val seed: ULong? = null,
    private val clock: () -> Long = System::currentTimeMillis,
    private val existingSession: String? = null,
) : StateHolder<ExerciseUiState>(ExerciseUiState.NotStarted) {
    private var session: String? = null
    private var shownAt = 0L
    private var number = 0

    /** Starts the session and shows its first exercise. */
    fun start() {
        check(session == null) { "the session has started" }
        session = existingSession ?: engine.startSession(learnerId, pack, exercises.toUInt(), choices.toUInt(), seed)
        advance()
    }

    /** Taps choice [index] (tap-one exercises); tapping another changes the choice. */
    fun select(index: Int) {
        val s = answering() ?: return
        require(index in s.exercise.choices.indices) { "no choice $index" }
        if (s.exercise.mode != AnswerStyle.TAP_ONE) return
        state = s.copy(selected = index)
    }

    /** Places tile [index] after those placed (tile exercises); each tile is placed once. */
    fun place(index: Int) {
        val s = answering() ?: return
        require(index in s.exercise.choices.indices) { "no tile $index" }
        if (s.exercise.mode != AnswerStyle.ORDER_TILES || index in s.placed) return
        if (s.placed.size >= s.exercise.answerLength.toInt()) return
        state = s.copy(placed = s.placed + index)
    }

    /** Takes the placed tile at [position] back, with those after it staying in order. */
    fun unplace(position: Int) {
        val s = answering() ?: return
        if (position !in s.placed.indices) return
        state = s.copy(placed = s.placed.filterIndexed { i, _ -> i != position })
    }

    /** Takes every placed tile back. */
    fun clearTiles() {
        val s = answering() ?: return
        state = s.copy(placed = emptyList())
    }

    /** Sends the answer; the core stores it before answering with feedback. */
    fun submit(): AnswerFeedback {
        val s = answering() ?: error("no exercise is waiting for an answer")
        check(s.canSubmit) { "the answer is not complete" }
        val answer = when (s.exercise.mode) {
            AnswerStyle.TAP_ONE -> LearnerAnswer.Choice(s.selected!!.toUInt())
            AnswerStyle.ORDER_TILES -> LearnerAnswer.Tiles(s.placed.map { it.toUInt() })
        }
        val feedback = engine.submit(session!!, answer, (clock() - shownAt).coerceAtLeast(0))
        state = ExerciseUiState.Answered(s.exercise, s.number, s.total, s.selected, s.placed, feedback)
        return feedback
    }

    /** After feedback: the next exercise, or the summary when the session is complete. */
    fun next() {
        check(state is ExerciseUiState.Answered) { "answer first" }
        advance()
    }

    /** Ends the session now (or after its last exercise) and shows the summary. */
    fun end(): SessionReport {
        (state as? ExerciseUiState.Finished)?.let { return it.report }
        val report = engine.endSession(session ?: error("the session has not started"))
        state = ExerciseUiState.Finished(report)
        return report
    }

    private fun answering() = state as? ExerciseUiState.Answering

    private fun advance() {
        val exercise = engine.nextExercise(session!!)
        if (exercise == null) {
            end()
            return
        }
        number++
        shownAt = clock()
        state = ExerciseUiState.Answering(exercise, number, exercises)
    }
}
