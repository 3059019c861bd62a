import Combine
import Foundation
import Kusoma

/// What both apps must agree on, from the core (`kusoma_core::screens::defaults`).
public let defaults = appDefaults()

/// How many pictures make a picture login.
public let pictureLoginLength = Int(defaults.loginLength)

/// The login grid's pictures, in the order the core numbers them (its hash depends on it).
public let pictureLoginIcons = defaults.loginPictures

/// The pictures a learner's card can carry.
public let learnerIcons = defaults.cardPictures

extension LearnerCard: Identifiable {}

public extension SignInState {
    /// The learner signed in, once the core accepted her.
    var signedIn: LearnerCard? { step == .signedIn ? chosen : nil }
}

/// The profile chooser and the sign-in after it, as the core's `SignInFlow` runs them: this only
/// forwards taps and publishes what comes back (pictures, PIN, wrong tries and the lock-out are
/// the core's rules; a screen is told how many pictures and digits were entered, never which).
@MainActor
public final class ProfilesState: ObservableObject {
    @Published public private(set) var state: SignInState
    private let engine: KusomaEngine
    private let flow: SignInFlow

    /// Loads the learners on this phone.
    public init(engine: KusomaEngine) throws {
        self.engine = engine
        flow = try SignInFlow(engine: engine)
        state = flow.state()
    }

    /// Reloads the learners from the store.
    public func refresh() throws { state = try flow.refresh(engine: engine) }

    /// Creates a learner (an empty `icon`: the core's suggestion, one no one else has) and
    /// chooses her.
    @discardableResult
    public func create(name: String, icon: String) throws -> LearnerCard? {
        state = try flow.create(engine: engine, name: name, picture: icon)
        return state.chosen
    }

    /// Chooses learner `id` (one no longer on this phone is ignored).
    public func choose(_ id: String) {
        if let next = try? flow.choose(id: id) { state = next }
    }

    /// Taps grid picture `position`; the last one may sign her in.
    public func tapPicture(_ position: Int) throws {
        state = try flow.tapPicture(engine: engine, position: UInt32(exactly: position) ?? .max)
    }

    /// Clears the pictures entered so far.
    public func clearPictures() { state = flow.clearPictures() }

    /// Types one PIN digit (the pad sends 0–9 only).
    public func typeDigit(_ digit: Int) {
        if let next = try? flow.typeDigit(digit: UInt32(exactly: digit) ?? .max) { state = next }
    }

    /// Takes back the last PIN digit.
    public func deleteDigit() { state = flow.deleteDigit() }

    /// Sends her pictures (if any) and her PIN to the core.
    public func submitPin() throws { state = try flow.submitPin(engine: engine) }

    /// Back to the list: nobody chosen, nobody signed in.
    public func signOut() { state = flow.signOut(engine: engine) }
}
