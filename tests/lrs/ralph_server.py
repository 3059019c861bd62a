#!/usr/bin/env python3
"""A throwaway Ralph LRS on loopback, for tests: from pytest or from bash.

Standard library only, so any Python 3 can import it. Ralph itself (and bcrypt) live in
the virtual environment that `tests/lrs/ralph.sh install` makes (default
`target/lrs-venv`, or $KUSOMA_RALPH_VENV).

From pytest:

    from ralph_server import RalphServer
    with RalphServer() as lrs:
        lrs.url, lrs.user, lrs.password     # http://127.0.0.1:PORT/xAPI/statements lives under url

From bash (tests/lrs/ralph.sh wraps this):

    eval "$(python3 tests/lrs/ralph_server.py start)"   # exports KUSOMA_LRS_URL, ... KUSOMA_RALPH_DIR
    python3 tests/lrs/ralph_server.py stop              # stops the one in $KUSOMA_RALPH_DIR

What `start` does: a temporary folder with app/auth.json (user `kusoma`, bcrypt-hashed
password, scope "all"), data/ for the file-system backend (data/fs_lrs.jsonl, one
statement a line) and ralph.log; then Ralph's app (`ralph.api:app`, the one
`ralph runserver -b fs` serves, with the fs backend appending: see ralph_fs_app.py)
under uvicorn on 127.0.0.1 and a free port, polled on
/__heartbeat__ until it answers 200 (60 s at most; on failure the error carries the log).
"""

from __future__ import annotations

import functools
import json
import os
import shlex
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_VENV = REPO / "target" / "lrs-venv"
DEFAULT_USER = "kusoma"
DEFAULT_PASSWORD = "kusoma-test-password"
START_TIMEOUT = 60.0


class RalphError(RuntimeError):
    """Ralph could not be installed, started or stopped."""


def venv_python() -> Path:
    venv = Path(os.environ.get("KUSOMA_RALPH_VENV", DEFAULT_VENV))
    python = venv / "bin" / "python"
    if not python.exists():
        raise RalphError(
            f"no Ralph virtual environment at {venv}: run `tests/lrs/ralph.sh install` "
            "(or set KUSOMA_RALPH_VENV)"
        )
    return python


@functools.lru_cache(maxsize=None)
def ralph_installed() -> bool:
    """Whether the venv's Python can import Ralph's app (as the server will)."""
    try:
        python = venv_python()
    except RalphError:
        return False
    probe = subprocess.run(
        [str(python), "-c", "import bcrypt, uvicorn, ralph_fs_app"],
        capture_output=True,
        cwd=HERE,
        # Ralph's app picks its backend at import: the default (es) is not installed.
        env={**os.environ, "RALPH_RUNSERVER_BACKEND": "fs"},
    )
    return probe.returncode == 0


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def bcrypt_hash(python: Path, password: str) -> str:
    code = (
        "import sys, bcrypt; "
        "print(bcrypt.hashpw(sys.stdin.read().encode(), bcrypt.gensalt(rounds=10)).decode())"
    )
    out = subprocess.run(
        [str(python), "-c", code], input=password, capture_output=True, text=True
    )
    if out.returncode != 0:
        raise RalphError(f"bcrypt hashing failed: {out.stderr}")
    return out.stdout.strip()


def _tail(path: Path, lines: int = 60) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def _heartbeat(url: str) -> bool:
    try:
        with urllib.request.urlopen(url + "/__heartbeat__", timeout=2) as r:
            return r.status == 200
    except (urllib.error.URLError, OSError):
        return False


