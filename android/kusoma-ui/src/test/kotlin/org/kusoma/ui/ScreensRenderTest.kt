package org.kusoma.ui

import androidx.compose.runtime.Composable
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.DynamicContainer
import org.junit.jupiter.api.DynamicContainer.dynamicContainer
import org.junit.jupiter.api.DynamicTest.dynamicTest
import org.junit.jupiter.api.TestFactory
import org.junit.jupiter.api.TestInstance
import org.kusoma.AnswerStyle
import org.kusoma.ExerciseType
import org.kusoma.TextDirection
import org.kusoma.state.PICTURE_LOGIN_ICONS
import java.io.File

/**
 * Renders every screen and every exercise kind in en, sw, hi, ar and en-XA, at 1× and 1.3× font
 * scale, to target/screens/<locale>/<screen>.png, and checks each one's semantics tree: touch
 * targets ≥ 48 dp, no cut text, no raw message ids, the layout mirrored for Arabic.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreensRenderTest {
    private val lessons = System.getProperty("kusoma.lessons") ?: error("kusoma.lessons is not set")
    private val scenes = mutableMapOf<String, Scenes>()

    private fun scenes(locale: Locale) = scenes.getOrPut(locale.tag) { Scenes(locale, lessons) }

    /** A screen: its file name, what to draw, and checks of its own. */
    class Screen(val name: String, val draw: @Composable (Scenes) -> Unit, val check: (Scenes, ScreenSemantics) -> Unit = { _, _ -> })

    private val screens: List<Screen> = buildList {
        add(Screen("profiles", { ProfilesScreen(it.profiles, {}, {}, {}) }) { sc, s ->
            assertEquals(sc.profiles.learners.size, s.tagged("learner").size)
            assertEquals(1, s.tagged("new-learner").size)
        })
        add(Screen("picture-login", { PictureLoginScreen(it.pictureLogin, {}, {}, {}) }) { sc, s ->
            assertEquals(12, s.tagged("picture").size)
            assertEquals(3, s.tagged("slot").size)
            assertEquals(2u, sc.pictureLogin.picturesEntered, "two pictures tapped")
            assertEquals(2, s.tagged("slot-filled").size, "a dot for each picture tapped")
            // Shoulder-surfing: nothing on screen tells which pictures were tapped.
            val grid = PICTURE_LOGIN_ICONS.toSet()
            val inSlots = s.nodes.filter { n -> s.tagged("slot").any { it.id in n.ancestors } && n.text in grid }
            assertTrue(inSlots.isEmpty(), "the slots show the secret pictures: ${inSlots.map { it.text }}")
            val frames = s.tagged("picture").map { frameColour(s, it) }
            val odd = frames.withIndex().filter { (_, c) -> distance(c, frames.groupingBy { it }.eachCount().maxBy { it.value }.key) > 12 }
            assertTrue(odd.isEmpty(), "grid pictures drawn unlike the others (they tell which were tapped): ${odd.map { it.index }}")
        })
        add(Screen("home", { HomeScreen(it.home, {}, {}, {}) }) { sc, s ->
            assertEquals(1, s.tagged("start").size)
            assertEquals(sc.home.units.size, s.tagged("unit").size)
            assertEquals(sc.home.lettersLearned.toInt(), s.tagged("letter-lit").size)
            assertEquals(sc.home.units.sumOf { it.lettersToConfirm.toInt() }, s.tagged("letter-to-confirm").size)
            assertEquals(0, s.tagged("placement").size, "no placement test once she has answered")
        })
        add(Screen("home-new", { HomeScreen(it.homeNew, {}, {}, {}) }) { _, s ->
            assertEquals(1, s.tagged("start").size)
            assertEquals(1, s.tagged("placement").size, "the core offers a placement test before her first answer")
        })
        add(Screen("placement", { ExerciseScreen(it.placement, ExerciseActions()) }) { sc, s ->
            assertEquals(1, s.tagged("instruction").size)
            assertEquals(sc.placement.exercise.choices.size, s.tagged("choice").size + s.tagged("tile").size)
            finishLabelled(sc, s)
        })
        add(Screen("placement-summary", { SummaryScreen(it.placementSummary) {} }) { sc, s ->
            assertEquals(1, s.tagged("summary").size)
            assertTrue(s.nodes.any { it.text == sc.placementSummary.message }, "the summary says what the test placed")
        })
        for (kind in ExerciseType.entries) {
            val slug = kind.name.lowercase().replace('_', '-')
            add(Screen("exercise-$slug", { ExerciseScreen(it.asking.getValue(kind), ExerciseActions()) }) { sc, s ->
                val shown = sc.asking.getValue(kind)
                assertEquals(1, s.tagged("instruction").size)
                assertEquals(1, s.tagged("replay").size)
                val answerTag = if (shown.exercise.mode == AnswerStyle.TAP_ONE) "choice" else "tile"
                assertEquals(shown.exercise.choices.size, s.tagged(answerTag).size, "every choice or tile is drawn")
                // The answers run in the script's direction: the first on the right for Arabic.
                val first = s.tagged(answerTag).first().visible
                val middle = (s.root.left + s.root.right) / 2
                assertEquals(shown.exercise.direction == TextDirection.RTL, (first.left + first.right) / 2 > middle, "first $answerTag at $first")
                finishLabelled(sc, s)
            })
            add(Screen("feedback-$slug", { ExerciseScreen(it.answered.getValue(kind), ExerciseActions()) }) { sc, s ->
                val feedback = sc.answered.getValue(kind).feedback
                assertEquals(1, s.tagged(if (feedback.correct) "feedback-right" else "feedback-wrong").size)
                if (sc.answered.getValue(kind).exercise.mode == AnswerStyle.TAP_ONE) {
                    assertEquals(1, s.tagged("mark-right").size, "the right choice carries ✓")
                    assertEquals(if (feedback.correct) 0 else 1, s.tagged("mark-wrong").size)
                }
                finishLabelled(sc, s)
            })
        }
        add(Screen("summary", { SummaryScreen(it.summary) {} }) { sc, s ->
            assertEquals(1, s.tagged("summary").size)
            assertTrue(sc.summary.answered > 0u)
        })
        add(Screen("settings", { SettingsScreen(it.settings, {}, {}) }) { sc, s ->
            assertEquals(sc.settings.languages.size, s.tagged("language").size)
            assertEquals(1, s.tagged("discreet-off").size)
            assertEquals(1, s.tagged("install-pack").size)
        })
        addAll(FACILITATOR_SCREENS)
    }

    /** The frame of a grid picture as drawn: the mean colour of a strip just inside its top edge. */
    private fun frameColour(s: ScreenSemantics, n: NodeInfo): Triple<Int, Int, Int> {
        val image = s.image ?: error("no image")
        val y = ((n.visible.top + 2f) * PX_PER_DP).toInt()
        val xs = ((n.visible.left + 20f) * PX_PER_DP).toInt() until ((n.visible.right - 20f) * PX_PER_DP).toInt()
        val px = xs.map { image.getRGB(it, y) }
        return Triple(px.sumOf { (it shr 16) and 255 } / px.size, px.sumOf { (it shr 8) and 255 } / px.size, px.sumOf { it and 255 } / px.size)
    }

    private fun distance(a: Triple<Int, Int, Int>, b: Triple<Int, Int, Int>) =
        maxOf(kotlin.math.abs(a.first - b.first), kotlin.math.abs(a.second - b.second), kotlin.math.abs(a.third - b.third))

    /** The exercise's stop button (■, tagged "lead") carries the core's word for it, visibly. */
    private fun finishLabelled(sc: Scenes, s: ScreenSemantics) {
        val words = sc.messages.get(org.kusoma.state.UiText.FINISH) ?: return
        assertTrue(s.nodes.any { it.text == words && "lead" in it.ancestorTags }, "the ■ button shows no words (\"$words\")")
    }

    @TestFactory
    fun everyScreenInEveryLocale(): List<DynamicContainer> = LOCALES.map { locale ->
        dynamicContainer(locale.tag, screens.flatMap { screen ->
            listOf(1f, 1.3f).map { scale ->
                dynamicTest("${screen.name} at font ×$scale") {
                  try {
                    val sc = scenes(locale)
                    if (screen.name.startsWith("exercise-") || screen.name.startsWith("feedback-")) {
                        val missing = ExerciseType.entries.filter { it !in sc.asking }
                        assertTrue(missing.isEmpty(), "the ${locale.course} course never gave these kinds: $missing")
                    }
                    val rtl = sc.messages.rightToLeft
                    val rendered = render(locale.tag, screen.name, scale, sc.messages, rtl) { screen.draw(sc) }
                    assertTrue(rendered.png.length() > 2_000, "${rendered.png} is nearly empty")
                    ScreenChecks.all(rendered.semantics, rtl)
                    screen.check(sc, rendered.semantics)
                  } catch (e: AssertionError) {
                    // Dynamic tests are reported by index: put the screen in the message.
                    throw AssertionError("${locale.tag}/${screen.name} at font ×$scale: ${e.message}", e)
                  }
                }
            }
        })
    }

    @AfterAll
    fun listMissingMessages() {
        val missing = scenes.values.flatMap { it.messages.missing }.toSortedSet()
        File(screensDir(), "missing-messages.txt").apply { parentFile.mkdirs() }.writeText(
            "# Message ids the screens ask the core for that it does not have yet (the screens show\n" +
                "# a fallback message or the icon alone meanwhile).\n" + missing.joinToString("\n", postfix = "\n"),
        )
        scenes.values.forEach(Scenes::close)
    }
}
