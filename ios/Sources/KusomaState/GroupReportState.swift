import Combine
import Kusoma

/// Why someone needs help, as the report screen words it.
public enum HelpReason: Equatable, Sendable {
    case notStarted
    /// No practice for this many days.
    case stalled(days: Int)
    /// Right only this share of the time, in whole percent.
    case struggling(percent: Int)
}

/// One line of the needs-help list.
public struct HelpLine: Equatable, Identifiable, Sendable {
    public let id: String
    public let name: String
    public let reason: HelpReason?
    /// What she misses, as the core labels it.
    public let struggles: [String]
}

/// What the group report shows.
public struct GroupReportUiState: Equatable {
    public let report: GroupReportInfo
    /// Attendance over the sessions held, in whole percent; nil before any session.
    public var attendancePercent: Int? { report.attendanceRate.map(Self.percent) }
    /// Who needs help, most urgent first, with the reason to show.
    public var needsHelp: [HelpLine] {
        report.needsHelp.map { h -> HelpLine in
            let reason: HelpReason?
            switch h.reason {
            case "not-started": reason = .notStarted
            case "stalled": reason = .stalled(days: Int(h.days ?? 0))
            case "struggling": reason = .struggling(percent: Self.percent(h.accuracy ?? 0))
            default: reason = nil // a reason newer than this app: the name and labels alone
            }
            return HelpLine(id: h.learner, name: h.name, reason: reason, struggles: h.struggles.map(\.label))
        }
    }

    /// A share (0–1) as a whole percent, rounded, for the messages' `percent` argument.
    static func percent(_ share: Double) -> Int { Int((share * 100).rounded()) }
}

/// A group's report in one course: attendance, who needs help and why, the hardest items.
@MainActor
public final class GroupReportState: ObservableObject {
    @Published public private(set) var state: GroupReportUiState

    /// Asks the core for `group`'s report in `pack` (facilitator only: else `Denied`).
    public init(engine: KusomaEngine, group: String, pack: String) throws {
        state = GroupReportUiState(report: try engine.groupReport(group: group, pack: pack))
    }
}
