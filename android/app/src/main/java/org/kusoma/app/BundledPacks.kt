package org.kusoma.app

import android.content.Context
import android.util.Log
import java.io.File
import java.io.IOException
import org.kusoma.KusomaEngine
import org.kusoma.KusomaException

/**
 * Installs the language packs shipped inside the APK (assets/packs/<id>.kpack, built by
 * bindings/build-android.sh with `kusoma pack build`) into the engine's data directory, through
 * the same checked `installPack` path as a pack shared from another phone.
 *
 * Done on the first run and again after each app install or update (the APK may carry newer
 * packs), recorded by the APK's install time in a stamp file beside the database. Installing
 * replaces a pack with the same id, so an app update also replaces a newer copy of a bundled
 * pack that came from another phone (the core installs without comparing versions).
 */
internal class BundledPacks(private val context: Context, dataDir: File) {
    private val stamp = File(dataDir, "bundled-packs.stamp")

    /**
     * Installs the bundled packs if this APK's have not all been installed yet; true if it
     * installed any. A pack that fails (refused, or no space to copy it) is logged, the others
     * still install, and the next start tries again.
     */
    fun install(engine: KusomaEngine): Boolean {
        val apk = apkInstallTime().toString()
        if (stamp.isFile && stamp.readText() == apk) return false
        val names = context.assets.list(FOLDER).orEmpty().filter { it.endsWith(".kpack") }
        val scratch = File(context.cacheDir, "bundled-packs").apply { mkdirs() }
        var installed = 0
        for (name in names) {
            // installPack reads a file path: the asset is copied out of the APK first.
            val copy = File(scratch, name)
            try {
                context.assets.open("$FOLDER/$name").use { input -> copy.outputStream().use { input.copyTo(it) } }
                engine.installPack(copy.path)
                installed++
            } catch (e: KusomaException) {
                // The build checked every pack, so this is a bug to see in the log, not a learner's problem.
                Log.e(TAG, "bundled pack $name was refused", e)
            } catch (e: IOException) {
                Log.e(TAG, "bundled pack $name could not be copied out of the APK", e)
            } finally {
                copy.delete()
            }
        }
        if (installed == names.size) stamp.writeText(apk)
        return installed > 0
    }

    @Suppress("DEPRECATION") // getPackageInfo(String, Int): its replacement needs API 33.
    private fun apkInstallTime(): Long = context.packageManager.getPackageInfo(context.packageName, 0).lastUpdateTime

    private companion object {
        const val FOLDER = "packs"
        const val TAG = "Kusoma"
    }
}
