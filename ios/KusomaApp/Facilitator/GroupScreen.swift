import Kusoma
import KusomaState
import SwiftUI

/// One group: its roster (icon + name, each row with Assess; the row itself opens her report),
/// Add learners (a checklist of the phone's learners not on the roster), Start a group session,
/// and Report.
struct GroupScreen: View {
    @ObservedObject var group: GroupState
    /// The add-learners checklist is open (the screen's own; the ticks are the core's).
    @State private var adding = false
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        let state = group.state
        VStack(spacing: 0) {
            TopBar(title: state.group.name) {
                IconAction(glyph: .back, label: texts.text(.back)) {
                    if adding { adding = false } else { app.openFacilitatorHome() }
                }
            }
            ScrollView {
                VStack(spacing: Metrics.gap) {
                    if adding {
                        ForEach(state.others, id: \.id) { learner in
                            let picked = state.adding.contains(learner.id)
                            CardButton(selected: picked, action: { group.toggleAdding(learner.id) }) {
                                LearnerRow(learner: learner) {
                                    GlyphView(glyph: picked ? .check : .plus, size: 24)
                                }
                            }
                            .accessibilityAddTraits(picked ? .isSelected : [])
                        }
                        ActionButton(glyph: .check, label: texts.text(.addLearners), enabled: !state.adding.isEmpty) {
                            app.perform { try group.addTicked() }
                            adding = false
                        }
                    } else {
                        ForEach(state.roster, id: \.id) { learner in
                            HStack(spacing: 8) {
                                // The row (picture and name) opens her report; Assess beside it.
                                Button { app.openLearnerReport(learner, group: state.group) } label: {
                                    LearnerRow(learner: learner) { EmptyView() }
                                        .contentShape(Rectangle())
                                }
                                .buttonStyle(.plain)
                                Button { app.openAssessment(learner, group: state.group) } label: {
                                    HStack(spacing: 6) {
                                        GlyphView(glyph: .assess, size: 20)
                                        if let assess = texts.text(.assess) { Text(assess).font(Typeface.label) }
                                    }
                                    .padding(.horizontal, Metrics.gap)
                                    .frame(minHeight: Metrics.minTouch)
                                    .background(Capsule().stroke(Palette.primary, lineWidth: 2))
                                }
                                .buttonStyle(.plain)
                            }
                            .padding(.horizontal, 4)
                        }
                        ActionButton(glyph: .plus, label: texts.text(.addLearners), primary: false) {
                            adding = true
                        }
                        ActionButton(glyph: .play, label: texts.text(.groupSession)) { app.openAttendance(state.group) }
                        ActionButton(glyph: .report, label: texts.text(.report), primary: false) {
                            app.openReport(state.group)
                        }
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }
}

/// A roster line: the learner's picture and name, then `trailing`.
struct LearnerRow<Trailing: View>: View {
    let name: String
    let picture: String
    var struck = false
    @ViewBuilder let trailing: () -> Trailing

    /// A learner on a roster (the core's card).
    init(learner: LearnerCard, struck: Bool = false, @ViewBuilder trailing: @escaping () -> Trailing) {
        self.init(name: learner.name, picture: learner.picture, struck: struck, trailing: trailing)
    }

    /// A learner in a report.
    init(learner: LearnerProfile, struck: Bool = false, @ViewBuilder trailing: @escaping () -> Trailing) {
        self.init(name: learner.name, picture: learner.icon, struck: struck, trailing: trailing)
    }

    init(name: String, picture: String, struck: Bool, @ViewBuilder trailing: @escaping () -> Trailing) {
        self.name = name
        self.picture = picture
        self.struck = struck
        self.trailing = trailing
    }

    var body: some View {
        HStack(spacing: Metrics.gap) {
            Text(picture).font(.system(size: 32))
            Text(name).font(Typeface.title).strikethrough(struck)
                .frame(maxWidth: .infinity, alignment: .leading)
            trailing()
        }
        .frame(minHeight: Metrics.minTouch)
    }
}
