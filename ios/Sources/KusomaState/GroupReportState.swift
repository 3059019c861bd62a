import Combine
import Kusoma

/// One line of the needs-help list.
public struct HelpLine: Equatable, Identifiable, Sendable {
    public let id: String
    public let name: String
    /// Why, in the core's words (nil when the interface language has none).
    public let why: String?
    /// What she misses, as the core labels it.
    public let struggles: [String]
}

/// What the group report shows.
public struct GroupReportUiState: Equatable {
    public let report: GroupReportInfo
    /// Who needs help, most urgent first, with the reason to show.
    public var needsHelp: [HelpLine] {
        report.needsHelp.map { h in
            HelpLine(id: h.learner, name: h.name, why: h.why, struggles: h.struggles.map(\.label))
        }
    }
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
