import Combine
import Kusoma

/// How many letters and words an ASER probe shows (the learner reads 4 of 5 to pass a level).
public let aserShown = 5

/// Most mistakes a facilitator can count in a paragraph or story on the form.
public let aserMaxCounted = 20

/// What the ASER form shows.
public struct AserUiState: Equatable {
    /// Letters read right, 0 to `aserShown`.
    public var lettersRight = 0
    /// Words read right, 0 to `aserShown`.
    public var wordsRight = 0
    /// Mistakes in the paragraph; nil when she did not read it.
    public var paragraphMistakes: Int?
    /// Mistakes in the story; nil when she did not read it.
    public var storyMistakes: Int?
    /// The stored probe with the level the core gave it, once saved.
    public var result: AssessmentInfo?
}

/// An ASER reading probe as the facilitator marks it on the phone: letters and words read right
/// of five each, and the mistakes in the paragraph and the story if she read them. The core
/// decides the level (ASER's rules: at most 3 mistakes to read a text, 4 of 5 to pass letters or
/// words) and stores it. Once saved, the probe does not change.
@MainActor
public final class AserState: ObservableObject {
    @Published public private(set) var state: AserUiState
    private let engine: KusomaEngine
    private let learner: String
    private let pack: String
    private let groupSession: String?

    /// An empty form for learner `learner` (her id) in `pack` (within `groupSession`, if any).
    public init(engine: KusomaEngine, learner: String, pack: String, groupSession: String? = nil) {
        self.engine = engine
        self.learner = learner
        self.pack = pack
        self.groupSession = groupSession
        state = AserUiState()
    }

    /// Letters read right, kept within 0 to `aserShown`.
    public func setLetters(_ right: Int) {
        guard state.result == nil else { return }
        state.lettersRight = Self.clamp(right, to: aserShown)
    }

    /// Words read right, kept within 0 to `aserShown`.
    public func setWords(_ right: Int) {
        guard state.result == nil else { return }
        state.wordsRight = Self.clamp(right, to: aserShown)
    }

    /// Mistakes in the paragraph (kept within 0 to `aserMaxCounted`), or nil: not read.
    public func setParagraph(_ mistakes: Int?) {
        guard state.result == nil else { return }
        state.paragraphMistakes = mistakes.map { Self.clamp($0, to: aserMaxCounted) }
    }

    /// Mistakes in the story (kept within 0 to `aserMaxCounted`), or nil: not read.
    public func setStory(_ mistakes: Int?) {
        guard state.result == nil else { return }
        state.storyMistakes = mistakes.map { Self.clamp($0, to: aserMaxCounted) }
    }

    /// Stores the probe; returns it with its level (saved once: again, the same result).
    @discardableResult
    public func save() throws -> AssessmentInfo {
        if let result = state.result { return result }
        let s = state
        let probe = AserProbeInput(
            lettersShown: UInt32(aserShown), lettersRight: UInt32(s.lettersRight),
            wordsShown: UInt32(aserShown), wordsRight: UInt32(s.wordsRight),
            paragraphMistakes: s.paragraphMistakes.map { UInt32($0) },
            storyMistakes: s.storyMistakes.map { UInt32($0) })
        let saved = try engine.recordAser(learner: learner, pack: pack, probe: probe, groupSession: groupSession)
        state.result = saved
        return saved
    }

    private static func clamp(_ value: Int, to most: Int) -> Int { min(max(value, 0), most) }
}
