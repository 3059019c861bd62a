import Combine
import Kusoma

/// A language the interface can be shown in, named in itself.
public struct LanguageOption: Equatable, Identifiable, Sendable {
    public let tag: String
    public let name: String
    public var id: String { tag }
}

/// What became of the last pack file the facilitator chose.
public enum PackInstall: Equatable, Sendable {
    /// The core is checking and copying it.
    case installing
    /// Installed: the pack's name in its own language (for app-pack-installed).
    case installed(name: String)
    /// Not a Kusoma pack, or a broken one: the core's reason (for app-pack-refused).
    case refused(reason: String)
}

/// What the settings screen shows.
public struct SettingsUiState: Equatable {
    public var languages: [LanguageOption]
    /// The interface locale in use.
    public var current: String
    public var rightToLeft: Bool
    /// The last pack installation, if any.
    public var install: PackInstall?
}

/// Settings: the interface language and adding a language pack from a file. The core does not
/// list its interface locales yet, so the choices are the installed courses' languages (each
/// named in itself by its pack). Discreet mode is the shell's own (launcher icon), not here.
@MainActor
public final class SettingsState: ObservableObject {
    @Published public private(set) var state: SettingsUiState
    private let engine: KusomaEngine

    /// Reads the languages and the interface locale from `engine`.
    public init(engine: KusomaEngine) {
        self.engine = engine
        state = Self.load(engine, install: nil)
    }

    /// Shows the interface in `tag`; every screen reads the new words from the core, which keeps
    /// the choice for the next time the app opens on this phone.
    public func chooseLanguage(_ tag: String) throws {
        try engine.chooseInterfaceLanguage(tag: tag)
        state = Self.load(engine, install: state.install)
    }

    /// Checks and installs the pack file at `path` (a local copy the app made). Runs the core's
    /// call off the main actor: installing hashes and checks a whole file (megabytes of SQLite
    /// with assets), unlike the sub-millisecond calls the screens make. The engine's own lock
    /// keeps it safe beside those calls (one made meanwhile waits for the install to finish).
    public func installPack(path: String) async {
        state.install = .installing
        let engine = self.engine
        let outcome: PackInstall
        do {
            let name = try await Task.detached { try engine.installPack(file: path).name }.value
            outcome = .installed(name: name)
        } catch {
            // PackRejected for a broken or foreign file; its reason is the core's summary.
            outcome = .refused(reason: reasonOf(error))
        }
        state = Self.load(engine, install: outcome)
    }

    private static func load(_ engine: KusomaEngine, install: PackInstall?) -> SettingsUiState {
        var seen = Set<String>()
        let languages = engine.packs()
            .map { LanguageOption(tag: $0.language, name: $0.name) }
            .filter { seen.insert($0.tag).inserted }
        return SettingsUiState(
            languages: languages,
            current: engine.uiLocales().first ?? "en",
            rightToLeft: engine.uiDirection() == .rtl,
            install: install
        )
    }
}
