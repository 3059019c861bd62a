package org.kusoma.app

import org.kusoma.KusomaEngine
import org.kusoma.KusomaException

/**
 * Finds the files a pack names (recordings, pictures) through the engine, which checks every
 * name against the pack it loaded: the app never builds a path into a pack itself.
 */
internal class PackAssets(private val engine: KusomaEngine, private val course: String) {
    /**
     * The path of [asset] in the pack for [language] (the pack whose language it is, else the
     * course), or null when that pack has no such file.
     */
    fun path(asset: String, language: String? = null): String? {
        val pack = language?.let { tag -> engine.packs().firstOrNull { it.language == tag }?.id } ?: course
        return try {
            engine.assetPath(pack, asset)
        } catch (e: KusomaException) {
            null
        }
    }
}
