package org.kusoma.state

import org.kusoma.KusomaEngine
import org.kusoma.SettingsView

/**
 * Settings as the core words them ([SettingsView]): the interface languages, and a pack
 * installed from a file (the shell picks the file; the core checks it whole and says why it
 * refused one). The language chosen is kept by the core for the next time the app opens.
 */
class SettingsState(private val engine: KusomaEngine) : StateHolder<SettingsView>(engine.settingsView()) {
    fun chooseLanguage(tag: String) {
        engine.chooseInterfaceLanguage(tag)
        state = engine.settingsView()
    }

    fun installPack(path: String) { state = engine.installPackFromSettings(path) }
}
