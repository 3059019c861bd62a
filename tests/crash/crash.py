#!/usr/bin/env python3
"""Kill `kusoma` at chosen system calls and check that what it leaves is done or untouched.

Each case runs one `kusoma` command under strace's fault injection
(`strace -f -e inject=SYSCALL:signal=KILL:when=N`), for N = 1, 2, 3, ... until the command
finishes without being killed, on a fresh copy of a prepared data directory, then checks:

* import  -- the attempt log holds exactly the attempts before or exactly those after; the
             database passes `PRAGMA integrity_check`; the next open (`kusoma rebuild`) finds
             the derived state equal to the log's replay (it was replayed if the kill came
             between the merge and the replay); importing again then completes.
* install -- the next open loads exactly one `sw`, the old version or the new one, warns about
             nothing, and leaves no hidden staging/aside folder or journal behind.
* learn   -- a piped lesson killed at its n-th fsync: every answer whose feedback was printed
             is in the log (acknowledged answers are committed), the database passes
             `integrity_check`, and the skill state equals the log's replay (`kusoma rebuild`).
* export  -- the output name holds nothing or a whole export (integrity ok, the export mark set)
             that another phone merges; a later export to a new name works. Also with a full
             disk (ENOSPC injected into writes).

Each path is also killed at random moments (`random_kills`): the command is started, a delay
drawn from a seeded RNG passes, and the whole process group gets SIGKILL; the same checks
follow. The delays are fractions (drawn with seed SEED, the same every run) of the time one
uninterrupted run of that command took, so they fall inside the command wherever the machine's
speed puts it; what they hit varies with the machine, what they choose does not.

Usage: crash.py KUSOMA_BINARY LESSONS_DIR [--quick]. Exit status 0 when every case holds. The
phone to import is filled by `kusoma-dev bench-phone fill`, found next to KUSOMA_BINARY.
Deterministic: the same binary makes the same system calls, so the same N kills at the same
place; no timed assertions.
"""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

KUSOMA, LESSONS = sys.argv[1], sys.argv[2]
KUSOMA_DEV = os.path.join(os.path.dirname(KUSOMA), "kusoma-dev")
QUICK = "--quick" in sys.argv
EXPORT_ID = 0x4B755845
# The seed of the random moments; printed, so a failing run can be named.
SEED = 14
failures = []
runs = 0


def kusoma(data, *args, check=True, env=None, binary=KUSOMA):
    """Runs kusoma (or `binary`) on `data` with no bundled packs besides the installed ones."""
    cmd = [binary, "--data-dir", data, "--packs", os.path.join(LESSONS, "sw"), *args]
    r = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=300)
    if check and r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr}")
    return r


def killed_at(syscall, n, cmd, fault="signal=KILL"):
    """Runs `cmd` under strace, killed (or failed) at the n-th `syscall`; True if the fault hit."""
    global runs
    runs += 1
    r = subprocess.run(
        ["strace", "-f", "-qq", "-o", "/dev/null", "-e", f"trace={syscall}",
         "-e", f"inject={syscall}:{fault}:when={n}", *cmd],
        capture_output=True, text=True, timeout=300)
    if fault.startswith("signal"):
        return r.returncode in (-9, 137)
    return r.returncode != 0


def db_count(path, sql):
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def integrity(path):
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def fail(case, message):
    failures.append(f"{case}: {message}")
    print(f"FAIL {case}: {message}", flush=True)


def sweep(case, syscall, limit, prepare, cmd_of, check, fault="signal=KILL", step=1):
    """Kills at the 1st, 2nd, ... `syscall` until the command completes, checking each time."""
    n = 1
    while n <= limit:
        work = prepare()
        hit = killed_at(syscall, n, cmd_of(work), fault)
        check(f"{case} {syscall}#{n}{'' if hit else ' (completed)'}", work, hit)
        shutil.rmtree(work, ignore_errors=True)
        if not hit:
            return
        n += step
    print(f"note: {case} {syscall}: stopped after {limit} kills", flush=True)


