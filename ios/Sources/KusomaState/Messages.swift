import Foundation
import Kusoma

/// Where screens get their words: `Messages` over the core in the app and the tests; a screen
/// never holds a string of its own.
public protocol TextSource {
    /// The text for `role` with Fluent `args`, or nil when there is none (show the icon alone).
    func text(_ role: UiText, _ args: [(String, Any)]) -> String?
}

/// Arguments written inline, the way the screens ask.
public extension TextSource {
    /// The text for `role` with Fluent arguments written inline: `text(.homeTitle, ("name", n))`.
    func text(_ role: UiText, _ args: (String, Any)...) -> String? { text(role, args) }
}

/// The interface's words, all from the core's Fluent messages in the interface language in use.
///
/// The core picks each role's words (its ids and fallbacks are the core's, `UiText` is its enum).
/// Every role asked for that has none is remembered in `missing`, so a test can list what a
/// translator (or the core) still has to add.
///
/// Not tied to the main actor: a message is a quick, read-only call into the core (which has its
/// own lock), so any view or holder may ask; the one mutable set is guarded by a lock.
public final class Messages: TextSource, @unchecked Sendable {
    private let engine: KusomaEngine
    private let lock = NSLock()
    private var absent = Set<String>()

    /// Messages from `engine`, in whatever interface language it is set to.
    public init(engine: KusomaEngine) { self.engine = engine }

    /// The text for `role` with `args` (integers go to Fluent as numbers, so plurals work; any
    /// other value as text), or nil when the core has none of the role's ids.
    public func text(_ role: UiText, _ args: [(String, Any)]) -> String? {
        let fluentArgs = args.map { name, value -> MessageArg in
            if let number = value as? any BinaryInteger {
                return .number(name: name, value: Int64(number))
            }
            return .text(name: name, value: String(describing: value))
        }
        let text = engine.uiText(role: role, args: fluentArgs)
        if text == nil {
            lock.lock()
            absent.insert(String(describing: role))
            lock.unlock()
        }
        return text
    }

    /// Roles asked for that the core has no words for, sorted.
    public var missing: [String] {
        lock.lock()
        defer { lock.unlock() }
        return absent.sorted()
    }

    /// Whether the interface language is written right to left (screens mirror their layout).
    public var rightToLeft: Bool { engine.uiDirection() == .rtl }

    /// The interface locale in use, e.g. "sw".
    public var locale: String { engine.uiLocales().first ?? "en" }
}
