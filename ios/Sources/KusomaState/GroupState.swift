import Combine
import Kusoma

/// One group, as the core's `RosterFlow` runs it: the roster, and learners off it ticked to be
/// added. Whether the add-learners list is open is the screen's own.
@MainActor
public final class GroupState: ObservableObject {
    @Published public private(set) var state: RosterView
    private let engine: KusomaEngine
    private let flow: RosterFlow

    /// Loads `group`'s roster.
    public init(engine: KusomaEngine, group: GroupCard) throws {
        self.engine = engine
        flow = try RosterFlow(engine: engine, group: group.id)
        state = flow.view()
    }

    public func toggleAdding(_ id: String) { if let next = try? flow.toggleAdding(id: id) { state = next } }
    public func addTicked() throws { state = try flow.addTicked(engine: engine) }
}
