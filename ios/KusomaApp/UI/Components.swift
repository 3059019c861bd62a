import SwiftUI

/// A wide button with an icon beside its words, so that a learner who cannot read the words yet
/// still knows it by its picture. With no words from the core it shows the icon alone (and
/// VoiceOver reads the icon's name).
struct ActionButton: View {
    let glyph: Glyph
    let label: String?
    var primary = true
    var enabled = true
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            HStack(spacing: Metrics.gap) {
                GlyphView(glyph: glyph, tint: primary ? .white : Palette.primary)
                if let label {
                    Text(label).font(Typeface.label).multilineTextAlignment(.center)
                }
            }
            .padding(.horizontal, 20)
            .frame(maxWidth: .infinity, minHeight: 56)
            .foregroundColor(primary ? .white : Palette.primary)
            .background(RoundedRectangle(cornerRadius: 28).fill(primary ? Palette.primary : Palette.surface))
            .overlay(RoundedRectangle(cornerRadius: 28).stroke(Palette.primary, lineWidth: primary ? 0 : 2))
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .disabled(!enabled)
        .opacity(enabled ? 1 : 0.4)
        .accessibilityLabel(label ?? glyph.rawValue)
    }
}

/// A round icon-only button, 56 pt, labelled for VoiceOver with `label`.
struct IconAction: View {
    let glyph: Glyph
    let label: String?
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            GlyphView(glyph: glyph)
                .frame(width: Metrics.iconButton, height: Metrics.iconButton)
                .background(Circle().fill(Palette.surface))
                .contentShape(Circle())
        }
        .buttonStyle(.plain)
        .accessibilityLabel(label ?? glyph.rawValue)
    }
}

/// A screen's top row: `lead` at the start (the trailing side in a right-to-left layout,
/// because HStack follows the layout direction), the title, `trailing` at the end.
struct TopBar<Lead: View, Trailing: View>: View {
    let title: String?
    @ViewBuilder let lead: () -> Lead
    @ViewBuilder let trailing: () -> Trailing

    var body: some View {
        HStack(spacing: 8) {
            lead()
            Text(title ?? "")
                .font(Typeface.title)
                .frame(maxWidth: .infinity, alignment: .leading)
                .accessibilityAddTraits(.isHeader)
            trailing()
        }
        .padding(.horizontal, 8)
        .frame(minHeight: 64)
    }
}

extension TopBar where Trailing == EmptyView {
    /// A top row with nothing at its end.
    init(title: String?, @ViewBuilder lead: @escaping () -> Lead) {
        self.init(title: title, lead: lead, trailing: { EmptyView() })
    }
}

/// A line with a ✓ or ✗ mark and words: a wrong PIN, a lock, an installed pack, a refused file.
/// The mark says it without reading; the colour only adds to it.
struct Notice: View {
    let right: Bool
    let text: String?
    /// Takes the whole width, words at the start (a banner); false: only as wide as it needs.
    var wide = true

    var body: some View {
        HStack(spacing: 8) {
            GlyphView(glyph: right ? .check : .cross, tint: .white, size: 18)
                .frame(width: 32, height: 32)
                .background(Circle().fill(right ? Signal.right : Signal.wrong))
            if let text { Text(text).font(Typeface.body) }
        }
        .frame(maxWidth: wide ? .infinity : nil, alignment: .leading)
        .accessibilityElement(children: .combine)
    }
}

/// A big tappable card (profile, group, learner row): a rounded surface with a thick frame when
/// `selected`, at least `Metrics.minTouch` high.
struct CardButton<Content: View>: View {
    var selected = false
    let action: () -> Void
    @ViewBuilder let content: () -> Content

    var body: some View {
        Button(action: action) {
            content()
                .padding(Metrics.gap)
                .frame(maxWidth: .infinity, minHeight: Metrics.minTouch)
                .background(RoundedRectangle(cornerRadius: 20).fill(Palette.surface))
                .overlay(RoundedRectangle(cornerRadius: 20)
                    .stroke(Palette.primary, lineWidth: selected ? 4 : 0))
                .contentShape(RoundedRectangle(cornerRadius: 20))
        }
        .buttonStyle(.plain)
    }
}

/// A section heading: an icon and the core's words (Android's `SectionTitle`).
struct Heading: View {
    let glyph: Glyph
    let text: String?

    var body: some View {
        HStack(spacing: 8) {
            GlyphView(glyph: glyph, size: 22)
            if let text { Text(text).font(Typeface.title) }
        }
        .padding(.top, 8)
        .accessibilityAddTraits(.isHeader)
    }
}
