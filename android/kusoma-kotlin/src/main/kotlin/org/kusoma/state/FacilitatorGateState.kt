package org.kusoma.state

import org.kusoma.FacilitatorInfo
import org.kusoma.KusomaEngine
import org.kusoma.KusomaException

/** A facilitator on the gate's list. */
data class FacilitatorCard(val id: String, val name: String)

/** What the facilitator gate shows. */
data class FacilitatorGateUiState(
    /** The phone's facilitators; empty on a new phone, when the gate asks for the first one. */
    val facilitators: List<FacilitatorCard> = emptyList(),
    /** The facilitator whose card was tapped: the PIN pad is for her. */
    val chosen: FacilitatorCard? = null,
    /** The name typed for a new facilitator (only when there is none yet). */
    val newName: String = "",
    /** The PIN being typed. */
    val pin: PinEntry = PinEntry(),
    /** The facilitator the core unlocked: facilitator mode opens. */
    val unlocked: FacilitatorCard? = null,
) {
    /** Whether the gate is creating the phone's first facilitator. */
    val creating: Boolean get() = facilitators.isEmpty()
}

/**
 * The way into facilitator mode: choose yourself and type your PIN; on a phone with no
 * facilitator yet, give a name and a PIN to become the first. The core keeps only a hash of the
 * PIN and locks a facilitator out after repeated wrong tries, as it does learners.
 */
class FacilitatorGateState(private val engine: KusomaEngine) :
    StateHolder<FacilitatorGateUiState>(FacilitatorGateUiState()) {
    init {
        state = state.copy(facilitators = engine.facilitators().map(::card))
    }

    /** Chooses facilitator [id]: the PIN pad opens, empty. */
    fun choose(id: String) {
        val chosen = state.facilitators.firstOrNull { it.id == id } ?: throw IllegalArgumentException("no facilitator $id")
        state = state.copy(chosen = chosen, pin = PinEntry())
    }

    /** The new facilitator's name as typed. */
    fun setName(name: String) {
        state = state.copy(newName = name)
    }

    /** Types [digit] on the pad. */
    fun type(digit: Int) {
        state = state.copy(pin = state.pin.type(digit))
    }

    /** Deletes the last digit. */
    fun delete() {
        state = state.copy(pin = state.pin.delete())
    }

    /**
     * Tries the PIN: unlocks the chosen facilitator, or creates the first one with the name
     * typed. A wrong PIN empties the pad with [PinEntry.wrongTry]; a lock sets
     * [PinEntry.lockedUntilMs].
     */
    fun submit() {
        val pin = state.pin
        if (!pin.complete) return
        if (state.creating) {
            val name = state.newName.trim()
            if (name.isEmpty()) return
            val created = card(engine.createFacilitator(name, pin.digits))
            unlock(created)
            return
        }
        unlock(state.chosen ?: return)
    }

    /** Back from the PIN pad to the list. */
    fun back() {
        state = state.copy(chosen = null, pin = PinEntry())
    }

    private fun unlock(facilitator: FacilitatorCard) {
        state = try {
            engine.unlockFacilitator(facilitator.id, state.pin.digits)
            state.copy(unlocked = facilitator, pin = PinEntry())
        } catch (e: KusomaException.Denied) {
            state.copy(pin = PinEntry(wrongTry = true))
        } catch (e: KusomaException.Locked) {
            state.copy(pin = PinEntry(lockedUntilMs = e.untilMs))
        }
    }

    private fun card(f: FacilitatorInfo) = FacilitatorCard(f.id, f.name)
}
