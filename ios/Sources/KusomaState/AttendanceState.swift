import Combine
import Kusoma

/// The attendance that starts a group session, as the core's `AttendanceFlow` runs it:
/// everyone present until touched, the turn length within the core's bounds, and Start, which
/// stores the session with its absent in one transaction.
@MainActor
public final class AttendanceState: ObservableObject {
    @Published public private(set) var state: AttendanceView
    /// The group, for the screens after this one.
    public let group: GroupCard
    private let engine: KusomaEngine
    private let flow: AttendanceFlow

    /// `group`'s roster for a session in `pack`, everyone present.
    public init(engine: KusomaEngine, group: GroupCard, pack: String) throws {
        self.engine = engine
        self.group = group
        flow = try AttendanceFlow(engine: engine, group: group.id, pack: pack)
        state = flow.view()
    }

    public func toggle(_ id: String) { update { try flow.toggle(id: id) } }
    public func more() { update { try flow.more() } }
    public func fewer() { update { try flow.fewer() } }

    /// Starts the session (once); its id.
    @discardableResult
    public func start() throws -> String {
        state = try flow.start(engine: engine)
        guard let started = state.started else { throw KusomaError.InvalidInput(reason: "no session was started") }
        return started
    }

    private func update(_ action: () throws -> AttendanceView) {
        if let next = try? action() { state = next }
    }
}
