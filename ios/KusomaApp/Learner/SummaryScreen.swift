import Kusoma
import KusomaState
import SwiftUI

/// The end of a session: a ✓ disc per right answer and an empty ring per other one, a star per
/// skill learned, the core's summary sentence, and the way home.
struct SummaryScreen: View {
    let report: SessionReport
    let onHome: () -> Void
    @Environment(\.texts) var texts

    var body: some View {
        VStack(spacing: 0) {
            TopBar(title: texts.text(.summaryTitle)) {
                GlyphView(glyph: .star, tint: Signal.lit, size: 32).padding(12)
            }
            ScrollView {
                VStack(spacing: 16) {
                    LazyVGrid(columns: [GridItem(.adaptive(minimum: 40), spacing: 8)], spacing: 8) {
                        ForEach(0..<Int(report.answered), id: \.self) { i in
                            let right = i < Int(report.correct)
                            ZStack {
                                Circle().fill(right ? Signal.right : Color.clear)
                                Circle().stroke(right ? Signal.right : Signal.unlit, lineWidth: 3)
                                if right { GlyphView(glyph: .check, tint: .white, size: 20) }
                            }
                            .frame(width: 40, height: 40)
                        }
                    }
                    .accessibilityHidden(true)
                    if !report.mastered.isEmpty {
                        HStack(spacing: 4) {
                            ForEach(report.mastered, id: \.self) { _ in GlyphView(glyph: .star, tint: Signal.lit, size: 40) }
                        }
                    }
                    Text(report.message).font(Typeface.headline).multilineTextAlignment(.center)
                    if let bye = texts.text(.goodbye) {
                        Text(bye).font(Typeface.body).multilineTextAlignment(.center)
                    }
                }
                .padding(16)
            }
            ActionButton(glyph: .home, label: texts.text(.home), action: onHome).padding(16)
        }
    }
}
