#!/usr/bin/env bash
# A throwaway Ralph LRS on loopback for Kusoma's xAPI tests.
#
#   tests/lrs/ralph.sh install          # venv at $KUSOMA_RALPH_VENV (default target/lrs-venv) from requirements.txt
#   eval "$(tests/lrs/ralph.sh start)"  # starts Ralph; exports KUSOMA_LRS_URL KUSOMA_LRS_USER
#                                       #   KUSOMA_LRS_PASSWORD KUSOMA_RALPH_DIR KUSOMA_RALPH_PID
#   tests/lrs/ralph.sh status           # is the one in $KUSOMA_RALPH_DIR running?
#   tests/lrs/ralph.sh stop             # stops it and removes $KUSOMA_RALPH_DIR
#   tests/lrs/ralph.sh test             # the LRS tests (pytest, in the venv)
#
# `start` and `stop` are tests/lrs/ralph_server.py's (standard library only); see there.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
venv="${KUSOMA_RALPH_VENV:-$repo/target/lrs-venv}"

case "${1:-}" in
  install)
    stamp="$venv/.kusoma-requirements"
    if [ -x "$venv/bin/python" ] && [ -f "$stamp" ] && cmp -s "$stamp" "$here/requirements.txt"; then
      echo "ralph: $venv is up to date" >&2
      exit 0
    fi
    python3 -m venv "$venv"
    "$venv/bin/python" -m pip install -q --disable-pip-version-check -r "$here/requirements.txt"
    cp "$here/requirements.txt" "$stamp"
    echo "ralph: installed $("$venv/bin/python" -m pip show ralph-malph | sed -n 's/^Version: //p') in $venv" >&2
    ;;
  start | stop | status)
    KUSOMA_RALPH_VENV="$venv" exec python3 "$here/ralph_server.py" "$@"
    ;;
  test)
    shift
    cd "$repo"
    KUSOMA_RALPH_VENV="$venv" exec "$venv/bin/python" -m pytest -q tests/lrs "$@"
    ;;
  *)
    echo "usage: $0 install | start [DIR] | stop [DIR] | status [DIR] | test [PYTEST ARGS]" >&2
    exit 2
    ;;
esac
