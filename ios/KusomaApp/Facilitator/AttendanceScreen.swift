import Kusoma
import KusomaState
import SwiftUI

/// Attendance in a few taps: everyone is present (✓ Here) until touched (✗ Absent, name struck
/// through); a − / + stepper for the exercises per turn; Start.
struct AttendanceScreen: View {
    @ObservedObject var attendance: AttendanceState
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        let state = attendance.state
        VStack(spacing: 0) {
            TopBar(title: state.group) {
                IconAction(glyph: .back, label: texts.text(.back)) { app.openGroup(attendance.group) }
            }
            ScrollView {
                VStack(alignment: .leading, spacing: Metrics.gap) {
                    if let hint = texts.text(.attendance) { Text(hint).font(Typeface.body) }
                    ForEach(state.roster, id: \.id) { learner in
                        let absent = state.absent.contains(learner.id)
                        CardButton(action: { attendance.toggle(learner.id) }) {
                            LearnerRow(learner: learner, struck: absent) {
                                Notice(right: !absent, text: texts.text(absent ? .absent : .present), wide: false)
                            }
                        }
                    }
                    HStack(spacing: Metrics.gap) {
                        IconAction(glyph: .minus, label: nil) { attendance.fewer() }
                        Text(texts.text(.turnRule, ("count", Int(state.turnEvery))) ?? "\(state.turnEvery)")
                            .font(Typeface.body).frame(maxWidth: .infinity)
                        IconAction(glyph: .plus, label: nil) { attendance.more() }
                    }
                    ActionButton(glyph: .play, label: texts.text(.start), enabled: state.canStart) {
                        app.startGroupSession(attendance)
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }
}
