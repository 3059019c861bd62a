package org.kusoma.state


import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.CsvSource
import org.kusoma.AnswerStyle
import org.kusoma.KusomaEngine
import org.kusoma.LearnerCard
import org.kusoma.LessonScreen
import org.kusoma.SignInStep
import org.kusoma.NewLearner
import org.kusoma.deleteRecursively
import org.kusoma.freshDataDir
import org.kusoma.openEngine

/** The screens' state holders driven the way a learner's taps drive them, on the host library. */
class StateHoldersTest {
    @Test
    fun theLanguageChosenInSettingsIsKeptOnThisPhone() {
        val data = freshDataDir()
        openEngine(data, locales = listOf("en")).use { engine ->
            SettingsState(engine).chooseLanguage("sw")
        }
        // The phone is still set to English; her choice comes first.
        openEngine(data, locales = listOf("en")).use { engine ->
            assertEquals("sw", SettingsState(engine).state.current)
        }
        deleteRecursively(data)
    }

    @Test
    fun aFileThatIsNotAPackIsRefusedWithTheCoresReasonAndNothingChanges() {
        openEngine().use { engine ->
            val settings = SettingsState(engine)
            val before = settings.state.languages
            val junk = java.io.File.createTempFile("not-a-pack", ".kpack").apply { writeText("hello") }
            settings.installPack(junk.path)
            assertNotNull(settings.state.refused)
            assertNull(settings.state.installed)
            assertEquals(before, settings.state.languages)
            settings.installPack(junk.path + ".missing")
            assertNotNull(settings.state.refused, "a file that vanished is refused too, not thrown")
            junk.delete()
        }
    }

    @ParameterizedTest(name = "{0} interface, {1} course")
    @CsvSource("sw, sw", "hi, hi", "ar, ar", "en, en")
    fun aWholeLearnerSessionThroughTheStateHolders(locale: String, pack: String) {
        val data = freshDataDir()
        openEngine(data).use { engine ->
            val settings = SettingsState(engine)
            assertTrue(settings.state.languages.any { it.tag == locale }, settings.state.toString())
            settings.chooseLanguage(locale)
            assertEquals(locale, settings.state.current)
            assertEquals(locale == "ar", settings.state.rightToLeft)

            val learner = signIn(engine, "Amina")
            val home = LearnerHomeState(engine, learner.id, pack)
            assertEquals(0u, home.state.attempts)
            assertTrue(home.state.units.isNotEmpty())
            assertEquals(1, home.state.units.count { it.current }, home.state.units.toString())

            val session = ExerciseState(engine, learner.id, pack, exercises = 8, seed = 7uL)
            val seen = mutableListOf<LessonScreen>()
            session.subscribe { seen += it }
            session.start()
            var right = 0
            var answered = 0
            while (true) {
                val asking = session.state as? LessonScreen.Answering ?: break
                val exercise = asking.exercise
                assertFalse(exercise.instruction.startsWith("exercise-"), exercise.instruction)
                assertFalse(asking.canSubmit)
                when (exercise.mode) {
                    AnswerStyle.TAP_ONE -> {
                        session.select(exercise.choices.lastIndex)
                        session.select(0)
                        assertEquals(0u, (session.state as LessonScreen.Answering).selected)
                    }
                    AnswerStyle.ORDER_TILES -> placeEveryTile(session, exercise.answerLength.toInt())
                }
                val feedback = session.submit()
                answered++
                if (feedback.correct) right++
                assertTrue(feedback.message.isNotBlank() && !feedback.message.startsWith("feedback-"))
                if (exercise.mode == AnswerStyle.TAP_ONE) {
                    assertEquals(feedback.correctChoice == 0u, feedback.correct, feedback.toString())
                }
                val shown = session.state as LessonScreen.Answered
                assertEquals(feedback, shown.feedback)
                session.next()
            }
            val summary = session.state as LessonScreen.Finished
            assertEquals(8, answered)
            assertEquals(8u, summary.report.answered)
            assertEquals(right.toUInt(), summary.report.correct)
            assertTrue(summary.report.message.isNotBlank())
            assertEquals(summary.report, session.end(), "ending twice gives the same summary")
            assertTrue(seen.first() is LessonScreen.NotStarted && seen.last() is LessonScreen.Finished)

            home.refresh()
            assertEquals(8u, home.state.attempts)
            assertEquals(right.toUInt(), home.state.correct)
            assertEquals(1u, home.state.sessions)
            assertEquals("Amina", home.state.name)
        }
        deleteRecursively(data)
    }

