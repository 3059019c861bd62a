import Kusoma
import KusomaState
import SwiftUI

/// The prompt, big; a prompt that is only a sound is a big speaker to tap. A comprehension
/// question sits under it with its own replay button.
struct PromptView: View {
    let exercise: ExerciseView
    let pack: String
    @EnvironmentObject var speaker: Speaker
    @Environment(\.texts) var texts

    var body: some View {
        let p = exercise.prompt
        VStack(spacing: Metrics.gap) {
            if p.text == nil && p.picture == nil {
                Button { speaker.play(p, language: exercise.language, pack: pack) } label: {
                    GlyphView(glyph: .speaker, tint: .white, size: 56)
                        .frame(width: 96, height: 96)
                        .background(Circle().fill(Palette.primary))
                }
                .buttonStyle(.plain)
                .accessibilityLabel(texts.text(.playSound) ?? Glyph.speaker.rawValue)
            } else {
                MediaContent(media: p, language: exercise.language, textSize: 36, pictureSize: 96)
            }
            if let q = exercise.question {
                HStack(spacing: 8) {
                    IconAction(glyph: .speaker, label: texts.text(.replay)) {
                        speaker.play(q, language: exercise.language, pack: pack)
                    }
                    let words = q.text ?? q.speak ?? ""
                    Text(texts.text(.question, ("text", words)) ?? words).font(Typeface.title)
                        .frame(maxWidth: .infinity, alignment: .leading)
                }
            }
        }
        .padding(16)
        .frame(maxWidth: .infinity)
        .background(RoundedRectangle(cornerRadius: 20).fill(Palette.surface))
    }
}

/// Tap-one choices, two a row; after feedback the right one carries ✓ and a wrong pick ✗.
struct ChoicesView: View {
    let exercise: ExerciseView
    let pack: String
    let selected: Int?
    let feedback: AnswerFeedback?
    let select: (Int) -> Void
    @EnvironmentObject var speaker: Speaker

    var body: some View {
        LazyVGrid(columns: [GridItem(.flexible(), spacing: Metrics.gap), GridItem(.flexible(), spacing: Metrics.gap)],
                  spacing: Metrics.gap) {
            ForEach(Array(exercise.choices.enumerated()), id: \.offset) { i, choice in
                AnswerCard(selected: selected == i, mark: mark(i), fill: true, action: {
                    if choice.text == nil && choice.picture == nil {
                        speaker.play(choice, language: exercise.language, pack: pack)
                    }
                    if feedback == nil { select(i) }
                }) {
                    MediaContent(media: choice, language: exercise.language, textSize: 32, pictureSize: 72,
                                 soundOnlyIcon: true)
                }
            }
        }
    }

    private func mark(_ i: Int) -> Glyph? {
        guard let feedback else { return nil }
        if let right = feedback.correctChoice, Int(right) == i { return .check }
        return selected == i ? .cross : nil
    }
}

/// Tiles to build a word: a row of slots (a placed tile taps back out), the tiles below, and a
/// button to start again. A tile goes into the next slot when tapped or when dragged and let go
/// over the slots (it springs back when let go anywhere else): tapping works for any hand and on
/// any phone, dragging is what many learners try first. Both are the same holder call.
struct TilesView<Session: LessonTaps>: View {
    let exercise: ExerciseView
    let placed: [Int]
    let feedback: AnswerFeedback?
    let session: Session
    @Environment(\.texts) var texts
    /// Where the slots are, in the `space` coordinate space (measured, not laid out here).
    @State var slotArea: CGRect = .null

    let flow = [GridItem(.adaptive(minimum: Metrics.card), spacing: 8)]
    /// The coordinate space the slots and the dragged tiles are measured in.
    static let space = "tiles"

    var body: some View {
        VStack(alignment: .leading, spacing: 16) {
            LazyVGrid(columns: flow, alignment: .leading, spacing: 8) {
                ForEach(0..<Int(exercise.answerLength), id: \.self) { position in
                    let tile = position < placed.count ? placed[position] : nil
                    AnswerCard(selected: tile != nil, mark: slotMark(position, tile), action: {
                        if feedback == nil, tile != nil { session.unplace(position) }
                    }) {
                        Text(tile.map { onDottedCircle(exercise.choices[$0].text ?? "") } ?? "").font(.system(size: 28))
                    }
                }
            }
            .background(GeometryReader { proxy in
                Color.clear.preference(key: SlotAreaKey.self,
                                       value: proxy.frame(in: CoordinateSpace.named(Self.space)))
            })
            if feedback == nil {
                LazyVGrid(columns: flow, alignment: .leading, spacing: 8) {
                    ForEach(Array(exercise.choices.enumerated()), id: \.offset) { i, tile in
                        let used = placed.contains(i)
                        DraggableTile(enabled: !used, target: slotArea, onDrop: { session.place(i) }) {
                            AnswerCard(selected: false, mark: nil, faded: used, action: {
                                if !used { session.place(i) }
                            }) {
                                Text(onDottedCircle(tile.text ?? "")).font(.system(size: 28))
                            }
                        }
                    }
                }
                ActionButton(glyph: .backspace, label: texts.text(.startAgain), primary: false) {
                    session.clearTiles()
                }
            }
        }
        .coordinateSpace(name: Self.space)
        .onPreferenceChange(SlotAreaKey.self) { slotArea = $0 }
    }

