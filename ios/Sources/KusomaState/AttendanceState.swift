import Combine
import Kusoma

/// What the attendance screen shows.
public struct AttendanceUiState: Equatable {
    public let group: GroupInfo
    /// The roster; everyone is present unless touched.
    public var roster: [LearnerProfile] = []
    /// Learners marked absent.
    public var absent: Set<String> = []
    /// Exercises per pass-the-phone turn (app-turn-rule).
    public var turnExercises = 3
    /// The group session, once started.
    public var started: GroupSessionInfo?
}

/// Attendance in a few taps (everyone present by default), the turn length, and Start.
@MainActor
public final class AttendanceState: ObservableObject {
    /// Bounds of the turn-length stepper.
    public static let turnRange = 1...20

    @Published public private(set) var state: AttendanceUiState
    private let engine: KusomaEngine

    /// Loads `group`'s roster, everyone present.
    public init(engine: KusomaEngine, group: GroupInfo) throws {
        self.engine = engine
        state = AttendanceUiState(group: group)
        state.roster = try engine.roster(group: group.id)
    }

    /// Marks learner `id` absent, or present again.
    public func toggle(_ id: String) {
        if state.absent.contains(id) { state.absent.remove(id) } else { state.absent.insert(id) }
    }

    /// The − / + stepper: changes the turn length by `delta`, within `turnRange`.
    public func stepTurn(_ delta: Int) {
        state.turnExercises = min(max(state.turnExercises + delta, Self.turnRange.lowerBound),
                                  Self.turnRange.upperBound)
    }

    /// Starts the group session in `pack` and records the absent in one call.
    @discardableResult
    public func start(pack: String) throws -> GroupSessionInfo {
        let session = try engine.startGroupSession(
            group: state.group.id, pack: pack, turns: .exercises(count: UInt32(state.turnExercises)))
        let absent = state.roster.map(\.id).filter { state.absent.contains($0) }
        if !absent.isEmpty {
            _ = try engine.setAttendance(groupSession: session.id, learners: absent, present: false)
        }
        state.started = session
        return session
    }
}
