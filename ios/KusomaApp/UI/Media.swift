import Kusoma
import KusomaState
import SwiftUI
import UIKit

/// A picture from an exercise: an emoji drawn by the phone's font, or a pack file loaded with
/// `engine.assetPath(pack:asset:)`; a file that is missing or unreadable shows a star instead.
struct PictureView: View {
    let picture: PictureRef
    let size: CGFloat
    @EnvironmentObject var app: AppModel

    var body: some View {
        Group {
            switch picture {
            case .emoji(let value):
                // A picture, not text: a fixed box, so a larger text setting does not grow it.
                Text(asEmoji(value)).font(.system(size: size * 0.7)).lineLimit(1).fixedSize()
            case .file(let asset):
                if let image = app.picture(asset) {
                    Image(uiImage: image).resizable().scaledToFit()
                } else {
                    GlyphView(glyph: .star, tint: Palette.outline, size: size / 2)
                }
            }
        }
        .frame(width: size, height: size)
        .accessibilityHidden(true)
    }
}

/// What a `MediaItem` shows: its picture above its text, or — when it is only a sound — a
/// speaker (`soundOnlyIcon`: a plain picture of one, when the card around it plays the sound).
struct MediaContent: View {
    let media: MediaItem
    let language: String
    let textSize: CGFloat
    let pictureSize: CGFloat
    var soundOnlyIcon = false
    @Environment(\.texts) var texts
    @EnvironmentObject var speaker: Speaker
    @EnvironmentObject var app: AppModel

    var body: some View {
        VStack(spacing: 4) {
            if let picture = media.picture { PictureView(picture: picture, size: pictureSize) }
            if let text = media.text {
                Text(onDottedCircle(text)).font(.system(size: textSize)).multilineTextAlignment(.center)
            }
            if media.text == nil && media.picture == nil {
                if soundOnlyIcon {
                    GlyphView(glyph: .speaker, size: 40)
                } else {
                    IconAction(glyph: .speaker, label: texts.text(.playSound)) {
                        speaker.play(media, language: language, pack: app.course)
                    }
                }
            }
        }
    }
}

/// A choice or a tile: a card with a thick frame when picked, and after feedback a badge in its
/// corner — ✓ on a green disc for right, ✗ on a red disc for wrong, told apart by shape.
/// At least `side` (64 pt) square whatever its content.
struct AnswerCard<Content: View>: View {
    let selected: Bool
    let mark: Glyph?
    var faded = false
    var fill = false
    /// The smallest side: 64 pt for choices and tiles, 48 pt in an assessment grid's cells.
    var side = Metrics.card
    let action: () -> Void
    @ViewBuilder let content: () -> Content

    var body: some View {
        Button(action: action) {
            content()
                .padding(8)
                .frame(minWidth: side, maxWidth: fill ? .infinity : nil, minHeight: side)
                .background(RoundedRectangle(cornerRadius: 16).fill(Palette.surface))
                .overlay(RoundedRectangle(cornerRadius: 16)
                    .stroke(selected ? Palette.primary : Palette.outline, lineWidth: selected ? 4 : 1))
                .contentShape(RoundedRectangle(cornerRadius: 16))
        }
        .buttonStyle(.plain)
        .opacity(faded ? 0.3 : 1)
        .overlay(alignment: .topTrailing) {
            if let mark {
                GlyphView(glyph: mark, tint: .white, size: 14)
                    .frame(width: 28, height: 28)
                    .background(Circle().fill(mark == .check ? Signal.right : Signal.wrong))
                    .offset(x: 6, y: -6)
            }
        }
    }
}

/// Asks for the colour-emoji form of a lone symbol (⚫, ☂) with U+FE0F: such characters also
/// have a plain text form, which a font may draw small and measure wrongly.
func asEmoji(_ value: String) -> String {
    let scalars = value.unicodeScalars
    if scalars.count == 1, let s = scalars.first, s.value < 0x1F000 { return value + "\u{FE0F}" }
    return value
}
