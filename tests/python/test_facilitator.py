"""Shared phones and facilitator tools through the generated Python bindings: picture login with
lock-out, a group session with pass-the-phone turns, an assessment, reports, and two phones
merged."""

import json
import time

import pytest

import kusoma_ffi as k
from conftest import LESSONS, answer_first, group_session


def test_picture_login_denies_then_locks(engine):
    amina = engine.enrol_learner(k.NewLearner(
        name="Amina", icon="🌻", pictures=bytes([3, 7, 11]), pin=None,
        gender="female", age_band="15-24", consent=True))
    assert amina.has_pictures and not amina.has_pin and amina.gender == "female"
    with pytest.raises(k.KusomaError.Denied):
        engine.start_session(amina.id, "sw", 5, 3, 1)
    flow = k.SignInFlow(engine)
    flow.choose(amina.id)
    for _ in range(4):
        for p in (1, 2, 3):
            s = flow.tap_picture(engine, p)
        assert s.wrong_try and s.locked_until_ms is None
    for p in (1, 2, 3):
        s = flow.tap_picture(engine, p)
    assert s.locked_until_ms > 0
    for p in (3, 7, 11):
        s = flow.tap_picture(engine, p)
    assert s.step != k.SignInStep.SIGNED_IN, "locked means locked, even for her pictures"
    with pytest.raises(k.KusomaError.InvalidInput):
        engine.enrol_learner(k.NewLearner(
            name="Neema", icon="", pictures=None, pin=None,
            gender="female", age_band=None, consent=False))


def test_a_group_session_with_turns_an_assessment_and_reports(engine, tmp_path):
    f = engine.create_facilitator("Rehema", "2468")
    with pytest.raises(k.KusomaError.Denied):
        k.GroupsFlow(engine)
    engine.unlock_facilitator(f.id, "2468")
    ids = [engine.create_learner(f"Learner {i}", "").id for i in range(4)]
    group, gs = group_session(engine, ids, absent=[ids[2]])
    assert [a.present for a in engine.attendance(gs)] == [True, True, False, True]
    turns = k.TurnsFlow(engine, gs, 1)
    holders = []
    for _ in range(3):
        s = turns.start_turn(engine)
        holders.append(s.turn.learner.id)
        answer_first(turns, s.lesson)
        turns.submit(engine)
        assert turns.next(engine).is_passing()
    assert holders == [ids[0], ids[1], ids[3]]
    turns.begin_ending()
    turns.set_notes("good")
    assert turns.end(engine).session.notes == "good"

    grid = k.AssessmentModel(engine, ids[0], "sw", k.Subtask.LETTER_SOUNDS, gs)
    assert len(grid.state().items) == 100 and grid.state().autostop_after == 10
    grid.begin(engine)
    grid.touch(engine, 0)
    grid.stop()
    time.sleep(0.02)  # the core refuses items "read in no time"; the host clock is real
    grid.touch(engine, 0)
    result = grid.finish(engine).result
    assert (result.attempted, result.correct, result.per_minute) == (1, 0, 0.0)

    report = engine.group_report(group.id, "sw")
    assert report.sessions_held == 1 and report.attendance_rate == pytest.approx(0.75)
    assert [n.reason.is_not_started() for n in report.needs_help] == [True]
    assert all(n.why for n in report.needs_help)
    programme = engine.programme_report()
    assert programme.total.learners == 4

    assert engine.set_programme_iri("https://literacy.example.org/") == "https://literacy.example.org"
    statements = engine.xapi_batch("https://lrs.example/xAPI", 100)
    assert statements.count == 4  # 3 answers and 1 assessment
    assert all(
        s["actor"]["account"]["homePage"] == "https://literacy.example.org/learners"
        for s in json.loads(statements.json)
    )
    with pytest.raises(k.KusomaError.InvalidInput):
        engine.set_programme_iri("https://another.example.net")
    engine.commit_xapi_batch("https://lrs.example/xAPI", statements)
    assert engine.xapi_batch("https://lrs.example/xAPI", 100).count == 0

    snapshot = str(tmp_path / "phone.kexport")
    engine.export_snapshot(snapshot)
    other = k.KusomaEngine.open(str(tmp_path / "other"), [LESSONS], ["en"])
    merged = other.merge(snapshot)
    assert (merged.learners_added, merged.attempts_added, merged.assessments_added) == (4, 3, 1)
    other.unlock_facilitator(f.id, "2468")
    assert other.merge(snapshot).attempts_added == 0
    with pytest.raises(k.KusomaError.InvalidInput):
        other.merge(str(tmp_path / "data" / "kusoma.db"))
