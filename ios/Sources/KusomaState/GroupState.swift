import Combine
import Kusoma

/// What the group screen shows.
public struct GroupUiState: Equatable {
    public var group: GroupInfo
    /// The roster, in roster order.
    public var roster: [LearnerProfile] = []
    /// The add-learners checklist: learners on the phone not on the roster (empty when closed).
    public var candidates: [LearnerProfile] = []
    /// Candidates ticked to be added.
    public var picked: Set<String> = []
    /// Whether the add-learners checklist is open.
    public var adding = false
}

/// One group: its roster, adding learners to it; the screen's other buttons open the
/// attendance (group session), an assessment for one learner, and the report.
@MainActor
public final class GroupState: ObservableObject {
    @Published public private(set) var state: GroupUiState
    private let engine: KusomaEngine

    /// Loads `group`'s roster.
    public init(engine: KusomaEngine, group: GroupInfo) throws {
        self.engine = engine
        state = GroupUiState(group: group)
        try refresh()
    }

    /// Reloads the roster.
    public func refresh() throws {
        state.roster = try engine.roster(group: state.group.id)
    }

    /// Opens the checklist of learners not on the roster.
    public func openAdding() throws {
        let onRoster = Set(state.roster.map(\.id))
        state.candidates = try engine.learners().filter { !onRoster.contains($0.id) }
        state.picked = []
        state.adding = true
    }

    /// Ticks or unticks candidate `id`.
    public func togglePick(_ id: String) {
        if state.picked.contains(id) { state.picked.remove(id) } else { state.picked.insert(id) }
    }

    /// Adds the ticked learners (in the checklist's order) and closes the checklist.
    public func addPicked() throws {
        let ids = state.candidates.map(\.id).filter { state.picked.contains($0) }
        if !ids.isEmpty {
            state.group = try engine.addToGroup(group: state.group.id, learners: ids)
        }
        closeAdding()
        try refresh()
    }

    /// Closes the checklist without adding.
    public func closeAdding() {
        state.adding = false
        state.candidates = []
        state.picked = []
    }
}
