package org.kusoma.state

import org.kusoma.GroupSessionInfo
import org.kusoma.KusomaEngine
import org.kusoma.TurnInfo

/** Where a pass-the-phone group session is. */
sealed interface TurnUiState {
    /** The phone goes to [turn]'s learner: "pass the phone to …", and her Start button. */
    data class Passing(val turn: TurnInfo) : TurnUiState

    /** She is answering her turn's exercises. */
    data class Playing(val turn: TurnInfo, val exercises: ExerciseState) : TurnUiState

    /** The facilitator ended the group session. */
    data class Ended(val session: GroupSessionInfo) : TurnUiState
}

/**
 * Pass-the-phone turns in a group session. The core decides whose turn it is (round the present
 * learners in roster order, a new turn after so many exercises) and stores every answer on the
 * learner holding the phone; this holder shows the hand-over and runs each turn's exercises on
 * the ordinary exercise screen.
 */
class TurnState(
    private val engine: KusomaEngine,
    private val groupSession: String,
    private val pack: String,
    /** Exercises per turn, as set at the start (the screen shows "2 of 3"). */
    private val perTurn: Int,
) : StateHolder<TurnUiState>(TurnUiState.Passing(engine.groupTurn(groupSession))) {

    /** The learner holding the phone starts her turn. */
    fun startTurn() {
        val passing = state as? TurnUiState.Passing ?: return
        val turn = passing.turn
        val exercises = ExerciseState(engine, turn.learner.id, pack, exercises = perTurn, existingSession = turn.session)
        exercises.start()
        state = TurnUiState.Playing(turn, exercises)
    }

    /**
     * After an answer's feedback: her next exercise, or — when her turn is over — the hand-over
     * to the next learner. The core ends the finished turn's session itself.
     */
    fun next() {
        val playing = state as? TurnUiState.Playing ?: return
        val turn = engine.groupTurn(groupSession)
        if (turn.changed) {
            state = TurnUiState.Passing(turn)
        } else {
            playing.exercises.next()
        }
    }

    /** Her turn ends early (she or the facilitator pressed Stop): the phone passes on. */
    fun endTurn() {
        val playing = state as? TurnUiState.Playing ?: return
        playing.exercises.end()
        state = TurnUiState.Passing(engine.groupTurn(groupSession))
    }

    /** Ends the group session with the facilitator's [notes]. */
    fun end(notes: String): GroupSessionInfo {
        (state as? TurnUiState.Ended)?.let { return it.session }
        val ended = engine.endGroupSession(groupSession, notes)
        state = TurnUiState.Ended(ended)
        return ended
    }
}
