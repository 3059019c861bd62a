package org.kusoma

import org.junit.jupiter.api.Tag
import org.junit.jupiter.api.Test

/**
 * Per-call cost of the bindings from Kotlin through JNA: a call that does nothing
 * (engineVersion), next exercise and submit. A benchmark, not a test: it asserts nothing and is
 * excluded from `mvn test`; bindings/bench-calls.sh runs it with `-Dgroups=bench`.
 */
@Tag("bench")
class CallOverheadBench {
    private fun summary(samples: List<Double>): Pair<Double, Double> {
        val sorted = samples.sorted()
        fun at(q: Double) = sorted[Math.round((sorted.size - 1) * q).toInt()]
        return at(0.5) to at(0.99)
    }

    private inline fun micros(block: () -> Unit): Double {
        val start = System.nanoTime()
        block()
        return (System.nanoTime() - start) / 1000.0
    }

    @Test
    fun callOverhead() {
        val runs = (System.getProperty("kusoma.bench.runs") ?: "500").toInt()
        // JIT warm-up, so the figures are the steady state a long-running app sees.
        repeat(20_000) { engineVersion() }
        val empty = List(runs) { micros { engineVersion() } }
        val nexts = mutableListOf<Double>()
        val submits = mutableListOf<Double>()
        openEngine().use { engine ->
            val learner = engine.createLearner("Bench", "")
            val session = engine.startSession(learner.id, "sw", minOf(runs, 500).toUInt(), 3u, 1uL)
            while (true) {
                var exercise: ExerciseView? = null
                val t = micros { exercise = engine.nextExercise(session) }
                val ex = exercise ?: break
                nexts += t
                val answer = if (ex.mode == AnswerStyle.TAP_ONE) LearnerAnswer.Choice(0u)
                else LearnerAnswer.Tiles((0u until ex.answerLength).toList())
                submits += micros { engine.submit(session, answer, 1000L) }
            }
        }
        for ((name, samples) in listOf("engineVersion (empty call)" to empty, "next exercise" to nexts, "submit" to submits)) {
            val (median, p99) = summary(samples)
            println("| Kotlin (JNA) | $name | ${"%.1f".format(median)} µs | ${"%.1f".format(p99)} µs |")
        }
    }
}
