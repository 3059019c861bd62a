import Kusoma
import KusomaState
import XCTest

/// The facilitator's holders on the real core: the gate, a group, attendance, pass-the-phone
/// turns, a timed grid, a story's comprehension questions, an ASER probe and the reports — the
/// Swift twin of Android's FacilitatorStatesTest, driven through the holders the screens use.
@MainActor
final class FacilitatorTests: XCTestCase {
    func testTheGateCreatesTheFirstFacilitatorThenAsksForHerPin() throws {
        let engine = try openEngine()
        let gate = try FacilitatorGateState(engine: engine)
        XCTAssertTrue(gate.state.creating)
        gate.setName("Rehema")
        for d in [2, 4, 6, 8] { gate.typeDigit(d) }
        try gate.submit()
        XCTAssertEqual(gate.state.unlocked?.name, "Rehema")
        engine.signOut()

        let again = try FacilitatorGateState(engine: engine)
        XCTAssertFalse(again.state.creating)
        again.choose(again.state.facilitators[0].id)
        for d in [1, 1, 1, 1] { again.typeDigit(d) }
        try again.submit()
        XCTAssertTrue(again.state.wrongTry)
        XCTAssertNil(again.state.unlocked)
        XCTAssertEqual(again.state.pinDigits, 0, "the pad empties after a try")
        for d in [2, 4, 6, 8] { again.typeDigit(d) }
        try again.submit()
        XCTAssertFalse(again.state.wrongTry)
        XCTAssertNotNil(again.state.unlocked)
    }

    func testAttendanceThenPassThePhoneTurnsThenTheReport() throws {
        let engine = try openEngine()
        let rehema = try engine.createFacilitator(name: "Rehema", pin: "2468")
        _ = try engine.unlockFacilitator(facilitator: rehema.id, pin: "2468")

        // Enrol three learners and put them in a new group.
        let home = try GroupsState(engine: engine)
        home.setNewGroupName("Jumanne")
        try home.createGroup()
        XCTAssertEqual(home.state.groups.map(\.name), ["Jumanne"])
        let group = try XCTUnwrap(home.state.groups.first)
        var ids: [String] = []
        for name in ["Asha", "Baraka", "Chausiku"] {
            let form = try EnrolState(engine: engine)
            form.setName(name)
            form.tapPicture(1)
            XCTAssertFalse(form.state.canSave, "one picture of three is not a picture login")
            form.tapPicture(5)
            form.tapPicture(9)
            ids.append(try XCTUnwrap(try form.enrol()).id)
        }
        let groupScreen = try GroupState(engine: engine, group: group)
        XCTAssertEqual(Set(groupScreen.state.others.map(\.id)), Set(ids))
        for id in ids { groupScreen.toggleAdding(id) }
        try groupScreen.addTicked()
        XCTAssertEqual(groupScreen.state.roster.map(\.id), ids)
        XCTAssertEqual(groupScreen.state.group.members, 3)

        // Baraka is absent; turns of one exercise each.
        let attendance = try AttendanceState(engine: engine, group: groupScreen.state.group, pack: "sw")
        attendance.toggle(ids[1])
        for _ in 0..<5 { attendance.fewer() }
        XCTAssertEqual(attendance.state.turnEvery, 1, "the stepper stops at one")
        let session = try attendance.start()
        let present = try engine.attendance(groupSession: session).filter(\.present).map(\.learner.id)
        XCTAssertEqual(present, [ids[0], ids[2]])

        // Asha, then Chausiku (Baraka is skipped), then Asha again.
        let turns = try TurnState(engine: engine, groupSession: session, pack: "sw", turnExercises: 1)
        var holders: [String] = []
        for _ in 0..<3 {
            guard case .passing(let turn) = turns.state else { return XCTFail("no turn screen") }
            holders.append(turn.learner.id)
            try turns.startTurn()
            guard case .answering(let exercise, _, _, _, _, _) = turns.lesson else { return XCTFail("no exercise") }
            switch exercise.mode {
            case .tapOne: turns.select(0)
            case .orderTiles: for i in 0..<Int(exercise.answerLength) { turns.place(i) }
            }
            try turns.submit()
            try turns.next()
        }
        XCTAssertEqual(holders, [ids[0], ids[2], ids[0]])

        turns.beginEnding()
        turns.setNotes("good day")
        try turns.end()
        guard case .ended(let ended) = turns.state else { return XCTFail("not ended") }
        XCTAssertEqual(ended.notes, "good day")

        let report = try GroupReportState(engine: engine, group: group.id, pack: "sw")
        XCTAssertEqual(report.state.report.attendance?.contains("67"), true, "2 of 3 at the one session held")
        XCTAssertEqual(report.state.report.learners.count, 3)
        XCTAssertTrue(report.state.needsHelp.contains { $0.id == ids[1] && $0.why != nil })

        home.lock()
        XCTAssertThrowsError(try GroupReportState(engine: engine, group: group.id, pack: "sw")) {
            guard let error = $0 as? KusomaError, case .Denied = error else { return XCTFail("\($0)") }
        }
    }

