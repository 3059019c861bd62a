import Kusoma
import KusomaState
import SwiftUI

/// Which assessment to give a learner: the timed subtasks, then the ASER probe, each by its name
/// from the core.
struct SubtaskChoiceScreen: View {
    let learner: LearnerCard
    let group: GroupCard
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        VStack(spacing: 0) {
            TopBar(title: learner.name) {
                IconAction(glyph: .back, label: texts.text(.back)) { app.openGroup(group) }
            } trailing: {
                Text(learner.picture).font(.system(size: 36))
            }
            ScrollView {
                VStack(spacing: Metrics.gap) {
                    // The choices and their order are the core's.
                    ForEach(assessmentChoices(), id: \.self) { subtask in
                        ActionButton(glyph: .clock, label: texts.text(subtask.role),
                                     primary: false) {
                            app.startAssessment(subtask, learner: learner, group: group)
                        }
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }
}
