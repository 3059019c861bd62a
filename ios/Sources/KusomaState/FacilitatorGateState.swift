import Combine
import Kusoma

/// What the facilitator gate shows.
public struct FacilitatorGateUiState: Equatable {
    /// The phone's facilitators (none yet: the gate shows the form that creates the first).
    public var facilitators: [FacilitatorInfo] = []
    /// The facilitator whose card was tapped, typing her PIN; nil on the list or the form.
    public var chosen: FacilitatorInfo?
    /// The name typed on the new-facilitator form.
    public var name = ""
    /// The PIN typed so far.
    public var pin = PinEntry()
    /// The last PIN was wrong (show ✗ and app-wrong-pin).
    public var wrongPin = false
    /// Too many wrong PINs: locked until this time (ms since the epoch).
    public var lockedUntilMs: Int64?
    /// The facilitator whose tools are open, once the core accepted her PIN.
    public var unlocked: FacilitatorInfo?

    /// True when the phone has no facilitator yet: the gate is the form that creates one.
    public var creating: Bool { facilitators.isEmpty }
}

/// The way into the facilitator tools: create the first facilitator (name + PIN), or choose one
/// and type her PIN. The core checks the PIN, counts wrong tries and locks.
@MainActor
public final class FacilitatorGateState: ObservableObject {
    @Published public private(set) var state = FacilitatorGateUiState()
    private let engine: KusomaEngine

    /// Loads the facilitators.
    public init(engine: KusomaEngine) throws {
        self.engine = engine
        state.facilitators = try engine.facilitators()
    }

    /// The name typed on the new-facilitator form.
    public func setName(_ name: String) { state.name = name }

    /// Chooses facilitator `id` from the list; her PIN pad opens empty.
    public func choose(_ id: String) {
        state.chosen = state.facilitators.first { $0.id == id }
        state.pin.clear()
        state.wrongPin = false
        state.lockedUntilMs = nil
    }

    /// Back from the PIN pad to the list.
    public func back() {
        state.chosen = nil
        state.pin.clear()
    }

    /// Types one PIN digit.
    public func typeDigit(_ digit: Int) { state.pin.type(digit) }

    /// Takes back the last PIN digit.
    public func deleteDigit() { state.pin.delete() }

    /// OK on the pad: creates the first facilitator (form) or checks the chosen one's PIN.
    /// A wrong PIN or a lock shows in the state; anything else (a PIN too short, an empty name:
    /// `InvalidInput`) throws with the core's reason.
    public func submit() throws {
        let pin = state.pin.digits
        // The pad empties after every try, accepted or not.
        defer { state.pin.clear() }
        do {
            if state.creating {
                let created = try engine.createFacilitator(name: state.name, pin: pin)
                state.facilitators = try engine.facilitators()
                state.chosen = created
                state.unlocked = try engine.unlockFacilitator(facilitator: created.id, pin: pin)
            } else if let chosen = state.chosen {
                state.unlocked = try engine.unlockFacilitator(facilitator: chosen.id, pin: pin)
            }
            state.wrongPin = false
            state.lockedUntilMs = nil
        } catch KusomaError.Denied {
            state.wrongPin = true
        } catch KusomaError.Locked(_, let untilMs) {
            state.wrongPin = false
            state.lockedUntilMs = untilMs
        }
    }
}
