import Combine
import Kusoma

/// Enrolment by a facilitator, as the core's `EnrolFlow` runs the form (a name, a card
/// picture, and optionally 3 of the 12 login pictures tapped in order, repeats allowed as at
/// sign-in; a name the core refuses comes back in `refused`): this forwards taps and publishes
/// what comes back.
@MainActor
public final class EnrolState: ObservableObject {
    @Published public private(set) var state: EnrolView
    private let engine: KusomaEngine
    private let flow: EnrolFlow

    /// An empty form, with a card picture no other learner has.
    public init(engine: KusomaEngine) throws {
        self.engine = engine
        flow = try EnrolFlow(engine: engine)
        state = flow.view()
    }

    public func setName(_ name: String) { update { try flow.setName(name: name) } }
    public func chooseIcon(_ icon: String) { update { try flow.chooseIcon(icon: icon) } }
    /// Taps login picture `position` (a negative one is sent as one the core refuses).
    public func tapPicture(_ position: Int) { update { try flow.tapPicture(position: UInt32(exactly: position) ?? .max) } }
    public func clearPictures() { update { try flow.clearPictures() } }

    /// Stores her; the learner enrolled, or nil when the form says why not.
    @discardableResult
    public func enrol() throws -> LearnerCard? {
        state = try flow.save(engine: engine)
        return state.enrolled
    }

    private func update(_ action: () throws -> EnrolView) {
        if let next = try? action() { state = next }
    }
}
