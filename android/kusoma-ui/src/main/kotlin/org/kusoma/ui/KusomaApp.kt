package org.kusoma.ui

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.rememberCoroutineScope
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import org.kusoma.KusomaEngine
import org.kusoma.RunPhase
import org.kusoma.Subtask
import org.kusoma.state.AserState
import org.kusoma.state.AssessmentState
import org.kusoma.state.AttendanceState
import org.kusoma.state.EnrolState
import org.kusoma.state.ExerciseState
import org.kusoma.LessonScreen
import org.kusoma.SignInStep
import org.kusoma.state.FacilitatorGateState
import org.kusoma.state.signedIn
import org.kusoma.state.GroupReportState
import org.kusoma.state.GroupState
import org.kusoma.state.GroupsState
import org.kusoma.state.LearnerHomeState
import org.kusoma.state.LearnerReportState
import org.kusoma.state.Messages
import org.kusoma.state.ProfilesState
import org.kusoma.state.SettingsState
import org.kusoma.state.TurnState
import org.kusoma.TurnsScreen

/** Where the app is. */
sealed interface Route {
    data object Profiles : Route
    data object Settings : Route
    data class Home(val learner: String) : Route
    /** A learning session, or (when [placement]) a placement test on the same screens. */
    data class Session(val learner: String, val placement: Boolean = false) : Route

    /** Facilitator mode: the gate, then her screens; [then] is where the gate leads. */
    data class Gate(val then: Route) : Route
    data object Groups : Route
    /** Enrolment, from the profile cards ([fromProfiles]) or from facilitator mode. */
    data class Enrol(val fromProfiles: Boolean) : Route
    data class Group(val group: String) : Route
    data class Attendance(val group: String) : Route
    data class Turns(val group: String, val groupSession: String, val perTurn: Int) : Route
    data class Subtasks(val group: String, val learner: String) : Route
    data class Assess(val group: String, val learner: String, val subtask: Subtask) : Route
    data class Aser(val group: String, val learner: String) : Route
    data class Report(val group: String) : Route
    data class LearnerReport(val group: String, val learner: String) : Route
}

/**
 * The app from profile choice to the end of a session, and facilitator mode: holds the state
 * holders, wires each screen's taps to them, and re-reads the interface words and direction
 * after a language change. The Android Activity shows it with its [Speaker] and [Shell] provided
 * ([LocalSpeaker], [LocalShell]); [course] names the pack learners study (one course per phone).
 */