def _stop_pid(pid: int, timeout: float = 15.0) -> None:
    """SIGTERM the process group of `pid` (uvicorn runs in its own session), then SIGKILL."""
    try:
        os.killpg(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            # Reap it if it is our child; otherwise just probe it.
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done == pid:
                return
        except ChildProcessError:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
        time.sleep(0.1)
    try:
        os.killpg(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


class RalphServer:
    """Start Ralph (fs backend) on loopback; a context manager that stops it and cleans up."""

    def __init__(
        self,
        user: str | None = None,
        password: str | None = None,
        directory: str | os.PathLike | None = None,
        max_page: int | None = None,
    ):
        self.user = user or os.environ.get("KUSOMA_LRS_USER") or DEFAULT_USER
        self.password = password or os.environ.get("KUSOMA_LRS_PASSWORD") or DEFAULT_PASSWORD
        self.dir = Path(directory) if directory else None
        self.max_page = max_page
        self.port: int | None = None
        self.pid: int | None = None
        self._proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def log(self) -> Path:
        return self.dir / "ralph.log"

    @property
    def lrs_file(self) -> Path:
        """The fs backend's store: one JSON statement a line."""
        return self.dir / "data" / "fs_lrs.jsonl"

    def start(self) -> "RalphServer":
        python = venv_python()
        if self.dir is None:
            self.dir = Path(tempfile.mkdtemp(prefix="kusoma-ralph-"))
        app_dir, data_dir = self.dir / "app", self.dir / "data"
        app_dir.mkdir(parents=True, exist_ok=True)
        data_dir.mkdir(parents=True, exist_ok=True)
        auth = [
            {
                "username": self.user,
                "hash": bcrypt_hash(python, self.password),
                "scopes": ["all"],
                "agent": {
                    "objectType": "Agent",
                    "account": {"homePage": "https://kusoma.org/lrs", "name": self.user},
                },
            }
        ]
        (app_dir / "auth.json").write_text(json.dumps(auth, indent=2))

        env = {k: v for k, v in os.environ.items() if not k.startswith("RALPH_")}
        env.update(
            RALPH_APP_DIR=str(app_dir),
            RALPH_AUTH_FILE=str(app_dir / "auth.json"),
            RALPH_RUNSERVER_BACKEND="fs",
            RALPH_RUNSERVER_AUTH_BACKENDS="basic",
            RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(data_dir),
            RALPH_BACKENDS__DATA__FS__DEFAULT_DIRECTORY_PATH=str(data_dir),
        )
        if self.max_page:
            env["RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT"] = str(self.max_page)

        last_error = ""
        for _attempt in range(3):  # the free port may be taken between probe and bind
            self.port = free_port()
            log = open(self.log, "ab")
            # `ralph runserver -b fs` would run Ralph's app under uvicorn, but with
            # reload=True (a file watcher over the working directory and a second
            # process). Running uvicorn directly gives one process to stop. The app is
            # Ralph's own with the fs backend set to append (see ralph_fs_app.py);
            # KUSOMA_RALPH_APP=ralph.api:app serves Ralph's app unchanged.
            app = os.environ.get("KUSOMA_RALPH_APP") or "ralph_fs_app:app"
            self._proc = subprocess.Popen(
                [
                    str(python), "-m", "uvicorn", app, "--app-dir", str(HERE),
                    "--host", "127.0.0.1", "--port", str(self.port),
                    "--log-level", "info", "--no-access-log",
                ],
                cwd=self.dir,  # Ralph reads a .env from the working directory
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            log.close()
            self.pid = self._proc.pid
            (self.dir / "ralph.pid").write_text(str(self.pid))
            deadline = time.monotonic() + START_TIMEOUT
            while time.monotonic() < deadline:
                if self._proc.poll() is not None:
                    break
                if _heartbeat(self.url):
                    return self
                time.sleep(0.2)
            if self._proc.poll() is None:  # timed out while running
                _stop_pid(self.pid)
                raise RalphError(
                    f"Ralph did not answer {self.url}/__heartbeat__ within "
                    f"{START_TIMEOUT:.0f} s; its log ({self.log}):\n{_tail(self.log)}"
                )
            last_error = _tail(self.log)
            if "address already in use" not in last_error.lower():
                break
        raise RalphError(
            f"Ralph exited with code {self._proc.returncode} while starting; "
            f"its log ({self.log}):\n{last_error}"
        )

    def stop(self, keep: bool = False) -> None:
        if self.pid:
            _stop_pid(self.pid)
            if self._proc is not None:
                try:
                    self._proc.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass
            self.pid = None
        if self.dir and not keep and not os.environ.get("KUSOMA_RALPH_KEEP"):
            import shutil

            shutil.rmtree(self.dir, ignore_errors=True)

    def env(self) -> dict:
        return {
            "KUSOMA_LRS_URL": self.url,
            "KUSOMA_LRS_USER": self.user,
            "KUSOMA_LRS_PASSWORD": self.password,
            "KUSOMA_RALPH_DIR": str(self.dir),
            "KUSOMA_RALPH_PID": str(self.pid),
        }

    def __enter__(self) -> "RalphServer":
        try:
            return self.start()
        except BaseException:
            self.stop(keep=True)  # keep the log for the error message's reader
            raise

    def __exit__(self, *exc) -> None:
        self.stop()


def _main(argv: list[str]) -> int:
    usage = "usage: ralph_server.py start [DIR] | stop [DIR] | status [DIR]"
    if not argv or argv[0] not in ("start", "stop", "status"):
        print(usage, file=sys.stderr)
        return 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "start":
        server = RalphServer(directory=rest[0] if rest else None)
        try:
            server.start()
        except RalphError as e:
            print(f"ralph: {e}", file=sys.stderr)
            return 1
        for key, value in server.env().items():
            print(f"export {key}={shlex.quote(value)}")
        print(f"ralph: listening on {server.url} (log: {server.log})", file=sys.stderr)
        return 0
    directory = rest[0] if rest else os.environ.get("KUSOMA_RALPH_DIR")
    if not directory:
        print(f"ralph: {cmd}: give the folder `start` printed, or set KUSOMA_RALPH_DIR", file=sys.stderr)
        return 2
    pid_file = Path(directory) / "ralph.pid"
    if not pid_file.exists():
        print(f"ralph: no ralph.pid in {directory}", file=sys.stderr)
        return 1 if cmd == "status" else 0
    pid = int(pid_file.read_text())
    if cmd == "status":
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            print(f"ralph: pid {pid} is not running")
            return 1
        print(f"ralph: pid {pid} is running")
        return 0
    server = RalphServer(directory=directory)
    server.pid = pid
    server.stop()
    print(f"ralph: stopped pid {pid}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(_main(sys.argv[1:]))
