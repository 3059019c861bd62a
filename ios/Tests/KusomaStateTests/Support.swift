import Foundation
import Kusoma

/// The bundled packs (the repository's lessons/ folder). Tests run in the iOS Simulator, which
/// reads the Mac's files at their own paths, so the folder is found beside this source file;
/// `TEST_RUNNER_KUSOMA_LESSONS=/path xcodebuild test …` names another one (xcodebuild passes
/// TEST_RUNNER_-prefixed variables to the tests without the prefix).
let lessonsDir: String = {
    if let path = ProcessInfo.processInfo.environment["KUSOMA_LESSONS"] { return path }
    return URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent() // KusomaStateTests
        .deletingLastPathComponent() // Tests
        .deletingLastPathComponent() // ios
        .deletingLastPathComponent() // the repository
        .appendingPathComponent("lessons").path
}()

/// A fresh, empty data directory.
func freshDataDir() throws -> String {
    let url = FileManager.default.temporaryDirectory
        .appendingPathComponent("kusoma-test-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.path
}

/// Opens an engine on `dataDir` with the bundled packs and an English interface.
func openEngine(dataDir: String? = nil, locales: [String] = ["en"]) throws -> KusomaEngine {
    try KusomaEngine.open(dataDir: dataDir ?? freshDataDir(), packDirs: [lessonsDir], locales: locales)
}

/// Fluent wraps placeables in bidi isolation marks; tests compare the plain text.
func plain(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{2068}", with: "").replacingOccurrences(of: "\u{2069}", with: "")
}
