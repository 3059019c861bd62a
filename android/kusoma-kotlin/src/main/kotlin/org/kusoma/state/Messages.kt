package org.kusoma.state

import org.kusoma.KusomaEngine
import org.kusoma.MessageArg
import org.kusoma.TextDirection

/**
 * The interface's words, all from the core's Fluent messages in the interface language in use.
 *
 * The core picks the role's words (its ids and fallbacks are the core's). Every role asked for
 * that has none is remembered in [missing], so a test can list what a translator (or the core)
 * still has to add.
 */
class Messages(private val engine: KusomaEngine) : TextSource {
    // Not ConcurrentHashMap.newKeySet(): that needs Android 7 (API 24), and the app runs from API 23.
    private val absent: MutableSet<String> = java.util.Collections.newSetFromMap(java.util.concurrent.ConcurrentHashMap())

    /** The text for [role] with [args], or null when the core has none of its ids. */
    override fun get(role: UiText, vararg args: Pair<String, Any>): String? {
        val fluentArgs = args.map { (name, value) ->
            when (value) {
                is Number -> MessageArg.Number(name, value.toLong())
                else -> MessageArg.Text(name, value.toString())
            }
        }
        val text = engine.uiText(role, fluentArgs)
        if (text == null) absent += role.name
        return text
    }

    /** Roles asked for that the core has no words for, sorted. */
    val missing: List<String> get() = absent.sorted()

    /** Whether the interface language is written right to left (screens mirror their layout). */
    val rightToLeft: Boolean get() = engine.uiDirection() == TextDirection.RTL

    /** The interface locale in use, e.g. "sw". */
    val locale: String get() = engine.uiLocales().firstOrNull() ?: "en"
}
