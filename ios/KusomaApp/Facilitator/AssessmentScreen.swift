import Combine
import Kusoma
import KusomaState
import SwiftUI

/// A timed assessment: the grid (or passage) while it runs, then its result (after a story,
/// with the comprehension questions about the text she read).
struct GridRoute: View {
    @ObservedObject var grid: AssessmentState
    let group: GroupCard
    @EnvironmentObject var app: AppModel

    var body: some View {
        if let result = grid.state.result {
            AssessmentResultScreen(grid: grid, result: result) { app.openGroup(group) }
        } else {
            AssessmentScreen(grid: grid) { app.leaveAssessment(grid, group: group) }
        }
    }
}

/// The timed grid, marked by the facilitator: Start the clock; touch each item read wrongly
/// (✗ and struck through; touch again: right after all); Stop, then touch the last item read —
/// or, when time is up, touch it as asked. The time left comes from the core each second.
struct AssessmentScreen: View {
    @ObservedObject var grid: AssessmentState
    let leave: () -> Void
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts
    let clock = Timer.publish(every: 1, on: .main, in: .common).autoconnect()

    var body: some View {
        let state = grid.state
        VStack(spacing: 0) {
            TopBar(title: texts.text(state.subtask.role)) {
                IconAction(glyph: .back, label: texts.text(.back), action: leave)
            } trailing: {
                HStack(spacing: 4) {
                    GlyphView(glyph: .clock, size: 22)
                    Text(texts.text(.timeLeft, ("seconds", state.secondsLeft)) ?? "\(state.secondsLeft)")
                        .font(Typeface.label).monospacedDigit()
                }
            }
            VStack(alignment: .leading, spacing: 8) {
                if let hint = texts.text(.gridHint) { Text(hint).font(Typeface.body) }
                if state.markingLast {
                    Notice(right: false, text: texts.text(.markLast))
                } else if state.offerAutostop {
                    Notice(right: false, text: texts.text(.autostop, ("count", state.autostopAfter)))
                }
            }
            .padding(.horizontal, Metrics.gap)
            if state.columns == 0 {
                ScrollView { items(state).padding(Metrics.gap) }
            } else {
                // A sheet row wider than the phone scrolls sideways rather than shrink its cells.
                ScrollView([.vertical, .horizontal]) { items(state).padding(Metrics.gap) }
            }
            controls(state).padding(Metrics.gap)
        }
        .onReceive(clock) { _ in app.perform { try grid.tick() } }
    }

    /// 10 letters or 5 words a row, as on the paper sheet the facilitator knows; a passage
    /// flows. Cells keep the 48 pt touch target, so a wide row scrolls sideways on a phone.
    @MainActor
    private func items(_ state: AssessmentScreenState) -> some View {
        let width: CGFloat = state.columns == 10 ? 52 : 96
        let columns = state.columns == 0 ? [GridItem(.adaptive(minimum: 80), spacing: 4)]
            : Array(repeating: GridItem(.fixed(width), spacing: 4), count: Int(state.columns))
        return LazyVGrid(columns: columns, spacing: 4) {
            ForEach(Array(state.items.enumerated()), id: \.offset) { index, item in
                let wrong = state.wrong.indices.contains(index) && state.wrong[index]
                AnswerCard(selected: state.lastItem.map { Int($0) } == index, mark: wrong ? .cross : nil, fill: true,
                           side: Metrics.minTouch, action: { app.perform { try grid.touch(index) } }) {
                    Text(item).font(.system(size: 24)).strikethrough(wrong).lineLimit(1).minimumScaleFactor(0.6)
                }
            }
        }
    }

    @MainActor @ViewBuilder
    private func controls(_ state: AssessmentScreenState) -> some View {
        switch state.phase {
        case .ready:
            ActionButton(glyph: .clock, label: texts.text(.gridStart)) { app.perform { try grid.begin() } }
        case .running:
            // Armed, the button is outlined: the next item touched is the last one read.
            ActionButton(glyph: .stop, label: texts.text(.gridStop), primary: !state.markingLast) { grid.stop() }
        case .awaitingLastItem:
            EmptyView()
        case .done:
            ActionButton(glyph: .check, label: texts.text(.check)) { app.perform { try grid.finish() } }
        }
    }
}

