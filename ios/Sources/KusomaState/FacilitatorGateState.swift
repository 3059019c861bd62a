import Combine
import Kusoma

extension FacilitatorCard: Identifiable {}

/// The way into facilitator mode, as the core's `FacilitatorGateFlow` runs it (the first
/// facilitator on a new phone, choosing, the PIN, wrong tries and the lock-out): this forwards
/// taps and publishes what comes back.
@MainActor
public final class FacilitatorGateState: ObservableObject {
    @Published public private(set) var state: GateState
    private let engine: KusomaEngine
    private let flow: FacilitatorGateFlow

    /// The gate with the phone's facilitators.
    public init(engine: KusomaEngine) throws {
        self.engine = engine
        flow = try FacilitatorGateFlow(engine: engine)
        state = flow.state()
    }

    /// The first facilitator's name as typed.
    public func setName(_ name: String) { update { try flow.setName(name: name) } }

    /// Chooses facilitator `id`: her pad opens, empty.
    public func choose(_ id: String) { update { try flow.choose(id: id) } }

    /// Back from the pad to the list.
    public func back() { update { try flow.back() } }

    /// Types a digit on the pad (the pad sends 0–9 only).
    public func typeDigit(_ digit: Int) { update { try flow.typeDigit(digit: UInt32(exactly: digit) ?? .max) } }

    /// Takes back the last digit.
    public func deleteDigit() { update { try flow.deleteDigit() } }

    /// Tries the PIN (creating the first facilitator on a new phone).
    public func submit() throws { state = try flow.submit(engine: engine) }

    private func update(_ action: () throws -> GateState) {
        if let next = try? action() { state = next }
    }
}