def random_kills(case, count, prepare, cmd_of, check, rng):
    """Kills `cmd` at `count` random moments: delays are seeded fractions (0 to 1.2) of an
    uninterrupted run's time, so some kills land after it has finished (checked as completed)."""
    global runs
    times = []
    for _ in range(3):  # the median of three: one run on a busy machine can be far off
        work = prepare()
        cmd = cmd_of(work)
        start = time.monotonic()
        subprocess.run(cmd, capture_output=True, timeout=300)
        times.append(time.monotonic() - start)
        shutil.rmtree(work, ignore_errors=True)
    took = sorted(times)[1]
    killed = 0
    for i in range(count):
        fraction = rng.uniform(0.0, 1.2)
        work = prepare()
        cmd = cmd_of(work)
        runs += 1
        # Its own process group, so a pipeline (learn) dies whole, as a phone's app would.
        p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
        try:
            p.wait(timeout=fraction * took)
            hit = False
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass  # ended between the timeout and the kill: checked as it left things
            p.wait()
            hit = p.returncode in (-9, 137)
        # A pipeline's `kusoma` is not our child: wait until every process of the group is
        # gone (its data directory's lock goes with it), or the check would find it in use.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                os.killpg(p.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.005)
        killed += hit
        check(f"{case} random#{i} at {fraction:.3f}x{'' if hit else ' (completed)'}", work, hit)
        shutil.rmtree(work, ignore_errors=True)
    print(f"{case}: {count} random moments ({took * 1000:.0f} ms a run): {killed} killed it, "
          f"{count - killed} came after it ended", flush=True)


def main():
    root = tempfile.mkdtemp(prefix="kusoma-crash-")
    try:
        run_all(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"{runs} killed or faulted runs, {len(failures)} failures")
    for f in failures:
        print("  " + f)
    return 1 if failures else 0