/// A stored result: the subtask, ✓, and "correct of attempted right: N a minute" (a whole
/// number); no clock once scored. After a story, the comprehension questions follow.
struct AssessmentResultScreen: View {
    @ObservedObject var grid: AssessmentState
    let result: Score
    let back: () -> Void
    @Environment(\.texts) var texts

    var body: some View {
        ScrollView {
            VStack(spacing: 16) {
                Text(texts.text(grid.state.subtask.role) ?? "").font(Typeface.title)
                GlyphView(glyph: .check, tint: .white, size: 48)
                    .frame(width: 96, height: 96)
                    .background(Circle().fill(Signal.right))
                if let line = texts.text(.result, ("correct", result.correct), ("attempted", result.attempted),
                                         ("per_minute", Int(result.perMinute.rounded()))) {
                    Text(line).font(Typeface.headline).multilineTextAlignment(.center)
                }
                if !grid.state.questions.isEmpty { Comprehension(grid: grid) }
                ActionButton(glyph: .back, label: texts.text(.back), action: back)
            }
            .padding(16)
        }
    }
}

/// After a story: the comprehension questions about the text she read, each marked ✓ or ✗ by
/// the facilitator (the chosen mark filled and framed: shape, not colour), saved once all are
/// marked; then the core's count of right answers.
private struct Comprehension: View {
    @ObservedObject var grid: AssessmentState
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        let state = grid.state
        VStack(alignment: .leading, spacing: 8) {
            Heading(glyph: .speaker, text: texts.text(.subtaskComprehension))
            if state.comprehension == nil, let hint = texts.text(.comprehension) {
                Text(hint).font(Typeface.body)
            }
            ForEach(Array(state.questions.enumerated()), id: \.offset) { i, question in
                let mark = state.answers[i]
                HStack(spacing: 8) {
                    Text(question).font(Typeface.body)
                        .frame(maxWidth: .infinity, alignment: .leading)
                    MarkButton(glyph: .check, tint: Signal.right, chosen: mark == true) {
                        app.perform { try grid.markQuestion(i, right: true) }
                    }
                    MarkButton(glyph: .cross, tint: Signal.wrong, chosen: mark == false) {
                        app.perform { try grid.markQuestion(i, right: false) }
                    }
                }
                .padding(Metrics.gap)
                .background(RoundedRectangle(cornerRadius: 20).fill(Palette.surface))
            }
            if let saved = state.comprehension {
                let name = texts.text(.subtaskComprehension) ?? ""
                if let line = texts.text(.itemLine, ("label", name), ("correct", saved.correct),
                                         ("attempts", saved.attempted)) {
                    Text(line).font(Typeface.title)
                }
            } else {
                ActionButton(glyph: .check, label: texts.text(.save), enabled: state.canSave) {
                    app.perform { try grid.saveComprehension() }
                }
            }
        }
        .frame(maxWidth: .infinity, alignment: .leading)
    }
}

/// A ✓ or ✗ to mark an answer, 48 pt; the chosen one is filled and framed thick.
private struct MarkButton: View {
    let glyph: Glyph
    let tint: Color
    let chosen: Bool
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            GlyphView(glyph: glyph, tint: chosen ? .white : tint, size: 22)
                .frame(width: Metrics.minTouch, height: Metrics.minTouch)
                .background(RoundedRectangle(cornerRadius: 12).fill(chosen ? tint : Palette.background))
                .overlay(RoundedRectangle(cornerRadius: 12)
                    .stroke(chosen ? Color.primary : Palette.outline, lineWidth: chosen ? 4 : 1))
                .contentShape(RoundedRectangle(cornerRadius: 12))
        }
        .buttonStyle(.plain)
        .accessibilityLabel(glyph.rawValue)
        .accessibilityAddTraits(chosen ? .isSelected : [])
    }
}
