import Kusoma
import KusomaState
import SwiftUI

/// A learning session (or a placement test): the exercises, then the summary. Next and Stop go to
/// the holder; a group turn (TurnRoute) draws the same screen with its own Next and Stop.
struct SessionRoute: View {
    @ObservedObject var session: ExerciseState
    let learner: String
    @EnvironmentObject var app: AppModel

    var body: some View {
        if case .finished(let report) = session.state {
            SummaryScreen(report: report) { app.backHome(learner) }
        } else {
            ExerciseScreen(session: session,
                           onNext: { app.perform { try session.next() } },
                           onFinish: { app.perform { try session.end() } })
        }
    }
}

/// Every exercise kind on one screen, drawn from the record alone: the instruction with a replay
/// button, the prompt (text, picture or a sound to play), then choices to tap or tiles to place,
/// then the core's feedback. The screen never asks which kind it is showing — a new kind in the
/// core that uses the same record draws without a change here.
///
/// The exercise's own text direction (its pack's script) lays out the prompt, choices and tiles;
/// the rest follows the interface direction.
struct ExerciseScreen<Session: LessonTaps>: View {
    @ObservedObject var session: Session
    let onNext: () -> Void
    let onFinish: () -> Void
    @EnvironmentObject var app: AppModel
    @EnvironmentObject var speaker: Speaker
    @Environment(\.texts) var texts

    var body: some View {
        switch session.lesson {
        case let .answering(exercise, number, total, selected, placed, canSubmit):
            page(exercise, number: Int(number), total: Int(total), selected: selected.map { Int($0) },
                 placed: placed.map { Int($0) }, feedback: nil, canSubmit: canSubmit)
        case let .answered(exercise, number, total, selected, placed, feedback):
            page(exercise, number: Int(number), total: Int(total), selected: selected.map { Int($0) },
                 placed: placed.map { Int($0) }, feedback: feedback, canSubmit: false)
        case .notStarted, .finished:
            EmptyView()
        }
    }

    @MainActor
    private func page(_ exercise: ExerciseView, number: Int, total: Int, selected: Int?, placed: [Int],
                      feedback: AnswerFeedback?, canSubmit: Bool) -> some View {
        VStack(spacing: 0) {
            HStack(spacing: Metrics.gap) {
                StopButton(label: texts.text(.finish), action: onFinish)
                SessionDots(number: number, total: total)
                IconAction(glyph: .exit, label: texts.text(.quickExit)) { app.quickExit() }
            }
            .padding(8)
            NoVoiceNote(exercise: exercise)
            // The instruction and prompt scroll in the room the answers leave them: the answers
            // are never cut off or under the feedback (a learner who cannot read yet does not
            // know to scroll for a choice she cannot see, nor for the right answer after it).
            VStack(spacing: 16) {
                ScrollView {
                    VStack(alignment: .leading, spacing: 16) {
                        HStack(spacing: Metrics.gap) {
                            IconAction(glyph: .speaker, label: texts.text(.replay)) {
                                speaker.play(exercise.prompt, language: exercise.language, pack: session.pack)
                            }
                            Text(exercise.instruction).font(Typeface.body)
                                .frame(maxWidth: .infinity, alignment: .leading)
                        }
                        InScript(exercise: exercise) {
                            PromptView(exercise: exercise, pack: session.pack)
                        }
                    }
                }
                InScript(exercise: exercise) {
                    switch exercise.mode {
                    case .tapOne:
                        ChoicesView(exercise: exercise, pack: session.pack, selected: selected,
                                    feedback: feedback) { session.select($0) }
                    case .orderTiles:
                        TilesView(exercise: exercise, placed: placed, feedback: feedback, session: session)
                    }
                }
                .fixedSize(horizontal: false, vertical: true)
            }
            .padding(.horizontal, 16)
            // Below the scrolling part, so the feedback is always in view with the button to go
            // on; the feedback scrolls within a bounded height, so with large text it never
            // pushes the button off the screen.
            VStack(spacing: Metrics.gap) {
                if let feedback {
                    ScrollView { FeedbackPanel(feedback: feedback) }.frame(maxHeight: 160)
                    ActionButton(glyph: .forward, label: texts.text(.next), action: onNext)
                } else {
                    ActionButton(glyph: .check, label: texts.text(.check), enabled: canSubmit) {
                        app.perform { try session.submit() }
                    }
                }
            }
            .padding(16)
        }
    }
}

/// The button that ends the session: ■ with the core's word beside it, so it is not a bare square.
private struct StopButton: View {
    let label: String?
    let action: () -> Void

    var body: some View {
        Button(action: action) {
            HStack(spacing: 8) {
                GlyphView(glyph: .stop, size: 20)
                if let label { Text(label).font(Typeface.label) }
            }
            .padding(.horizontal, 14)
            .frame(minWidth: Metrics.iconButton, minHeight: Metrics.iconButton)
            .foregroundColor(Palette.primary)
            .background(Capsule().fill(Palette.surface))
            .contentShape(Capsule())
        }
        .buttonStyle(.plain)
        .accessibilityLabel(label ?? Glyph.stop.rawValue)
    }
}

/// Lays `content` out in the exercise's own script direction and language.
private struct InScript<Content: View>: View {
    let exercise: ExerciseView
    @ViewBuilder let content: () -> Content

    var body: some View {
        VStack(alignment: .leading, spacing: 16) { content() }
            .environment(\.layoutDirection, exercise.direction == .rtl ? .rightToLeft : .leftToRight)
            .environment(\.locale, Locale(identifier: exercise.language))
    }
}

/// How far the session is: a dot per exercise, filled up to this one (no digits to read).
private struct SessionDots: View {
    let number: Int
    let total: Int

    var body: some View {
        HStack(spacing: 6) {
            ForEach(0..<total, id: \.self) { i in
                if i < number {
                    Circle().fill(Signal.lit).frame(width: 12, height: 12)
                } else {
                    Circle().stroke(Signal.unlit, lineWidth: 3).frame(width: 10, height: 10).frame(width: 12, height: 12)
                }
            }
        }
        .frame(maxWidth: .infinity)
        .accessibilityHidden(true)
    }
}

/// The facilitator's note when the phone cannot speak the course's language and the exercise has
/// sounds without a recording: app-no-voice, until closed (then not again while the app runs).
private struct NoVoiceNote: View {
    let exercise: ExerciseView
    @EnvironmentObject var app: AppModel
    @EnvironmentObject var speaker: Speaker
    @Environment(\.texts) var texts

    var body: some View {
        let unrecorded = ([exercise.prompt] + exercise.choices + [exercise.question].compactMap { $0 })
            .contains { $0.audio == nil && ($0.speak != nil || ($0.text == nil && $0.picture == nil)) }
        if unrecorded && !speaker.noVoiceDismissed.contains(exercise.language) && !speaker.hasVoice(exercise.language) {
            HStack(spacing: 8) {
                Notice(right: false, text: texts.text(.noVoice, ("language", app.courseName)))
                IconAction(glyph: .cross, label: texts.text(.back)) { speaker.dismissNoVoice(exercise.language) }
            }
            .padding(.horizontal, 16)
        }
    }
}
