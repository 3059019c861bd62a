import KusomaState
import SwiftUI

/// A new learner: her name, the picture on her card, and (optionally) her 3 login pictures of
/// the same 12 as the picture login, tapped in order as at sign-in (repeats allowed; Start
/// again clears them). A name the core refuses is said under the form.
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
                    HStack {
                        if let hint = texts.text(.pictureLogin) { Text(hint).font(Typeface.body) }
                        Spacer()
                        IconAction(glyph: .backspace, label: texts.text(.startAgain)) { form.clearPictures() }
                    }
                    LazyVGrid(columns: columns, spacing: Metrics.gap) {
                        ForEach(Array(pictureLoginIcons.enumerated()), id: \.offset) { index, picture in
                            // Where she taps it in her secret (a picture may come twice): 1, 2, 3.
                            let orders = state.pictures.enumerated()
                                .filter { $0.element == UInt32(index) }.map { ($0.offset + 1).formatted() }
                            CardButton(selected: !orders.isEmpty, action: { form.tapPicture(index) }) {
                                Text(picture).font(.system(size: 36))
                            }
                            // The order she must tap them in: 1, 2, 3 in a corner.
                            .overlay(alignment: .topTrailing) {
                                if !orders.isEmpty {
                                    Text(orders.joined(separator: "·")).font(.headline).foregroundColor(.white)
                                        .padding(.horizontal, 6).frame(minWidth: 26, minHeight: 26)
                                        .background(Capsule().fill(Palette.primary))
                                }
                            }
                        }
                    }
                    if let refused = state.refused { Notice(right: false, text: refused) }
                    ActionButton(glyph: .check, label: texts.text(.check), enabled: state.canSave) {
                        app.enrol(form, byFacilitator: byFacilitator)
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }
}
