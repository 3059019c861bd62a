"""Kusoma's xAPI statements against a real LRS (Ralph).

Two kinds of test:

* test_export_roundtrip: given a Ralph already filled by `kusoma sync`, reads every
  statement back and compares it with `kusoma export --format xapi`'s file, then replays
  a batch and checks nothing was added. Needs KUSOMA_XAPI_FILE, KUSOMA_LRS_URL,
  KUSOMA_LRS_USER and KUSOMA_LRS_PASSWORD; skipped without them.
* the rest start their own Ralph (tests/lrs/ralph_server.py) and prove the harness and
  Ralph's answers this suite relies on. Skipped when Ralph is not installed
  (`tests/lrs/ralph.sh install`), unless KUSOMA_LRS_REQUIRED=1, which makes that a failure.

Standard library only (plus pytest), so any interpreter with pytest runs it.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import urllib.request
import uuid
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from ralph_server import RalphError, RalphServer, ralph_installed  # noqa: E402
from xapi_client import VERB_COMPLETED, Lrs, answered, session_statement  # noqa: E402

ENV = ("KUSOMA_XAPI_FILE", "KUSOMA_LRS_URL", "KUSOMA_LRS_USER", "KUSOMA_LRS_PASSWORD")
PAGE = 100  # Ralph's default (and maximum) page size
REPLAY_BATCH = int(os.environ.get("KUSOMA_LRS_REPLAY_BATCH", "50"))


def by_id(statements):
    out = {}
    for s in statements:
        assert s["id"] not in out, f"statement {s['id']} appears twice"
        out[s["id"]] = s
    return out


def check_roundtrip(exported: list, lrs: Lrs, page: int = PAGE) -> None:
    """The LRS holds exactly the exported statements; replaying a batch adds nothing."""
    assert exported, "the export is empty: nothing to compare"
    sent = by_id(exported)
    stored_list, pages = lrs.get_all(limit=page)
    stored = by_id(stored_list)
    assert pages >= -(-len(exported) // page), "fewer pages than the statements need"

    missing, extra = sent.keys() - stored.keys(), stored.keys() - sent.keys()
    assert not missing and not extra, (
        f"{len(missing)} exported statements are not in the LRS (e.g. {sorted(missing)[:3]}), "
        f"{len(extra)} in the LRS were not exported (e.g. {sorted(extra)[:3]})"
    )
    for sid, s in sent.items():
        got = stored[sid]
        for field in ("actor", "verb"):
            assert got[field] == s[field], f"{sid}: {field} differs: {got[field]} != {s[field]}"
        assert got["object"]["id"] == s["object"]["id"], f"{sid}: object.id differs"
        want_result, got_result = s.get("result", {}), got.get("result", {})
        for field in ("success", "score"):
            assert got_result.get(field) == want_result.get(field), (
                f"{sid}: result.{field} differs: {got_result.get(field)} != {want_result.get(field)}"
            )

    # Replay one batch of statements the LRS already has: accepted, nothing added.
    batch = exported[:REPLAY_BATCH]
    status, body = lrs.post(batch)
    assert status in (200, 204), f"replaying {len(batch)} stored statements answered {status}: {body}"
    if status == 200:  # an LRS may list what it stored: here, nothing new
        assert not body, f"the replay stored statements again: {body}"
    assert len(lrs.get_all(limit=page)[0]) == len(stored), "the replay changed the LRS's count"


def test_export_roundtrip():
    missing = [name for name in ENV if not os.environ.get(name)]
    if missing:
        pytest.skip(f"no filled LRS to check: {', '.join(missing)} not set")
    exported = json.loads(Path(os.environ["KUSOMA_XAPI_FILE"]).read_text())
    assert isinstance(exported, list), "KUSOMA_XAPI_FILE must hold a JSON array of statements"
    lrs = Lrs(os.environ["KUSOMA_LRS_URL"], os.environ["KUSOMA_LRS_USER"], os.environ["KUSOMA_LRS_PASSWORD"])
    check_roundtrip(exported, lrs)


# --- the harness and Ralph's answers, on a Ralph of our own -----------------------------


def need_ralph():
    if ralph_installed():
        return
    reason = "Ralph is not installed: run tests/lrs/ralph.sh install"
    if os.environ.get("KUSOMA_LRS_REQUIRED"):
        pytest.fail(reason)
    pytest.skip(reason)


@pytest.fixture
def ralph():
    need_ralph()
    with RalphServer() as server:
        yield server


def test_ralph_roundtrip_replay_and_invalid(ralph):
    lrs = Lrs(ralph.url, ralph.user, ralph.password)
    learner, session, group = (str(uuid.uuid4()) for _ in range(3))
    three = [
        answered(learner=learner, session=session, group=group, item_key="letters/a", success=True),
        answered(learner=learner, session=session, group=group, item_key="syllables/ba na", success=False),
        answered(learner=learner, session=session, group=group, item_key="words/paka"),
    ]

    status, body = lrs.post(three)
    assert status == 200, body
    assert body == [s["id"] for s in three], "Ralph answers the ids it stored, in order"

    # Read back over two pages (limit=2) with the checks the export test makes, which
    # also replays a batch and checks the count.
    check_roundtrip(three, lrs, page=2)
    stored = by_id(lrs.get_all()[0])
    for s in three:  # Ralph keeps the statement as sent, adding stored and authority
        got = stored[s["id"]]
        assert {k: v for k, v in got.items() if k not in ("stored", "authority")} == s
        assert got["authority"]["account"]["name"] == ralph.user

    # Replays: all known -> 204 and no body; known + new -> 200 with only the new id.
    status, body = lrs.post(three)
    assert (status, body) == (204, None)
    fourth = session_statement(VERB_COMPLETED, learner, session)
    status, body = lrs.post(three + [fourth])
    assert (status, body) == (200, [fourth["id"]])

    # Same id, other content -> 409, whole batch refused.
    changed = copy.deepcopy(three[0])
    changed["result"]["success"] = not changed["result"]["success"]
    fifth = answered(learner=learner)
    status, body = lrs.post([fifth, changed])
    assert status == 409, body

    # An invalid statement (no actor): Ralph answers 422 (FastAPI's validation status;
    # the xAPI spec says 400) and stores nothing of the batch.
    bad = answered(learner=learner)
    del bad["actor"]
    status, body = lrs.post([fifth, bad])
    assert status == 422, body
    assert body["detail"][0]["loc"][:2] == ["body", 1], "the error points at the bad one"
    # Two statements with one id in a batch -> 400.
    status, body = lrs.post([fifth, fifth])
    assert status == 400, body

    assert len(lrs.get_all()[0]) == 4, "nothing of the refused batches was stored"
    assert len(ralph.lrs_file.read_text().splitlines()) == 4


def test_bash_start_and_stop():
    need_ralph()
    script = HERE / "ralph.sh"
    started = subprocess.run(["bash", str(script), "start"], capture_output=True, text=True, timeout=120)
    assert started.returncode == 0, started.stderr
    env = {}
    for line in started.stdout.splitlines():
        assert line.startswith("export "), line
        key, _, value = line[len("export "):].partition("=")
        env[key] = value.strip("'")
    assert set(env) >= {"KUSOMA_LRS_URL", "KUSOMA_LRS_USER", "KUSOMA_LRS_PASSWORD", "KUSOMA_RALPH_DIR"}
    try:
        with urllib.request.urlopen(env["KUSOMA_LRS_URL"] + "/__heartbeat__", timeout=5) as r:
            assert r.status == 200
        lrs = Lrs(env["KUSOMA_LRS_URL"], env["KUSOMA_LRS_USER"], env["KUSOMA_LRS_PASSWORD"])
        assert lrs.post([answered()])[0] == 200
    finally:
        stopped = subprocess.run(
            ["bash", str(script), "stop"], capture_output=True, text=True, timeout=60,
            env={**os.environ, "KUSOMA_RALPH_DIR": env["KUSOMA_RALPH_DIR"]},
        )
    assert stopped.returncode == 0, stopped.stderr
    assert not Path(env["KUSOMA_RALPH_DIR"]).exists()
    pid = int(env["KUSOMA_RALPH_PID"])
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)


def test_start_failure_shows_the_log(tmp_path, monkeypatch):
    need_ralph()
    monkeypatch.setenv("KUSOMA_RALPH_APP", "no_such_module:app")
    server = RalphServer(directory=tmp_path)
    with pytest.raises(RalphError) as err:
        server.start()
    server.stop(keep=True)
    message = str(err.value)
    assert "exited with code" in message and "ralph.log" in message
    assert "no_such_module" in message, "the error carries Ralph's log"
