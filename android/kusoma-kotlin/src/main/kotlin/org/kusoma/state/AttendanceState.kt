package org.kusoma.state

import org.kusoma.GroupSessionInfo
import org.kusoma.KusomaEngine
import org.kusoma.LearnerProfile
import org.kusoma.TurnRuleSpec

/** Fewest and most exercises a pass-the-phone turn can have on the attendance screen. */
const val TURN_MIN = 1
const val TURN_MAX = 20

/** What the attendance screen shows. */
data class AttendanceUiState(
    val roster: List<LearnerProfile>,
    /** Those marked absent; everyone else is present. */
    val absent: Set<String> = emptySet(),
    /** Exercises per pass-the-phone turn. */
    val turnEvery: Int = 3,
    /** The group session, once started. */
    val started: GroupSessionInfo? = null,
)

/**
 * Starting a group session: everyone on the roster is present until the facilitator touches
 * those who are not, and she sets how many exercises each turn with the phone has. Starting
 * stores the session and its attendance (one call for all the absent, all or nothing).
 */
class AttendanceState(private val engine: KusomaEngine, private val group: String, private val pack: String) :
    StateHolder<AttendanceUiState>(AttendanceUiState(engine.roster(group))) {

    /** Marks learner [id] absent, or present again. */
    fun toggle(id: String) {
        require(state.roster.any { it.id == id }) { "$id is not on the roster" }
        state = state.copy(absent = if (id in state.absent) state.absent - id else state.absent + id)
    }

    /** One more exercise per turn. */
    fun more() {
        state = state.copy(turnEvery = (state.turnEvery + 1).coerceAtMost(TURN_MAX))
    }

    /** One fewer exercise per turn. */
    fun fewer() {
        state = state.copy(turnEvery = (state.turnEvery - 1).coerceAtLeast(TURN_MIN))
    }

    /** Starts the group session with this attendance; returns it. Somebody must be present. */
    fun start(): GroupSessionInfo {
        state.started?.let { return it }
        check(state.absent.size < state.roster.size) { "nobody is present" }
        val session = engine.startGroupSession(group, pack, TurnRuleSpec.Exercises(state.turnEvery.toUInt()))
        if (state.absent.isNotEmpty()) engine.setAttendance(session.id, state.absent.toList(), false)
        state = state.copy(started = session)
        return session
    }
}
