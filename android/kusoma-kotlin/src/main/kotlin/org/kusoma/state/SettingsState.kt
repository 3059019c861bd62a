package org.kusoma.state

import org.kusoma.KusomaEngine
import org.kusoma.KusomaException
import org.kusoma.TextDirection

/** A language the interface can be shown in, named in itself. */
data class LanguageOption(val tag: String, val name: String)

/** What the settings screen shows. */
data class SettingsUiState(
    val languages: List<LanguageOption>,
    /** The interface locale in use. */
    val current: String,
    val rightToLeft: Boolean,
    /** The name of the pack just installed from a file, to confirm it. */
    val installed: String? = null,
    /** Why the pack file just chosen was refused (the core's reason). */
    val refused: String? = null,
)

/**
 * Settings: the interface language, and a language pack installed from a file (the shell picks
 * the file; the core checks it whole before anything is stored). The core does not list its interface locales yet, so the
 * choices are the installed courses' languages (each named in itself by its pack).
 */
class SettingsState(private val engine: KusomaEngine) : StateHolder<SettingsUiState>(load(engine)) {
    /**
     * Shows the interface in [tag]; every screen reads the new words from the core, which keeps
     * the choice for the next time the app opens on this phone.
     */
    fun chooseLanguage(tag: String) {
        engine.chooseInterfaceLanguage(tag)
        state = load(engine)
    }

    /**
     * Installs the pack at [path] (a readable local copy the shell made of the chosen file): on
     * success its language joins the list; a refused file changes nothing and says why.
     */
    fun installPack(path: String) {
        state = try {
            val pack = engine.installPack(path)
            load(engine).copy(installed = pack.name)
        } catch (e: KusomaException) {
            load(engine).copy(refused = reason(e))
        }
    }

    private companion object {
        fun reason(e: KusomaException): String = when (e) {
            is KusomaException.PackRejected -> e.reason
            is KusomaException.InvalidInput -> e.reason
            is KusomaException.NotFound -> e.reason
            is KusomaException.Storage -> e.reason
            is KusomaException.Denied -> e.reason
            is KusomaException.Locked -> e.reason
            is KusomaException.InUse -> e.reason
            is KusomaException.Corrupt -> e.reason
        }

        fun load(engine: KusomaEngine) = SettingsUiState(
            languages = engine.packs().map { LanguageOption(it.language, it.name) }.distinctBy { it.tag },
            current = engine.uiLocales().firstOrNull() ?: "en",
            rightToLeft = engine.uiDirection() == TextDirection.RTL,
        )
    }
}
