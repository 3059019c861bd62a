package org.kusoma.state

import org.kusoma.KusomaEngine
import org.kusoma.KusomaException
import org.kusoma.LearnerProfile

/**
 * One learner on the profile chooser: a big picture and a name, and how she signs in (secret
 * pictures, a PIN, both, or neither).
 */
data class LearnerCard(
    val id: String,
    val name: String,
    val icon: String,
    val hasPictures: Boolean = false,
    val hasPin: Boolean = false,
)

/** What the profile chooser shows. */
data class ProfilesUiState(
    /** Every learner on this phone, oldest first. */
    val learners: List<LearnerCard> = emptyList(),
    /** The learner whose card was tapped, waiting for her picture login; null before. */
    val chosen: LearnerCard? = null,
    /** The picture-login grid: 12 pictures, of which a learner taps her 3 in order. */
    val pictureGrid: List<String> = PICTURE_LOGIN_ICONS,
    /** Grid positions tapped so far (at most [PICTURE_LOGIN_LENGTH]). */
    val picturesEntered: List<Int> = emptyList(),
    /** The learner who is signed in, once the core accepted her pictures. */
    val signedIn: LearnerCard? = null,
    /** The last three pictures were wrong: the grid starts again (show ✗, say "try again"). */
    val wrongTry: Boolean = false,
    /** Too many wrong tries: the profile is locked until this time (ms since the epoch). */
    val lockedUntilMs: Long? = null,
    /** Her PIN pad, when she has a PIN and her pictures (if any) are entered; null otherwise. */
    val pin: PinEntry? = null,
)

/**
 * The choose-your-profile screen: list the learners on this phone, create one, choose one and
 * enter her picture login.
 */
class ProfilesState(private val engine: KusomaEngine) : StateHolder<ProfilesUiState>(ProfilesUiState()) {
    init {
        refresh()
    }

    /** Reloads the learners from the store. */
    fun refresh() {
        state = state.copy(learners = engine.learners().map(::card))
    }

    /** Creates a learner with [name] and [icon] (empty: the core's suggestion) and chooses her. */
    fun create(name: String, icon: String): LearnerCard {
        val created = card(engine.createLearner(name, icon.ifEmpty { engine.suggestedCardPicture() }))
        refresh()
        choose(created.id)
        return created
    }

    /** Chooses the learner [id]; her picture login starts empty. */
    fun choose(id: String) {
        val learner = state.learners.firstOrNull { it.id == id }
            ?: throw IllegalArgumentException("no learner $id")
        state = state.copy(
            chosen = learner, picturesEntered = emptyList(), signedIn = null, wrongTry = false, lockedUntilMs = null,
            pin = if (learner.hasPin && !learner.hasPictures) PinEntry() else null,
        )
    }

    /**
     * Taps grid picture [position]; the third tap asks the core to sign her in. A wrong sequence
     * empties the grid with [ProfilesUiState.wrongTry]; a locked profile sets
     * [ProfilesUiState.lockedUntilMs]. A learner who set no pictures is signed in by any three.
     * A learner with a PIN as well gets her PIN pad after the third picture.
     */
    fun tapPicture(position: Int) {
        require(position in state.pictureGrid.indices) { "no picture at $position" }
        val chosen = state.chosen ?: return
        if (state.picturesEntered.size >= PICTURE_LOGIN_LENGTH || state.signedIn != null) return
        val entered = state.picturesEntered + position
        if (entered.size < PICTURE_LOGIN_LENGTH) {
            state = state.copy(picturesEntered = entered, wrongTry = false)
            return
        }
        if (chosen.hasPin) {
            state = state.copy(picturesEntered = entered, wrongTry = false, pin = PinEntry())
            return
        }
        signIn(chosen, entered, null)
    }

    /** Types [digit] on her PIN pad. */
    fun typePin(digit: Int) {
        val pin = state.pin ?: return
        state = state.copy(pin = pin.type(digit))
    }

    /** Deletes the last digit of her PIN. */
    fun deletePin() {
        val pin = state.pin ?: return
        state = state.copy(pin = pin.delete())
    }

    /** Tries her pictures and PIN together; a wrong try starts her sign-in again from the pictures. */
    fun submitPin() {
        val chosen = state.chosen ?: return
        val pin = state.pin?.takeIf { it.complete } ?: return
        signIn(chosen, state.picturesEntered.takeIf { chosen.hasPictures }, pin.digits)
    }

    private fun signIn(chosen: LearnerCard, entered: List<Int>?, pin: String?) {
        val pictures = entered?.let { e -> ByteArray(e.size) { e[it].toByte() } }
        // After a wrong try the PIN pad reopens only for a learner with no pictures; one with
        // pictures starts again from them.
        val padAgain = chosen.hasPin && !chosen.hasPictures
        state = try {
            engine.signInLearner(chosen.id, pictures, pin)
            state.copy(picturesEntered = entered.orEmpty(), signedIn = chosen, wrongTry = false, lockedUntilMs = null, pin = null)
        } catch (e: KusomaException.Denied) {
            state.copy(picturesEntered = emptyList(), signedIn = null, wrongTry = true, pin = if (padAgain) PinEntry(wrongTry = true) else null)
        } catch (e: KusomaException.Locked) {
            state.copy(
                picturesEntered = emptyList(), signedIn = null, wrongTry = false, lockedUntilMs = e.untilMs,
                pin = if (padAgain) PinEntry(lockedUntilMs = e.untilMs) else null,
            )
        }
    }

    /** Clears the pictures entered so far. */
    fun clearPictures() {
        state = state.copy(picturesEntered = emptyList(), signedIn = null)
    }

    /** Back to the list: nobody chosen, nobody signed in (the quick exit locks the profile). */
    fun signOut() {
        engine.signOut()
        state = state.copy(chosen = null, picturesEntered = emptyList(), signedIn = null, wrongTry = false, lockedUntilMs = null, pin = null)
    }

    private fun card(p: LearnerProfile) =
        LearnerCard(p.id, p.name, p.icon.ifEmpty { LEARNER_ICONS.first() }, p.hasPictures, p.hasPin)
}
