"""A whole learner session through the generated Python bindings and the real library."""

import threading

import kusoma_ffi as k
import pytest
from conftest import LESSONS


def answer_from_item(exercise):
    """The right answer when the item key alone tells it (Swahili grapheme ids are their text),
    else None."""
    kind, _, ident = exercise.item.partition(":")
    if exercise.kind == k.ExerciseType.BUILD_WORD:
        return k.LearnerAnswer.TEXT(ident)
    if exercise.kind in (k.ExerciseType.SOUND_TO_GRAPHEME, k.ExerciseType.WORD_TO_WRITTEN):
        texts = [c.text for c in exercise.choices]
        return k.LearnerAnswer.CHOICE(texts.index(ident))
    return None


def test_a_whole_session_right_and_wrong(tmp_path):
    engine = k.KusomaEngine.open(str(tmp_path / "data"), [LESSONS], ["en"])
    assert {p.id for p in engine.packs()} >= {"en", "sw"}
    amina = engine.create_learner("Amina", "🌻")
    session = engine.start_session(amina.id, "sw", 8, 3, 11)
    right = wrong = 0
    while (exercise := engine.next_exercise(session)) is not None:
        assert exercise.instruction and not exercise.instruction.startswith("exercise-")
        assert exercise.language == "sw" and exercise.direction == k.TextDirection.LTR
        known = answer_from_item(exercise)
        if known is not None and right <= wrong:
            feedback = engine.submit(session, known, 1200)
            assert feedback.correct, (exercise.item, feedback)
            right += 1
        elif exercise.mode == k.AnswerStyle.TAP_ONE:
            feedback = engine.submit(session, k.LearnerAnswer.CHOICE(0), 900)
            assert feedback.correct == (feedback.correct_choice == 0)
            right += feedback.correct
            wrong += not feedback.correct
            if not feedback.correct:
                assert feedback.expected in feedback.message.replace("\u2068", "").replace("\u2069", "")
        else:
            feedback = engine.submit(session, k.LearnerAnswer.TEXT("xyz"), 900)
            assert not feedback.correct and feedback.first_difference == 0
            wrong += 1
    assert right and wrong, "the session had right and wrong answers"
    report = engine.end_session(session)
    assert (report.answered, report.correct) == (8, right)
    progress = engine.progress(amina.id, "sw")
    assert (progress.attempts, progress.correct, progress.sessions) == (8, right, 1)
    assert progress.units[0].current or progress.units[0].mastered

    # Progress survives a new engine on the same data directory. One engine holds a data
    # directory at a time: while the first is alive a second is refused, so let it go first.
    with pytest.raises(k.KusomaError.InUse):
        k.KusomaEngine.open(str(tmp_path / "data"), [LESSONS], ["en"])
    del engine
    again = k.KusomaEngine.open(str(tmp_path / "data"), [LESSONS], ["en"])
    assert again.progress(amina.id, "sw").attempts == 8
    assert [l.name for l in again.learners()] == ["Amina"]


def test_the_same_seed_gives_the_same_exercises(tmp_path):
    def first_exercises(folder):
        engine = k.KusomaEngine.open(str(tmp_path / folder), [LESSONS], ["en"])
        learner = engine.create_learner("A", "")
        session = engine.start_session(learner.id, "en", 3, 3, 99)
        out = []
        while (exercise := engine.next_exercise(session)) is not None:
            out.append((exercise.item, [c.text for c in exercise.choices]))
            engine.submit(session, k.LearnerAnswer.CHOICE(0), 500)
        return out

    assert first_exercises("one") == first_exercises("two")


def test_the_engine_can_be_shared_between_threads(engine):
    learners = []

    def enrol(i):
        learners.append(engine.create_learner(f"Learner {i}", ""))

    threads = [threading.Thread(target=enrol, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(engine.learners()) == 8
