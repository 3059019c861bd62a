import Combine
import Foundation
import Kusoma

/// One learner on the profile chooser: a big picture and a name.
public struct LearnerCard: Equatable, Identifiable, Sendable {
    public let id: String
    public let name: String
    public let icon: String
    /// She set a picture login (3 of 12) / a PIN; which steps her sign-in has.
    public let hasPictures: Bool
    public let hasPin: Bool
}

/// Which step of the sign-in the chosen learner is on.
public enum LoginStep: Equatable, Sendable {
    /// Tapping her 3 pictures (also for a learner who set neither: any three sign her in).
    case pictures
    /// Typing her PIN on the pad (after the pictures when she has both).
    case pin
}

/// What the profile chooser and the sign-in screens show.
public struct ProfilesUiState: Equatable {
    /// Every learner on this phone, oldest first.
    public var learners: [LearnerCard] = []
    /// The learner whose card was tapped, waiting to sign in; nil before.
    public var chosen: LearnerCard?
    /// The sign-in step shown for `chosen`.
    public var step: LoginStep = .pictures
    /// The picture-login grid: 12 pictures, of which a learner taps her 3 in order.
    public var pictureGrid: [String] = pictureLoginIcons
    /// Grid positions tapped so far (at most `pictureLoginLength`).
    public var picturesEntered: [Int] = []
    /// The PIN typed so far.
    public var pin = PinEntry()
    /// The learner who is signed in, once the core accepted her.
    public var signedIn: LearnerCard?
    /// The last try was wrong: everything starts again (show ✗, say "try again").
    public var wrongTry = false
    /// Too many wrong tries: the profile is locked until this time (ms since the epoch).
    public var lockedUntilMs: Int64?
}

/// What both apps must agree on, from the core (`kusoma_core::screens::defaults`).
public let defaults = appDefaults()

/// How many pictures make a picture login.
public let pictureLoginLength = Int(defaults.loginLength)

/// The login grid's pictures, in the order the core numbers them (its hash depends on it).
public let pictureLoginIcons = defaults.loginPictures

/// The pictures a learner's card can carry.
public let learnerIcons = defaults.cardPictures

/// The choose-your-profile screen and the sign-in after it: list the learners on this phone,
/// create one, choose one, take her picture login and/or PIN to the core.
@MainActor
public final class ProfilesState: ObservableObject {
    @Published public private(set) var state = ProfilesUiState()
    private let engine: KusomaEngine

    /// Loads the learners on this phone.
    public init(engine: KusomaEngine) throws {
        self.engine = engine
        try refresh()
    }

    /// Reloads the learners from the store.
    public func refresh() throws {
        state.learners = try engine.learners().map(Self.card)
    }

    /// Creates a learner with `name` and `icon` and chooses her.
    @discardableResult
    public func create(name: String, icon: String) throws -> LearnerCard {
        let created = Self.card(try engine.createLearner(name: name, icon: icon))
        try refresh()
        choose(created.id)
        return created
    }

    /// Chooses the learner `id`; her sign-in starts empty, at pictures unless she has only a PIN.
    public func choose(_ id: String) {
        guard let learner = state.learners.first(where: { $0.id == id }) else {
            preconditionFailure("no learner \(id)")
        }
        state.chosen = learner
        startAgain(wrong: false)
        state.lockedUntilMs = nil
    }

    /// Taps grid picture `position`. The third tap goes on to the PIN when she has one, else asks
    /// the core to sign her in. A wrong try or a lock shows in the state; other failures throw.
    public func tapPicture(_ position: Int) throws {
        precondition(state.pictureGrid.indices.contains(position), "no picture at \(position)")
        guard let chosen = state.chosen, state.step == .pictures, state.signedIn == nil,
              state.picturesEntered.count < pictureLoginLength else { return }
        state.picturesEntered.append(position)
        state.wrongTry = false
        guard state.picturesEntered.count == pictureLoginLength else { return }
        if chosen.hasPin {
            state.step = .pin
        } else {
            try signIn(chosen, pin: nil)
        }
    }

    /// Clears the pictures entered so far.
    public func clearPictures() {
        state.picturesEntered = []
    }

    /// Types one PIN digit.
    public func typeDigit(_ digit: Int) { state.pin.type(digit) }

    /// Takes back the last PIN digit.
    public func deleteDigit() { state.pin.delete() }

    /// Sends the pictures (if any) and the PIN to the core.
    public func submitPin() throws {
        guard let chosen = state.chosen, state.step == .pin, state.pin.count > 0 else { return }
        try signIn(chosen, pin: state.pin.digits)
    }

    /// Back to the list: nobody chosen, nobody signed in (the quick exit locks the profile).
    public func signOut() {
        engine.signOut()
        state.chosen = nil
        startAgain(wrong: false)
        state.signedIn = nil
        state.lockedUntilMs = nil
    }

    private func signIn(_ learner: LearnerCard, pin: String?) throws {
        // Her pictures when she has some (or has neither secret: then any three sign her in).
        let pictures: Data? = learner.hasPictures || !learner.hasPin
            ? Data(state.picturesEntered.map { UInt8($0) }) : nil
        do {
            _ = try engine.signInLearner(learner: learner.id, pictures: pictures, pin: pin)
            state.signedIn = learner
            state.wrongTry = false
            state.lockedUntilMs = nil
        } catch KusomaError.Denied {
            startAgain(wrong: true)
        } catch KusomaError.Locked(_, let untilMs) {
            startAgain(wrong: false)
            state.lockedUntilMs = untilMs
        }
    }

    /// Empties the pictures and PIN and goes back to her first step.
    private func startAgain(wrong: Bool) {
        state.picturesEntered = []
        state.pin.clear()
        state.wrongTry = wrong
        let pinOnly = state.chosen.map { $0.hasPin && !$0.hasPictures } ?? false
        state.step = pinOnly ? .pin : .pictures
    }

    private static func card(_ p: LearnerProfile) -> LearnerCard {
        LearnerCard(id: p.id, name: p.name, icon: p.icon.isEmpty ? learnerIcons[0] : p.icon,
                    hasPictures: p.hasPictures, hasPin: p.hasPin)
    }
}
