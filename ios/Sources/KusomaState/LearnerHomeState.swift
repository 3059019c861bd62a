import Combine
import Kusoma

/// One unit on the home screen's path.
public struct UnitStep: Equatable, Identifiable, Sendable {
    public let id: String
    public let title: String
    /// Letters (graphemes) learned in the unit (mastery confirmed on a later day), and how many it has: drawn as lit and unlit dots.
    public let lettersMastered: Int
    /// Letters mastered but not yet confirmed by a check on a later day: drawn half lit, after the learned ones.
    public let lettersToConfirm: Int
    public let lettersTotal: Int
    public let wordsMastered: Int
    public let wordsTotal: Int
    /// The whole unit is learned.
    public let done: Bool
    /// The unit being learned now.
    public let current: Bool
}

/// What the learner's home screen shows.
public struct HomeUiState: Equatable {
    public let learnerId: String
    public let name: String
    public let pack: String
    /// The course's name in its own language.
    public let packName: String
    /// The course's units in teaching order: the path.
    public let units: [UnitStep]
    public let attempts: Int
    public let correct: Int
    public let sessions: Int

    /// Letters learned over the whole course.
    public var lettersMastered: Int { units.reduce(0) { $0 + $1.lettersMastered } }
}

/// A learner's home: her progress in one course, unit by unit.
@MainActor
public final class LearnerHomeState: ObservableObject {
    @Published public private(set) var state: HomeUiState
    private let engine: KusomaEngine
    private let learnerId: String
    private let pack: String

    /// Loads `learnerId`'s progress in `pack`.
    public init(engine: KusomaEngine, learnerId: String, pack: String) throws {
        self.engine = engine
        self.learnerId = learnerId
        self.pack = pack
        state = try Self.load(engine, learnerId, pack)
    }

    /// Reloads the progress (after a session).
    public func refresh() throws {
        state = try Self.load(engine, learnerId, pack)
    }

    private static func load(_ engine: KusomaEngine, _ learnerId: String, _ pack: String) throws -> HomeUiState {
        let report = try engine.progress(learner: learnerId, pack: pack)
        return HomeUiState(
            learnerId: report.learner,
            name: report.name,
            pack: report.pack,
            packName: engine.packs().first { $0.id == report.pack }?.name ?? report.pack,
            units: report.units.map(step),
            attempts: Int(report.attempts),
            correct: Int(report.correct),
            sessions: Int(report.sessions)
        )
    }

    private static func step(_ u: UnitStatus) -> UnitStep {
        UnitStep(
            id: u.id,
            title: u.title,
            lettersMastered: Int(u.graphemesConfirmed),
            lettersToConfirm: Int(u.graphemesMastered - u.graphemesConfirmed),
            lettersTotal: Int(u.graphemesTotal),
            wordsMastered: Int(u.wordsMastered),
            wordsTotal: Int(u.wordsTotal),
            done: u.mastered,
            current: u.current
        )
    }
}
