import Combine
import Foundation
import Kusoma

/// What the enrolment form shows.
public struct EnrolUiState: Equatable {
    public var name = ""
    /// The icon on her card, from `learnerIcons` (the core suggests one no other learner has).
    public var icon = learnerIcons[0]
    /// Her picture login, positions 0–11 in the order tapped (optional: none, or exactly 3).
    public var pictures: [Int] = []
    /// The learner enrolled, once the core stored her.
    public var enrolled: LearnerProfile?

    /// Whether the form can be sent: a name, and no half-chosen picture login.
    public var canEnrol: Bool {
        !name.trimmingCharacters(in: .whitespaces).isEmpty
            && (pictures.isEmpty || pictures.count == pictureLoginLength)
    }
}

/// Enrolment by a facilitator: a name, a card icon, and optionally 3 of the 12 login pictures.
/// No PIN, no demographics here (both need the learner's own choice and consent).
@MainActor
public final class EnrolState: ObservableObject {
    @Published public private(set) var state = EnrolUiState()
    private let engine: KusomaEngine

    /// An empty form.
    public init(engine: KusomaEngine) {
        self.engine = engine
        if let suggested = try? engine.suggestedCardPicture() { state.icon = suggested }
    }

    /// The name typed.
    public func setName(_ name: String) { state.name = name }

    /// Picks the card icon.
    public func chooseIcon(_ icon: String) { state.icon = icon }

    /// Taps login picture `position`: adds it (up to 3), or takes it back when already chosen.
    public func tapPicture(_ position: Int) {
        precondition(pictureLoginIcons.indices.contains(position), "no picture at \(position)")
        if let at = state.pictures.firstIndex(of: position) {
            state.pictures.remove(at: at)
        } else if state.pictures.count < pictureLoginLength {
            state.pictures.append(position)
        }
    }

    /// Stores the learner.
    @discardableResult
    public func enrol() throws -> LearnerProfile {
        let pictures: Data? = state.pictures.isEmpty ? nil : Data(state.pictures.map { UInt8($0) })
        let learner = try engine.enrolLearner(learner: NewLearner(
            name: state.name, icon: state.icon, pictures: pictures, pin: nil,
            gender: nil, ageBand: nil, consent: false))
        state.enrolled = learner
        return learner
    }
}
