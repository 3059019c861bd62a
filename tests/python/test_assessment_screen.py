"""The assessment screens' view-models through the generated Python bindings, as a shell uses them:
typed subtasks, phases and levels, 0-based item indices, every tap returning the state to draw."""

import time

import pytest

import kusoma_ffi as k


def test_a_grid_and_a_probe_run_through_the_core_view_models(engine):
    learner = engine.create_learner("Amina", "").id
    assert k.assessment_choices() == [
        k.Subtask.LETTER_SOUNDS, k.Subtask.FAMILIAR_WORDS, k.Subtask.NONWORDS,
        k.Subtask.ORAL_READING, k.Subtask.ASER]
    with pytest.raises(k.KusomaError.InvalidInput):
        k.AssessmentModel(engine, learner, "sw", k.Subtask.ASER, None)

    grid = k.AssessmentModel(engine, learner, "sw", k.Subtask.LETTER_SOUNDS, None)
    state = grid.state()
    assert (len(state.items), state.columns, state.phase) == (100, 10, k.RunPhase.READY)
    assert state.seconds_left == 60
    assert not any(grid.touch(engine, 0).wrong), "nothing is marked before Start"
    assert grid.begin(engine).phase == k.RunPhase.RUNNING
    time.sleep(0.02)  # the core refuses items "read in no time"; the host clock is real
    grid.touch(engine, 1)
    state = grid.touch(engine, 6)
    assert [i for i, w in enumerate(state.wrong) if w] == [1, 6]
    with pytest.raises(k.KusomaError.InvalidInput):
        grid.touch(engine, 100)
    assert grid.stop().marking_last
    state = grid.touch(engine, 19)
    assert (state.phase, state.last_item, state.marking_last) == (k.RunPhase.DONE, 19, False)
    result = grid.finish(engine).result
    assert (result.attempted, result.correct) == (20, 18)
    assert grid.finish(engine).result == result, "Done twice stores once"
    assert len(engine.assessments(learner)) == 1

    probe = k.AserModel(learner, "sw", None)
    assert probe.set_letters(9).letters_right == 5
    probe.set_words(4)
    assert probe.save(engine).level == k.AserLevel.WORD
    assert probe.set_words(0).words_right == 4, "a saved probe does not change"
