import Combine
import Kusoma

/// The facilitator's home, as the core's `GroupsFlow` runs it: her groups and a new one (a
/// name the core refuses comes back in `refused`).
@MainActor
public final class GroupsState: ObservableObject {
    @Published public private(set) var state: GroupsView
    private let engine: KusomaEngine
    private let flow: GroupsFlow

    /// Loads the groups (the facilitator must be unlocked: else `Denied`).
    public init(engine: KusomaEngine) throws {
        self.engine = engine
        flow = try GroupsFlow(engine: engine)
        state = flow.view()
    }

    public func refresh() throws { state = try flow.refresh(engine: engine) }
    public func setNewGroupName(_ name: String) { if let next = try? flow.setName(name: name) { state = next } }
    public func createGroup() throws { state = try flow.create(engine: engine) }

    /// Lock: closes the facilitator tools (and signs any learner out).
    public func lock() { engine.signOut() }
}
