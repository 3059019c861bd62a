import Kusoma
import KusomaState
import SwiftUI

/// A group session's pass-the-phone turns: the turn screen, the ordinary exercise screen on the
/// turn's session, the notes form, then back to the group.
struct TurnRoute: View {
    @ObservedObject var turns: TurnState
    let group: GroupCard
    @EnvironmentObject var app: AppModel

    var body: some View {
        switch turns.state {
        case .passing(let turn):
            TurnScreen(turn: turn, turns: turns)
        case .playing:
            ExerciseScreen(session: turns,
                           onNext: { app.perform { try turns.next() } },
                           onFinish: { app.perform { try turns.finishTurn() } })
        case .ending:
            EndSessionScreen(turns: turns) { app.openGroup(group) }
        case .ended:
            Color.clear // EndSessionScreen has already gone on to the group screen
        }
    }
}

/// Whose turn it is: her big picture and name, "pass the phone to …", the turn's number, Start
/// my turn; and, for the facilitator, End the session.
struct TurnScreen: View {
    let turn: TurnInfo
    let turns: TurnState
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        VStack(spacing: 16) {
            if let number = texts.text(.turnNumber, ("number", turn.number)) {
                Text(number).font(Typeface.body).frame(maxWidth: .infinity, alignment: .leading)
            }
            Spacer()
            Text(turn.learner.icon).font(.system(size: 96))
            Text(turn.learner.name).font(Typeface.headline)
            if let pass = texts.text(.passPhone, ("name", turn.learner.name)) {
                Text(pass).font(Typeface.body).multilineTextAlignment(.center)
            }
            Spacer()
            ActionButton(glyph: .play, label: texts.text(.turnStart)) { app.perform { try turns.startTurn() } }
            ActionButton(glyph: .stop, label: texts.text(.endGroupSession), primary: false) { turns.beginEnding() }
        }
        .padding(16)
    }
}

/// The session's notes, then End the session (and `ended`: back to the group).
private struct EndSessionScreen: View {
    @ObservedObject var turns: TurnState
    let ended: () -> Void
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        VStack(spacing: 0) {
            TopBar(title: texts.text(.endGroupSession)) {
                IconAction(glyph: .back, label: texts.text(.back)) { turns.cancelEnding() }
            }
            VStack(spacing: Metrics.gap) {
                NameField(label: texts.text(.notes), text: turns.notes) { turns.setNotes($0) }
                ActionButton(glyph: .check, label: texts.text(.endGroupSession)) {
                    app.perform {
                        try turns.end()
                        ended()
                    }
                }
                Spacer()
            }
            .padding(Metrics.gap)
        }
    }
}
