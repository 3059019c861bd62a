package org.kusoma.state

import org.kusoma.KusomaEngine
import org.kusoma.LearnerReportInfo

/**
 * One learner's report for a pack, for her facilitator: her units, exercises week by week,
 * recent accuracy, what she misses and her assessments. Computed by the core from the stored
 * answers; this holder only loads it (a facilitator must be unlocked).
 */
class LearnerReportState(engine: KusomaEngine, learner: String, pack: String) :
    StateHolder<LearnerReportInfo>(engine.learnerReport(learner, pack))
