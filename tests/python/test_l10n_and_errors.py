"""Localized strings in two locales, and errors crossing the boundary as typed exceptions."""

import pytest

import kusoma_ffi as k
from conftest import LESSONS


def plain(text):
    """Drops Fluent's bidi isolation marks around placeables."""
    return text.replace("\u2068", "").replace("\u2069", "")


def test_messages_in_two_locales_with_plurals(engine):
    assert engine.message("shell-welcome", []) == "Welcome to Kusoma."
    args = [k.MessageArg.NUMBER("correct", 1), k.MessageArg.NUMBER("total", 1)]
    assert plain(engine.message("shell-session-summary", args)) == "You answered 1 of 1 exercise correctly."
    engine.set_locales(["sw-KE", "en"])
    assert engine.ui_locales() == ["sw", "en"]
    assert engine.message("shell-welcome", []) == "Karibu Kusoma."
    args = [k.MessageArg.NUMBER("correct", 3), k.MessageArg.NUMBER("total", 5)]
    assert plain(engine.message("shell-session-summary", args)) == "Umejibu sawa 3 kati ya mazoezi 5."
    wrong = [k.MessageArg.TEXT("answer", "mama")]
    assert plain(engine.message("feedback-wrong", wrong)) == "Bado. Jibu ni mama."
    assert engine.ui_direction() == k.TextDirection.LTR
    engine.set_locales(["ar"])
    assert engine.ui_direction() == k.TextDirection.RTL
    args = [k.MessageArg.NUMBER("correct", 1000), k.MessageArg.NUMBER("total", 2000)]
    assert "١٬٠٠٠" in engine.message("shell-session-summary", args)


def test_a_pack_file_installs_and_a_tampered_one_is_refused(engine, tmp_path):
    import sqlite3
    import subprocess
    from conftest import ROOT

    kusoma = ROOT / "target" / "debug" / "kusoma"
    if not kusoma.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "kusoma"], cwd=ROOT, check=True)
    good = tmp_path / "sw.kpack"
    subprocess.run([str(kusoma), "pack", "build", LESSONS + "/sw", "-o", str(good)], check=True, capture_output=True)
    bad = tmp_path / "bad.kpack"
    bad.write_bytes(good.read_bytes())
    with sqlite3.connect(bad) as db:
        db.execute("UPDATE files SET bytes = CAST('x' AS BLOB) WHERE path = 'words.tsv'")
    fresh = k.KusomaEngine.open(str(tmp_path / "fresh"), [], ["en"])
    with pytest.raises(k.KusomaError.PackRejected) as caught:
        fresh.install_pack(str(bad))
    assert "content hash" in caught.value.problems[0].message
    assert fresh.packs() == []
    assert fresh.install_pack(str(good)).id == "sw"
    assert [p.id for p in fresh.packs()] == ["sw"]


def test_a_bad_pack_path_is_a_typed_error_with_its_problems(tmp_path):
    with pytest.raises(k.KusomaError.PackRejected) as caught:
        k.check_pack(str(tmp_path / "no-such-pack"))
    assert caught.value.problems and "not a pack folder" in caught.value.problems[0].message
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "pack.toml").write_text("format = 1\ncolour = 'red'\n")
    with pytest.raises(k.KusomaError.PackRejected) as caught:
        k.check_pack(str(broken))
    lines = {(p.file, p.line) for p in caught.value.problems}
    assert ("pack.toml", 2) in lines
    assert k.check_pack(LESSONS + "/sw").id == "sw"


def test_an_unknown_learner_or_session_is_not_found(engine):
    with pytest.raises(k.KusomaError.NotFound):
        engine.start_session("no-such-learner", "sw", 5, 3, None)
    with pytest.raises(k.KusomaError.NotFound):
        engine.progress("no-such-learner", "sw")
    with pytest.raises(k.KusomaError.NotFound):
        engine.next_exercise("no-such-session")


def test_invalid_input_is_its_own_error(engine):
    with pytest.raises(k.KusomaError.InvalidInput):
        engine.create_learner("   ", "")
    learner = engine.create_learner("Neema", "")
    session = engine.start_session(learner.id, "sw", 2, 3, 1)
    engine.next_exercise(session)
    with pytest.raises(k.KusomaError.InvalidInput):
        engine.submit(session, k.LearnerAnswer.CHOICE(42), 100)


def test_a_data_directory_that_is_not_ours_is_a_storage_error(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "kusoma.db").write_text("not a database")
    with pytest.raises(k.KusomaError.Storage):
        k.KusomaEngine.open(str(data), [LESSONS], ["en"])
    assert (data / "kusoma.db").read_text() == "not a database"
