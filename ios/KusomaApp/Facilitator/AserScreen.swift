import Kusoma
import KusomaState
import SwiftUI

/// An ASER reading probe: letters and words read right (of five), the mistakes in the paragraph
/// and the story or "not read", with − and + beside each count; saved, the level the core gives.
struct AserScreen: View {
    @ObservedObject var aser: AserState
    let learner: LearnerCard
    let group: GroupCard
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        let state = aser.state
        VStack(spacing: 0) {
            TopBar(title: learner.name) {
                IconAction(glyph: .back, label: texts.text(.back)) { app.openGroup(group) }
            } trailing: {
                GlyphView(glyph: .report).padding(Metrics.gap)
            }
            ScrollView {
                VStack(alignment: .leading, spacing: Metrics.gap) {
                    if let title = texts.text(.subtaskAser) { Text(title).font(Typeface.title) }
                    if let level = state.level {
                        HStack(spacing: Metrics.gap) {
                            GlyphView(glyph: .check, tint: .white, size: 28)
                                .frame(width: 56, height: 56)
                                .background(Circle().fill(Signal.right))
                            if let line = texts.text(.aserLevel, ("level", texts.text(level.role) ?? "")) {
                                Text(line).font(Typeface.headline)
                                    .frame(maxWidth: .infinity, alignment: .leading)
                            }
                        }
                        .accessibilityElement(children: .combine)
                        ActionButton(glyph: .back, label: texts.text(.back)) { app.openGroup(group) }
                    } else {
                        Counter(label: texts.text(.aserLetters, ("shown", state.shown)), value: Int(state.lettersRight)) {
                            aser.setLetters($0 ?? 0)
                        }
                        Counter(label: texts.text(.aserWords, ("shown", state.shown)), value: Int(state.wordsRight)) {
                            aser.setWords($0 ?? 0)
                        }
                        Counter(label: texts.text(.aserParagraph), value: state.paragraphMistakes.map { Int($0) }) {
                            aser.setParagraph($0)
                        }
                        Counter(label: texts.text(.aserStory), value: state.storyMistakes.map { Int($0) }) {
                            aser.setStory($0)
                        }
                        ActionButton(glyph: .check, label: texts.text(.save)) { app.perform { try aser.save() } }
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }
}

/// A count with its label, − and +. A count that may be "not read" (`value` nil) shows those
/// words; − from 0 goes back to not read, + from not read starts at 0. The holder keeps each
/// count within its bounds.
private struct Counter: View {
    let label: String?
    let value: Int?
    let change: (Int?) -> Void
    @Environment(\.texts) var texts

    var body: some View {
        HStack(spacing: 8) {
            Text(label ?? "").font(Typeface.body)
                .frame(maxWidth: .infinity, alignment: .leading)
            IconAction(glyph: .minus, label: nil) {
                change(value.flatMap { count -> Int? in count == 0 ? nil : count - 1 })
            }
            let shown: String = value.map { String($0) } ?? texts.text(.aserNotRead) ?? "–"
            Text(shown)
                .font(Typeface.label)
                .multilineTextAlignment(.center)
                .frame(minWidth: 40)
            IconAction(glyph: .plus, label: nil) { change((value ?? -1) + 1) }
        }
        .padding(Metrics.gap)
        .background(RoundedRectangle(cornerRadius: 20).fill(Palette.surface))
    }
}
