package org.kusoma.state

import org.kusoma.GroupReportInfo
import org.kusoma.KusomaEngine

/**
 * A group's report for a pack: attendance, who needs help and why, the hardest items. Computed
 * by the core from the stored answers; this holder only loads it.
 */
class GroupReportState(engine: KusomaEngine, group: String, pack: String) :
    StateHolder<GroupReportInfo>(engine.groupReport(group, pack))
