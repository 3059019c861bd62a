package org.kusoma.state

/**
 * Where screens get their words: [Messages] over the core in the app and the tests; a screen
 * never holds a string of its own.
 */
fun interface TextSource {
    /** The text for [role] with Fluent [args], or null when there is none (show the icon alone). */
    fun get(role: UiText, vararg args: Pair<String, Any>): String?
}
