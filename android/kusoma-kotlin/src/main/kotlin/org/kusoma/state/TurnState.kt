package org.kusoma.state

import org.kusoma.KusomaEngine
import org.kusoma.Tap
import org.kusoma.TurnsFlow
import org.kusoma.TurnsScreen

/**
 * Pass-the-phone turns as the core's [TurnsFlow] runs them (whose turn it is, her turn's
 * exercises, when it is over, ending with notes): this forwards taps and publishes the
 * [TurnsScreen] that comes back. This screen asks for the notes on the hand-over, so [end]
 * confirms in one tap.
 */
class TurnState private constructor(private val engine: KusomaEngine, private val flow: TurnsFlow) :
    StateHolder<TurnsScreen>(flow.state()), LessonTaps {
    constructor(engine: KusomaEngine, groupSession: String, perTurn: Int) :
        this(engine, TurnsFlow(engine, groupSession, perTurn.toUInt()))

    fun startTurn() { state = flow.startTurn(engine) }
    override fun send(tap: Tap) { state = flow.tap(tap) }
    fun submit() { state = flow.submit(engine) }
    fun next() { state = flow.next(engine) }
    fun endTurn() { state = flow.endTurn(engine) }

    /** Ends the group session with the facilitator's [notes] (offered at the hand-over). */
    fun end(notes: String) {
        flow.beginEnding()
        flow.setNotes(notes)
        state = flow.end(engine)
    }
}
