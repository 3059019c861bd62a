package org.kusoma.state

import org.kusoma.AttendanceFlow
import org.kusoma.AttendanceView
import org.kusoma.KusomaEngine

/**
 * The attendance that starts a group session, as the core's [AttendanceFlow] runs it: everyone
 * present until touched, the exercises per turn within the core's bounds, and Start, which
 * stores the session with its absent in one transaction.
 */
class AttendanceState private constructor(private val engine: KusomaEngine, private val flow: AttendanceFlow) :
    StateHolder<AttendanceView>(flow.view()) {
    constructor(engine: KusomaEngine, group: String, pack: String) : this(engine, AttendanceFlow(engine, group, pack))

    fun toggle(id: String) { state = flow.toggle(id) }
    fun more() { state = flow.more() }
    fun fewer() { state = flow.fewer() }

    /** Starts the session (once); its id. */
    fun start(): String {
        state = flow.start(engine)
        return checkNotNull(state.started) { "the core started no session" }
    }
}
