package org.kusoma.state

import org.kusoma.GroupSessionInfo
import org.kusoma.KusomaEngine
import org.kusoma.TurnPhase
import org.kusoma.TurnsFlow
import org.kusoma.TurnsScreen

/** Where a pass-the-phone group session is. */
sealed interface TurnUiState {
    /** The phone goes to [turn]'s learner: "pass the phone to …", and her Start button. */
    data class Passing(val turn: org.kusoma.TurnInfo) : TurnUiState

    /** She is answering her turn's exercises. */
    data class Playing(val turn: org.kusoma.TurnInfo, val exercises: ExerciseState) : TurnUiState

    /** The facilitator ended the group session. */
    data class Ended(val session: GroupSessionInfo) : TurnUiState
}

/**
 * Pass-the-phone turns as the core's [TurnsFlow] runs them (whose turn it is, when it is over,
 * ending with notes); each turn's exercises run on the ordinary exercise holder over the turn's
 * session. This screen asks for the notes on the hand-over, so [end] confirms in one tap.
 */
class TurnState private constructor(
    private val engine: KusomaEngine,
    private val flow: TurnsFlow,
    private val pack: String,
    private val perTurn: Int,
) : StateHolder<TurnUiState>(shown(flow.state())) {
    constructor(engine: KusomaEngine, groupSession: String, pack: String, perTurn: Int) :
        this(engine, TurnsFlow(engine, groupSession), pack, perTurn)

    /** The learner holding the phone starts her turn. */
    fun startTurn() {
        if (state !is TurnUiState.Passing) return
        val turn = flow.startTurn().turn ?: return
        val exercises = ExerciseState(engine, turn.learner.id, pack, exercises = perTurn, existingSession = turn.session)
        exercises.start()
        state = TurnUiState.Playing(turn, exercises)
    }

    /** After an answer's feedback: her next exercise, or the hand-over when her turn is over. */
    fun next() {
        val playing = state as? TurnUiState.Playing ?: return
        if (flow.afterAnswer(engine)) state = shown(flow.state()) else playing.exercises.next()
    }

    /** Her turn ends early (she or the facilitator pressed Stop): the phone passes on. */
    fun endTurn() {
        val playing = state as? TurnUiState.Playing ?: return
        playing.exercises.end()
        state = shown(flow.endTurn(engine))
    }

    /** Ends the group session with the facilitator's [notes]. */
    fun end(notes: String): GroupSessionInfo {
        (state as? TurnUiState.Ended)?.let { return it.session }
        // The core offers the end at the hand-over: a turn being played ends first.
        endTurn()
        flow.beginEnding()
        flow.setNotes(notes)
        val ended = flow.end(engine)
        state = shown(ended)
        return checkNotNull(ended.ended) { "the core did not end the session" }
    }

    private companion object {
        fun shown(s: TurnsScreen): TurnUiState {
            val ended = s.ended
            val turn = s.turn
            return when {
                s.phase == TurnPhase.ENDED && ended != null -> TurnUiState.Ended(ended)
                turn != null -> TurnUiState.Passing(turn)
                else -> error("a group session with neither a turn nor an end")
            }
        }
    }
}
