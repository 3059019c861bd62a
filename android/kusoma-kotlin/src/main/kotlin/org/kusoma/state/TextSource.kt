package org.kusoma.state

/** The roles of interface text, from the core (`kusoma_core::screens::text`). */
typealias UiText = org.kusoma.UiText

/**
 * Where screens get their words: [Messages] over the core in the app and the tests; a screen
 * never holds a string of its own.
 */
fun interface TextSource {
    /** The text for [role] with Fluent [args], or null when there is none (show the icon alone). */
    fun get(role: UiText, vararg args: Pair<String, Any>): String?
}
