import Combine
import Kusoma

extension LanguageOption: Identifiable {
    public var id: String { tag }
}

/// Settings as the core words them (`SettingsView`): the interface languages, and a pack
/// installed from a file (the shell picks it; the core checks it whole and says why it refused
/// one). The language chosen is kept by the core for the next time the app opens.
@MainActor
public final class SettingsState: ObservableObject {
    @Published public private(set) var state: SettingsView
    /// A pack file is being installed (off the main thread: the core checks every file in it).
    @Published public private(set) var installing = false
    private let engine: KusomaEngine

    public init(engine: KusomaEngine) {
        self.engine = engine
        state = engine.settingsView()
    }

    public func chooseLanguage(_ tag: String) throws {
        try engine.chooseInterfaceLanguage(tag: tag)
        state = engine.settingsView()
    }

    /// Installs the readable local copy at `path` the shell made of the chosen file.
    public func installPack(path: String) async {
        installing = true
        let engine = self.engine
        state = await Task.detached { engine.installPackFromSettings(file: path) }.value
        installing = false
    }
}
