import KusomaState
import SwiftUI

/// The profiles route: the chooser, or the chosen learner's picture login or PIN pad.
struct ProfilesRoute: View {
    @ObservedObject var profiles: ProfilesState

    var body: some View {
        switch profiles.state.step {
        case .pictures: PictureLoginScreen(state: profiles.state, profiles: profiles)
        case .pin: PinLoginScreen(state: profiles.state, profiles: profiles)
        case .choose, .signedIn: ProfilesScreen(state: profiles.state)
        }
    }
}

/// Choose your profile: every learner on the phone as a big card with her picture and name (a
/// learner who cannot read her name knows her picture), and a card to add a learner. The top
/// bar has the facilitator's way in and settings.
struct ProfilesScreen: View {
    let state: SignInState
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        VStack(spacing: 0) {
            TopBar(title: texts.text(.chooseProfile)) {
                GlyphView(glyph: .home).padding(12)
            } trailing: {
                IconAction(glyph: .facilitator, label: texts.text(.facilitator)) { app.openGate() }
                IconAction(glyph: .gear, label: texts.text(.settings)) { app.openSettings() }
            }
            ScrollView {
                // Two cards a row: big enough for a thumb, small enough to show a group's learners.
                LazyVGrid(columns: [GridItem(.flexible(), spacing: Metrics.gap),
                                    GridItem(.flexible(), spacing: Metrics.gap)],
                          spacing: Metrics.gap) {
                    ForEach(state.learners) { learner in
                        CardButton(action: { app.chooseLearner(learner.id) }) {
                            VStack(spacing: 8) {
                                Text(learner.picture).font(.system(size: 48))
                                Text(learner.name).font(Typeface.title).multilineTextAlignment(.center)
                            }
                            .frame(minHeight: 116)
                        }
                    }
                    CardButton(action: { app.newLearner() }) {
                        VStack(spacing: 8) {
                            GlyphView(glyph: .plus, size: 48)
                            if let label = texts.text(.newLearner) {
                                Text(label).font(Typeface.title).multilineTextAlignment(.center)
                            }
                        }
                        .frame(minHeight: 116)
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }
}
