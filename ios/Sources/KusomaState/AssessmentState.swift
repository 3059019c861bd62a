import Combine
import Kusoma

/// A timed EGRA subtask (then, after a passage, its comprehension questions) as the core's
/// `AssessmentModel` runs it: this holder only forwards taps, with the engine, and publishes the
/// state the core returns. Items and questions are the 0-based indices they are drawn at; a tap
/// that does not apply now is ignored by the core. The screen calls `tick()` once a second.
@MainActor
public final class AssessmentState: ObservableObject {
    @Published public private(set) var state: AssessmentScreenState
    /// The learner assessed, for the screen's title.
    public let learner: LearnerCard
    private let engine: KusomaEngine
    private let model: AssessmentModel

    /// Draws `subtask`'s sheet for `learner` in `pack` (within `groupSession`, if any).
    public init(engine: KusomaEngine, learner: LearnerCard, pack: String, subtask: Subtask,
                groupSession: String? = nil) throws {
        self.engine = engine
        self.learner = learner
        model = try AssessmentModel(engine: engine, learner: learner.id, pack: pack, subtask: subtask,
                                    groupSession: groupSession)
        state = model.state()
    }

    public func begin() throws { state = try model.begin(engine: engine) }
    // A negative index becomes one past any grid: the core's InvalidInput, not a wrapped number.
    public func touch(_ index: Int) throws { state = try model.touch(engine: engine, index: UInt32(exactly: index) ?? .max) }
    public func stop() { state = model.stop() }
    public func tick() throws { state = try model.tick(engine: engine) }
    public func finish() throws { state = try model.finish(engine: engine) }
    public func markQuestion(_ index: Int, right: Bool) throws {
        state = try model.markQuestion(index: UInt32(exactly: index) ?? .max, right: right)
    }
    public func saveComprehension() throws { state = try model.saveComprehension(engine: engine) }
    public func cancel() throws { try model.cancel(engine: engine) }
}

public extension Subtask {
    /// The words naming the subtask (the core's mapping).
    var role: UiText { subtaskRole(subtask: self) }
}
