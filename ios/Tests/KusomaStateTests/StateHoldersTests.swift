import Combine
import Kusoma
import KusomaState
import XCTest

/// The screens' state holders driven the way a learner's taps drive them, on the real core —
/// the Swift twin of Android's StateHoldersTest.
@MainActor
final class StateHoldersTests: XCTestCase {
    func testAWholeLearnerSessionInEveryShippedLanguage() throws {
        for (locale, pack) in [("sw", "sw"), ("hi", "hi"), ("ar", "ar"), ("en", "en")] {
            try aWholeLearnerSession(locale: locale, pack: pack)
        }
    }

    private func aWholeLearnerSession(locale: String, pack: String) throws {
        let data = try freshDataDir()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let engine = try openEngine(dataDir: data)
        let settings = SettingsState(engine: engine)
        XCTAssertTrue(settings.state.languages.contains { $0.tag == locale }, "\(settings.state)")
        try settings.chooseLanguage(locale)
        XCTAssertEqual(settings.state.current, locale)
        XCTAssertEqual(settings.state.rightToLeft, locale == "ar")

        let learner = try signIn(engine, name: "Amina")
        let home = try LearnerHomeState(engine: engine, learnerId: learner.id, pack: pack)
        XCTAssertEqual(home.state.attempts, 0)
        XCTAssertFalse(home.state.units.isEmpty)
        XCTAssertEqual(home.state.units.filter(\.current).count, 1, "\(home.state.units)")

        let session = ExerciseState(engine: engine, learnerId: learner.id, pack: pack, exercises: 8, seed: 7)
        var seen: [LessonScreen] = []
        let subscription = session.$state.sink { seen.append($0) }
        defer { subscription.cancel() }
        try session.start()
        var right = 0
        var answered = 0
        while case let .answering(exercise, _, _, _, _, canSubmit) = session.state {
            XCTAssertFalse(exercise.instruction.hasPrefix("exercise-"), exercise.instruction)
            XCTAssertFalse(canSubmit)
            switch exercise.mode {
            case .tapOne:
                session.select(exercise.choices.count - 1)
                session.select(0)
                guard case .answering(_, _, _, let selected, _, _) = session.state else { return XCTFail("not answering") }
                XCTAssertEqual(selected, 0)
            case .orderTiles:
                try placeEveryTile(session, length: Int(exercise.answerLength))
            }
            try session.submit()
            guard case .answered(_, _, _, _, _, let feedback) = session.state else { return XCTFail("no feedback shown") }
            answered += 1
            if feedback.correct { right += 1 }
            XCTAssertFalse(feedback.message.isEmpty || feedback.message.hasPrefix("feedback-"))
            if exercise.mode == .tapOne {
                XCTAssertEqual(feedback.correctChoice == 0, feedback.correct, "\(feedback)")
            }
            try session.next()
        }
        guard case .finished(let report) = session.state else { return XCTFail("no summary") }
        XCTAssertEqual(answered, 8)
        XCTAssertEqual(report.answered, 8)
        XCTAssertEqual(report.correct, UInt32(right))
        XCTAssertFalse(report.message.isEmpty)
        try session.end()
        XCTAssertEqual(session.state, .finished(report: report), "ending twice gives the same summary")
        XCTAssertEqual(seen.first, .notStarted)
        XCTAssertEqual(seen.last, .finished(report: report))

        try home.refresh()
        XCTAssertEqual(home.state.attempts, 8)
        XCTAssertEqual(home.state.correct, UInt32(right))
        XCTAssertEqual(home.state.sessions, 1)
        XCTAssertEqual(home.state.name, "Amina")
    }

    func testPictureLoginTakesThreePicturesAndSignOutLocks() throws {
        let profiles = try ProfilesState(engine: openEngine())
        XCTAssertTrue(profiles.state.learners.isEmpty)
        XCTAssertEqual(pictureLoginIcons.count, 12)
        let neema = try XCTUnwrap(profiles.create(name: "Neema", icon: "🦋"))
        try profiles.create(name: "Baraka", icon: "")
        XCTAssertEqual(profiles.state.learners.map(\.name), ["Neema", "Baraka"])
        XCTAssertNotEqual(profiles.state.learners[1].picture, neema.picture, "an empty icon gets a picture of her own")
        profiles.choose(neema.id)
        try profiles.tapPicture(4)
        try profiles.tapPicture(0)
        XCTAssertNil(profiles.state.signedIn)
        profiles.clearPictures()
        for p in [1, 2, 3, 5] { try profiles.tapPicture(p) }
        XCTAssertEqual(profiles.state.step, .signedIn, "a fourth tap is ignored")
        XCTAssertEqual(profiles.state.signedIn, neema)
        profiles.signOut()
        XCTAssertNil(profiles.state.signedIn)
        XCTAssertNil(profiles.state.chosen)
    }

    func testAPictureLoginIsCheckedByTheCoreAndLocksAfterFiveWrongTries() throws {
        let engine = try openEngine()
        let amina = try engine.enrolLearner(learner: NewLearner(
            name: "Amina", icon: "🌻", pictures: Data([3, 7, 11]), pin: nil, gender: nil, ageBand: nil,
            consent: false))
        let profiles = try ProfilesState(engine: engine)
        profiles.choose(amina.id)
        for p in [3, 7, 10] { try profiles.tapPicture(p) }
        XCTAssertNil(profiles.state.signedIn, "wrong pictures do not sign in")
        XCTAssertTrue(profiles.state.wrongTry)
        XCTAssertEqual(profiles.state.picturesEntered, 0, "the grid starts again")
        for p in [3, 7, 11] { try profiles.tapPicture(p) }
        XCTAssertEqual(profiles.state.signedIn?.id, amina.id)
        profiles.signOut()
        profiles.choose(amina.id)
        for _ in 0..<5 { for p in [0, 0, 0] { try profiles.tapPicture(p) } }
        XCTAssertGreaterThan(profiles.state.lockedUntilMs ?? 0, 0, "locked after five wrong tries")
        for p in [3, 7, 11] { try profiles.tapPicture(p) }
        XCTAssertNil(profiles.state.signedIn, "locked means locked, even for the right pictures")
    }

