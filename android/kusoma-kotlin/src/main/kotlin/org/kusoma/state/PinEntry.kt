package org.kusoma.state

/**
 * A PIN being typed on the number pad: the digits so far (shown as dots, never as digits: the
 * phone is shared), and what the core said about the last try.
 */
data class PinEntry(
    val digits: String = "",
    /** The last PIN was wrong: the pad shows ✗ and "try again". */
    val wrongTry: Boolean = false,
    /** Too many wrong tries: locked until this time (ms since the epoch). */
    val lockedUntilMs: Long? = null,
) {
    /** Whether enough digits are typed to try. */
    val complete: Boolean get() = digits.length >= PIN_MIN

    /** With [digit] (0–9) added, unless the PIN is at its longest. */
    fun type(digit: Int): PinEntry {
        require(digit in 0..9) { "not a digit: $digit" }
        return if (digits.length >= PIN_MAX) this else copy(digits = digits + digit, wrongTry = false)
    }

    /** Without its last digit. */
    fun delete(): PinEntry = copy(digits = digits.dropLast(1))
}
