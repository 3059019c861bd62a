package org.kusoma.state

import org.kusoma.KusomaEngine
import org.kusoma.TextDirection

/** A language the interface can be shown in, named in itself. */
data class LanguageOption(val tag: String, val name: String)

/** What the settings screen shows. */
data class SettingsUiState(
    val languages: List<LanguageOption>,
    /** The interface locale in use. */
    val current: String,
    val rightToLeft: Boolean,
)

/**
 * Settings: the interface language. The core does not list its interface locales yet, so the
 * choices are the installed courses' languages (each named in itself by its pack).
 */
class SettingsState(private val engine: KusomaEngine) : StateHolder<SettingsUiState>(load(engine)) {
    /** Shows the interface in [tag]; every screen reads the new words from the core. */
    fun chooseLanguage(tag: String) {
        engine.setLocales(listOf(tag))
        state = load(engine)
    }

    private companion object {
        fun load(engine: KusomaEngine) = SettingsUiState(
            languages = engine.packs().map { LanguageOption(it.language, it.name) }.distinctBy { it.tag },
            current = engine.uiLocales().firstOrNull() ?: "en",
            rightToLeft = engine.uiDirection() == TextDirection.RTL,
        )
    }
}
