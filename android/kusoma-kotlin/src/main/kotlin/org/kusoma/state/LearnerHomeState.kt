package org.kusoma.state

import org.kusoma.KusomaEngine
import org.kusoma.UnitStatus

/** One unit on the home screen's path. */
data class UnitStep(
    val id: String,
    val title: String,
    /** Letters (graphemes) learned in the unit (mastery confirmed on a later day), and how many it has: drawn as lit and unlit dots. */
    val lettersMastered: Int,
    /** Letters mastered but not yet confirmed by a check on a later day: drawn half lit, after the learned ones. */
    val lettersToConfirm: Int,
    val lettersTotal: Int,
    val wordsMastered: Int,
    val wordsTotal: Int,
    /** The whole unit is learned. */
    val done: Boolean,
    /** The unit being learned now. */
    val current: Boolean,
)

/** What the learner's home screen shows. */
data class HomeUiState(
    val learnerId: String,
    val name: String,
    val pack: String,
    /** The course's name in its own language. */
    val packName: String,
    /** The course's units in teaching order: the path. */
    val units: List<UnitStep>,
    val attempts: Int,
    val correct: Int,
    val sessions: Int,
) {
    /** Letters learned over the whole course. */
    val lettersMastered: Int get() = units.sumOf { it.lettersMastered }
}

/** A learner's home: her progress in one course, unit by unit. */
class LearnerHomeState(
    private val engine: KusomaEngine,
    private val learnerId: String,
    private val pack: String,
) : StateHolder<HomeUiState>(load(engine, learnerId, pack)) {
    /** Reloads the progress (after a session). */
    fun refresh() {
        state = load(engine, learnerId, pack)
    }

    private companion object {
        fun load(engine: KusomaEngine, learnerId: String, pack: String): HomeUiState {
            val report = engine.progress(learnerId, pack)
            return HomeUiState(
                learnerId = report.learner,
                name = report.name,
                pack = report.pack,
                packName = engine.packs().firstOrNull { it.id == report.pack }?.name ?: report.pack,
                units = report.units.map(::step),
                attempts = report.attempts.toInt(),
                correct = report.correct.toInt(),
                sessions = report.sessions.toInt(),
            )
        }

        fun step(u: UnitStatus) = UnitStep(
            id = u.id,
            title = u.title,
            lettersMastered = u.graphemesConfirmed.toInt(),
            lettersToConfirm = (u.graphemesMastered - u.graphemesConfirmed).toInt(),
            lettersTotal = u.graphemesTotal.toInt(),
            wordsMastered = u.wordsMastered.toInt(),
            wordsTotal = u.wordsTotal.toInt(),
            done = u.mastered,
            current = u.current,
        )
    }
}
