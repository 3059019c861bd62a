import Kusoma
import KusomaState
import SwiftUI

/// The way into the facilitator tools. No facilitator yet: a form (name + PIN) that creates the
/// first. Otherwise her card, then a PIN pad titled with her name; a wrong PIN or a lock shows
/// with ✗ and the core's words.
struct FacilitatorGateScreen: View {
    @ObservedObject var gate: FacilitatorGateState
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        let state = gate.state
        VStack(spacing: 0) {
            TopBar(title: state.creating ? texts.text(.newFacilitator) : texts.text(.facilitator)) {
                IconAction(glyph: .back, label: texts.text(.back)) {
                    if state.chosen != nil && !state.creating { gate.back() } else { app.route = .profiles }
                }
            }
            ScrollView {
                VStack(spacing: Metrics.gap) {
                    if state.creating {
                        NameField(label: texts.text(.name), text: state.name) { gate.setName($0) }
                        pad(title: texts.text(.pinLogin))
                    } else if let chosen = state.chosen {
                        pad(title: texts.text(.facilitatorPin, ("name", chosen.name)))
                    } else {
                        ForEach(state.facilitators, id: \.id) { facilitator in
                            CardButton(action: { gate.choose(facilitator.id) }) {
                                HStack(spacing: Metrics.gap) {
                                    GlyphView(glyph: .facilitator, size: 32)
                                    Text(facilitator.name).font(Typeface.title)
                                        .frame(maxWidth: .infinity, alignment: .leading)
                                }
                            }
                        }
                    }
                }
                .padding(Metrics.gap)
            }
        }
    }

    @MainActor
    private func pad(title: String?) -> some View {
        VStack(spacing: Metrics.gap) {
            if let title { Text(title).font(Typeface.body).multilineTextAlignment(.center) }
            if gate.state.lockedUntilMs != nil {
                Notice(right: false, text: texts.text(.locked))
            } else if gate.state.wrongTry {
                Notice(right: false, text: texts.text(.wrongPin))
            }
            PinPad(typed: Int(gate.state.pinDigits), type: { gate.typeDigit($0) }, delete: { gate.deleteDigit() },
                   submit: { app.submitGate(gate) })
        }
    }
}

/// A labelled one-line text field (names, notes) at least 48 pt high. The label is the core's
/// word; the field keeps its own text and reports each change.
struct NameField: View {
    let label: String?
    let text: String
    let changed: (String) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            if let label { Text(label).font(Typeface.body) }
            TextField("", text: Binding(get: { text }, set: changed))
                .font(Typeface.title)
                .padding(.horizontal, Metrics.gap)
                .frame(minHeight: Metrics.card)
                .background(RoundedRectangle(cornerRadius: 12).fill(Palette.surface))
                .accessibilityLabel(label ?? "")
        }
    }
}
