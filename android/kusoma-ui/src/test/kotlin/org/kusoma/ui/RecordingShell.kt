package org.kusoma.ui

/** A shell that records what the screens ask of the platform, for the tests. */
class RecordingShell : Shell {
    private var discreetOn = false
    override val discreet: Boolean get() = discreetOn
    var back: (() -> Unit)? = null
    var left = 0
    /** What the file picker hands back: a path, or null as if cancelled. */
    var picked: String? = null
    override fun setDiscreet(on: Boolean) { discreetOn = on }
    override fun pickPackFile(onPicked: (path: String?) -> Unit) = onPicked(picked)
    override fun leave() { left++ }
    override fun setBackHandler(handler: (() -> Unit)?) { back = handler }
}
