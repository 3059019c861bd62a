import SwiftUI
import UIKit

/// The icons the screens use, as SF Symbols. Directional ones (back, forward, delete) use the
/// symbols' "backward"/"forward" forms, which iOS mirrors by itself in a right-to-left layout.
enum Glyph: String {
    case check, cross, speaker, back, forward, gear, plus, minus, backspace, play, star, home, stop
    case globe, exit, facilitator, people, lock, clock, report, assess, discreet, file, notes
    /// Needs attention (a learner who needs help): neutral, neither a reward nor a wrong answer.
    case attention

    /// The symbol, then one from an older symbol set for an iOS that lacks it.
    private var names: [String] {
        switch self {
        case .check: return ["checkmark"]
        case .cross: return ["xmark"]
        case .speaker: return ["speaker.wave.2.fill", "speaker.2.fill"]
        case .back: return ["chevron.backward", "chevron.left"]
        case .forward: return ["arrow.forward", "arrow.right"]
        case .gear: return ["gearshape.fill", "gear"]
        case .plus: return ["plus"]
        case .minus: return ["minus"]
        case .backspace: return ["delete.backward", "delete.left"]
        case .play: return ["play.fill"]
        case .star: return ["star.fill"]
        case .home: return ["house.fill"]
        case .stop: return ["stop.fill"]
        case .globe: return ["globe"]
        case .exit: return ["door.left.hand.open", "escape"]
        case .facilitator: return ["person.badge.key.fill", "key.fill", "lock.fill"]
        case .people: return ["person.3.fill"]
        case .lock: return ["lock.fill"]
        case .clock: return ["timer"]
        case .report: return ["chart.bar.fill"]
        case .assess: return ["checklist", "list.bullet"]
        case .discreet: return ["eye.slash.fill"]
        case .file: return ["doc.badge.plus", "doc.fill"]
        case .notes: return ["square.and.pencil"]
        case .attention: return ["exclamationmark.circle.fill", "exclamationmark.circle"]
        }
    }

    /// The first of `names` this iOS has (an unknown name would draw nothing at all).
    var systemName: String {
        names.first { UIImage(systemName: $0) != nil } ?? names[names.count - 1]
    }
}

/// `text` with each combining mark that has no letter before it (a lone vowel sign or harakat
/// tile) drawn on a dotted circle ◌ (U+25CC), as the CLI does: a bare mark is a speck.
func onDottedCircle(_ text: String) -> String {
    var out = String.UnicodeScalarView()
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
        let category = scalar.properties.generalCategory
        let mark = category == .nonspacingMark || category == .enclosingMark
        if mark && (previous == nil || previous == " ") { out.append("\u{25CC}") }
        out.append(scalar)
        previous = scalar
    }
    return String(out)
}

/// A glyph drawn at `size` points in `tint`, hidden from VoiceOver (its button carries a label).
struct GlyphView: View {
    let glyph: Glyph
    var tint: Color = Palette.primary
    var size: CGFloat = 26

    var body: some View {
        Image(systemName: glyph.systemName)
            .font(.system(size: size, weight: .semibold))
            .foregroundColor(tint)
            .accessibilityHidden(true)
    }
}
