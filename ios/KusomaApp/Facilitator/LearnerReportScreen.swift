import Kusoma
import KusomaState
import SwiftUI

/// One learner's report on the phone: her units as stars (lit when done), how many exercises she
/// did each of the last eight weeks (bars, oldest first, in reading direction), her recent
/// accuracy, what she misses and her assessments — a rate, a count or a level.
struct LearnerReportScreen: View {
    @ObservedObject var report: LearnerReportState
    let group: GroupCard
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        let r = report.state
        let p = r.progress
        VStack(spacing: 0) {
            TopBar(title: r.learner.name) {
                IconAction(glyph: .back, label: texts.text(.back)) { app.openGroup(group) }
            } trailing: {
                Text(r.learner.icon).font(.system(size: 32))
                    .accessibilityHidden(true)
            }
            ScrollView {
                VStack(alignment: .leading, spacing: 10) {
                    if let totals = texts.text(.totals, ("attempts", p.attempts), ("sessions", p.sessions),
                                               ("correct", p.correct)) {
                        Text(totals).font(Typeface.body)
                    }
                    // Wrapping: a long course has more units than fit one line.
                    LazyVGrid(columns: [GridItem(.adaptive(minimum: 28, maximum: 28), spacing: 6)],
                              alignment: .leading, spacing: 6) {
                        ForEach(p.units, id: \.id) { unit in
                            GlyphView(glyph: .star, tint: unit.confirmed ? Signal.lit : Signal.unlit, size: 22)
                                .frame(width: 28, height: 28)
                        }
                    }
                    Heading(glyph: .report, text: texts.text(.weekly))
                    WeeklyBars(weeks: r.weeks)
                    if let accuracy = r.accuracy { Heading(glyph: .check, text: accuracy) }
                    if !r.struggles.isEmpty {
                        Heading(glyph: .cross, text: texts.text(.hardestItems))
                        ForEach(Array(r.struggles.enumerated()), id: \.offset) { _, s in
                            let right = max(Int(s.attempts) - Int(s.wrong), 0)
                            Text(texts.text(.itemLine, ("label", s.label), ("correct", right),
                                            ("attempts", s.attempts)) ?? s.label)
                                .font(Typeface.body)
                        }
                    }
                    if !r.assessments.isEmpty {
                        Heading(glyph: .clock, text: texts.text(.assessments))
                        ForEach(r.assessments, id: \.id) { a in
                            VStack(alignment: .leading, spacing: 4) {
                                Text(a.title ?? a.subtask)
                                    .font(Typeface.title)
                                if let line = a.result { Text(line).font(Typeface.body) }
                            }
                            .padding(Metrics.gap)
                            .frame(maxWidth: .infinity, alignment: .leading)
                            .background(RoundedRectangle(cornerRadius: 20).fill(Palette.surface))
                            .accessibilityElement(children: .combine)
                        }
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }
}

/// Eight weeks of exercises as bars, the tallest week full height; a week with none is a stub.
/// The bars sit in an HStack, so they run oldest first in the reading direction (from the right
/// in a right-to-left interface).
private struct WeeklyBars: View {
    let weeks: [WeekBar]
    let height: CGFloat = 72

    var body: some View {
        let most = CGFloat(max(weeks.map(\.attempts).max() ?? 0, 1))
        VStack(spacing: 2) {
            HStack(alignment: .bottom, spacing: 0) {
                ForEach(Array(weeks.enumerated()), id: \.offset) { _, week in
                    // Each week's count above its bar, in the core's digits: a chart with no
                    // numbers says little.
                    VStack(spacing: 2) {
                        Text(week.count).font(Typeface.body).lineLimit(1)
                        RoundedRectangle(cornerRadius: 2)
                            .fill(week.attempts == 0 ? Signal.unlit : Palette.primary)
                            .frame(height: max(CGFloat(week.attempts) / most * height, 3))
                            .padding(.horizontal, 6)
                    }
                    .frame(maxWidth: .infinity, alignment: .bottom)
                }
            }
            .frame(minHeight: height)
            // The day the first and the last week start: eight dates do not fit under eight
            // bars on a phone.
            if let first = weeks.first, let last = weeks.last {
                HStack {
                    Text(first.starts).lineLimit(1)
                    Spacer()
                    Text(last.starts).lineLimit(1)
                }
                .font(Typeface.body)
            }
        }
        .accessibilityElement(children: .ignore)
        .accessibilityLabel(weeks.map { "\($0.starts): \($0.count)" }.joined(separator: ", "))
    }
}
