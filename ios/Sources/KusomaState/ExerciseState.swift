import Combine
import Kusoma

/// What the exercise screen draws and sends its taps to: a session (`ExerciseState`) or the
/// exercise of a group turn (`TurnState`); both hand the taps to the core's flow.
@MainActor
public protocol LessonTaps: ObservableObject {
    /// The exercise screen as the core's flow gives it, by phase.
    var lesson: LessonScreen { get }
    /// The course, for resolving the exercises' asset files (`engine.assetPath(pack:asset:)`).
    var pack: String { get }
    /// A tap that builds the answer, to the core's flow (one it refuses changes nothing).
    func send(_ tap: Tap)
    func submit() throws
}

extension LessonTaps {
    public func select(_ index: Int) { send(.select(index: Self.index(index))) }
    public func place(_ index: Int) { send(.place(index: Self.index(index))) }
    public func unplace(_ position: Int) { send(.unplace(position: Self.index(position))) }
    public func clearTiles() { send(.clearTiles) }

    /// An index as the core takes it; a negative one becomes one no exercise has, which the core
    /// refuses (as Kotlin's does), rather than choice 0.
    private static func index(_ i: Int) -> UInt32 { UInt32(exactly: i) ?? .max }
}

/// One learning session as the core's `LessonFlow` runs it (taps, a complete answer timed on the
/// core's clock, feedback, the summary): this forwards taps and publishes the `LessonScreen` that
/// comes back. `placement` runs a placement test on the same screens.
@MainActor
public final class ExerciseState: LessonTaps {
    @Published public private(set) var state: LessonScreen
    public let pack: String
    private let engine: KusomaEngine
    private let flow: LessonFlow

    /// A new session for `learnerId` in `pack`, the core's length unless `exercises` is given;
    /// `start()` shows its first exercise.
    public convenience init(engine: KusomaEngine, learnerId: String, pack: String, exercises: Int? = nil,
                            seed: UInt64? = nil) {
        let length = exercises.map { UInt32(clamping: $0) }
        self.init(engine, pack, LessonFlow(learner: learnerId, pack: pack, exercises: length, choices: nil, seed: seed))
    }

    /// A placement test for `learnerId` in `pack`; its summary says which units it placed her past.
    public static func placement(engine: KusomaEngine, learnerId: String, pack: String,
                                 seed: UInt64? = nil) -> ExerciseState {
        ExerciseState(engine, pack, LessonFlow.placement(learner: learnerId, pack: pack, seed: seed))
    }

    private init(_ engine: KusomaEngine, _ pack: String, _ flow: LessonFlow) {
        self.engine = engine
        self.pack = pack
        self.flow = flow
        state = flow.state()
    }

    public var lesson: LessonScreen { state }
    public func start() throws { state = try flow.start(engine: engine) }
    public func send(_ tap: Tap) { if let s = try? flow.tap(tap: tap) { state = s } }
    public func submit() throws { state = try flow.submit(engine: engine) }
    public func next() throws { state = try flow.next(engine: engine) }
    /// Ends the session now (or after its last exercise): the summary.
    public func end() throws { state = try flow.end(engine: engine) }
}
