package org.kusoma.state

import org.kusoma.AssessmentInfo
import org.kusoma.AssessmentSheetInfo
import org.kusoma.KusomaEngine
import org.kusoma.RunPhaseInfo
import org.kusoma.RunStateInfo
import org.kusoma.questionsReached

/** The timed subtasks the grid screen runs, in the order a facilitator gives them. */
val TIMED_SUBTASKS = listOf("letter-sounds", "familiar-words", "nonwords", "oral-reading")

/** What the timed-grid screen shows. */
data class AssessmentUiState(
    val sheet: AssessmentSheetInfo,
    /** The core's run: phase, time left, whether the autostop rule applies. */
    val run: RunStateInfo,
    /** Items marked wrong, 1-based positions. */
    val wrong: Set<Int> = emptySet(),
    /** The last item read, once marked (1-based). */
    val lastItem: Int? = null,
    /** The facilitator pressed Stop: her next touch marks the last item read. */
    val stopping: Boolean = false,
    /** The stored, scored result, once finished. */
    val result: AssessmentInfo? = null,
    /** A story's comprehension questions the learner read far enough to be asked, once finished. */
    val questions: List<String> = emptyList(),
    /** The facilitator's mark of each question asked: right (true) or wrong (false). */
    val answers: Map<Int, Boolean> = emptyMap(),
    /** The stored comprehension result, once the answers are saved. */
    val comprehension: AssessmentInfo? = null,
) {
    /** Whether every question asked is marked, so the comprehension result can be saved. */
    val canSaveComprehension: Boolean get() = questions.isNotEmpty() && answers.size == questions.size && comprehension == null

    /** Whole seconds left on the clock, rounded up (the screen shows 60 until a second has passed). */
    val secondsLeft: Long get() = (run.remainingMs.coerceAtLeast(0) + 999) / 1000

    /** Whether the next touch on an item marks the last item read rather than a mistake. */
    val markingLast: Boolean get() = stopping || run.phase == RunPhaseInfo.AWAITING_LAST_ITEM
}

/**
 * A timed EGRA subtask with the facilitator marking (letter sounds, familiar words, nonwords,
 * oral reading): she starts the clock, touches each item read wrongly, and marks the last item
 * read when the learner stops or time is up. The core holds the clock, applies the autostop and
 * time rules and scores the run; the screen calls [tick] each second.
 */
class AssessmentState(
    private val engine: KusomaEngine,
    private val learner: String,
    private val pack: String,
    subtask: String,
    private val groupSession: String? = null,
) : StateHolder<AssessmentUiState>(start(engine, learner, pack, subtask, groupSession)) {
    private val id get() = state.sheet.id

    /** Starts the clock. */
    fun begin() {
        if (state.run.phase != RunPhaseInfo.READY) return
        state = state.copy(run = engine.beginAssessment(id))
    }

    /**
     * Touches item [position] (1-based): marks it wrong, or right again; while stopping or after
     * time is up, marks it as the last item read instead.
     */
    fun touch(position: Int) {
        require(position in 1..state.sheet.items.size) { "no item $position" }
        val s = state
        state = when {
            s.run.phase == RunPhaseInfo.READY -> return
            s.stopping && s.run.phase == RunPhaseInfo.RUNNING ->
                s.copy(run = engine.stopAssessment(id, position.toUInt()), lastItem = position, stopping = false)
            s.run.phase == RunPhaseInfo.AWAITING_LAST_ITEM || (s.run.phase == RunPhaseInfo.DONE && s.stopping) ->
                s.copy(run = engine.setAssessmentLastItem(id, position.toUInt()), lastItem = position, stopping = false)
            else -> {
                val nowWrong = position !in s.wrong
                val run = engine.markAssessmentItem(id, position.toUInt(), !nowWrong)
                s.copy(run = run, wrong = if (nowWrong) s.wrong + position else s.wrong - position)
            }
        }
    }

    /** Stop pressed (the learner finished early, or the autostop applies): the next touch marks the last item. */
    fun stop() {
        if (state.run.phase == RunPhaseInfo.RUNNING) state = state.copy(stopping = true)
    }

    /** Once a second while the clock runs: the time left, and time up when it reaches 0. */
    fun tick() {
        if (state.run.phase != RunPhaseInfo.RUNNING) return
        var run = engine.assessmentState(id)
        if (run.phase == RunPhaseInfo.RUNNING && run.remainingMs <= 0) run = engine.assessmentTimeUp(id)
        state = state.copy(run = run)
    }

    /**
     * Scores and stores the run; returns the result. After a story, the comprehension questions
     * whose sentence the learner reached are offered to ask (EGRA asks none beyond the text read).
     */
    fun finish(): AssessmentInfo {
        state.result?.let { return it }
        check(state.run.phase == RunPhaseInfo.DONE) { "mark the last item read first" }
        val result = engine.finishAssessment(id)
        // The core's rule; the questions rise along the passage, so those asked come first.
        val reached = questionsReached(state.sheet.questionEnds, (state.lastItem ?: 0).toUInt())
        val questions = state.sheet.questions.take(reached.toInt())
        state = state.copy(result = result, questions = questions)
        return result
    }

    /** Marks comprehension question [index] (of [AssessmentUiState.questions]) right or wrong. */
    fun markQuestion(index: Int, right: Boolean) {
        require(index in state.questions.indices) { "no question $index" }
        if (state.comprehension != null) return
        state = state.copy(answers = state.answers + (index to right))
    }

    /** Stores the comprehension result (right of asked); returns it. Every question must be marked. */
    fun saveComprehension(): AssessmentInfo {
        state.comprehension?.let { return it }
        check(state.canSaveComprehension) { "mark every question first" }
        val right = state.answers.values.count { it }.toUInt()
        val saved = engine.recordComprehension(learner, pack, right, state.questions.size.toUInt(), groupSession)
        state = state.copy(comprehension = saved)
        return saved
    }

    /** Leaves without a result: an unfinished run is dropped, nothing is stored. */
    fun cancel() {
        if (state.result == null) engine.cancelAssessment(id)
    }

    private companion object {
        fun start(engine: KusomaEngine, learner: String, pack: String, subtask: String, groupSession: String?): AssessmentUiState {
            require(subtask in TIMED_SUBTASKS) { "not a timed subtask: $subtask" }
            val sheet = engine.startAssessment(learner, pack, subtask, false, groupSession)
            return AssessmentUiState(sheet, engine.assessmentState(sheet.id))
        }
    }
}
