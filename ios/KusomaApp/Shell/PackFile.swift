import Foundation

/// Copies a file chosen in the system file picker into the app's own temporary folder, so the
/// core can read it by path. The picker hands out a security-scoped URL (a file in iCloud Drive,
/// another app's folder, a USB stick): it is readable only between start and stop of access.
enum PackFile {
    /// A readable local copy of `picked`; the caller deletes it after installing.
    static func localCopy(of picked: URL) throws -> URL {
        let scoped = picked.startAccessingSecurityScopedResource()
        defer { if scoped { picked.stopAccessingSecurityScopedResource() } }
        let copy = FileManager.default.temporaryDirectory
            .appendingPathComponent(UUID().uuidString)
            .appendingPathExtension(picked.pathExtension.isEmpty ? "kpack" : picked.pathExtension)
        try FileManager.default.copyItem(at: picked, to: copy)
        return copy
    }
}
