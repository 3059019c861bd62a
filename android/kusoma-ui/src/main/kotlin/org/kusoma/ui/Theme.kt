package org.kusoma.ui

import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Typography
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.LocalLayoutDirection
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.text.intl.LocaleList
import androidx.compose.ui.unit.LayoutDirection
import androidx.compose.ui.unit.dp
import androidx.compose.ui.unit.sp
import org.kusoma.state.TextSource

/** The smallest touch target anywhere: Android's and WCAG's 48 dp. */
val MinTouch = 48.dp

/** The screens' words (from the core's Fluent messages, through the state module). */
val LocalTexts = staticCompositionLocalOf<TextSource> { TextSource { _, _ -> null } }

/** The interface language's tag, for speaking the core's interface messages. */
val LocalUiLanguage = staticCompositionLocalOf { "en" }

/** Right and wrong are told by shape (✓ / ✗) first; these colours only add to it. */
object Signal {
    val right = Color(0xFF1B7F3B)
    val wrong = Color(0xFFB3261E)
    val lit = Color(0xFFF2A900)
    val unlit = Color(0xFFD6D3CC)
}

private val colors = lightColorScheme(
    primary = Color(0xFF2D5BA8),
    onPrimary = Color.White,
    secondary = Color(0xFF6B4E16),
    background = Color(0xFFFFFBF3),
    surface = Color(0xFFFFFBF3),
    surfaceVariant = Color(0xFFF1ECE1),
)

// Larger than Material's defaults: readers who are just beginning need big letters.
private val type = Typography(
    headlineMedium = TextStyle(fontSize = 26.sp, lineHeight = 34.sp, fontWeight = FontWeight.SemiBold),
    titleLarge = TextStyle(fontSize = 22.sp, lineHeight = 30.sp, fontWeight = FontWeight.SemiBold),
    bodyLarge = TextStyle(fontSize = 18.sp, lineHeight = 26.sp),
    labelLarge = TextStyle(fontSize = 18.sp, lineHeight = 24.sp, fontWeight = FontWeight.Medium),
)

/**
 * Kusoma's theme and the interface direction: every screen is wrapped in it, with [rightToLeft]
 * from the core's interface language ([org.kusoma.state.Messages.rightToLeft]), so Compose mirrors
 * rows, paddings and arrows for Arabic.
 */
@Composable
fun KusomaTheme(texts: TextSource, rightToLeft: Boolean, language: String, content: @Composable () -> Unit) {
    CompositionLocalProvider(
        LocalTexts provides texts,
        LocalUiLanguage provides language,
        LocalLayoutDirection provides if (rightToLeft) LayoutDirection.Rtl else LayoutDirection.Ltr,
    ) {
        MaterialTheme(colorScheme = colors, typography = type.inLanguage(language), content = content)
    }
}

/** The type scale tagged with the interface language, which steers font fallback and shaping. */
private fun Typography.inLanguage(tag: String): Typography {
    val locale = LocaleList(tag)
    return copy(
        headlineMedium = headlineMedium.copy(localeList = locale),
        titleLarge = titleLarge.copy(localeList = locale),
        bodyLarge = bodyLarge.copy(localeList = locale),
        labelLarge = labelLarge.copy(localeList = locale),
    )
}
