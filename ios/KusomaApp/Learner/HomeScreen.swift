import KusomaState
import SwiftUI

/// A learner's home: one big button to learn (and, when the core offers it, one for a placement
/// test), and her course as a path of units — done units ticked, the current one starred, each with a dot per letter, lit (filled) when learned.
/// Back signs her out to the profiles (as on Android); quick exit (a door) does the same behind
/// a blank cover.
struct HomeScreen: View {
    @ObservedObject var home: LearnerHomeState
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        let state = home.state
        VStack(spacing: 0) {
            TopBar(title: texts.text(.homeTitle, ("name", state.name), ("pack", state.packName)) ?? state.name) {
                IconAction(glyph: .back, label: texts.text(.back)) { app.lock() }
            } trailing: {
                IconAction(glyph: .exit, label: texts.text(.quickExit)) { app.quickExit() }
                IconAction(glyph: .gear, label: texts.text(.settings)) { app.openSettings() }
            }
            ScrollView {
                VStack(alignment: .leading, spacing: Metrics.gap) {
                    ActionButton(glyph: .play, label: texts.text(.start)) { app.startSession(state.learner) }
                    if state.offerPlacement {
                        ActionButton(glyph: .check, label: texts.text(.placement), primary: false) {
                            app.startSession(state.learner, placement: true)
                        }
                    }
                    if let totals = texts.text(.totals, ("attempts", state.attempts),
                                               ("sessions", state.sessions), ("correct", state.correct)) {
                        Text(totals).font(Typeface.body)
                    }
                    ForEach(Array(state.units.enumerated()), id: \.element.id) { index, unit in
                        UnitNode(unit: unit, index: index)
                    }
                }
                .padding(.horizontal, 16)
                .padding(.vertical, 8)
            }
        }
    }
}

/// One stop on the path; stops step sideways so the column reads as a path, not a list.
private struct UnitNode: View {
    let unit: HomeUnit
    let index: Int
    @Environment(\.texts) var texts

    var body: some View {
        let indent = CGFloat([0, 24, 48, 24][index % 4])
        VStack(alignment: .leading, spacing: 0) {
            HStack(spacing: Metrics.gap) {
                ZStack {
                    Circle().fill(unit.done ? Signal.right : Palette.surface)
                    Circle().stroke(unit.current ? Palette.primary : Color.clear, lineWidth: 4)
                    if unit.done {
                        GlyphView(glyph: .check, tint: .white, size: 30)
                    } else if unit.current {
                        GlyphView(glyph: .star, tint: Signal.lit, size: 30)
                    } else {
                        GlyphView(glyph: .play, tint: Signal.unlit, size: 20)
                    }
                }
                .frame(width: 64, height: 64)
                VStack(alignment: .leading, spacing: 4) {
                    Text(onDottedCircle(unit.title)).font(Typeface.title)
                    if let status = unit.done ? texts.text(.unitDone) : unit.current ? texts.text(.unitOpen) : nil {
                        Text(status).font(Typeface.body)
                    }
                    LetterDots(lit: Int(unit.lettersLearned), toConfirm: Int(unit.lettersToConfirm), total: Int(unit.lettersTotal))
                }
            }
            Rectangle().fill(Signal.unlit).frame(width: 4, height: 12).padding(.leading, 30)
        }
        .padding(.leading, indent)
        .accessibilityElement(children: .combine)
    }
}

/// A dot per letter: filled and lit when learned, a hollow ring when not (shape, not only colour).
private struct LetterDots: View {
    let lit: Int
    let toConfirm: Int
    let total: Int

    var body: some View {
        LazyVGrid(columns: [GridItem(.adaptive(minimum: 16, maximum: 16), spacing: 4)], alignment: .leading, spacing: 4) {
            ForEach(0..<total, id: \.self) { i in
                if i < lit {
                    Circle().fill(Signal.lit).frame(width: 16, height: 16)
                } else if i < lit + toConfirm {
                    // Mastered, not yet confirmed on a later day: a lit ring with a lit centre.
                    ZStack {
                        Circle().stroke(Signal.lit, lineWidth: 3).frame(width: 13, height: 13)
                        Circle().fill(Signal.lit).frame(width: 5, height: 5)
                    }
                    .frame(width: 16, height: 16)
                } else {
                    Circle().stroke(Signal.unlit, lineWidth: 3).frame(width: 13, height: 13).frame(width: 16, height: 16)
                }
            }
        }
    }
}
