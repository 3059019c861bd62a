"""Per-call cost of the bindings from Python: a call that does nothing (engine_version), next
exercise and submit, each median and p99 over many calls. Run by bindings/bench-calls.sh beside
the same calls in Rust (kusoma-dev bench) and from Kotlin, on the same release library.

    python3 tests/python/bench_calls.py [RUNS]
"""

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "target" / "bindings" / "python"))
import kusoma_ffi as k  # noqa: E402


def summary(samples):
    samples = sorted(samples)
    at = lambda q: samples[round((len(samples) - 1) * q)]  # noqa: E731
    return at(0.5), at(0.99)


def main(runs):
    with tempfile.TemporaryDirectory() as data:
        engine = k.KusomaEngine.open(data, [str(ROOT / "lessons")], ["en"])
        learner = engine.create_learner("Bench", "")
        empty = []
        for _ in range(runs):
            start = time.perf_counter_ns()
            k.engine_version()
            empty.append((time.perf_counter_ns() - start) / 1000)
        session = engine.start_session(learner.id, "sw", min(runs, 500), 3, 1)
        nexts, submits = [], []
        while True:
            start = time.perf_counter_ns()
            exercise = engine.next_exercise(session)
            if exercise is None:
                break
            nexts.append((time.perf_counter_ns() - start) / 1000)
            if exercise.mode == k.AnswerStyle.TAP_ONE:
                answer = k.LearnerAnswer.CHOICE(0)
            else:
                answer = k.LearnerAnswer.TILES(list(range(exercise.answer_length)))
            start = time.perf_counter_ns()
            engine.submit(session, answer, 1000)
            submits.append((time.perf_counter_ns() - start) / 1000)
    for name, samples in (("engine_version (empty call)", empty), ("next exercise", nexts), ("submit", submits)):
        median, p99 = summary(samples)
        print(f"| Python | {name} | {median:.1f} µs | {p99:.1f} µs |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
