import Combine
import Kusoma

/// An ASER probe as the core's `AserModel` keeps it (counts in bounds, the level by ASER's
/// rules, nothing changed once saved): this holder forwards taps and publishes the state returned.
@MainActor
public final class AserState: ObservableObject {
    @Published public private(set) var state: AserScreenState
    private let engine: KusomaEngine
    private let model: AserModel

    /// An empty form for learner `learner` (her id) in `pack` (within `groupSession`, if any).
    public init(engine: KusomaEngine, learner: String, pack: String, groupSession: String? = nil) {
        self.engine = engine
        model = AserModel(learner: learner, pack: pack, groupSession: groupSession)
        state = model.state()
    }

    // A negative count (− below 0) is 0: the core takes counts as unsigned.
    public func setLetters(_ right: Int) { state = model.setLetters(right: UInt32(clamping: right)) }
    public func setWords(_ right: Int) { state = model.setWords(right: UInt32(clamping: right)) }
    public func setParagraph(_ mistakes: Int?) { state = model.setParagraph(mistakes: mistakes.map { UInt32(clamping: $0) }) }
    public func setStory(_ mistakes: Int?) { state = model.setStory(mistakes: mistakes.map { UInt32(clamping: $0) }) }
    public func save() throws { state = try model.save(engine: engine) }
}

public extension AserLevel {
    /// The words naming the level (the core's mapping).
    var role: UiText { aserLevelRole(level: self) }
}
