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
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import org.kusoma.KusomaEngine
import org.kusoma.state.ExerciseState
import org.kusoma.state.ExerciseUiState
import org.kusoma.state.LEARNER_ICONS
import org.kusoma.state.LearnerHomeState
import org.kusoma.state.Messages
import org.kusoma.state.ProfilesState
import org.kusoma.state.SettingsState

/** Where the learner is in the app. */
sealed interface Route {
    data object Profiles : Route
    data object Settings : Route
    data class Home(val learner: String) : Route
    data class Session(val learner: String) : Route
}

/**
 * The learner's app from profile choice to the end of a session: holds the state holders, wires
 * each screen's taps to them, and re-reads the interface words and direction after a language
 * change. The Android Activity shows it; [course] names the pack a learner studies (one course
 * per phone for now). [newLearnerName] supplies a name for the new-learner card until the core's
 * profile-creation flow (name by voice or typing, picture) has its screen.
 */
@Composable
fun KusomaApp(engine: KusomaEngine, course: String, newLearnerName: () -> String = { "" }) {
    val messages = remember(engine) { Messages(engine) }
    val profiles = remember(engine) { ProfilesState(engine) }
    val settings = remember(engine) { SettingsState(engine) }
    var route: Route by remember { mutableStateOf(Route.Profiles) }
    val settingsState by settings.observe()
    KusomaTheme(messages, settingsState.rightToLeft, settingsState.current) {
        Box(Modifier.fillMaxSize().background(MaterialTheme.colorScheme.background)) {
            when (val r = route) {
                Route.Profiles -> {
                    val state by profiles.observe()
                    val signedIn = state.signedIn
                    when {
                        signedIn != null -> LaunchedEffect(signedIn) { route = Route.Home(signedIn.id) }
                        state.chosen != null -> PictureLoginScreen(state, profiles::tapPicture, profiles::clearPictures, profiles::signOut)
                        else -> ProfilesScreen(
                            state,
                            onChoose = profiles::choose,
                            onNewLearner = { newLearnerName().takeIf { it.isNotBlank() }?.let { profiles.create(it, LEARNER_ICONS.random()) } },
                            onSettings = { route = Route.Settings },
                        )
                    }
                }
                Route.Settings -> SettingsScreen(settingsState, settings::chooseLanguage) { route = Route.Profiles }
                is Route.Home -> {
                    val home = remember(r.learner) { LearnerHomeState(engine, r.learner, course) }
                    val state by home.observe()
                    HomeScreen(
                        state,
                        onStart = { route = Route.Session(r.learner) },
                        onSettings = { route = Route.Settings },
                        onExit = { profiles.signOut(); route = Route.Profiles },
                    )
                }
                is Route.Session -> {
                    val session = remember(r.learner) { ExerciseState(engine, r.learner, course).apply { start() } }
                    val state by session.observe()
                    when (val s = state) {
                        is ExerciseUiState.Finished -> SummaryScreen(s.report) { route = Route.Home(r.learner) }
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
                            ),
                        )
                    }
                }
            }
        }
    }
}
