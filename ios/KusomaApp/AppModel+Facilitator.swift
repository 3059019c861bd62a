import Kusoma
import KusomaState

/// The facilitator's way through the app: gate, groups, enrolment, sessions, assessments.
extension AppModel {
    /// The Facilitator button on the profiles screen.
    func openGate() {
        guard let engine else { return }
        perform { route = .gate(try FacilitatorGateState(engine: engine)) }
    }

    /// OK on the gate's PIN pad; in when the core accepted the PIN.
    func submitGate(_ gate: FacilitatorGateState) {
        perform { try gate.submit() }
        if gate.state.unlocked != nil { openFacilitatorHome() }
    }

    /// The facilitator's groups.
    func openFacilitatorHome() {
        guard let engine else { return }
        perform { route = .facilitatorHome(try GroupsState(engine: engine)) }
    }

    /// Lock: the facilitator tools close, back to the profiles.
    func lockFacilitator() { lock() }

    /// New learner, from the facilitator's home.
    func enrolByFacilitator() {
        guard let engine else { return }
        perform { route = .enrol(try EnrolState(engine: engine), byFacilitator: true) }
    }

    /// The enrolment form's OK: stored, then back where the form was opened from (a learner
    /// enrolled from the profiles screen goes straight to her sign-in).
    func enrol(_ form: EnrolState, byFacilitator: Bool) {
        perform {
            // A name the core refused stays on the form, with its reason.
            guard let learner = try form.enrol() else { return }
            if byFacilitator {
                openFacilitatorHome()
            } else {
                try profiles?.refresh()
                profiles?.choose(learner.id)
                route = .profiles
            }
        }
    }

    /// Back from the enrolment form.
    func leaveEnrolment(byFacilitator: Bool) {
        if byFacilitator { openFacilitatorHome() } else { route = .profiles }
    }

    /// A group card.
    func openGroup(_ group: GroupCard) {
        guard let engine else { return }
        perform { route = .group(try GroupState(engine: engine, group: group)) }
    }

    /// Start a group session: attendance first.
    func openAttendance(_ group: GroupCard) {
        guard let engine else { return }
        perform { route = .attendance(try AttendanceState(engine: engine, group: group, pack: course)) }
    }

    /// Start on the attendance screen: the session, then the first turn.
    func startGroupSession(_ attendance: AttendanceState) {
        guard let engine else { return }
        perform {
            let session = try attendance.start()
            let turns = try TurnState(engine: engine, groupSession: session, pack: course,
                                      turnExercises: Int(attendance.state.turnEvery))
            route = .turns(turns, group: attendance.group)
        }
    }

    /// Assess on a roster row.
    func openAssessment(_ learner: LearnerCard, group: GroupCard) {
        route = .assessChoice(learner: learner, group: group)
    }

    /// A subtask chosen: its timed grid, or the ASER form.
    func startAssessment(_ subtask: Subtask, learner: LearnerCard, group: GroupCard) {
        guard let engine else { return }
        if subtask == .aser {
            route = .aser(AserState(engine: engine, learner: learner.id, pack: course), learner: learner, group: group)
            return
        }
        perform {
            let grid = try AssessmentState(engine: engine, learner: learner, pack: course, subtask: subtask)
            route = .grid(grid, group: group)
        }
    }

    /// Back from a grid before Done: the run is dropped.
    func leaveAssessment(_ grid: AssessmentState, group: GroupCard) {
        perform { try grid.cancel() }
        openGroup(group)
    }

    /// A roster row tapped: her report.
    func openLearnerReport(_ learner: LearnerCard, group: GroupCard) {
        guard let engine else { return }
        perform {
            route = .learnerReport(try LearnerReportState(engine: engine, learner: learner.id, pack: course),
                                   group: group)
        }
    }

    /// Report on the group screen.
    func openReport(_ group: GroupCard) {
        guard let engine else { return }
        perform { route = .report(try GroupReportState(engine: engine, group: group.id, pack: course), group: group) }
    }
}
