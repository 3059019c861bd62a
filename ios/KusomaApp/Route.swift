import Kusoma
import KusomaState

/// Where the app is: one screen, holding the state holder that screen draws (so a holder lives
/// exactly as long as its screen). The same places as Android's `Route`, plus the facilitator's.
enum Route {
    /// The engine is opening.
    case opening
    /// The engine could not open (the core's reason).
    case failed(String)
    /// Choose your profile, then picture login / PIN (`AppModel.profiles`).
    case profiles
    /// Interface language, discreet mode, add a language (`AppModel.settings`).
    case settings
    /// A new learner's form; `byFacilitator` says where Back goes.
    case enrol(EnrolState, byFacilitator: Bool)
    /// A learner's home: her path of units.
    case home(LearnerHomeState)
    /// A learning session, then its summary.
    case session(ExerciseState, learner: String)
    /// The facilitator gate: create the first facilitator or type a PIN.
    case gate(FacilitatorGateState)
    /// The facilitator's groups.
    case facilitatorHome(GroupsState)
    /// One group's roster.
    case group(GroupState)
    /// Attendance before a group session.
    case attendance(AttendanceState)
    /// Pass-the-phone turns of a group session.
    case turns(TurnState, group: GroupCard)
    /// Which assessment to give `learner`.
    case assessChoice(learner: LearnerCard, group: GroupCard)
    /// A timed grid, then its result (after a story, with its comprehension questions).
    case grid(AssessmentState, group: GroupCard)
    /// The ASER probe form for `learner`, then her level.
    case aser(AserState, learner: LearnerCard, group: GroupCard)
    /// One learner's report (her roster row tapped).
    case learnerReport(LearnerReportState, group: GroupCard)
    /// A group's report.
    case report(GroupReportState, group: GroupCard)
}
