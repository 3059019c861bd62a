import UIKit

/// Discreet mode: Kusoma's home-screen icon swapped for a plain one (declared under
/// CFBundleIcons → CFBundleAlternateIcons in project.yml's Info.plist).
///
/// What iOS does not allow, plainly: an app cannot change its home-screen *name* at run time
/// (CFBundleDisplayName is fixed when the app is built), and iOS itself shows an alert naming
/// the app each time the icon changes. Android's launcher aliases can do both; here only the
/// icon changes. Notifications: Kusoma sends none.
@MainActor
final class Discreet: ObservableObject {
    /// The alternate icon's name in the Info.plist (and its image files DiscreetIcon@2x/@3x.png).
    static let iconName = "DiscreetIcon"

    /// Whether the plain icon is in use. iOS remembers the choice itself.
    @Published private(set) var on = false

    /// Reads the icon in use (set in init, not as a default value: UIApplication is the main
    /// actor's, and default values are evaluated outside it before Swift 5.10).
    init() {
        on = UIApplication.shared.alternateIconName == Discreet.iconName
    }

    /// Whether this phone lets the app change its icon at all.
    var available: Bool { UIApplication.shared.supportsAlternateIcons }

    /// Switches to the plain icon (`true`) or back to Kusoma's own.
    func set(_ on: Bool) {
        guard available else { return }
        UIApplication.shared.setAlternateIconName(on ? Discreet.iconName : nil) { _ in
            // The handler runs on a UIKit queue, not necessarily the main one.
            Task { @MainActor in
                self.on = UIApplication.shared.alternateIconName == Discreet.iconName
            }
        }
    }
}
