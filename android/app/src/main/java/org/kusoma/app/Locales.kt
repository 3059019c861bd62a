package org.kusoma.app

import android.os.Build
import android.os.LocaleList
import java.util.Locale
import org.kusoma.PackInfo

/**
 * The phone's preferred languages as BCP 47 tags, most preferred first; the core negotiates its
 * interface language from them (falling back per message, sw-KE → sw → en).
 */
internal fun phoneLocales(): List<String> =
    if (Build.VERSION.SDK_INT >= 24) {
        val list = LocaleList.getDefault()
        (0 until list.size()).map { list.get(it).toLanguageTag() }
    } else {
        listOf(Locale.getDefault().toLanguageTag())
    }

/**
 * The course for this phone (one per phone for now): the first installed pack in one of the
 * phone's languages, else the first pack by id, else "" when no pack is installed. A facilitator's
 * course choice would replace this guess.
 */
internal fun chooseCourse(packs: List<PackInfo>, locales: List<String>): String {
    fun language(tag: String) = tag.substringBefore('-').lowercase(Locale.ROOT)
    return locales.firstNotNullOfOrNull { tag -> packs.firstOrNull { language(it.language) == language(tag) }?.id }
        ?: packs.minByOrNull { it.id }?.id
        ?: ""
}
