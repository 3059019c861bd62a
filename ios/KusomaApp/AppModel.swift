import Kusoma
import KusomaState
import SwiftUI
import UIKit

/// The app's one model: opens the engine, owns the long-lived holders (profiles, settings) and
/// the route, and turns taps into holder calls and route changes — the iOS side of Android's
/// `KusomaApp` composable. Lives on the main actor, and so do the core's calls it makes: each is
/// a synchronous call of well under a millisecond (the core's own budget: a stored answer
/// ≤ 2 ms p99), so a thread hop would cost more than it saves. Only the two slow calls leave the
/// main actor: opening the engine (database and every bundled pack) and installing a pack file.
@MainActor
final class AppModel: ObservableObject {
    /// Lock a phone left in the background this long (a shared phone changes hands).
    static let lockAfter: TimeInterval = 120

    @Published var route: Route = .opening
    /// A failure worth showing (the core's reason), in a banner until dismissed.
    @Published var problem: String?
    /// The blank cover after a quick exit (iOS apps may not quit themselves), until touched.
    @Published var covered = false
    /// The interface direction and locale, re-read after a language change.
    @Published private(set) var rightToLeft = false
    @Published private(set) var locale = "en"
    /// Recordings and text-to-speech, for every screen.
    let speaker: Speaker

    private(set) var engine: KusomaEngine?
    private(set) var messages: Messages?
    private(set) var profiles: ProfilesState?
    private(set) var settings: SettingsState?
    /// The course this phone teaches (one per phone for now, as on Android).
    private(set) var course = ""
    private var backgroundedAt: Date?
    /// Where settings' Back goes.
    var returnFromSettings: Route?
    private var pictures: [String: UIImage] = [:]
    private var opening = false

    /// A model waiting for `open()`. (The speaker is made here rather than as a default value:
    /// it belongs to the main actor, and default values are evaluated outside it before
    /// Swift 5.10.)
    init() {
        speaker = Speaker()
    }

    /// Opens the engine on Application Support/Kusoma with the packs bundled in the app.
    func open() async {
        guard case .opening = route, !opening else { return }
        opening = true
        do {
            let support = try FileManager.default.url(for: .applicationSupportDirectory, in: .userDomainMask,
                                                      appropriateFor: nil, create: true)
            let dataDir = support.appendingPathComponent("Kusoma", isDirectory: true).path
            let packDirs = [Bundle.main.url(forResource: "lessons", withExtension: nil)?.path].compactMap { $0 }
            let locales = Locale.preferredLanguages
            // Off the main actor: opening creates or migrates the database and loads every
            // bundled pack — slow enough on a cheap phone to freeze the first frame.
            let engine = try await Task.detached {
                try KusomaEngine.open(dataDir: dataDir, packDirs: packDirs, locales: locales)
            }.value
            try ready(engine)
        } catch {
            route = .failed(reasonOf(error))
        }
    }

    private func ready(_ engine: KusomaEngine) throws {
        self.engine = engine
        speaker.engine = engine
        messages = Messages(engine: engine)
        profiles = try ProfilesState(engine: engine)
        settings = SettingsState(engine: engine)
        readLanguage()
        route = .profiles
    }

    /// Re-reads the interface direction and locale, and the course to teach: the pack in the
    /// interface language if there is one, else the first.
    func readLanguage() {
        guard let engine else { return }
        rightToLeft = engine.uiDirection() == .rtl
        locale = engine.uiLocales().first ?? "en"
        let packs = engine.packs()
        let primary = locale.split(separator: "-").first.map(String.init) ?? locale
        if course.isEmpty || !packs.contains(where: { $0.id == course }) {
            course = (packs.first { $0.language == locale || $0.language == primary } ?? packs.first)?.id ?? ""
        }
    }

    /// The course's name in its own language (for app-no-voice).
    var courseName: String { engine?.packs().first { $0.id == course }?.name ?? course }

    /// Runs `body`; a failure shows as a banner with the core's reason instead of a crash.
    func perform(_ body: () throws -> Void) {
        do { try body() } catch { problem = reasonOf(error) }
    }

    /// A pack picture, decoded once and kept (packs are read-only while the app runs).
    func picture(_ asset: String) -> UIImage? {
        if let cached = pictures[asset] { return cached }
        guard let path = try? engine?.assetPath(pack: course, asset: asset),
              let image = UIImage(contentsOfFile: path) else { return nil }
        pictures[asset] = image
        return image
    }

    // MARK: Leaving and coming back

    /// The app went to the background: remember when, for the lock.
    func didEnterBackground() { backgroundedAt = Date() }

    /// The app is back: after `lockAfter` in the background, everyone is signed out.
    func didBecomeActive() {
        defer { backgroundedAt = nil }
        guard let since = backgroundedAt, Date().timeIntervalSince(since) >= Self.lockAfter else { return }
        lock()
    }

    /// Quick exit: signs everyone out, back to the profiles, behind a blank cover. iOS offers
    /// no way for an app to leave the screen by itself, so the cover stands in for it.
    func quickExit() {
        lock()
        covered = true
    }

    /// Signs the learner and the facilitator out and shows the profile chooser.
    func lock() {
        guard engine != nil else { return }
        returnFromSettings = nil
        profiles?.signOut()
        perform { try profiles?.refresh() }
        route = .profiles
    }
}
