package org.kusoma.state

import org.kusoma.FacilitatorGateFlow
import org.kusoma.GateState
import org.kusoma.KusomaEngine

/** What the gate's PIN pad draws. */
val GateState.pad: PinEntry get() = PinEntry(pinDigits.toInt(), canSubmit, wrongTry, lockedUntilMs)

/**
 * The way into facilitator mode, as the core's [FacilitatorGateFlow] runs it (the first
 * facilitator on a new phone, choosing, the PIN, wrong tries, the lock-out): this forwards taps
 * and publishes what comes back.
 */
class FacilitatorGateState private constructor(private val engine: KusomaEngine, private val flow: FacilitatorGateFlow) :
    StateHolder<GateState>(flow.state()) {
    constructor(engine: KusomaEngine) : this(engine, FacilitatorGateFlow(engine))

    fun choose(id: String) { state = flow.choose(id) }
    fun setName(name: String) { state = flow.setName(name) }
    fun type(digit: Int) { state = flow.typeDigit(digit.toUInt()) }
    fun delete() { state = flow.deleteDigit() }
    fun submit() { state = flow.submit(engine) }
    fun back() { state = flow.back() }
}
