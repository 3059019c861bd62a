package org.kusoma.state

import org.kusoma.GroupInfo
import org.kusoma.KusomaEngine
import org.kusoma.LearnerProfile

/** What a group's screen shows. */
data class GroupUiState(
    val group: GroupInfo,
    /** The learners on the roster, in roster order (the order turns go round). */
    val roster: List<LearnerProfile>,
    /** The phone's learners not on the roster, who can be added. */
    val others: List<LearnerProfile>,
    /** Learners ticked to be added. */
    val adding: Set<String> = emptySet(),
)

/** One group: its roster, adding learners to it. */
class GroupState(private val engine: KusomaEngine, groupId: String) :
    StateHolder<GroupUiState>(load(engine, groupId, emptySet())) {

    /** Ticks or unticks learner [id] to be added. */
    fun toggleAdding(id: String) {
        require(state.others.any { it.id == id }) { "$id is not a learner off the roster" }
        state = state.copy(adding = if (id in state.adding) state.adding - id else state.adding + id)
    }

    /** Adds the ticked learners to the roster. */
    fun addTicked() {
        if (state.adding.isEmpty()) return
        engine.addToGroup(state.group.id, state.adding.toList())
        state = load(engine, state.group.id, emptySet())
    }

    private companion object {
        fun load(engine: KusomaEngine, groupId: String, adding: Set<String>): GroupUiState {
            val group = engine.groups().firstOrNull { it.id == groupId } ?: throw IllegalArgumentException("no group $groupId")
            val roster = engine.roster(groupId)
            val on = roster.map { it.id }.toSet()
            return GroupUiState(group, roster, engine.learners().filter { it.id !in on }, adding)
        }
    }
}
