package org.kusoma.state

import org.kusoma.GroupReportInfo
import org.kusoma.KusomaEngine

/**
 * A group's report for a pack: attendance, who needs help and why, the hardest items. Computed
 * by the core from the stored answers; this holder only loads it.
 */
class GroupReportState(private val engine: KusomaEngine, private val group: String, private val pack: String) :
    StateHolder<GroupReportInfo>(engine.groupReport(group, pack)) {
    /** Loads the report again (after a session or a merge). */
    fun refresh() {
        state = engine.groupReport(group, pack)
    }
}
