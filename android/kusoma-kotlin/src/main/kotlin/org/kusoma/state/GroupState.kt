package org.kusoma.state

import org.kusoma.KusomaEngine
import org.kusoma.RosterFlow
import org.kusoma.RosterView

/** One group's roster and learners to add, as the core's [RosterFlow] runs it. */
class GroupState private constructor(private val engine: KusomaEngine, private val flow: RosterFlow) :
    StateHolder<RosterView>(flow.view()) {
    constructor(engine: KusomaEngine, group: String) : this(engine, RosterFlow(engine, group))

    fun toggleAdding(id: String) { state = flow.toggleAdding(id) }
    fun addTicked() { state = flow.addTicked(engine) }
}