    private func slotMark(_ position: Int, _ tile: Int?) -> Glyph? {
        guard let feedback, tile != nil else { return nil }
        if feedback.correct { return .check }
        return feedback.firstDifference.map { Int($0) == position } == true ? .cross : nil
    }
}

/// The slots' frame, handed up from the GeometryReader behind them.
private struct SlotAreaKey: PreferenceKey {
    static let defaultValue = CGRect.null

    static func reduce(value: inout CGRect, nextValue: () -> CGRect) {
        value = value.union(nextValue())
    }
}

/// A tile that follows the finger and calls `onDrop` when let go with its centre over `target`
/// (in `TilesView.space`); let go anywhere else, it springs back. A tap without moving is left
/// to the tile's own button (the drag takes over only once the finger has moved 10 pt).
private struct DraggableTile<Content: View>: View {
    let enabled: Bool
    let target: CGRect
    let onDrop: () -> Void
    @ViewBuilder let content: () -> Content
    /// How far the finger has taken the tile.
    @State var drag: CGSize = .zero
    /// Where the tile rests, not where the finger took it.
    @State var home: CGRect = .zero

    var body: some View {
        content()
            .offset(drag)
            // Measured outside the offset, and only while the tile rests, so `home` stays its
            // place in the grid during a drag.
            .background(GeometryReader { proxy in
                let frame = proxy.frame(in: CoordinateSpace.named(TilesView.space))
                Color.clear
                    .onAppear { home = frame }
                    .onChange(of: frame) { moved in
                        if drag == .zero { home = moved }
                    }
            })
            .zIndex(drag == .zero ? 0 : 1)
            .highPriorityGesture(dragging, including: enabled ? .all : .subviews)
    }

    private var dragging: some Gesture {
        DragGesture(minimumDistance: 10, coordinateSpace: CoordinateSpace.named(TilesView.space))
            .onChanged { value in drag = value.translation }
            .onEnded { value in
                let centre = CGPoint(x: home.midX + value.translation.width,
                                     y: home.midY + value.translation.height)
                if target.contains(centre) {
                    drag = .zero
                    onDrop()
                } else {
                    withAnimation(.spring(response: 0.35, dampingFraction: 0.7)) { drag = .zero }
                }
            }
    }
}

/// The core's feedback: a big ✓ or ✗ (shape first, colour second), its message, spoken once
/// (in the interface language) when it appears, a button to hear it again; a star per skill
/// the answer taught, and the unit it finished.
struct FeedbackPanel: View {
    let feedback: AnswerFeedback
    @EnvironmentObject var app: AppModel
    @EnvironmentObject var speaker: Speaker
    @Environment(\.texts) var texts

    var body: some View {
        let tone = feedback.correct ? Signal.right : Signal.wrong
        let spoken = MediaItem(text: nil, speak: feedback.message, audio: nil, picture: nil)
        HStack(spacing: Metrics.gap) {
            GlyphView(glyph: feedback.correct ? .check : .cross, tint: .white, size: 36)
                .frame(width: 64, height: 64)
                .background(Circle().fill(tone))
            VStack(alignment: .leading, spacing: 4) {
                Text(feedback.message).font(Typeface.title)
                if !feedback.mastered.isEmpty {
                    HStack(spacing: 2) {
                        ForEach(feedback.mastered, id: \.self) { _ in GlyphView(glyph: .star, tint: Signal.lit) }
                    }
                }
                if let unit = feedback.unitCompleted, let done = texts.text(.unitCompleted, ("unit", unit)) {
                    Text(done).font(Typeface.body)
                }
            }
            .frame(maxWidth: .infinity, alignment: .leading)
            IconAction(glyph: .speaker, label: texts.text(.replay)) {
                speaker.play(spoken, language: app.locale, pack: app.course)
            }
        }
        .padding(Metrics.gap)
        .overlay(RoundedRectangle(cornerRadius: 20).stroke(tone, lineWidth: 3))
        .onAppear { speaker.play(spoken, language: app.locale, pack: app.course) }
    }
}
