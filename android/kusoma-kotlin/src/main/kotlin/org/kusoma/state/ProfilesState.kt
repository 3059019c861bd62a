package org.kusoma.state

import org.kusoma.KusomaEngine
import org.kusoma.LearnerCard
import org.kusoma.SignInFlow
import org.kusoma.SignInState
import org.kusoma.SignInStep

/** The learner signed in, once the core accepted her. */
val SignInState.signedIn: LearnerCard? get() = chosen.takeIf { step == SignInStep.SIGNED_IN }

/** What her PIN pad draws. */
val SignInState.pad: PinEntry get() = PinEntry(pinDigits.toInt(), canSubmitPin, wrongTry, lockedUntilMs)

/**
 * The profile chooser and the sign-in after it, as the core's [SignInFlow] runs them (pictures,
 * PIN, wrong tries, the lock-out): this forwards taps and publishes what comes back. A screen is
 * told how many pictures and digits were entered, never which.
 */
class ProfilesState private constructor(private val engine: KusomaEngine, private val flow: SignInFlow) :
    StateHolder<SignInState>(flow.state()) {
    constructor(engine: KusomaEngine) : this(engine, SignInFlow(engine))

    fun refresh() { state = flow.refresh(engine) }

    /** Creates a learner ([icon] empty: one no one else has) and chooses her. */
    fun create(name: String, icon: String): LearnerCard {
        state = flow.create(engine, name, icon)
        return checkNotNull(state.chosen) { "the learner created is chosen" }
    }

    fun choose(id: String) { state = flow.choose(id) }
    fun tapPicture(position: Int) { state = flow.tapPicture(engine, position.toUInt()) }
    fun clearPictures() { state = flow.clearPictures() }
    fun typePin(digit: Int) { state = flow.typeDigit(digit.toUInt()) }
    fun deletePin() { state = flow.deleteDigit() }
    fun submitPin() { state = flow.submitPin(engine) }
    fun signOut() { state = flow.signOut(engine) }
}