    func testAPinComesAfterThePicturesAndAPinOnlyLearnerGoesStraightToThePad() throws {
        let engine = try openEngine()
        let both = try engine.enrolLearner(learner: NewLearner(
            name: "Zawadi", icon: "🌺", pictures: Data([1, 2, 3]), pin: "2580", gender: nil, ageBand: nil,
            consent: false))
        let pinOnly = try engine.enrolLearner(learner: NewLearner(
            name: "Imani", icon: "🦋", pictures: nil, pin: "1397", gender: nil, ageBand: nil, consent: false))
        let profiles = try ProfilesState(engine: engine)

        profiles.choose(both.id)
        XCTAssertEqual(profiles.state.step, .pictures)
        for p in [1, 2, 3] { try profiles.tapPicture(p) }
        XCTAssertEqual(profiles.state.step, .pin, "pictures first, then the PIN")
        XCTAssertNil(profiles.state.signedIn)
        for d in [2, 5, 8, 1] { profiles.typeDigit(d) }
        profiles.deleteDigit()
        profiles.typeDigit(0)
        XCTAssertEqual(profiles.state.pinDigits, 4)
        try profiles.submitPin()
        XCTAssertEqual(profiles.state.signedIn?.id, both.id)
        profiles.signOut()

        profiles.choose(pinOnly.id)
        XCTAssertEqual(profiles.state.step, .pin)
        for d in [9, 9, 9, 9] { profiles.typeDigit(d) }
        try profiles.submitPin()
        XCTAssertTrue(profiles.state.wrongTry, "a wrong PIN is a wrong try")
        XCTAssertEqual(profiles.state.pinDigits, 0, "the pad empties")
        for d in [1, 3, 9, 7] { profiles.typeDigit(d) }
        try profiles.submitPin()
        XCTAssertEqual(profiles.state.signedIn?.id, pinOnly.id)
    }

    func testMessagesComeFromTheCoreAndMissingOnesAreListed() throws {
        let engine = try openEngine()
        let messages = Messages(engine: engine)
        engine.setLocales(locales: ["sw"])
        let newLearner = messages.text(.newLearner)
        XCTAssertNotNil(newLearner)
        XCTAssertEqual(newLearner, engine.message(id: "shell-new-learner", args: []))
        let args: [(String, Any)] = [
            ("name", "A"), ("pack", "sw"), ("unit", "1"), ("skill", "a"), ("mastered", 1), ("total", 2),
            ("attempts", 1), ("sessions", 1), ("correct", 1), ("text", "t"), ("count", 3), ("number", 2),
            ("seconds", 9), ("percent", 50), ("days", 4), ("attempted", 3), ("per_minute", 12),
            ("label", "b"), ("reason", "r"), ("language", "sw"), ("shown", 5), ("level", "Words"),
        ]
        for role in [UiText.chooseProfile, .homeTitle, .totals, .timeLeft, .result, .aserLevel] {
            let text = messages.text(role, args)
            XCTAssertFalse(text.map { $0.hasPrefix("app-") } ?? true, "\(role) gave no words: \(String(describing: text))")
        }
        XCTAssertTrue(messages.missing.isEmpty, "\(messages.missing)")
        engine.setLocales(locales: ["ar"])
        XCTAssertTrue(messages.rightToLeft)
    }

    func testAFileThatIsNotAPackIsRefusedWithTheCoresReason() async throws {
        let engine = try openEngine()
        let settings = SettingsState(engine: engine)
        let junk = try freshDataDir() + "/not-a-pack.kusoma"
        try Data("hello".utf8).write(to: URL(fileURLWithPath: junk))
        await settings.installPack(path: junk)
        guard let reason = settings.state.refused, settings.state.installed == nil else {
            return XCTFail("installed junk: \(settings.state)")
        }
        XCTAssertFalse(reason.isEmpty)
    }

    private func signIn(_ engine: KusomaEngine, name: String) throws -> LearnerCard {
        let profiles = try ProfilesState(engine: engine)
        let learner = try XCTUnwrap(profiles.create(name: name, icon: ""))
        for p in 0..<pictureLoginLength { try profiles.tapPicture(p) }
        XCTAssertEqual(profiles.state.signedIn, learner)
        return learner
    }

    /// Places, takes back and re-places tiles, checking the holder's rules on the way.
    private func placeEveryTile(_ session: ExerciseState, length: Int) throws {
        func placed() -> [Int] {
            if case .answering(_, _, _, _, let placed, _) = session.state { return placed.map { Int($0) } }
            return []
        }
        session.place(0)
        session.place(0)
        XCTAssertEqual(placed(), [0], "a tile is placed once")
        session.unplace(0)
        XCTAssertEqual(placed(), [])
        for i in 0..<length { session.place(i) }
        XCTAssertEqual(placed(), Array(0..<length))
        guard case .answering(_, _, _, _, _, let canSubmit) = session.state else { return XCTFail("not answering") }
        XCTAssertTrue(canSubmit)
    }
}
