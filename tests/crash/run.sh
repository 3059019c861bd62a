#!/usr/bin/env bash
# The crash suite: kills `kusoma learn`, `import`, `pack install` and `export` at chosen system
# calls with strace's fault injection (and fills the disk under exports), and at random moments
# (seeded delays, then SIGKILL), and checks each leaves the phone as before or as after
# (tests/crash/crash.py says what is checked). About 300 runs, under 2 minutes here.
# Needs strace and python3; sqlite3 comes with Python. Bounded: a few hundred short runs.
# Usage: tests/crash/run.sh [--quick]
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v strace >/dev/null 2>&1; then
  echo "strace is not installed (Debian: apt-get install strace)" >&2
  exit 1
fi
cargo build -q -p kusoma -p kusoma-devtools
exec python3 tests/crash/crash.py "${CARGO_TARGET_DIR:-target}/debug/kusoma" lessons "$@"
