package org.kusoma.state

import java.util.concurrent.CopyOnWriteArrayList

/**
 * A screen's state: an immutable snapshot in [state] that changes only through the holder's own
 * methods, with listeners told of every change.
 *
 * Plain Kotlin on purpose (no coroutines, no Android, no Compose), so the same holders serve the
 * Android app, the desktop render tests and any future shell; a UI adapts [subscribe] to its own
 * observable type (Compose: a `State` updated from a `DisposableEffect`).
 *
 * Holders are not thread-safe: call them from one thread (the engine's calls are synchronous, so
 * an app calls them from one worker thread and posts [state] to its UI thread).
 */
abstract class StateHolder<S>(initial: S) {
    private val listeners = CopyOnWriteArrayList<(S) -> Unit>()

    /** The current snapshot. */
    var state: S = initial
        protected set(value) {
            field = value
            listeners.forEach { it(value) }
        }

    /** Calls [listener] with the current state now and with every later one, until closed. */
    fun subscribe(listener: (S) -> Unit): AutoCloseable {
        listeners += listener
        listener(state)
        return AutoCloseable { listeners -= listener }
    }
}
