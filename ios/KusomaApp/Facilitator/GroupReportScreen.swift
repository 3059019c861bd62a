import Kusoma
import KusomaState
import SwiftUI

/// A group's report: attendance, each learner's sessions attended of held, who needs help and
/// why (with what she misses), and the hardest items — every line in the core's words.
struct GroupReportScreen: View {
    @ObservedObject var report: GroupReportState
    let group: GroupCard
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        let state = report.state
        VStack(spacing: 0) {
            TopBar(title: texts.text(.report).map { "\($0) · \(group.name)" } ?? group.name) {
                IconAction(glyph: .back, label: texts.text(.back)) { app.openGroup(group) }
            }
            ScrollView {
                VStack(alignment: .leading, spacing: Metrics.gap) {
                    if let line = state.report.attendance { Text(line).font(Typeface.title) }
                    ForEach(state.report.learners, id: \.learner.id) { line in
                        LearnerRow(learner: line.learner) {
                            Text(line.attendedOf).font(Typeface.body)
                        }
                    }
                    if !state.needsHelp.isEmpty {
                        Heading(glyph: .attention, text: texts.text(.needsHelp))
                        ForEach(state.needsHelp) { help in
                            VStack(alignment: .leading, spacing: 2) {
                                Text(help.name).font(Typeface.title)
                                if let why = help.why { Text(why).font(Typeface.body) }
                                if !help.struggles.isEmpty {
                                    Text(help.struggles.joined(separator: " · ")).font(Typeface.body)
                                }
                            }
                        }
                    }
                    if !state.report.hardestItems.isEmpty {
                        Heading(glyph: .report, text: texts.text(.hardestItems))
                        ForEach(state.report.hardestItems, id: \.label) { item in
                            Text(texts.text(.itemLine, ("label", item.label), ("correct", item.correct),
                                            ("attempts", item.attempts)) ?? item.label)
                                .font(Typeface.body)
                        }
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }
}
