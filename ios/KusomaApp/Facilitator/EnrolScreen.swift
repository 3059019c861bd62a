import KusomaState
import SwiftUI

/// A new learner: her name, the picture on her card, and (optionally) her 3 login pictures of
/// the same 12 as the picture login, tapped in order (a second tap takes one back).
struct EnrolScreen: View {
    @ObservedObject var form: EnrolState
    let byFacilitator: Bool
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        let state = form.state
        let columns = Array(repeating: GridItem(.flexible(), spacing: Metrics.gap), count: 4)
        VStack(spacing: 0) {
            TopBar(title: texts.text(.newLearner)) {
                IconAction(glyph: .back, label: texts.text(.back)) { app.leaveEnrolment(byFacilitator: byFacilitator) }
            }
            ScrollView {
                VStack(alignment: .leading, spacing: Metrics.gap) {
                    NameField(label: texts.text(.name), text: state.name) { form.setName($0) }
                    LazyVGrid(columns: columns, spacing: Metrics.gap) {
                        ForEach(learnerIcons, id: \.self) { icon in
                            CardButton(selected: state.icon == icon, action: { form.chooseIcon(icon) }) {
                                Text(icon).font(.system(size: 36))
                            }
                        }
                    }
                    if let hint = texts.text(.pictureLogin) { Text(hint).font(Typeface.body) }
                    LazyVGrid(columns: columns, spacing: Metrics.gap) {
                        ForEach(Array(pictureLoginIcons.enumerated()), id: \.offset) { index, picture in
                            let order = state.pictures.firstIndex(of: index)
                            CardButton(selected: order != nil, action: { form.tapPicture(index) }) {
                                Text(picture).font(.system(size: 36))
                            }
                            // The order she must tap them in: 1, 2, 3 in a corner.
                            .overlay(alignment: .topTrailing) {
                                if let order {
                                    Text((order + 1).formatted()).font(.headline).foregroundColor(.white)
                                        .frame(width: 26, height: 26).background(Circle().fill(Palette.primary))
                                }
                            }
                        }
                    }
                    ActionButton(glyph: .check, label: texts.text(.check), enabled: state.canEnrol) {
                        app.enrol(form, byFacilitator: byFacilitator)
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }
}