@Composable
fun KusomaApp(engine: KusomaEngine, course: String) {
    val messages = remember(engine) { Messages(engine) }
    val profiles = remember(engine) { ProfilesState(engine) }
    val settings = remember(engine) { SettingsState(engine) }
    val shell = LocalShell.current
    val scope = rememberCoroutineScope()
    var discreet by remember { mutableStateOf(shell.discreet) }
    var route: Route by remember { mutableStateOf(Route.Profiles) }
    val settingsState by settings.observe()
    // The quick exit and the facilitator's lock: nobody stays signed in, the profiles show.
    val lock = { profiles.signOut(); profiles.refresh(); route = Route.Profiles }
    KusomaTheme(messages, settingsState.rightToLeft, settingsState.current) {
        Box(Modifier.fillMaxSize().background(MaterialTheme.colorScheme.background)) {
            when (val r = route) {
                Route.Profiles -> {
                    val state by profiles.observe()
                    // From a learner's sign-in, back to the cards; from the cards, the platform's own.
                    BackAction(if (state.chosen != null) profiles::signOut else null)
                    val signedIn = state.signedIn
                    when (state.step) {
                        SignInStep.SIGNED_IN -> LaunchedEffect(signedIn) { signedIn?.let { route = Route.Home(it.id) } }
                        SignInStep.PIN -> PinLoginScreen(state, profiles::typePin, profiles::deletePin, profiles::submitPin, profiles::signOut)
                        SignInStep.PICTURES -> PictureLoginScreen(state, profiles::tapPicture, profiles::clearPictures, profiles::signOut)
                        SignInStep.CHOOSE -> ProfilesScreen(
                            state,
                            onChoose = profiles::choose,
                            // Enrolment needs a facilitator once the phone has one; the core checks it.
                            onNewLearner = { route = if (engine.facilitators().isEmpty()) Route.Enrol(true) else Route.Gate(Route.Enrol(true)) },
                            onSettings = { route = Route.Settings },
                            onFacilitator = { route = Route.Gate(Route.Groups) },
                        )
                    }
                }
                Route.Settings -> {
                    BackAction { route = Route.Profiles }
                    SettingsScreen(
                        settingsState, settings::chooseLanguage, { route = Route.Profiles },
                        discreet = discreet,
                        onDiscreet = { on -> shell.setDiscreet(on); discreet = shell.discreet },
                        // Unpacking and checking a pack can take seconds: off the UI thread.
                        onInstallPack = { shell.pickPackFile { path -> path?.let { scope.launch(Dispatchers.Default) { settings.installPack(it) } } } },
                    )
                }
                is Route.Home -> {
                    val home = remember(r.learner) { LearnerHomeState(engine, r.learner, course) }
                    val state by home.observe()
                    BackAction(lock)
                    HomeScreen(
                        state,
                        onStart = { route = Route.Session(r.learner) },
                        onPlacement = { route = Route.Session(r.learner, placement = true) },
                        onSettings = { route = Route.Settings },
                        onExit = { lock(); shell.leave() },
                    )
                }
                is Route.Session -> {
                    val session = remember(r) {
                        val s = if (r.placement) ExerciseState.placement(engine, r.learner, course) else ExerciseState(engine, r.learner, course)
                        s.apply { start() }
                    }
                    val state by session.observe()
                    // Back in a session ends it early, as Stop does: her answers so far are kept.
                    BackAction { if (session.state is LessonScreen.Finished) route = Route.Home(r.learner) else session.end() }
                    when (val s = state) {
                        is LessonScreen.Finished -> SummaryScreen(s.report) { route = Route.Home(r.learner) }
                        else -> ExerciseScreen(
                            s,
                            ExerciseActions(
                                onSelect = session::select,
                                onPlace = session::place,
                                onUnplace = session::unplace,
                                onStartAgain = session::clearTiles,
                                onSubmit = { session.submit() },
                                onNext = session::next,
                                onFinish = { session.end() },
                                onQuickExit = { session.end(); lock(); shell.leave() },
                            ),
                        )
                    }
                }
                is Route.Gate -> {
                    val gate = remember(r) { FacilitatorGateState(engine) }
                    val state by gate.observe()
                    BackAction { if (gate.state.chosen != null) gate.back() else route = Route.Profiles }
                    if (state.unlocked != null) {
                        LaunchedEffect(state.unlocked) { route = r.then }
                    } else {
                        FacilitatorGateScreen(
                            state,
                            GateActions(
                                gate::choose, gate::setName, gate::type, gate::delete, gate::submit,
                                onBack = { if (state.chosen != null) gate.back() else route = Route.Profiles },
                            ),
                        )
                    }
                }
                Route.Groups -> {
                    val groups = remember { GroupsState(engine) }
                    val state by groups.observe()
                    BackAction(lock)
                    GroupsScreen(
                        state,
                        GroupsActions(
                            onGroup = { route = Route.Group(it) },
                            onName = groups::setName,
                            onCreate = { groups.create() },
                            onEnrol = { route = Route.Enrol(false) },
                            onLock = lock,
                        ),
                    )
                }
                is Route.Enrol -> {
                    val enrol = remember { EnrolState(engine) }
                    val state by enrol.observe()
                    // From the cards, back to the cards, the facilitator locked again (she
                    // unlocked only to enrol); from facilitator mode, back to her groups.
                    val back = { if (r.fromProfiles) lock() else route = Route.Groups }
                    BackAction(back)
                    EnrolScreen(state, EnrolActions(enrol::setName, enrol::chooseIcon, enrol::tapPicture, enrol::clearPictures, { if (enrol.save()) back() }, back))
                }
                is Route.Group -> {
                    val group = remember(r) { GroupState(engine, r.group) }
                    val state by group.observe()
                    BackAction { route = Route.Groups }
                    GroupScreen(
                        state,
                        GroupActions(
                            onSession = { route = Route.Attendance(r.group) },
                            onReport = { route = Route.Report(r.group) },
                            onAssess = { route = Route.Subtasks(r.group, it) },
                            onLearner = { route = Route.LearnerReport(r.group, it) },
                            onToggleAdding = group::toggleAdding,
                            onAdd = group::addTicked,
                            onBack = { route = Route.Groups },
                        ),
                    )
                }
                is Route.Attendance -> {
                    val attendance = remember(r) { AttendanceState(engine, r.group, course) }
                    val state by attendance.observe()
                    BackAction { route = Route.Group(r.group) }
                    AttendanceScreen(
                        state,
                        AttendanceActions(
                            attendance::toggle, attendance::more, attendance::fewer,
                            onStart = { route = Route.Turns(r.group, attendance.start(), state.turnEvery.toInt()) },
                            onBack = { route = Route.Group(r.group) },
                        ),
                    )
                }
                is Route.Turns -> {
                    val turns = remember(r) { TurnState(engine, r.groupSession, r.perTurn) }
                    val state by turns.observe()
                    // A phone passed hand to hand gets bumped: back does nothing in a group
                    // session; the facilitator ends it with its own button.
                    BackAction {}
                    when (val s = state) {
                        // This screen asks for the notes on the hand-over: no Ending of its own.
                        is TurnsScreen.Passing -> TurnScreen(s.turn, turns::startTurn, turns::end)
                        is TurnsScreen.Ending -> TurnScreen(s.turn, turns::startTurn, turns::end)
                        is TurnsScreen.Playing -> ExerciseScreen(
                            s.lesson,
                            ExerciseActions(
                                onSelect = turns::select,
                                onPlace = turns::place,
                                onUnplace = turns::unplace,
                                onStartAgain = turns::clearTiles,
                                onSubmit = turns::submit,
                                onNext = turns::next,
                                onFinish = turns::endTurn,
                            ),
                        )
                        is TurnsScreen.Ended -> LaunchedEffect(s) { route = Route.Group(r.group) }
                    }
                }
                is Route.Subtasks -> {
                    val name = remember(r) { learnerName(engine, r.learner) }
                    BackAction { route = Route.Group(r.group) }
                    SubtaskChoiceScreen(
                        name,
                        { route = if (it == Subtask.ASER) Route.Aser(r.group, r.learner) else Route.Assess(r.group, r.learner, it) },
                        { route = Route.Group(r.group) },
                    )
                }
                is Route.Assess -> {
                    val run = remember(r) { AssessmentState(engine, r.learner, course, r.subtask) }
                    val state by run.observe()
                    val name = remember(r) { learnerName(engine, r.learner) }
                    val direction = remember { engine.packs().firstOrNull { it.id == course }?.direction ?: org.kusoma.TextDirection.LTR }
                    BackAction { run.cancel(); route = Route.Group(r.group) }
                    // The clock: the core keeps the time; the screen asks it once a second.
                    if (state.phase == RunPhase.RUNNING) {
                        LaunchedEffect(run) { while (true) { delay(1_000); run.tick() } }
                    }
                    AssessmentScreen(
                        name, direction, state,
                        AssessmentActions(
                            run::begin, run::touch, run::stop, run::finish,
                            onBack = { run.cancel(); route = Route.Group(r.group) },
                            onQuestion = run::markQuestion,
                            onSaveComprehension = run::saveComprehension,
                        ),
                    )
                }
                is Route.Aser -> {
                    val aser = remember(r) { AserState(engine, r.learner, course) }
                    val state by aser.observe()
                    val name = remember(r) { learnerName(engine, r.learner) }
                    BackAction { route = Route.Group(r.group) }
                    AserScreen(
                        name, state,
                        AserActions(aser::setLetters, aser::setWords, aser::setParagraph, aser::setStory, aser::save, { route = Route.Group(r.group) }),
                    )
                }
                is Route.LearnerReport -> {
                    val report = remember(r) { LearnerReportState(engine, r.learner, course) }
                    val state by report.observe()
                    BackAction { route = Route.Group(r.group) }
                    LearnerReportScreen(state) { route = Route.Group(r.group) }
                }
                is Route.Report -> {
                    val report = remember(r) { GroupReportState(engine, r.group, course) }
                    val state by report.observe()
                    BackAction { route = Route.Group(r.group) }
                    GroupReportScreen(state) { route = Route.Group(r.group) }
                }
            }
        }
    }
}

/** A learner's name for a screen's title (empty if she was deleted meanwhile, e.g. by a merge). */
private fun learnerName(engine: KusomaEngine, id: String): String =
    engine.learners().firstOrNull { it.id == id }?.name.orEmpty()
