import KusomaState
import SwiftUI

/// Picture login for the chosen learner: three slots filling as she taps her pictures in the
/// grid of twelve (shapes, not digits, so no reading or numeracy is needed), a button to start
/// again, and a wrong try or a lock shown with ✗ and the core's words.
struct PictureLoginScreen: View {
    let state: SignInState
    let profiles: ProfilesState
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        VStack(spacing: 0) {
            LoginTopBar(learner: state.chosen)
            ScrollView {
                VStack(spacing: Metrics.gap) {
                    if let hint = texts.text(.pictureLogin) {
                        Text(hint).font(Typeface.body).multilineTextAlignment(.center)
                    }
                    LoginRefusal(state: state)
                    HStack(spacing: Metrics.gap) {
                        ForEach(0..<pictureLoginLength, id: \.self) { slot in
                            // A filled dot per picture tapped, never the picture: someone looking
                            // over her shoulder must not learn which pictures are hers.
                            let entered = slot < Int(state.picturesEntered)
                            Circle().fill(Palette.surface)
                                .overlay(Circle().stroke(Palette.primary, lineWidth: 3))
                                .overlay(Circle().fill(entered ? Palette.primary : Color.clear).frame(width: 24, height: 24))
                                .frame(width: 56, height: 56)
                        }
                        IconAction(glyph: .backspace, label: texts.text(.startAgain)) { profiles.clearPictures() }
                    }
                    LazyVGrid(columns: Array(repeating: GridItem(.flexible(), spacing: Metrics.gap), count: 3),
                              spacing: Metrics.gap) {
                        ForEach(Array(pictureLoginIcons.enumerated()), id: \.offset) { index, picture in
                            // Every picture drawn alike, tapped or not (the slots count the taps).
                            CardButton(selected: false,
                                       action: { app.tapPicture(index) }) {
                                Text(picture).font(.system(size: 40)).frame(height: 56)
                            }
                        }
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }
}

/// The sign-in screens' top row: Back, the learner's name and her picture.
struct LoginTopBar: View {
    let learner: LearnerCard?
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        TopBar(title: learner?.name) {
            IconAction(glyph: .back, label: texts.text(.back)) { app.leaveSignIn() }
        } trailing: {
            Text(learner?.picture ?? "").font(.system(size: 36)).padding(.horizontal, 8)
        }
    }
}

/// A wrong try or a lock: the ✗ says it without reading, the core's words beside it.
struct LoginRefusal: View {
    let state: SignInState
    @Environment(\.texts) var texts

    var body: some View {
        if state.lockedUntilMs != nil {
            Notice(right: false, text: texts.text(.locked))
        } else if state.wrongTry {
            Notice(right: false, text: texts.text(state.step == .pin ? .wrongPin : .wrongPictures))
        }
    }
}
