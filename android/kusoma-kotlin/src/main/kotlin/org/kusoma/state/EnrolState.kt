package org.kusoma.state

import org.kusoma.EnrolFlow
import org.kusoma.EnrolView
import org.kusoma.KusomaEngine

/**
 * A facilitator enrols a learner, as the core's [EnrolFlow] runs the form (name, card picture,
 * three secret pictures tapped in order, a name the core refuses said in [EnrolView.refused]):
 * this forwards taps and publishes what comes back.
 */
class EnrolState private constructor(private val engine: KusomaEngine, private val flow: EnrolFlow) :
    StateHolder<EnrolView>(flow.view()) {
    constructor(engine: KusomaEngine) : this(engine, EnrolFlow(engine))

    fun setName(name: String) { state = flow.setName(name) }
    fun chooseIcon(icon: String) { state = flow.chooseIcon(icon) }
    fun tapPicture(position: Int) { state = flow.tapPicture(position.toUInt()) }
    fun clearPictures() { state = flow.clearPictures() }

    /** Enrols her; true when she was stored (else the form says why, or is incomplete). */
    fun save(): Boolean {
        state = flow.save(engine)
        return state.enrolled != null
    }
}
