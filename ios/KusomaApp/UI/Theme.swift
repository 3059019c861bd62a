import KusomaState
import SwiftUI

/// Sizes every screen shares. Apple's minimum touch target is 44 pt; Kusoma's is 48 pt (the
/// same number as Android's 48 dp), and the main buttons are bigger still.
enum Metrics {
    /// The smallest touch target anywhere.
    static let minTouch: CGFloat = 48
    /// Round icon buttons.
    static let iconButton: CGFloat = 56
    /// Choices, tiles, PIN keys.
    static let card: CGFloat = 64
    /// Space between blocks.
    static let gap: CGFloat = 12
}

/// Right and wrong are told by shape (✓ / ✗) first; these colours only add to it. The same
/// values as the Android theme.
enum Signal {
    static let right = Color(red: 0x1B / 255, green: 0x7F / 255, blue: 0x3B / 255)
    static let wrong = Color(red: 0xB3 / 255, green: 0x26 / 255, blue: 0x1E / 255)
    static let lit = Color(red: 0xF2 / 255, green: 0xA9 / 255, blue: 0x00 / 255)
    static let unlit = Color(red: 0xD6 / 255, green: 0xD3 / 255, blue: 0xCC / 255)
}

/// Kusoma's colours (Android's light scheme).
enum Palette {
    static let primary = Color(red: 0x2D / 255, green: 0x5B / 255, blue: 0xA8 / 255)
    static let background = Color(red: 0xFF / 255, green: 0xFB / 255, blue: 0xF3 / 255)
    static let surface = Color(red: 0xF1 / 255, green: 0xEC / 255, blue: 0xE1 / 255)
    static let outline = Color(red: 0x79 / 255, green: 0x74 / 255, blue: 0x7E / 255)
}

/// Bigger than the system's defaults (readers who are just beginning need big letters), and
/// still scaled by the phone's text-size setting (Dynamic Type).
enum Typeface {
    static let headline = Font.title.weight(.semibold)
    static let title = Font.title2.weight(.semibold)
    static let body = Font.title3
    static let label = Font.title3.weight(.medium)
}

/// The screens' words: the core's messages (see KusomaState's `Messages`).
private struct TextsKey: EnvironmentKey {
    static let defaultValue: TextSource = NoTexts()
}

/// Before the engine is open there are no words, only icons.
struct NoTexts: TextSource {
    func text(_ role: UiText, _ args: [(String, Any)]) -> String? { nil }
}

extension EnvironmentValues {
    /// Where every piece of interface text comes from.
    var texts: TextSource {
        get { self[TextsKey.self] }
        set { self[TextsKey.self] = newValue }
    }
}
