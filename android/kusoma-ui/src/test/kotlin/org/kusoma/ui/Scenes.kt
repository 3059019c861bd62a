package org.kusoma.ui

import org.kusoma.ExerciseType
import org.kusoma.KusomaEngine
import org.kusoma.SessionReport
import org.kusoma.state.ExerciseState
import org.kusoma.LessonScreen
import org.kusoma.HomeView
import org.kusoma.state.LearnerHomeState
import org.kusoma.state.Messages
import org.kusoma.state.ProfilesState
import org.kusoma.SignInState
import org.kusoma.state.SettingsState
import org.kusoma.SettingsView
import java.nio.file.Files

/** One interface locale to render, with the course its learners study and their names. */
data class Locale(val tag: String, val course: String, val names: List<String>)

/** The locales the screens are rendered in: the four courses' languages and the two pseudolocales. */
val LOCALES = listOf(
    Locale("en", "en", listOf("Grace", "Amina", "Joseph")),
    Locale("sw", "sw", listOf("Neema", "Amina", "Baraka")),
    Locale("hi", "hi", listOf("सीता", "राधा", "मोहन")),
    Locale("ar", "ar", listOf("فاطمة", "مريم", "أحمد")),
    // Accented and a third longer: shows truncation and any word not from the core.
    Locale("en-XA", "en", listOf("Grace", "Amina", "Joseph")),
    // English mirrored right to left: shows any part of a screen that does not flip.
    Locale("ar-XB", "en", listOf("Grace", "Amina", "Joseph")),
)

/**
 * Every screen's state for one locale, made by driving the real state holders over a real engine
 * (a fresh data directory, the bundled packs): nothing here is a hand-made record.
 */
class Scenes(val locale: Locale, lessons: String) : AutoCloseable {
    val engine: KusomaEngine = KusomaEngine.open(Files.createTempDirectory("kusoma-ui").toString(), listOf(lessons), listOf(locale.tag))
    val messages = Messages(engine)
    val settings: SettingsView
    val profiles: SignInState
    val pictureLogin: SignInState
    /** Home after the first sessions: some units done, one being learned, some still ahead. */
    val home: HomeView
    /** Per exercise kind: the exercise with an answer picked, and the core's feedback on it. */
    val asking = linkedMapOf<ExerciseType, LessonScreen.Answering>()
    val answered = linkedMapOf<ExerciseType, LessonScreen.Answered>()
    val summary: SessionReport
    /** A learner who has answered nothing yet: home offering the placement test, its first letter, its summary. */
    val homeNew: HomeView
    val placement: LessonScreen.Answering
    val placementSummary: SessionReport
    /** Facilitator mode's screens, made after the learner's (they need her sessions for the report). */
    val facilitator: FacilitatorScenes

    init {
        settings = SettingsState(engine).state
        val holder = ProfilesState(engine)
        val learners = locale.names.map { holder.create(it, "") }
        holder.signOut()
        profiles = holder.state
        holder.choose(learners.first().id)
        holder.tapPicture(5)
        holder.tapPicture(2)
        pictureLogin = holder.state
        val learner = learners.first().id
        var midway: HomeView? = null
        summary = collect(learner) { sessions ->
            if (midway == null && sessions >= 3) midway = LearnerHomeState(engine, learner, locale.course).state
        }
        home = midway ?: LearnerHomeState(engine, learner, locale.course).state
        val newcomer = learners[1].id
        homeNew = LearnerHomeState(engine, newcomer, locale.course).state
        val test = ExerciseState.placement(engine, newcomer, locale.course, seed = 3uL).apply { start() }
        placement = test.state as LessonScreen.Answering
        placementSummary = test.end()
        facilitator = FacilitatorScenes(engine, locale.course, locale.names)
    }

    /**
     * Runs sessions until every exercise kind has been seen (or a budget is spent), keeping the
     * first of each kind; wrong answers are given on purpose to some kinds so both feedbacks show.
     * Returns the last session's report.
     */
    private fun collect(learner: String, afterSession: (Int) -> Unit): SessionReport {
        val oracle = Oracle()
        var last: SessionReport? = null
        var seed = 1uL
        val wanted = ExerciseType.entries
        while ((!asking.keys.containsAll(wanted) || seed <= 3uL) && seed < 60uL) {
            val session = ExerciseState(engine, learner, locale.course, exercises = 10, seed = seed++)
            session.start()
            while (true) {
                val s = session.state as? LessonScreen.Answering ?: break
                val kind = s.exercise.kind
                val first = kind !in asking
                val answer = oracle.answer(s.exercise, wrong = first && kind in WRONG_ON_PURPOSE)
                answer.forEach { if (s.exercise.mode == org.kusoma.AnswerStyle.TAP_ONE) session.select(it) else session.place(it) }
                if (first) asking[kind] = session.state as LessonScreen.Answering
                oracle.learn(s.exercise, session.submit())
                if (first) answered[kind] = session.state as LessonScreen.Answered
                session.next()
            }
            last = (session.state as LessonScreen.Finished).report
            afterSession(seed.toInt() - 1)
        }
        return last!!
    }

    override fun close() = engine.close()

    private companion object {
        val WRONG_ON_PURPOSE = setOf(ExerciseType.WORD_TO_PICTURE, ExerciseType.BUILD_WORD, ExerciseType.GRAPHEME_TO_SOUND)
    }
}
