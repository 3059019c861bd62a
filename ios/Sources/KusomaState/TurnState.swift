import Combine
import Kusoma

/// Pass-the-phone turns as the core's `TurnsFlow` runs them (whose turn it is, her turn's
/// exercises, when it is over, ending with notes after confirming): this forwards taps and
/// publishes the `TurnsScreen` that comes back. The exercise screen draws a turn's exercise
/// from it as from a session.
@MainActor
public final class TurnState: LessonTaps {
    @Published public private(set) var state: TurnsScreen
    public let pack: String
    private let engine: KusomaEngine
    private let flow: TurnsFlow

    public init(engine: KusomaEngine, groupSession: String, pack: String, turnExercises: Int) throws {
        self.engine = engine
        self.pack = pack
        flow = try TurnsFlow(engine: engine, groupSession: groupSession, perTurn: UInt32(clamping: turnExercises))
        state = flow.state()
    }

    /// Her exercise while she plays her turn.
    public var lesson: LessonScreen {
        if case .playing(_, let lesson) = state { return lesson }
        return .notStarted
    }

    /// The notes as typed (while ending).
    public var notes: String {
        if case .ending(_, let notes) = state { return notes }
        return ""
    }

    public func startTurn() throws { state = try flow.startTurn(engine: engine) }
    public func send(_ tap: Tap) { if let s = try? flow.tap(tap: tap) { state = s } }
    public func submit() throws { state = try flow.submit(engine: engine) }
    /// After an answer's feedback: her next exercise, or the hand-over when her turn is over.
    public func next() throws { state = try flow.next(engine: engine) }
    /// Her turn ends early: the phone passes on.
    public func finishTurn() throws { state = try flow.endTurn(engine: engine) }
    public func beginEnding() { state = flow.beginEnding() }
    public func cancelEnding() { state = flow.cancelEnding() }
    public func setNotes(_ text: String) { state = flow.setNotes(notes: text) }
    public func end() throws { state = try flow.end(engine: engine) }
}
