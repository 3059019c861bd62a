import Foundation
import Kusoma
import KusomaState

/// The learner's way through the app: profiles, sign-in, home, session, settings.
extension AppModel {
    /// A learner's card: her sign-in starts.
    func chooseLearner(_ id: String) { profiles?.choose(id) }

    /// The new-learner card: the enrolment form (the core asks for a facilitator on a phone
    /// that has one; its refusal shows as a banner).
    func newLearner() {
        guard let engine else { return }
        perform { route = .enrol(try EnrolState(engine: engine), byFacilitator: false) }
    }

    /// A picture of the login grid.
    func tapPicture(_ position: Int) {
        perform { try profiles?.tapPicture(position) }
        enterHomeIfSignedIn()
    }

    /// OK on the learner's PIN pad.
    func submitPin() {
        perform { try profiles?.submitPin() }
        enterHomeIfSignedIn()
    }

    private func enterHomeIfSignedIn() {
        guard let engine, let learner = profiles?.state.signedIn else { return }
        perform { route = .home(try LearnerHomeState(engine: engine, learnerId: learner.id, pack: course)) }
    }

    /// Back from the sign-in to the list (nobody signed in).
    func leaveSignIn() { profiles?.signOut() }

    /// Start on the home screen: a new session, or (`placement`) a placement test.
    func startSession(_ learner: String, placement: Bool = false) {
        guard let engine else { return }
        let session = placement
            ? ExerciseState.placement(engine: engine, learnerId: learner, pack: course)
            : ExerciseState(engine: engine, learnerId: learner, pack: course)
        perform {
            try session.start()
            route = .session(session, learner: learner)
        }
    }

    /// Home after the summary: the progress, refreshed.
    func backHome(_ learner: String) {
        guard let engine else { return }
        perform { route = .home(try LearnerHomeState(engine: engine, learnerId: learner, pack: course)) }
    }

    /// The settings screen, from the profiles or a learner's home.
    func openSettings() {
        returnFromSettings = route
        route = .settings
    }

    /// Back from settings to where it was opened (a home re-read in the new language).
    func closeSettings() {
        let back = returnFromSettings ?? .profiles
        returnFromSettings = nil
        if case .home(let home) = back { perform { try home.refresh() } }
        route = back
    }

    /// A language in settings: every screen's words and direction follow.
    func chooseLanguage(_ tag: String) {
        perform { try settings?.chooseLanguage(tag) }
        readLanguage()
        objectWillChange.send() // the screens' words come from the core, not from @Published state
    }

    /// The file picker's choice: a local copy, installed off the main actor, then deleted.
    func installPack(from picked: URL) {
        do {
            let copy = try PackFile.localCopy(of: picked)
            Task {
                await settings?.installPack(path: copy.path)
                try? FileManager.default.removeItem(at: copy)
                readLanguage()
            }
        } catch {
            problem = reasonOf(error)
        }
    }
}
