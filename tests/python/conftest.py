"""Shared fixtures: the generated bindings (target/bindings/python) and the bundled packs."""

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BINDINGS = Path(os.environ.get("KUSOMA_PYTHON_BINDINGS", ROOT / "target" / "bindings" / "python"))
if not (BINDINGS / "kusoma_ffi.py").exists():
    raise RuntimeError(f"no generated bindings in {BINDINGS}: run bindings/generate.sh first")
sys.path.insert(0, str(BINDINGS))

import kusoma_ffi  # noqa: E402  (the path above must come first)

LESSONS = str(ROOT / "lessons")


@pytest.fixture
def engine(tmp_path):
    """An engine on a fresh data directory with the bundled packs, interface in English."""
    return kusoma_ffi.KusomaEngine.open(str(tmp_path / "data"), [LESSONS], ["en"])


def answer_first(flow, s):
    """Taps the first choice, or the first tiles, of the exercise `s` shows on `flow` (a lesson or
    a turn), as the screen sends them: what the flow shows after."""
    if s.exercise.mode == kusoma_ffi.AnswerStyle.TAP_ONE:
        return flow.tap(kusoma_ffi.Tap.SELECT(0))
    for t in range(s.exercise.answer_length):
        flow.tap(kusoma_ffi.Tap.PLACE(t))
    return flow.state()


def group_session(engine, ids, absent=(), per_turn=1):
    """A group of `ids` and a session in sw with `absent` marked, made as the facilitator's
    screens make them (the groups, roster and attendance flows): (group, session id)."""
    groups = kusoma_ffi.GroupsFlow(engine)
    groups.set_name("Jumanne")
    group = groups.create(engine).groups[-1]
    roster = kusoma_ffi.RosterFlow(engine, group.id)
    for learner in ids:
        roster.toggle_adding(learner)
    roster.add_ticked(engine)
    attendance = kusoma_ffi.AttendanceFlow(engine, group.id, "sw")
    while attendance.view().turn_every > per_turn:
        attendance.fewer()
    for learner in absent:
        attendance.toggle(learner)
    return group, attendance.start(engine).started
