package org.kusoma.app

import android.os.Bundle
import android.view.WindowManager
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.enableEdgeToEdge
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.safeDrawingPadding
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import org.kusoma.KusomaEngine
import org.kusoma.ui.KusomaApp
import org.kusoma.ui.LocalPictureLoader
import org.kusoma.ui.LocalScriptFont
import org.kusoma.ui.LocalShell
import org.kusoma.ui.LocalSpeaker

/**
 * The one screen of the app: shows the shared Compose screens (KusomaApp) with the phone's
 * speaker, pictures, fonts and shell, once the engine is open.
 *
 * Privacy on a shared phone:
 * - FLAG_SECURE: no screenshots, and the recent-apps thumbnail is blank, so the next person to
 *   pick up the phone does not see the last learner's name or exercise there.
 * - The profile locks (the core signs everyone out and the screens start again at the profile
 *   chooser) when the app was out of sight for [LOCK_AFTER_MS] or longer; the quick exit in the
 *   screens locks at once and calls [AndroidShell.leave].
 * - The app posts no notifications at all, so there is nothing on the lock screen to hide.
 */
class MainActivity : ComponentActivity() {
    private lateinit var shell: AndroidShell
    private var speaker: AndroidSpeaker? = null
    private var engine: KusomaEngine? = null
    private val lock = BackgroundLock(LOCK_AFTER_MS)

    // Compose state: a new value throws away the whole screen tree (routes, state holders) and
    // starts again at the profile chooser.
    private var generation by mutableIntStateOf(0)

    /** Secures the window, then shows the screens as soon as the engine is open. */
    override fun onCreate(savedInstanceState: Bundle?) {
        window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
        // Draw behind the system bars with icons readable on the light background (the default
        // for apps targeting Android 15); the screens are padded clear of the bars below.
        enableEdgeToEdge()
        super.onCreate(savedInstanceState)
        val app = application as KusomaApplication
        shell = AndroidShell(this, app)
        // Until the engine is open the window shows its plain background (themes.xml): opening
        // an existing data directory takes milliseconds; the first run also installs the packs.
        app.withEngine(::show)
    }

    private fun show(opened: OpenedEngine) {
        if (isDestroyed) return
        val engine = opened.engine
        this.engine = engine
        // A new screen tree starts at the profile chooser: the core must not keep anyone signed
        // in from an earlier Activity (after the back button closed it, for example).
        engine.signOut()
        val assets = PackAssets(engine, opened.course)
        val speaker = AndroidSpeaker(this, assets).also { this.speaker = it }
        val pictures = PictureLoader(assets)
        setContent {
            CompositionLocalProvider(
                LocalSpeaker provides speaker,
                LocalShell provides shell,
                LocalPictureLoader provides pictures::load,
                LocalScriptFont provides ScriptFonts::forLanguage,
            ) {
                Box(Modifier.fillMaxSize().safeDrawingPadding()) {
                    key(generation) {
                        KusomaApp(engine, opened.course)
                    }
                }
            }
        }
    }

    /** Back in sight: locks the profile if the app was away long enough, and looks for new voices. */
    override fun onStart() {
        super.onStart()
        if (lock.started()) {
            engine?.signOut()
            generation++
        }
        speaker?.recheckVoices()
    }

    /** Out of sight: the lock's clock starts. */
    override fun onStop() {
        lock.stopped()
        super.onStop()
    }

    /** No sound from a paused app. */
    override fun onPause() {
        speaker?.stop()
        super.onPause()
    }

    /** Releases the player and the speech engine; the engine itself lives on in the Application. */
    override fun onDestroy() {
        speaker?.shutdown()
        speaker = null
        super.onDestroy()
    }

    private companion object {
        /** Two minutes: long enough to answer a knock at the door, short for a phone passed on. */
        const val LOCK_AFTER_MS = 2 * 60 * 1000L
    }
}