def run_all(root):
    rng = random.Random(SEED)
    kills = 6 if QUICK else 30
    print(f"random moments: seed {SEED}, {kills} kills per path", flush=True)
    # A phone with 20 learners x 100 attempts, and its export.
    phone = os.path.join(root, "phone")
    kusoma(phone, "bench-phone", "fill", "--learners", "20", "--attempts", "100", binary=KUSOMA_DEV)
    export = os.path.join(root, "phone.kexport")
    kusoma(phone, "export", "--format", "kusoma", "-o", export)
    total = db_count(export, "SELECT count(*) FROM attempts")

    # The phone that imports: one learner of its own with a few answers.
    base = os.path.join(root, "base")
    kusoma(base, "learner", "add", "Neema")
    before = db_count(os.path.join(base, "kusoma.db"), "SELECT count(*) FROM attempts")

    def fresh_base():
        work = tempfile.mkdtemp(dir=root)
        shutil.rmtree(work)
        shutil.copytree(base, work)
        return work

    def check_import(case, work, hit):
        db = os.path.join(work, "kusoma.db")
        ok = integrity(db)
        if ok != "ok":
            return fail(case, f"integrity_check: {ok}")
        n = db_count(db, "SELECT count(*) FROM attempts")
        if n not in (before, before + total):
            return fail(case, f"{n} attempts: neither {before} (before) nor {before + total} (after)")
        r = kusoma(work, "rebuild", "--pack", "sw", check=False)
        if r.returncode != 0 or "matched the stored state" not in r.stdout:
            return fail(case, f"the next open did not find the replayed state: {r.stdout}{r.stderr}")
        r = kusoma(work, "import", export, check=False)
        if r.returncode != 0:
            return fail(case, f"importing again failed: {r.stderr}")
        r = kusoma(work, "rebuild", "--pack", "sw", check=False)
        if "matched the stored state" not in r.stdout:
            return fail(case, f"after importing again the state was stale: {r.stdout}")

    limit = 12 if QUICK else 40
    sweep("import", "fsync", limit, fresh_base,
          lambda w: [KUSOMA, "--data-dir", w, "--packs", os.path.join(LESSONS, "sw"), "import", export],
          check_import)
    sweep("import", "pwrite64", 400 if not QUICK else 100, fresh_base,
          lambda w: [KUSOMA, "--data-dir", w, "--packs", os.path.join(LESSONS, "sw"), "import", export],
          check_import, step=37)
    random_kills("import", kills, fresh_base,
                 lambda w: [KUSOMA, "--data-dir", w, "--packs", os.path.join(LESSONS, "sw"), "import", export],
                 check_import, rng)

    # A lesson: a learner with one session behind her, then a second one piped in and killed.
    learner = os.path.join(root, "learner")
    lesson = ["learn", "--pack", "sw", "--lang", "en", "--exercises", "8", "--seed", "4"]
    subprocess.run([KUSOMA, "--data-dir", learner, "--packs", os.path.join(LESSONS, "sw"),
                    *lesson], input="Amina\n" + "1\n" * 8, capture_output=True, text=True,
                   check=True)
    learned = db_count(os.path.join(learner, "kusoma.db"), "SELECT count(*) FROM attempts")

    def fresh_learner():
        # What the last run printed must not count as this one's acknowledgements (a kill can
        # come before the shell opens $OUT).
        if os.path.exists(os.environ.get("OUT", "")):
            os.remove(os.environ["OUT"])
        work = tempfile.mkdtemp(dir=root)
        shutil.rmtree(work)
        shutil.copytree(learner, work)
        return work

    def learn_cmd(w):
        # The answers piped in, what it printed kept in $OUT for the check.
        return ["sh", "-c", "printf '1\\n2\\n1\\n3\\n1\\n2\\n1\\n1\\n1\\n' | \"$0\" \"$@\" > \"$OUT\"",
                KUSOMA, "--data-dir", w, "--packs", os.path.join(LESSONS, "sw"), *lesson]

    def check_learn(case, work, hit):
        db = os.path.join(work, "kusoma.db")
        ok = integrity(db)
        if ok != "ok":
            return fail(case, f"integrity_check: {ok}")
        shown = ""  # killed before the shell opened $OUT: nothing was acknowledged
        if os.path.exists(os.environ["OUT"]):
            with open(os.environ["OUT"], encoding="utf-8", errors="replace") as f:
                shown = f.read()
        # Feedback is printed only after an answer is committed: count what she was told.
        told = shown.count("Well done!") + shown.count("Not yet.")
        n = db_count(db, "SELECT count(*) FROM attempts") - learned
        if n < told:
            return fail(case, f"{told} answers acknowledged, {n} stored")
        r = kusoma(work, "rebuild", "--pack", "sw", check=False)
        if r.returncode != 0 or "matched the stored state" not in r.stdout:
            return fail(case, f"the skill state is not the log's replay: {r.stdout}{r.stderr}")

    os.environ["OUT"] = os.path.join(root, "learn-out.txt")
    sweep("learn", "fsync", 12 if QUICK else 40, fresh_learner, learn_cmd, check_learn)
    random_kills("learn", kills, fresh_learner, learn_cmd, check_learn, rng)

    # Pack install: sw 1.0.0 installed, 1.0.1 installed over it.
    v2 = os.path.join(root, "sw-v2")
    shutil.copytree(os.path.join(LESSONS, "sw"), v2)
    manifest = os.path.join(v2, "pack.toml")
    with open(manifest, encoding="utf-8") as f:
        text = f.read()
    with open(manifest, "w", encoding="utf-8") as f:
        f.write(text.replace('version = "1.0.0"', 'version = "1.0.1"'))
    v1_file, v2_file = os.path.join(root, "sw1.kpack"), os.path.join(root, "sw2.kpack")
    subprocess.run([KUSOMA, "pack", "build", os.path.join(LESSONS, "sw"), "-o", v1_file], check=True,
                   capture_output=True)
    subprocess.run([KUSOMA, "pack", "build", v2, "-o", v2_file], check=True, capture_output=True)
    installed = os.path.join(root, "installed")
    none = os.path.join(root, "none")
    subprocess.run([KUSOMA, "--data-dir", installed, "--packs", none, "pack", "install", v1_file],
                   check=True, capture_output=True)

    def fresh_installed():
        work = tempfile.mkdtemp(dir=root)
        shutil.rmtree(work)
        shutil.copytree(installed, work)
        return work

    def install_cmd(w):
        return [KUSOMA, "--data-dir", w, "--packs", none, "pack", "install", v2_file]

    def check_install(case, work, hit):
        r = subprocess.run([KUSOMA, "--data-dir", work, "--packs", none, "learner", "list"],
                           capture_output=True, text=True)
        if r.returncode != 0 or "warning" in r.stderr:
            return fail(case, f"the next open: {r.returncode} {r.stderr.strip()}")
        packs = os.path.join(work, "packs")
        names = sorted(os.listdir(packs))
        if names != ["sw"]:
            return fail(case, f"packs/ holds {names} after the next open")
        with open(os.path.join(packs, "sw", "pack.toml"), encoding="utf-8") as f:
            version = [l for l in f if l.startswith("version")]
        if version not in (['version = "1.0.0"\n'], ['version = "1.0.1"\n']):
            return fail(case, f"packs/sw is neither version: {version}")
        if not hit and version != ['version = "1.0.1"\n']:
            return fail(case, "the install completed but the old version is there")

    for syscall in ["rename", "unlink", "unlinkat", "rmdir", "fsync", "mkdir"]:
        sweep("install", syscall, 6 if QUICK else 400, fresh_installed, install_cmd,
              check_install, step=1 if syscall in ("rename", "fsync") else 7)
    random_kills("install", kills, fresh_installed, install_cmd, check_install, rng)

    # Exports: snapshot, xAPI, CSV; killed, and on a full disk.
    def fresh_out():
        return tempfile.mkdtemp(dir=root)

    def check_export(fmt, name):
        def check(case, work, hit):
            out = os.path.join(work, name)
            if fmt == "csv":
                for f in ("learners.csv", "attempts.csv", "assessments.csv"):
                    p = os.path.join(out, f)
                    if os.path.exists(p):
                        with open(p, encoding="utf-8") as fh:
                            lines = fh.read()
                        if not lines.endswith("\n"):
                            return fail(case, f"{f} is cut short")
                return
            if not os.path.exists(out):
                return
            if fmt == "kusoma":
                if integrity(out) != "ok":
                    return fail(case, "a damaged export at the final name")
                if db_count(out, "PRAGMA application_id") != EXPORT_ID:
                    return fail(case, "an export at the final name without its export mark")
                if os.path.exists(out + "-journal"):
                    return fail(case, "a rollback journal beside the final name")
            if fmt == "xapi":
                with open(out, encoding="utf-8") as fh:
                    if not fh.read().endswith("]\n"):
                        return fail(case, "a cut JSON array at the final name")
        return check

    # The export reads `phone` (read-only work, but it takes the data directory's lock and
    # writes the device id once): each run gets its own copy of the phone.
    def export_cmd(fmt, name):
        def cmd(w):
            data = os.path.join(w, "data")
            shutil.copytree(phone, data)
            return [KUSOMA, "--data-dir", data, "--packs", os.path.join(LESSONS, "sw"),
                    "export", "--format", fmt, "-o", os.path.join(w, name)]
        return cmd

    for fmt, name in [("kusoma", "out.kexport"), ("xapi", "out.json"), ("csv", "csv")]:
        for syscall, step in [("fsync", 1), ("rename", 1), ("pwrite64", 97), ("write", 97)]:
            sweep(f"export {fmt}", syscall, 8 if QUICK else 300, fresh_out, export_cmd(fmt, name),
                  check_export(fmt, name), step=step)
        sweep(f"export {fmt} (disk full)", "pwrite64,write", 8 if QUICK else 200, fresh_out,
              export_cmd(fmt, name), check_export(fmt, name), fault="error=ENOSPC", step=53)
        random_kills(f"export {fmt}", kills, fresh_out, export_cmd(fmt, name),
                     check_export(fmt, name), rng)


if __name__ == "__main__":
    sys.exit(main())
