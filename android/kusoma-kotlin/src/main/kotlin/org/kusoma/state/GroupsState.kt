package org.kusoma.state

import org.kusoma.GroupsFlow
import org.kusoma.GroupsView
import org.kusoma.KusomaEngine

/** Facilitator mode's home, as the core's [GroupsFlow] runs it: the groups, and a new one. */
class GroupsState private constructor(private val engine: KusomaEngine, private val flow: GroupsFlow) :
    StateHolder<GroupsView>(flow.view()) {
    constructor(engine: KusomaEngine) : this(engine, GroupsFlow(engine))

    fun refresh() { state = flow.refresh(engine) }
    fun setName(name: String) { state = flow.setName(name) }
    fun create() { state = flow.create(engine) }
}
