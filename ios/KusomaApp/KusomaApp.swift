import SwiftUI

/// Kusoma for iOS: one window drawing the route of `AppModel`, a blank cover whenever the app
/// is not in front (so the app switcher's snapshot shows nothing of a learner's or a group's
/// data), and the lock after two minutes in the background.
@main
struct KusomaApp: App {
    @StateObject private var app = AppModel()
    @StateObject private var discreet = Discreet()
    @Environment(\.scenePhase) var scenePhase

    var body: some Scene {
        WindowGroup {
            RootView(covered: scenePhase != .active)
                .environmentObject(app)
                .environmentObject(discreet)
                .task { await app.open() }
        }
        .onChange(of: scenePhase) { phase in
            switch phase {
            case .background: app.didEnterBackground()
            case .active: app.didBecomeActive()
            default: break
            }
        }
    }
}
