import Combine
import Kusoma

/// The timed subtasks the grid screen runs, as the core names them.
public let timedSubtasks = ["letter-sounds", "familiar-words", "nonwords", "oral-reading"]

/// What the timed grid (or passage) screen shows.
public struct AssessmentUiState: Equatable {
    public let learner: LearnerProfile
    /// The items, time limit and autostop line, from the core.
    public let sheet: AssessmentSheetInfo
    /// The core's view of the run: phase, time left, whether the autostop rule applies.
    public var run: RunStateInfo
    /// Items marked wrong (0-based).
    public var wrong: Set<Int> = []
    /// The last item read (0-based), once marked.
    public var lastItem: Int?
    /// Stop was touched: the next item touched is the last one read.
    public var stopArmed = false
    /// The stored, scored result, after Done.
    public var result: AssessmentInfo?
    /// After a story: its comprehension questions that she read far enough to be asked, once Done.
    public var questions: [String] = []
    /// The facilitator's mark of each question asked (by index in `questions`): right (true) or
    /// wrong (false).
    public var answers: [Int: Bool] = [:]
    /// The stored comprehension result, once the answers are saved.
    public var comprehension: AssessmentInfo?

    /// Whether every question asked is marked, so the comprehension result can be saved.
    public var canSaveComprehension: Bool {
        !questions.isEmpty && answers.count == questions.count && comprehension == nil
    }

    /// Whole seconds left, rounded up (the clock shows 60 until a full second has passed).
    public var secondsLeft: Int { Int((max(run.remainingMs, 0) + 999) / 1000) }

    /// Items a row: 10 letters, 5 words; a passage (oral reading) flows as text instead.
    public var columns: Int? {
        switch sheet.subtask {
        case "letter-sounds": return 10
        case "oral-reading": return nil
        default: return 5
        }
    }
}

/// A step the screen does not offer, refused by a holder (Android's `check` failures).
public enum AssessmentStateError: Error, Equatable {
    /// Save before every comprehension question asked was marked.
    case unmarkedQuestions
}

/// One timed EGRA subtask marked by the facilitator: start the clock, touch each item read
/// wrongly (again: right after all), stop at the last item or let time run out and mark it,
/// then Done. The core keeps the clock, the autostop rule and the scoring; the screen polls
/// `tick()` once a second for the time left. After a story, the comprehension questions about
/// the text she read are marked ✓ or ✗ and saved as their own result.
@MainActor
public final class AssessmentState: ObservableObject {
    @Published public private(set) var state: AssessmentUiState
    private let engine: KusomaEngine
    private let pack: String
    private let groupSession: String?

    /// Prepares `subtask` for `learner` in `pack` (within `groupSession`, if any).
    public init(engine: KusomaEngine, learner: LearnerProfile, pack: String, subtask: String,
                groupSession: String? = nil) throws {
        self.engine = engine
        self.pack = pack
        self.groupSession = groupSession
        let sheet = try engine.startAssessment(learner: learner.id, pack: pack, subtask: subtask,
                                               learnerAnswers: false, groupSession: groupSession)
        state = AssessmentUiState(learner: learner, sheet: sheet,
                                  run: try engine.assessmentState(assessment: sheet.id))
    }

    /// Start the clock: the learner reads the first item.
    public func begin() throws {
        guard state.run.phase == .ready else { return }
        state.run = try engine.beginAssessment(assessment: state.sheet.id)
    }

    /// Once a second while the clock runs: the time left; at 0, time is up (the run then waits
    /// for the last item read).
    public func tick() throws {
        guard state.run.phase == .running else { return }
        state.run = try engine.assessmentState(assessment: state.sheet.id)
        if state.run.phase == .running && state.run.remainingMs <= 0 {
            state.run = try engine.assessmentTimeUp(assessment: state.sheet.id)
        }
    }

    /// Stop: the next item touched is the last one read.
    public func armStop() {
        if state.run.phase == .running { state.stopArmed = true }
    }

    /// Touches item `index` (0-based): marks it wrong or right again; or, after Stop or when
    /// time is up, marks it as the last item read.
    public func tap(_ index: Int) throws {
        precondition(state.sheet.items.indices.contains(index), "no item \(index)")
        let position = UInt32(index + 1) // the core counts items from 1
        switch state.run.phase {
        case .ready:
            return
        case .running where state.stopArmed:
            state.run = try engine.stopAssessment(assessment: state.sheet.id, lastItem: position)
            state.lastItem = index
            state.stopArmed = false
        case .awaitingLastItem:
            state.run = try engine.setAssessmentLastItem(assessment: state.sheet.id, lastItem: position)
            state.lastItem = index
        case .running, .done:
            // Marks may be finished after the stop, as facilitators do once the learner is done.
            let wasWrong = state.wrong.contains(index)
            state.run = try engine.markAssessmentItem(assessment: state.sheet.id, position: position,
                                                      correct: wasWrong)
            if wasWrong { state.wrong.remove(index) } else { state.wrong.insert(index) }
        }
    }

    /// Done: the core scores and stores the run. After a story, the comprehension questions whose
    /// sentence she reached are offered to ask (EGRA asks none beyond the text read).
    @discardableResult
    public func finish() throws -> AssessmentInfo {
        if let result = state.result { return result }
        let result = try engine.finishAssessment(assessment: state.sheet.id)
        // The core's rule (it counts words from 1; `lastItem` is 0-based). The questions rise
        // along the passage, so those asked come first.
        let lastWord = UInt32(state.lastItem.map { $0 + 1 } ?? 0)
        let reached = questionsReached(questionEnds: state.sheet.questionEnds, lastWordRead: lastWord)
        state.questions = Array(state.sheet.questions.prefix(Int(reached)))
        state.result = result
        return result
    }

    /// Marks comprehension question `index` (of `state.questions`) right or wrong; once saved,
    /// the marks no longer change.
    public func markQuestion(_ index: Int, right: Bool) {
        precondition(state.questions.indices.contains(index), "no question \(index)")
        guard state.comprehension == nil else { return }
        state.answers[index] = right
    }

    /// Stores the comprehension result (right of asked) and returns it. Every question asked must
    /// be marked first (else `AssessmentStateError.unmarkedQuestions`).
    @discardableResult
    public func saveComprehension() throws -> AssessmentInfo {
        if let saved = state.comprehension { return saved }
        guard state.canSaveComprehension else { throw AssessmentStateError.unmarkedQuestions }
        let right = state.answers.values.filter { $0 }.count
        let saved = try engine.recordComprehension(learner: state.learner.id, pack: pack,
                                                   correct: UInt32(right),
                                                   asked: UInt32(state.questions.count),
                                                   groupSession: groupSession)
        state.comprehension = saved
        return saved
    }

    /// Leaving before Done: the run is dropped, nothing stored.
    public func cancel() throws {
        guard state.result == nil else { return }
        try engine.cancelAssessment(assessment: state.sheet.id)
    }
}