    @Test
    fun pictureLoginTakesThreePicturesAndSignOutLocks() {
        openEngine().use { engine ->
            val profiles = ProfilesState(engine)
            assertTrue(profiles.state.learners.isEmpty())
            assertEquals(12, PICTURE_LOGIN_ICONS.size)
            val neema = profiles.create("Neema", "🦋")
            profiles.create("Baraka", "")
            assertEquals(listOf("Neema", "Baraka"), profiles.state.learners.map { it.name })
            val pictures = profiles.state.learners.map { it.picture }
            assertTrue(pictures[1] in LEARNER_ICONS && pictures[1] != pictures[0], "an empty icon gets a picture of her own: $pictures")
            profiles.choose(neema.id)
            profiles.tapPicture(4)
            profiles.tapPicture(0)
            assertNull(profiles.state.signedIn)
            profiles.clearPictures()
            listOf(1, 2, 3, 5).forEach(profiles::tapPicture)
            assertEquals(SignInStep.SIGNED_IN, profiles.state.step, "a fourth tap is ignored")
            assertEquals(neema, profiles.state.signedIn)
            profiles.signOut()
            assertNull(profiles.state.signedIn)
            assertNull(profiles.state.chosen)
        }
    }

    @Test
    fun aPictureLoginIsCheckedByTheCoreAndLocksAfterFiveWrongTries() {
        openEngine().use { engine ->
            val amina = engine.enrolLearner(NewLearner("Amina", "🌻", byteArrayOf(3, 7, 11), null, null, null, false))
            val profiles = ProfilesState(engine)
            profiles.choose(amina.id)
            listOf(3, 7, 10).forEach(profiles::tapPicture)
            assertNull(profiles.state.signedIn, "wrong pictures do not sign in")
            assertTrue(profiles.state.wrongTry)
            assertEquals(0u, profiles.state.picturesEntered, "the grid starts again")
            listOf(3, 7, 11).forEach(profiles::tapPicture)
            assertEquals(amina.id, profiles.state.signedIn?.id)
            profiles.signOut()
            profiles.choose(amina.id)
            repeat(5) { listOf(0, 0, 0).forEach(profiles::tapPicture) }
            assertTrue((profiles.state.lockedUntilMs ?: 0) > 0, "locked after five wrong tries")
            listOf(3, 7, 11).forEach(profiles::tapPicture)
            assertNull(profiles.state.signedIn, "locked means locked, even for the right pictures")
        }
    }

    @Test
    fun messagesComeFromTheCoreAndMissingOnesAreListed() {
        openEngine().use { engine ->
            val messages = Messages(engine)
            engine.setLocales(listOf("sw"))
            val newLearner = messages.get(UiText.NEW_LEARNER)
            assertNotNull(newLearner)
            assertEquals(engine.message("shell-new-learner", emptyList()), newLearner)
            for (role in UiText.entries) {
                val text = messages.get(role, "name" to "A", "pack" to "sw", "unit" to "1", "skill" to "a",
                    "mastered" to 1, "total" to 2, "attempts" to 1, "sessions" to 1, "correct" to 1, "text" to "t")
                assertFalse(text != null && Regex("^(app|shell|feedback)-[a-z-]+$").matches(text), "$role gave an id: $text")
            }
            // The core's roles all have words in sw or, after it, in English.
            assertTrue(messages.missing.isEmpty(), messages.missing.toString())
            engine.setLocales(listOf("ar"))
            assertTrue(messages.rightToLeft)
        }
    }

    private fun signIn(engine: KusomaEngine, name: String): LearnerCard {
        val profiles = ProfilesState(engine)
        val learner = profiles.create(name, "🌻")
        repeat(PICTURE_LOGIN_LENGTH) { profiles.tapPicture(it) }
        assertEquals(learner, profiles.state.signedIn)
        return learner
    }

    @Test
    fun aPlacementTestIsOfferedFirstAndRunsOnTheExerciseScreens() {
        openEngine(freshDataDir()).use { engine ->
            val learner = signIn(engine, "Saida")
            val home = LearnerHomeState(engine, learner.id, "sw")
            assertTrue(home.state.offerPlacement, "offered before her first answer")
            val test = ExerciseState.placement(engine, learner.id, "sw", seed = 3uL)
            test.start()
            assertTrue((test.state as LessonScreen.Answering).total >= 3u, "the core counts the test's letters")
            while (true) {
                val asking = test.state as? LessonScreen.Answering ?: break
                if (asking.exercise.mode == AnswerStyle.TAP_ONE) test.select(0)
                else (0 until asking.exercise.answerLength.toInt()).forEach(test::place)
                test.submit()
                test.next()
            }
            val report = (test.state as LessonScreen.Finished).report
            assertTrue(report.message.isNotBlank() && !report.message.startsWith("shell-"), report.message)
            home.refresh()
            assertFalse(home.state.offerPlacement)
        }
    }

    /** Places, takes back and re-places tiles, checking the holder's rules on the way. */
    private fun placeEveryTile(session: ExerciseState, length: Int) {
        session.place(0)
        session.place(0)
        assertEquals(listOf(0u), (session.state as LessonScreen.Answering).placed, "a tile is placed once")
        session.unplace(0)
        assertEquals(emptyList<UInt>(), (session.state as LessonScreen.Answering).placed)
        (0 until length).forEach(session::place)
        val asking = session.state as LessonScreen.Answering
        assertEquals((0 until length).map { it.toUInt() }, asking.placed)
        assertTrue(asking.canSubmit)
    }
}
