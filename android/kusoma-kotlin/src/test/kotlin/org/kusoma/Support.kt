package org.kusoma

import java.io.File
import java.nio.file.Files

/** The bundled packs, passed in by Maven (see pom.xml). */
val lessons: String = System.getProperty("kusoma.lessons") ?: error("kusoma.lessons is not set")

/** A fresh, empty data directory. */
fun freshDataDir(): String = Files.createTempDirectory("kusoma-test").toFile().absolutePath

/** Opens an engine on [dataDir] with the bundled packs and an English interface. */
fun openEngine(dataDir: String = freshDataDir(), locales: List<String> = listOf("en")): KusomaEngine =
    KusomaEngine.open(dataDir, listOf(lessons), locales)

/** Fluent wraps placeables in bidi isolation marks; tests compare the plain text. */
fun plain(text: String): String = text.replace("\u2068", "").replace("\u2069", "")

/** The right answer when the item key tells it (Swahili grapheme ids are their text), else null. */
fun answerFromItem(exercise: ExerciseView): LearnerAnswer? {
    val ident = exercise.item.substringAfter(':')
    return when (exercise.kind) {
        ExerciseType.BUILD_WORD -> LearnerAnswer.Text(ident)
        ExerciseType.SOUND_TO_GRAPHEME, ExerciseType.WORD_TO_WRITTEN ->
            LearnerAnswer.Choice(exercise.choices.indexOfFirst { it.text == ident }.toUInt())
        else -> null
    }
}

fun deleteRecursively(path: String) {
    File(path).deleteRecursively()
}
