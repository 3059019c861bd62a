package org.kusoma.ui

import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.DynamicTest.dynamicTest
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.TestInstance

/**
 * Every screen that lists learners shows each with a picture of her own (a learner who cannot
 * read yet finds her card by it): the profile cards, the group's roster, attendance, the report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
// It failed on every locale while a learner made without a picture got 🌻 (24 of 24 cases); the
// core now suggests one no other learner has (screens/defaults.rs).
class LearnerPicturesTest {
    private val lessons = System.getProperty("kusoma.lessons") ?: error("kusoma.lessons is not set")
    private val scenes = mutableMapOf<String, Scenes>()

    private fun scenes(locale: Locale) = scenes.getOrPut(locale.tag) { Scenes(locale, lessons) }

    @TestFactory
    fun learnersHavePicturesOfTheirOwn(): List<DynamicTest> = LOCALES.flatMap { locale ->
        listOf<Pair<String, Pair<Set<String>, @androidx.compose.runtime.Composable (Scenes) -> Unit>>>(
            "profiles" to (setOf("learner") to { sc -> ProfilesScreen(sc.profiles, {}, {}, {}) }),
            "group" to (setOf("member") to { sc -> GroupScreen(sc.facilitator.group, GroupActions()) }),
            "attendance" to (setOf("present", "absent") to { sc -> AttendanceScreen(sc.facilitator.attendance, AttendanceActions()) }),
            "group-report" to (setOf("report-learner") to { sc -> GroupReportScreen(sc.facilitator.report) {} }),
        ).map { (name, spec) ->
            dynamicTest("${locale.tag}/$name") {
                val sc = scenes(locale)
                val rendered = render(locale.tag, "pictures-$name", 1f, sc.messages, sc.messages.rightToLeft) { spec.second(sc) }
                try {
                    ScreenChecks.distinctLearnerPictures(rendered.semantics, spec.first)
                } catch (e: AssertionError) {
                    throw AssertionError("${locale.tag}/$name: ${e.message}", e)
                }
            }
        }
    }

    @AfterAll
    fun close() = scenes.values.forEach(Scenes::close)
}
