package org.kusoma.state

import org.kusoma.GroupInfo
import org.kusoma.KusomaEngine

/** What facilitator mode's first screen shows. */
data class GroupsUiState(
    /** The phone's groups. */
    val groups: List<GroupInfo> = emptyList(),
    /** The name typed for a new group. */
    val newName: String = "",
)

/** Facilitator mode's home: the groups, and a new one. Needs a facilitator unlocked. */
class GroupsState(private val engine: KusomaEngine) : StateHolder<GroupsUiState>(GroupsUiState()) {
    init {
        refresh()
    }

    /** Reloads the groups (member counts change as learners are added). */
    fun refresh() {
        state = state.copy(groups = engine.groups())
    }

    /** The new group's name as typed. */
    fun setName(name: String) {
        state = state.copy(newName = name)
    }

    /** Creates a group with the name typed; returns it, or null when no name is typed. */
    fun create(): GroupInfo? {
        val name = state.newName.trim()
        if (name.isEmpty()) return null
        val group = engine.createGroup(name)
        state = state.copy(newName = "")
        refresh()
        return group
    }
}
