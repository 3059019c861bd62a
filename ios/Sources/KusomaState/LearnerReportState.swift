import Combine
import Kusoma

/// One learner's report for a pack, for her facilitator: her units, exercises week by week,
/// recent accuracy, what she misses and her assessments. Computed by the core from the stored
/// answers; this holder only loads it (a facilitator must be unlocked, else `Denied`).
@MainActor
public final class LearnerReportState: ObservableObject {
    @Published public private(set) var state: LearnerReportInfo
    private let engine: KusomaEngine
    private let learner: String
    private let pack: String

    /// Loads the report of learner `learner` (her id) in `pack`.
    public init(engine: KusomaEngine, learner: String, pack: String) throws {
        self.engine = engine
        self.learner = learner
        self.pack = pack
        state = try engine.learnerReport(learner: learner, pack: pack)
    }

    /// Loads the report again (after a session or a merge).
    public func refresh() throws {
        state = try engine.learnerReport(learner: learner, pack: pack)
    }
}
