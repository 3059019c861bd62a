package org.kusoma.state

import org.kusoma.KusomaEngine
import org.kusoma.LearnerProfile
import org.kusoma.NewLearner

/** What the enrolment screen shows. */
data class EnrolUiState(
    val name: String = "",
    /** The picture on her card (the core suggests one no other learner has). */
    val icon: String = LEARNER_ICONS.first(),
    /** Her secret pictures, positions in [PICTURE_LOGIN_ICONS], in order (none, or three). */
    val pictures: List<Int> = emptyList(),
    /** The learner once enrolled. */
    val enrolled: LearnerProfile? = null,
) {
    /** Whether the form can be saved: a name, and no or all three pictures. */
    val canSave: Boolean get() = name.isNotBlank() && (pictures.isEmpty() || pictures.size == PICTURE_LOGIN_LENGTH)
}

/**
 * A facilitator enrols a learner: her name, the picture on her card and, if she wants her
 * progress kept to herself, three secret pictures. Demographics are not asked here: they need
 * her consent, which the facilitator records separately.
 */
class EnrolState(private val engine: KusomaEngine) :
    StateHolder<EnrolUiState>(EnrolUiState(icon = engine.suggestedCardPicture())) {
    /** Her name as typed. */
    fun setName(name: String) {
        state = state.copy(name = name)
    }

    /** Chooses the picture on her card. */
    fun chooseIcon(icon: String) {
        require(icon in LEARNER_ICONS) { "not a learner icon: $icon" }
        state = state.copy(icon = icon)
    }

    /** Adds secret picture [position] (at most three). */
    fun tapPicture(position: Int) {
        require(position in PICTURE_LOGIN_ICONS.indices) { "no picture at $position" }
        if (state.pictures.size < PICTURE_LOGIN_LENGTH) state = state.copy(pictures = state.pictures + position)
    }

    /** Takes the secret pictures back. */
    fun clearPictures() {
        state = state.copy(pictures = emptyList())
    }

    /** Enrols her; returns her profile, or null while the form is incomplete. */
    fun save(): LearnerProfile? {
        val s = state
        if (!s.canSave) return null
        val pictures = s.pictures.takeIf { it.isNotEmpty() }?.let { p -> ByteArray(p.size) { p[it].toByte() } }
        val learner = engine.enrolLearner(NewLearner(s.name.trim(), s.icon, pictures, null, null, null, false))
        state = EnrolUiState(icon = engine.suggestedCardPicture(), enrolled = learner)
        return learner
    }
}
