import Combine
import Foundation
import Kusoma

/// What the exercise screen shows: one phase of a session.
public enum ExerciseUiState: Equatable {
    /// Before `ExerciseState.start()`.
    case notStarted
    /// An exercise waiting for an answer.
    case answering(Answering)
    /// The core's feedback on the answer just given.
    case answered(Answered)
    /// The session is over.
    case finished(SessionReport)

    /// An exercise and what the learner has tapped so far.
    public struct Answering: Equatable {
        public let exercise: ExerciseView
        /// 1-based position in the session, and the session's length.
        public let number: Int
        public let total: Int
        /// The tapped choice (tap-one exercises).
        public var selected: Int?
        /// Tiles placed so far, in order (tile exercises).
        public var placed: [Int] = []

        /// Whether the answer is complete enough to check.
        public var canSubmit: Bool {
            switch exercise.mode {
            case .tapOne: return selected != nil
            case .orderTiles: return placed.count == Int(exercise.answerLength)
            }
        }
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
}

/// One learning session: the core picks each exercise and checks each answer; this holder keeps
/// what the learner has tapped, times her answer and moves through the phases.
///
/// `clock` gives milliseconds; the response time it measures feeds the core's "slow answer"
/// rule, so tests pass a fake one.
@MainActor
public final class ExerciseState: ObservableObject {
    @Published public private(set) var state: ExerciseUiState = .notStarted
    /// The course, for resolving the exercises' asset files (`engine.assetPath(pack:asset:)`).
    public let pack: String
    private let engine: KusomaEngine
    private let learnerId: String?
    private let exercises: Int
    private let choices: Int
    private let seed: UInt64?
    private let clock: () -> Int64
    private var session: String?
    private var shownAt: Int64 = 0
    private var number = 0

    /// A new session for `learnerId` in `pack`, started by `start()`.
    public init(engine: KusomaEngine, learnerId: String, pack: String, exercises: Int = Int(defaults.sessionExercises),
                choices: Int = 3, seed: UInt64? = nil, clock: @escaping () -> Int64 = ExerciseState.now) {
        self.engine = engine
        self.learnerId = learnerId
        self.pack = pack
        self.exercises = exercises
        self.choices = choices
        self.seed = seed
        self.clock = clock
    }

    /// A session the core already opened (a pass-the-phone turn's `TurnInfo.session`);
    /// `start()` shows its first exercise. `exercises` is the turn's length, for the dots.
    public init(engine: KusomaEngine, session: String, pack: String, exercises: Int,
                clock: @escaping () -> Int64 = ExerciseState.now) {
        self.engine = engine
        self.learnerId = nil
        self.session = session
        self.pack = pack
        self.exercises = exercises
        self.choices = 3
        self.seed = nil
        self.clock = clock
    }

    /// Milliseconds since the Unix epoch, the core's unit of time.
    nonisolated public static func now() -> Int64 { Int64(Date().timeIntervalSince1970 * 1000) }

    /// Starts the session (unless it was given) and shows its first exercise.
    public func start() throws {
        guard case .notStarted = state else { preconditionFailure("the session has started") }
        if session == nil, let learnerId {
            session = try engine.startSession(learner: learnerId, pack: pack, exercises: UInt32(exercises),
                                              choices: UInt32(choices), seed: seed)
        }
        try advance()
    }

    /// Taps choice `index` (tap-one exercises); tapping another changes the choice.
    public func select(_ index: Int) {
        guard case .answering(var s) = state, s.exercise.mode == .tapOne else { return }
        precondition(s.exercise.choices.indices.contains(index), "no choice \(index)")
        s.selected = index
        state = .answering(s)
    }

    /// Places tile `index` after those placed (tile exercises); each tile is placed once.
    public func place(_ index: Int) {
        guard case .answering(var s) = state, s.exercise.mode == .orderTiles else { return }
        precondition(s.exercise.choices.indices.contains(index), "no tile \(index)")
        guard !s.placed.contains(index), s.placed.count < Int(s.exercise.answerLength) else { return }
        s.placed.append(index)
        state = .answering(s)
    }

    /// Takes the placed tile at `position` back, with those after it staying in order.
    public func unplace(_ position: Int) {
        guard case .answering(var s) = state, s.placed.indices.contains(position) else { return }
        s.placed.remove(at: position)
        state = .answering(s)
    }

    /// Takes every placed tile back.
    public func clearTiles() {
        guard case .answering(var s) = state else { return }
        s.placed = []
        state = .answering(s)
    }

    /// Sends the answer; the core stores it before answering with feedback.
    @discardableResult
    public func submit() throws -> AnswerFeedback {
        guard case .answering(let s) = state, let session else {
            preconditionFailure("no exercise is waiting for an answer")
        }
        precondition(s.canSubmit, "the answer is not complete")
        let answer: LearnerAnswer
        switch s.exercise.mode {
        case .tapOne: answer = .choice(index: UInt32(s.selected!))
        case .orderTiles: answer = .tiles(order: s.placed.map { UInt32($0) })
        }
        let feedback = try engine.submit(session: session, answer: answer, responseMs: max(0, clock() - shownAt))
        state = .answered(.init(exercise: s.exercise, number: s.number, total: s.total,
                                selected: s.selected, placed: s.placed, feedback: feedback))
        return feedback
    }

    /// After feedback: the next exercise, or the summary when the session is complete.
    public func next() throws {
        guard case .answered = state else { preconditionFailure("answer first") }
        try advance()
    }

    /// Ends the session now (or after its last exercise) and shows the summary.
    @discardableResult
    public func end() throws -> SessionReport {
        if case .finished(let report) = state { return report }
        guard let session else { preconditionFailure("the session has not started") }
        let report = try engine.endSession(session: session)
        state = .finished(report)
        return report
    }

    private func advance() throws {
        guard let exercise = try engine.nextExercise(session: session!) else {
            try end()
            return
        }
        number += 1
        shownAt = clock()
        state = .answering(.init(exercise: exercise, number: number, total: exercises))
    }
}
