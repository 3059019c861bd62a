package org.kusoma.ui

import androidx.compose.foundation.background
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.asSkiaBitmap
import androidx.compose.ui.test.DesktopComposeUiTest
import androidx.compose.ui.test.ExperimentalTestApi
import androidx.compose.ui.text.font.FontFamily
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.platform.Font
import androidx.compose.ui.unit.Density
import org.jetbrains.skia.EncodedImageFormat
import org.jetbrains.skia.Image
import org.kusoma.state.TextSource
import java.io.File
import kotlin.coroutines.EmptyCoroutineContext

/** A phone screen: 360×640 dp, drawn at 2 px per dp. */
const val WIDTH_DP = 360
const val HEIGHT_DP = 640
const val PX_PER_DP = 2f

/** How one screen was rendered, for the checks. */
class Rendered(val png: File, val semantics: ScreenSemantics)

/**
 * Renders [content] in Kusoma's theme, headless, at 360×640 dp and [fontScale], writes the PNG to
 * target/screens/<locale>/<name>.png and returns it with the semantics tree read from the scene.
 */
@OptIn(ExperimentalTestApi::class)
fun render(
    locale: String,
    name: String,
    fontScale: Float,
    texts: TextSource,
    rightToLeft: Boolean,
    content: @Composable () -> Unit,
): Rendered {
    val test = DesktopComposeUiTest(
        (WIDTH_DP * PX_PER_DP).toInt(),
        (HEIGHT_DP * PX_PER_DP).toInt(),
        EmptyCoroutineContext,
        Density(PX_PER_DP, fontScale),
    )
    return test.runTest {
        setContent {
            CompositionLocalProvider(LocalScriptFont provides ::scriptFont) {
            KusomaTheme(texts, rightToLeft, locale) {
                Box(Modifier.fillMaxSize().background(MaterialTheme.colorScheme.background)) { content() }
            }
            }
        }
        waitForIdle()
        val bitmap = captureToImage().asSkiaBitmap()
        val bytes = Image.makeFromBitmap(bitmap).encodeToData(EncodedImageFormat.PNG)!!.bytes
        val suffix = if (fontScale == 1f) "" else "@font${(fontScale * 100).toInt()}"
        val file = File(screensDir(), "$locale/$name$suffix.png").apply { parentFile.mkdirs(); writeBytes(bytes) }
        Rendered(file, ScreenSemantics.read(this, PX_PER_DP).also { it.image = javax.imageio.ImageIO.read(file) })
    }
}

/**
 * The Noto font for a pack's script, from Debian's fonts-noto-core: Skia's fallback on the desktop
 * takes a dotted circle (U+25CC) from the first font that has one and the vowel sign or mark from
 * another, drawing ◌ा and ◌َ apart; one font with both draws them as one letter, as a phone does.
 */
fun scriptFont(language: String): FontFamily? {
    val name = when (language.substringBefore('-')) {
        "hi" -> "NotoSansDevanagari"
        "ar" -> "NotoSansArabic"
        else -> return null
    }
    val dir = File("/usr/share/fonts/truetype/noto")
    val regular = File(dir, "$name-Regular.ttf").takeIf { it.isFile } ?: return null
    val bold = File(dir, "$name-Bold.ttf").takeIf { it.isFile } ?: regular
    return FontFamily(Font(regular, FontWeight.Normal), Font(bold, FontWeight.Bold), Font(bold, FontWeight.SemiBold))
}
