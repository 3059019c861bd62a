package org.kusoma.app

import android.os.SystemClock

/**
 * Decides when the app has been out of sight long enough that the learner has probably put the
 * shared phone down: then her profile locks, and whoever picks the phone up next starts at the
 * profile chooser instead of inside her lessons.
 *
 * Measured on the monotonic clock (elapsedRealtime, which counts deep sleep and cannot be set
 * back by changing the phone's time).
 */
internal class BackgroundLock(
    private val afterMs: Long,
    private val now: () -> Long = SystemClock::elapsedRealtime,
) {
    private var stoppedAt: Long? = null

    /** The app went out of sight (Activity.onStop: home, another app, the screen turned off). */
    fun stopped() {
        stoppedAt = now()
    }

    /** The app is in sight again (onStart); true when it was away [afterMs] or longer. */
    fun started(): Boolean {
        val at = stoppedAt ?: return false
        stoppedAt = null
        return now() - at >= afterMs
    }
}
