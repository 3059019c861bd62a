import Kusoma
import KusomaState
import SwiftUI

/// The facilitator's home: a card per group (name and size), a new group, a new learner, and
/// Lock (signs out, back to the profiles).
struct GroupsScreen: View {
    @ObservedObject var home: GroupsState
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts
    @State private var naming = false

    var body: some View {
        let state = home.state
        VStack(spacing: 0) {
            TopBar(title: texts.text(.groups)) {
                GlyphView(glyph: .people, size: 30).padding(12)
            } trailing: {
                IconAction(glyph: .lock, label: texts.text(.lock)) { app.lockFacilitator() }
            }
            ScrollView {
                VStack(spacing: Metrics.gap) {
                    ForEach(state.groups, id: \.id) { group in
                        CardButton(action: { app.openGroup(group) }) {
                            HStack(spacing: Metrics.gap) {
                                GlyphView(glyph: .people, size: 30)
                                VStack(alignment: .leading, spacing: 2) {
                                    Text(group.name).font(Typeface.title)
                                    if let size = texts.text(.groupSize, ("count", group.members)) {
                                        Text(size).font(Typeface.body)
                                    }
                                }
                                .frame(maxWidth: .infinity, alignment: .leading)
                            }
                        }
                    }
                    if naming {
                        NameField(label: texts.text(.newGroup), text: state.newName) { home.setNewGroupName($0) }
                        if let refused = state.refused { Notice(right: false, text: refused) }
                        ActionButton(glyph: .check, label: texts.text(.check), enabled: state.canCreate) {
                            app.perform { try home.createGroup() }
                            // A name the core refused stays open, with its reason.
                            if home.state.refused == nil { naming = false }
                        }
                    } else {
                        ActionButton(glyph: .plus, label: texts.text(.newGroup), primary: false) { naming = true }
                    }
                    ActionButton(glyph: .plus, label: texts.text(.newLearner), primary: false) {
                        app.enrolByFacilitator()
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }
}
