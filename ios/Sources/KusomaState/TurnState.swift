import Combine
import Kusoma

/// Where a pass-the-phone group session is, as the turn screens switch on it.
public enum TurnStage: Equatable {
    /// "Pass the phone to …": the turn's learner and her Start button.
    case handover(TurnInfo)
    /// She answers her turn's exercises (`TurnState.exercise`).
    case playing(TurnInfo)
    /// The facilitator is ending the session: notes, then confirm.
    case ending(TurnInfo)
    /// The session is ended.
    case ended(GroupSessionInfo)

    init(_ s: TurnsScreen) {
        switch (s.phase, s.turn, s.ended) {
        case (.ended, _, let ended?): self = .ended(ended)
        case (.playing, let turn?, _): self = .playing(turn)
        case (.ending, let turn?, _): self = .ending(turn)
        case (_, let turn?, _): self = .handover(turn)
        default: preconditionFailure("a group session with neither a turn nor an end")
        }
    }
}

/// What the turn screens show.
public struct TurnUiState: Equatable {
    public var phase: TurnStage
    public var notes: String
}

/// Pass-the-phone turns as the core's `TurnsFlow` runs them (whose turn it is, when it is over,
/// ending with notes after confirming); each turn's exercises run on the ordinary exercise holder
/// over the turn's session.
@MainActor
public final class TurnState: ObservableObject {
    @Published public private(set) var state: TurnUiState
    /// The exercises of the turn being played.
    public private(set) var exercise: ExerciseState?
    private let engine: KusomaEngine
    private let flow: TurnsFlow
    private let pack: String
    private let turnExercises: Int

    public init(engine: KusomaEngine, groupSession: String, pack: String, turnExercises: Int) throws {
        self.engine = engine
        self.pack = pack
        self.turnExercises = turnExercises
        flow = try TurnsFlow(engine: engine, groupSession: groupSession)
        state = Self.shown(flow.state())
    }

    /// Start my turn: the exercises of the turn's session.
    public func startTurn() throws {
        guard case .handover = state.phase else { return }
        let s = flow.startTurn()
        guard let turn = s.turn else { return }
        let exercises = ExerciseState(engine: engine, session: turn.session, pack: pack, exercises: turnExercises)
        try exercises.start()
        exercise = exercises
        state = Self.shown(s)
    }

    /// After an answer's feedback: her next exercise, or the hand-over when her turn is over.
    public func next() throws {
        guard case .playing = state.phase, let exercise else { return }
        if try flow.afterAnswer(engine: engine) {
            self.exercise = nil
            state = Self.shown(flow.state())
        } else {
            try exercise.next()
        }
    }

    /// Her turn ends early: the phone passes on.
    public func finishTurn() throws {
        guard case .playing = state.phase, let exercise else { return }
        try exercise.end()
        self.exercise = nil
        state = Self.shown(try flow.endTurn(engine: engine))
    }

    public func beginEnding() { state = Self.shown(flow.beginEnding()) }
    public func cancelEnding() { state = Self.shown(flow.cancelEnding()) }
    public func setNotes(_ text: String) { state = Self.shown(flow.setNotes(notes: text)) }
    public func end() throws { state = Self.shown(try flow.end(engine: engine)) }

    private static func shown(_ s: TurnsScreen) -> TurnUiState {
        TurnUiState(phase: TurnStage(s), notes: s.notes)
    }
}
