package org.kusoma.state

import org.kusoma.HomeView
import org.kusoma.KusomaEngine

/** A learner's home: the core's [HomeView] for her in one course, reloaded after a session. */
class LearnerHomeState(private val engine: KusomaEngine, private val learnerId: String, private val pack: String) :
    StateHolder<HomeView>(engine.homeScreen(learnerId, pack)) {
    fun refresh() { state = engine.homeScreen(learnerId, pack) }
}
