import Combine
import Kusoma

/// What the facilitator's home shows: her groups.
public struct GroupsUiState: Equatable {
    /// Every group on this phone.
    public var groups: [GroupInfo] = []
    /// The name typed for a new group.
    public var newGroupName = ""
}

/// The facilitator's home: her groups, a new group, the way to enrol a learner, and Lock.
@MainActor
public final class GroupsState: ObservableObject {
    @Published public private(set) var state = GroupsUiState()
    private let engine: KusomaEngine

    /// Loads the groups (the facilitator must be unlocked: else `Denied`).
    public init(engine: KusomaEngine) throws {
        self.engine = engine
        try refresh()
    }

    /// Reloads the groups (after enrolment or a session changed their sizes).
    public func refresh() throws {
        state.groups = try engine.groups()
    }

    /// The name typed for a new group.
    public func setNewGroupName(_ name: String) { state.newGroupName = name }

    /// Creates a group with the typed name.
    @discardableResult
    public func createGroup() throws -> GroupInfo {
        let group = try engine.createGroup(name: state.newGroupName)
        state.newGroupName = ""
        try refresh()
        return group
    }

    /// Lock: closes the facilitator tools (and signs any learner out).
    public func lock() {
        engine.signOut()
    }
}
