package org.kusoma.app

import android.content.ActivityNotFoundException
import android.content.ComponentName
import android.content.pm.PackageManager
import android.net.Uri
import android.provider.OpenableColumns
import androidx.activity.ComponentActivity
import androidx.activity.OnBackPressedCallback
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import java.io.File
import java.io.IOException
import java.io.InputStream
import java.io.OutputStream
import org.kusoma.ui.Shell

/**
 * What only the phone can do for the screens (LocalShell): switch the launcher entry for
 * discreet mode, let a facilitator pick a pack file, and get out of sight after a quick exit.
 *
 * Made in the Activity's onCreate: the file picker's result callback must be registered before
 * the Activity starts.
 */
internal class AndroidShell(
    private val activity: ComponentActivity,
    private val app: KusomaApplication,
) : Shell {
    private val packages: PackageManager = activity.packageManager
    private val launcher = ComponentName(activity, LAUNCHER_ALIAS)
    private val neutral = ComponentName(activity, DISCREET_ALIAS)

    // The enabled alias is the only record of discreet mode: nothing else to store, and it holds
    // across restarts and app updates.
    private var discreetNow by mutableStateOf(
        packages.getComponentEnabledSetting(neutral) == PackageManager.COMPONENT_ENABLED_STATE_ENABLED,
    )

    private var onPicked: ((String?) -> Unit)? = null
    private val picker = activity.registerForActivityResult(ActivityResultContracts.OpenDocument()) { uri ->
        val answer = onPicked ?: return@registerForActivityResult
        onPicked = null
        if (uri == null) {
            answer(null)
        } else {
            app.inBackground({ copyToCache(uri) }) { copied -> answer(copied.getOrNull()) }
        }
    }

    override val discreet: Boolean get() = discreetNow

    /**
     * Shows Kusoma's own launcher entry, or the neutral one. The new entry is enabled before the
     * old one is disabled, so the phone never has no way into the app. DONT_KILL_APP keeps the
     * learner where she is; the launcher takes a few seconds to redraw, and some launchers drop
     * a home-screen shortcut of the disabled entry (the app stays in the app list).
     */
    override fun setDiscreet(on: Boolean) {
        if (on == discreetNow) return
        val (show, hide) = if (on) neutral to launcher else launcher to neutral
        packages.setComponentEnabledSetting(show, PackageManager.COMPONENT_ENABLED_STATE_ENABLED, PackageManager.DONT_KILL_APP)
        packages.setComponentEnabledSetting(hide, PackageManager.COMPONENT_ENABLED_STATE_DISABLED, PackageManager.DONT_KILL_APP)
        discreetNow = on
    }

    /**
     * Opens the system file picker (any type: a .kpack file has no registered MIME type) and
     * hands back the path of a private copy in the cache, or null when nothing was picked or it
     * could not be read. Only one pick at a time; a second call replaces the first's callback.
     */
    override fun pickPackFile(onPicked: (path: String?) -> Unit) {
        this.onPicked = onPicked
        try {
            picker.launch(arrayOf("*/*"))
        } catch (e: ActivityNotFoundException) {
            // A stripped-down phone with no document picker.
            this.onPicked = null
            onPicked(null)
        }
    }

    /** After the quick exit locked the profile: back to the home screen, the app left running. */
    override fun leave() {
        activity.moveTaskToBack(true)
    }

    // The screens' back action. Disabled (null) on the profile chooser, where the system's own
    // back leaves the app; the callback then lets the dispatcher fall through to it.
    private var onBack: (() -> Unit)? = null
    private val backCallback = object : OnBackPressedCallback(false) {
        override fun handleOnBackPressed() {
            onBack?.invoke()
        }
    }.also { activity.onBackPressedDispatcher.addCallback(activity, it) }

    /** What back does on the screen shown now (the screens set it for each route). */
    override fun setBackHandler(handler: (() -> Unit)?) {
        onBack = handler
        backCallback.isEnabled = handler != null
    }

    /**
     * Copies the picked document into cacheDir/picked (the core installs from a file path, and a
     * content:// document may vanish or be slow to read). At most [PACK_LIMIT] + 1 bytes are
     * copied: a larger file is cut there, so it neither fills a nearly full phone nor gets past
     * the core, which refuses any pack over its limit and says so in the facilitator's language
     * (the size it names is then the limit plus one byte, not the file's real size). The shell
     * has no words of its own for that refusal. Runs on the worker thread.
     */
    private fun copyToCache(uri: Uri): String? {
        val dir = File(activity.cacheDir, "picked")
        dir.deleteRecursively() // the previous pick, installed or not
        dir.mkdirs()
        return try {
            val copy = File(dir, displayName(uri))
            val input = activity.contentResolver.openInputStream(uri) ?: return null
            input.use { source -> copy.outputStream().use { copyAtMost(source, it, PACK_LIMIT + 1) } }
            copy.path
        } catch (e: IOException) { // unreadable, or no space left
            dir.deleteRecursively()
            null
        } catch (e: SecurityException) { // the provider withdrew access
            dir.deleteRecursively()
            null
        }
    }

    /** The picked file's own name, so the core's messages about it name the file she chose. */
    private fun displayName(uri: Uri): String {
        val name = activity.contentResolver.query(uri, arrayOf(OpenableColumns.DISPLAY_NAME), null, null, null)
            ?.use { if (it.moveToFirst()) it.getString(0) else null }
        return name?.substringAfterLast('/')?.takeIf { it.isNotBlank() && it != "." && it != ".." } ?: "pack.kpack"
    }

    private companion object {
        // The activity-alias names in AndroidManifest.xml.
        const val LAUNCHER_ALIAS = "org.kusoma.app.Launcher"
        const val DISCREET_ALIAS = "org.kusoma.app.Discreet"

        /** The core's own cap on a pack file (MAX_PACK_FILE_BYTES in core/src/pack/container.rs). */
        const val PACK_LIMIT = 64L * 1024 * 1024

        fun copyAtMost(source: InputStream, target: OutputStream, limit: Long) {
            val buffer = ByteArray(64 * 1024)
            var left = limit
            while (left > 0) {
                val read = source.read(buffer, 0, minOf(buffer.size.toLong(), left).toInt())
                if (read < 0) break
                target.write(buffer, 0, read)
                left -= read
            }
        }
    }
}
