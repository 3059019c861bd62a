package org.kusoma.state

/** What a PIN pad draws (the digits stay in the core): dots, whether to offer ✓, the last refusal. */
data class PinEntry(
    val count: Int = 0,
    val canSubmit: Boolean = false,
    val wrongTry: Boolean = false,
    val lockedUntilMs: Long? = null,
)