    func testATimedGridMarksStopsAndScores() throws {
        let engine = try openEngine()
        let rehema = try engine.createFacilitator(name: "Rehema", pin: "2468")
        _ = try engine.unlockFacilitator(facilitator: rehema.id, pin: "2468")
        let asha = try engine.createLearner(name: "Asha", icon: "🌻")

        let grid = try AssessmentState(engine: engine, learner: asha, pack: "sw", subtask: .letterSounds)
        XCTAssertEqual(grid.state.phase, .ready)
        XCTAssertEqual(grid.state.columns, 10)
        XCTAssertEqual(grid.state.secondsLeft, 60)
        try grid.touch(0)
        XCTAssertFalse(grid.state.wrong.contains(true), "nothing is marked before the clock starts")

        try grid.begin()
        XCTAssertEqual(grid.state.phase, .running)
        try grid.touch(1)
        try grid.touch(2)
        try grid.touch(2) // a self-correction: right after all
        XCTAssertEqual(grid.state.wrong.indices.filter { grid.state.wrong[$0] }, [1])
        try grid.tick()
        XCTAssertEqual(grid.state.phase, .running)

        // The core refuses items "read in no time"; let its real clock move on a little.
        Thread.sleep(forTimeInterval: 0.05)
        grid.stop()
        try grid.touch(9) // the last item read
        XCTAssertEqual(grid.state.phase, .done)
        XCTAssertEqual(grid.state.lastItem, 9)
        try grid.finish()
        XCTAssertEqual(grid.state.result?.attempted, 10)
        XCTAssertEqual(grid.state.result?.correct, 9)
        XCTAssertEqual(try engine.assessments(learner: asha.id).map(\.subtask), ["letter-sounds"])
    }

    /// A facilitator unlocked on a fresh engine, and one learner, Amina.
    private func unlockedWithALearner() throws -> (KusomaEngine, LearnerCard) {
        let engine = try openEngine()
        let rehema = try engine.createFacilitator(name: "Rehema", pin: "2468")
        _ = try engine.unlockFacilitator(facilitator: rehema.id, pin: "2468")
        let form = try EnrolState(engine: engine)
        form.setName("Amina")
        return (engine, try XCTUnwrap(try form.enrol()))
    }

    func testOnlyTheQuestionsAboutTheTextSheReadAreAskedAndAllMustBeMarked() throws {
        let (engine, amina) = try unlockedWithALearner()
        let story = try AssessmentState(engine: engine, learner: amina, pack: "sw", subtask: .oralReading)
        try story.begin()
        Thread.sleep(forTimeInterval: 0.05) // the core refuses words "read in no time"
        story.stop()
        try story.touch(story.state.items.count - 1) // she read to the end: every question is asked
        XCTAssertEqual(story.state.phase, .done)
        try story.finish()
        let asked = story.state.questions.count
        XCTAssertGreaterThanOrEqual(asked, 2, "the Swahili story has questions along it")
        XCTAssertFalse(story.state.canSave)
        try story.saveComprehension()
        XCTAssertNil(story.state.comprehension, "not saved before every question is marked")
        for i in 0..<asked { try story.markQuestion(i, right: true) }
        XCTAssertTrue(story.state.canSave)
        try story.saveComprehension()
        XCTAssertEqual(story.state.comprehension?.attempted, UInt32(asked))
        XCTAssertEqual(story.state.comprehension?.correct, UInt32(asked))
        XCTAssertFalse(story.state.canSave, "saved once")
    }

    func testAnAserProbeGetsTheLevelByAsersRules() throws {
        let (engine, amina) = try unlockedWithALearner()
        let probe = AserState(engine: engine, learner: amina.id, pack: "sw")
        probe.setLetters(9)
        XCTAssertEqual(probe.state.lettersRight, probe.state.shown, "no more right than shown")
        probe.setWords(4)
        probe.setParagraph(4) // more than 3 mistakes: the paragraph is not read
        try probe.save()
        XCTAssertEqual(probe.state.level, .word)
        probe.setWords(0)
        XCTAssertEqual(probe.state.wordsRight, 4, "a saved probe does not change")
    }

    func testALearnersReportShowsHerWeeksAndHerAssessments() throws {
        let (engine, amina) = try unlockedWithALearner()
        let report = try LearnerReportState(engine: engine, learner: amina.id, pack: "sw")
        XCTAssertEqual(report.state.learner.id, amina.id)
        XCTAssertEqual(report.state.weeks.map(\.attempts), [0, 0, 0, 0, 0, 0, 0, 0], "eight weeks, none practised")
        XCTAssertTrue(report.state.weeks.allSatisfy { !$0.starts.isEmpty }, "each week says when it starts")
        XCTAssertEqual(report.state.progress.attempts, 0)
        XCTAssertFalse(report.state.progress.units.isEmpty)
        XCTAssertNil(report.state.recentAccuracy)
        XCTAssertTrue(report.state.assessments.isEmpty)

        let probe = AserState(engine: engine, learner: amina.id, pack: "sw")
        probe.setLetters(5)
        try probe.save()
        try report.refresh()
        XCTAssertEqual(report.state.assessments.map(\.subtask), ["aser"])
        XCTAssertEqual(report.state.assessments.first?.level, "letter")
        XCTAssertEqual(report.state.aserLevel, "letter")

        engine.signOut()
        XCTAssertThrowsError(try report.refresh()) {
            guard let error = $0 as? KusomaError, case .Denied = error else { return XCTFail("\($0)") }
        }
    }
}
