package org.kusoma.app

import android.app.Application
import android.os.Handler
import android.os.Looper
import java.io.File
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import org.kusoma.KusomaEngine

/**
 * The process's one Kusoma engine, opened once and shared by every Activity instance (a
 * recreated Activity finds it open).
 *
 * Threads, simply: the engine's calls are synchronous. The slow ones — opening the data
 * directory, installing a pack (unpack, check every file) and copying a picked file — run here
 * on one worker thread. Everything else runs on the main thread, because the screens' state
 * holders (org.kusoma.state) are single-threaded by design and the calls they make are fast
 * (the core's budgets: the next exercise in under 50 µs, an answer stored durably in under 2 ms).
 */
class KusomaApplication : Application() {
    private val worker: ExecutorService = Executors.newSingleThreadExecutor { r -> Thread(r, "kusoma-worker") }
    private val main = Handler(Looper.getMainLooper())

    // Main thread only.
    private var opened: OpenedEngine? = null
    private val waiting = mutableListOf<(OpenedEngine) -> Unit>()

    /** Starts opening the engine as soon as the process starts, before any screen asks for it. */
    override fun onCreate() {
        super.onCreate()
        inBackground(::openEngine) { result ->
            // Without its data the app can do nothing, and it has no words of its own to say so:
            // fail loudly, with the cause in the crash report.
            val engine = result.getOrElse { throw IllegalStateException("Kusoma could not open its data", it) }
            opened = engine
            waiting.forEach { it(engine) }
            waiting.clear()
        }
    }

    /** Calls [use] on the main thread with the open engine: at once if it is open, else when it is. */
    fun withEngine(use: (OpenedEngine) -> Unit) {
        val engine = opened
        if (engine != null) use(engine) else waiting.add(use)
    }

    /** Runs [work] on the worker thread, then [then] on the main thread with its outcome. */
    fun <T> inBackground(work: () -> T, then: (Result<T>) -> Unit) {
        worker.execute {
            val result = runCatching(work)
            main.post { then(result) }
        }
    }

    /**
     * Opens the data directory, installs the packs shipped in the APK when this install is new,
     * and picks the course. The data lives in the no-backup folder: with allowBackup="false" and
     * the data extraction rules, a second guard that learners' records never leave the phone
     * through a backup.
     */
    private fun openEngine(): OpenedEngine {
        val dataDir = File(noBackupFilesDir, "kusoma")
        val locales = phoneLocales()
        val engine = KusomaEngine.open(dataDir.path, emptyList(), locales)
        if (BundledPacks(this, dataDir).install(engine)) {
            // A pack can bring its language's interface messages: negotiate again with them
            // (the language chosen in settings stays first).
            engine.setPlatformLocales(locales)
        }
        return OpenedEngine(engine, chooseCourse(engine.packs(), locales))
    }
}

/** The engine and the course (pack id) the learners on this phone study. */
class OpenedEngine(val engine: KusomaEngine, val course: String)
