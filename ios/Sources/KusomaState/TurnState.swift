import Combine
import Kusoma

/// Where a pass-the-phone session is.
public enum TurnPhase: Equatable {
    /// The turn screen: "pass the phone to …", the learner's icon and name, Start my turn.
    case handover(TurnInfo)
    /// The learner is doing her turn's exercises on the ordinary exercise screen.
    case playing(TurnInfo)
    /// The facilitator is writing the session's notes before ending it.
    case ending(TurnInfo)
    /// The group session is over.
    case ended(GroupSessionInfo)
}

/// What the pass-the-phone screens show.
public struct TurnUiState: Equatable {
    public var phase: TurnPhase
    /// The notes typed before ending.
    public var notes = ""
}

/// Pass-the-phone turns in a group session. The core decides whose turn it is and when a turn
/// is over (`groupTurn`); this holder only moves between the turn screen and the exercises,
/// and hands the exercise screen an `ExerciseState` on the turn's own session.
@MainActor
public final class TurnState: ObservableObject {
    @Published public private(set) var state: TurnUiState
    /// The current turn's session, while the phase is `.playing`.
    public private(set) var exercise: ExerciseState?
    private let engine: KusomaEngine
    private let groupSession: GroupSessionInfo
    private let turnExercises: Int

    /// Asks the core for the first turn of `groupSession` (`turnExercises` long).
    public init(engine: KusomaEngine, groupSession: GroupSessionInfo, turnExercises: Int) throws {
        self.engine = engine
        self.groupSession = groupSession
        self.turnExercises = turnExercises
        state = TurnUiState(phase: .handover(try engine.groupTurn(groupSession: groupSession.id)))
    }

    /// Start my turn: the exercises of the turn's session.
    public func startTurn() throws {
        guard case .handover(let turn) = state.phase else { return }
        let exercises = ExerciseState(engine: engine, session: turn.session, pack: groupSession.pack,
                                      exercises: turnExercises)
        try exercises.start()
        exercise = exercises
        state.phase = .playing(turn)
    }

    /// Next after feedback: asks the core whose turn it is; when the phone passes, back to the
    /// turn screen for the next learner, else the next exercise of this turn.
    public func next() throws {
        guard case .playing = state.phase, let exercise else { return }
        let turn = try engine.groupTurn(groupSession: groupSession.id)
        if turn.changed {
            self.exercise = nil
            state.phase = .handover(turn)
        } else {
            try exercise.next()
            state.phase = .playing(turn)
        }
    }

    /// The learner stopped her turn early (or it ran out): the next learner's turn.
    public func finishTurn() throws {
        guard case .playing = state.phase, let exercise else { return }
        try exercise.end()
        self.exercise = nil
        state.phase = .handover(try engine.groupTurn(groupSession: groupSession.id))
    }

    /// End the session (facilitator, from the turn screen): the notes form.
    public func beginEnding() {
        if case .handover(let turn) = state.phase { state.phase = .ending(turn) }
    }

    /// Back from the notes form to the turn screen.
    public func cancelEnding() {
        if case .ending(let turn) = state.phase { state.phase = .handover(turn) }
    }

    /// The notes typed.
    public func setNotes(_ text: String) { state.notes = text }

    /// Ends the group session with the notes.
    public func end() throws {
        guard case .ending = state.phase else { return }
        state.phase = .ended(try engine.endGroupSession(groupSession: groupSession.id, notes: state.notes))
    }
}
