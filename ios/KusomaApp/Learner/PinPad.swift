import KusomaState
import SwiftUI

/// A PIN pad: a dot per digit typed (never the digits), ten big keys (0–9), Delete and OK.
/// Digits are drawn in the interface's own numerals by the system font; the core gets 0–9.
struct PinPad: View {
    let typed: Int
    let type: (Int) -> Void
    let delete: () -> Void
    let submit: () -> Void
    @Environment(\.texts) var texts
    @Environment(\.locale) var locale

    var body: some View {
        VStack(spacing: Metrics.gap) {
            HStack(spacing: 10) {
                ForEach(0..<max(typed, 4), id: \.self) { i in
                    Circle()
                        .fill(i < typed ? Palette.primary : Color.clear)
                        .overlay(Circle().stroke(Palette.primary, lineWidth: 2))
                        .frame(width: 18, height: 18)
                }
            }
            .frame(minHeight: 24)
            .accessibilityHidden(true)
            LazyVGrid(columns: Array(repeating: GridItem(.flexible(), spacing: Metrics.gap), count: 3),
                      spacing: Metrics.gap) {
                ForEach([1, 2, 3, 4, 5, 6, 7, 8, 9], id: \.self) { key($0) }
                IconAction(glyph: .backspace, label: texts.text(.pinDelete), action: delete)
                key(0)
                IconAction(glyph: .check, label: texts.text(.check), action: submit)
            }
        }
    }

    private func key(_ digit: Int) -> some View {
        Button { type(digit) } label: {
            Text(digit.formatted(.number.locale(locale)))
                .font(.system(size: 32, weight: .semibold))
                .frame(maxWidth: .infinity, minHeight: 64)
                .background(RoundedRectangle(cornerRadius: 16).fill(Palette.surface))
                .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
    }
}

/// The learner's PIN: after her pictures when she has both, or alone.
struct PinLoginScreen: View {
    let state: SignInState
    let profiles: ProfilesState
    @EnvironmentObject var app: AppModel
    @Environment(\.texts) var texts

    var body: some View {
        VStack(spacing: 0) {
            LoginTopBar(learner: state.chosen)
            ScrollView {
                VStack(spacing: Metrics.gap) {
                    if let title = texts.text(.pinLogin) {
                        Text(title).font(Typeface.body).multilineTextAlignment(.center)
                    }
                    LoginRefusal(state: state)
                    PinPad(typed: Int(state.pinDigits), type: { profiles.typeDigit($0) },
                           delete: { profiles.deleteDigit() }, submit: { app.submitPin() })
                }
                .padding(Metrics.gap)
            }
        }
    }
}
