import Kusoma
import KusomaState
import SwiftUI

/// The screen for the current route, in the interface's direction (mirrored for Arabic) with
/// the core's words, under the problem banner, behind the privacy cover when `covered`.
struct RootView: View {
    /// The scene is not active (app switcher, another app, locked phone): cover everything.
    let covered: Bool
    @EnvironmentObject var app: AppModel

    var body: some View {
        ZStack {
            Palette.background.ignoresSafeArea()
            VStack(spacing: 0) {
                if let problem = app.problem {
                    Button { app.problem = nil } label: { Notice(right: false, text: problem).padding(Metrics.gap) }
                        .buttonStyle(.plain)
                }
                screen
            }
            if covered || app.covered {
                PrivacyCover { app.covered = false }
            }
        }
        .environment(\.layoutDirection, app.rightToLeft ? .rightToLeft : .leftToRight)
        .environment(\.locale, Locale(identifier: app.locale))
        .environment(\.texts, (app.messages as TextSource?) ?? NoTexts())
        .environmentObject(app.speaker)
    }

    @ViewBuilder private var screen: some View {
        switch app.route {
        case .opening: ProgressView().frame(maxWidth: .infinity, maxHeight: .infinity)
        case .failed(let reason): Notice(right: false, text: reason).padding()
        case .profiles: if let profiles = app.profiles { ProfilesRoute(profiles: profiles) }
        case .settings: if let settings = app.settings { SettingsScreen(settings: settings) }
        case .enrol(let form, let byFacilitator): EnrolScreen(form: form, byFacilitator: byFacilitator)
        case .home(let home): HomeScreen(home: home)
        case .session(let session, let learner): SessionRoute(session: session, learner: learner)
        case .gate(let gate): FacilitatorGateScreen(gate: gate)
        case .facilitatorHome(let home): GroupsScreen(home: home)
        case .group(let group): GroupScreen(group: group)
        case .attendance(let attendance): AttendanceScreen(attendance: attendance)
        case .turns(let turns, let group): TurnRoute(turns: turns, group: group)
        case .assessChoice(let learner, let group): SubtaskChoiceScreen(learner: learner, group: group)
        case .grid(let grid, let group): GridRoute(grid: grid, group: group)
        case .aser(let aser, let learner, let group): AserScreen(aser: aser, learner: learner, group: group)
        case .learnerReport(let report, let group): LearnerReportScreen(report: report, group: group)
        case .report(let report, let group): GroupReportScreen(report: report, group: group)
        }
    }
}

/// A plain cover: nothing of the app's content, no name, no picture of a learner.
struct PrivacyCover: View {
    /// Touching the cover (after a quick exit) lifts it.
    let lift: () -> Void

    var body: some View {
        Color(white: 0.93)
            .ignoresSafeArea()
            .contentShape(Rectangle())
            .onTapGesture(perform: lift)
            .accessibilityHidden(true)
    }
}
