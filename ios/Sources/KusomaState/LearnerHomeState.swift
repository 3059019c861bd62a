import Combine
import Kusoma

extension HomeUnit: Identifiable {}

/// A learner's home: the core's `HomeView` for her in one course, reloaded after a session.
@MainActor
public final class LearnerHomeState: ObservableObject {
    @Published public private(set) var state: HomeView
    private let engine: KusomaEngine
    private let learnerId: String
    private let pack: String

    public init(engine: KusomaEngine, learnerId: String, pack: String) throws {
        self.engine = engine
        self.learnerId = learnerId
        self.pack = pack
        state = try engine.homeScreen(learner: learnerId, pack: pack)
    }

    public func refresh() throws { state = try engine.homeScreen(learner: learnerId, pack: pack) }
}
