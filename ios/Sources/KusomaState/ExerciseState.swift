import Combine
import Foundation
import Kusoma

/// What the exercise screen shows: the core's `LessonScreen` by phase, as SwiftUI draws it.
public enum ExerciseUiState: Equatable {
    case notStarted
    case answering(Answering)
    case answered(Answered)
    case finished(SessionReport)

    /// An exercise and what the learner has tapped so far.
    public struct Answering: Equatable {
        public let exercise: ExerciseView
        public let number: Int
        public let total: Int
        public let selected: Int?
        public let placed: [Int]
        /// The core says the answer is complete enough to check.
        public let canSubmit: Bool
    }

    /// An exercise, the answer given and the core's feedback on it.
    public struct Answered: Equatable {
        public let exercise: ExerciseView
        public let number: Int
        public let total: Int
        public let selected: Int?
        public let placed: [Int]
        public let feedback: AnswerFeedback
    }

    init(_ s: LessonScreen) {
        let (number, total) = (Int(s.number), Int(s.total))
        let (selected, placed) = (s.selected.map { Int($0) }, s.placed.map { Int($0) })
        switch (s.phase, s.exercise, s.feedback, s.summary) {
        case (.finished, _, _, let summary?): self = .finished(summary)
        case (.answered, let exercise?, let feedback?, _):
            self = .answered(Answered(exercise: exercise, number: number, total: total, selected: selected,
                                      placed: placed, feedback: feedback))
        case (.answering, let exercise?, _, _):
            self = .answering(Answering(exercise: exercise, number: number, total: total, selected: selected,
                                        placed: placed, canSubmit: s.canSubmit))
        default: self = .notStarted
        }
    }
}

/// One learning session as the core's `LessonFlow` runs it (taps, a complete answer timed on the
/// core's clock, feedback, the summary): this forwards taps and publishes what comes back.
@MainActor
public final class ExerciseState: ObservableObject {
    @Published public private(set) var state: ExerciseUiState = .notStarted
    /// The course, for resolving the exercises' asset files (`engine.assetPath(pack:asset:)`).
    public let pack: String
    private let engine: KusomaEngine
    private let flow: LessonFlow

    /// A new session for `learnerId` in `pack`; `start()` shows its first exercise.
    public init(engine: KusomaEngine, learnerId: String, pack: String, exercises: Int = Int(defaults.sessionExercises),
                seed: UInt64? = nil) {
        self.engine = engine
        self.pack = pack
        flow = LessonFlow(learner: learnerId, pack: pack, exercises: UInt32(clamping: exercises), choices: nil, seed: seed)
    }

    /// A session the core already started (a pass-the-phone turn), `exercises` long.
    public init(engine: KusomaEngine, session: String, pack: String, exercises: Int) {
        self.engine = engine
        self.pack = pack
        flow = LessonFlow.existing(session: session, total: UInt32(clamping: exercises))
    }

    public func start() throws { show(try flow.start(engine: engine)) }
    public func select(_ index: Int) { update { try flow.select(index: Self.index(index)) } }
    public func place(_ index: Int) { update { try flow.place(index: Self.index(index)) } }
    public func unplace(_ position: Int) { show(flow.unplace(position: Self.index(position))) }
    public func clearTiles() { show(flow.clearTiles()) }
    public func next() throws { show(try flow.next(engine: engine)) }

    /// Sends the answer; the core stores it before it answers with feedback.
    @discardableResult
    public func submit() throws -> AnswerFeedback? {
        show(try flow.submit(engine: engine))
        if case .answered(let s) = state { return s.feedback }
        return nil
    }

    /// Ends the session now (or after its last exercise): the summary.
    @discardableResult
    public func end() throws -> SessionReport? {
        show(try flow.end(engine: engine))
        if case .finished(let report) = state { return report }
        return nil
    }

    private func show(_ s: LessonScreen) { state = ExerciseUiState(s) }

    /// An index as the core takes it; a negative one becomes one no exercise has, which the core
    /// refuses (as Kotlin's does), rather than choice 0.
    private static func index(_ i: Int) -> UInt32 { UInt32(exactly: i) ?? .max }

    private func update(_ action: () throws -> LessonScreen) {
        if let s = try? action() { show(s) }
    }
}
