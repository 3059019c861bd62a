"""Packs as a phone has them: installed from a pack file and opened again from their built form.

Runs against the host library (bindings/generate.sh) with the rest of the host tests, and in
`.ci/run` once more against the stripped phone library, which has no source-pack reader
(KUSOMA_PYTHON_BINDINGS points at a folder holding it); the tests marked `phone_only` need that
library and skip on the host one.
"""

import hashlib
import sqlite3
import subprocess

import kusoma_ffi as k
import pytest
from conftest import LESSONS, ROOT


def phone_build():
    """Whether the loaded library is a phone build (no source-pack reader)."""
    try:
        k.check_pack(LESSONS + "/sw")
    except k.KusomaError.PackRejected as e:
        return "installed packs only" in e.problems[0].message
    return False


phone_only = pytest.mark.skipif(not phone_build(), reason="needs the phone library (no source reader)")


@pytest.fixture(scope="module")
def sw_pack_file(tmp_path_factory):
    """The sw pack built into a pack file by the CLI, as bindings/build-android.sh does."""
    kusoma = ROOT / "target" / "debug" / "kusoma"
    if not kusoma.exists():
        subprocess.run(["cargo", "build", "-q", "-p", "kusoma"], cwd=ROOT, check=True)
    out = tmp_path_factory.mktemp("packs") / "sw.kpack"
    subprocess.run([str(kusoma), "pack", "build", LESSONS + "/sw", "-o", str(out)], check=True, capture_output=True)
    return out


def one_session(engine, learner):
    session = engine.start_session(learner, "sw", 3, 3, 5)
    answered = 0
    while (exercise := engine.next_exercise(session)) is not None:
        answer = k.LearnerAnswer.CHOICE(0) if exercise.mode == k.AnswerStyle.TAP_ONE else k.LearnerAnswer.TEXT("x")
        engine.submit(session, answer, 1000)
        answered += 1
    engine.end_session(session)
    return answered


def test_an_installed_pack_teaches_and_opens_again_from_its_built_form(tmp_path, sw_pack_file):
    data = str(tmp_path / "data")
    engine = k.KusomaEngine.open(data, [], ["en"])
    assert engine.install_pack(str(sw_pack_file)).id == "sw"
    amina = engine.create_learner("Amina", "🌻").id
    assert one_session(engine, amina) == 3
    del engine
    assert (tmp_path / "data" / "packs" / "sw" / "pack.built").is_file()
    again = k.KusomaEngine.open(data, [], ["en"])
    assert [p.id for p in again.packs()] == ["sw"] and again.rejected_packs() == []
    assert one_session(again, amina) == 3
    assert again.progress(amina, "sw").attempts == 6


def rehash(path):
    """Writes the content hash a pack file's files should have (as pack/container.rs computes it)."""
    with sqlite3.connect(path) as db:
        h = hashlib.sha256()
        for name, data in db.execute("SELECT path, bytes FROM files ORDER BY path"):
            h.update(name.encode() + b"\0" + len(data).to_bytes(8, "little") + data)
        db.execute("UPDATE manifest SET value = ? WHERE key = 'content_hash'", (h.hexdigest(),))


@phone_only
def test_the_phone_refuses_source_folders_and_pack_files_without_a_built_form(tmp_path, sw_pack_file):
    engine = k.KusomaEngine.open(str(tmp_path / "data"), [LESSONS], ["en"])
    assert engine.packs() == []
    assert all("installed packs only" in r.problems[0].message for r in engine.rejected_packs())
    old = tmp_path / "old.kpack"
    old.write_bytes(sw_pack_file.read_bytes())
    with sqlite3.connect(old) as db:
        db.execute("DELETE FROM files WHERE path = 'pack.built'")
    rehash(old)
    with pytest.raises(k.KusomaError.PackRejected) as caught:
        engine.install_pack(str(old))
    assert "no pack.built" in caught.value.problems[0].message
    assert engine.packs() == []


@phone_only
def test_the_phone_refuses_a_built_form_that_breaks_its_references(tmp_path, sw_pack_file):
    """A hostile pack file with valid hashes: the decoder's own checks refuse it."""
    bad = tmp_path / "bad.kpack"
    bad.write_bytes(sw_pack_file.read_bytes())
    with sqlite3.connect(bad) as db:
        (built,) = db.execute("SELECT bytes FROM files WHERE path = 'pack.built'").fetchone()
        built = bytearray(built)
        header_len = int.from_bytes(built[12:16], "little")
        # The body's last byte is the last blocklist entry's `contains` flag: 7 is no flag.
        built[-1] = 7
        start = 84 + header_len
        built[52:84] = hashlib.sha256(built[start:]).digest()
        db.execute("UPDATE files SET bytes = ? WHERE path = 'pack.built'", (bytes(built),))
    rehash(bad)
    engine = k.KusomaEngine.open(str(tmp_path / "data"), [], ["en"])
    with pytest.raises(k.KusomaError.PackRejected) as caught:
        engine.install_pack(str(bad))
    assert "pack.built is damaged" in caught.value.problems[0].message
    assert engine.packs() == []
