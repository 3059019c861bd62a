#!/usr/bin/env bash
# Check, install and open of the largest allowed pack (docs/benchmarks.md): for each shape of
# bench/largest_pack.py (chain, star), the median of RUNS runs of `kusoma pack check`, of
# `kusoma pack install` into an empty data directory, and of `kusoma progress Amina` on that
# directory (an open that reads the installed pack's built form, header and body), with the
# largest peak memory of the runs.
#
#   bench/largest_pack.sh [RUNS] [KUSOMA_BINARY]    # default: 15 runs, the release build
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-15}
k=${2:-}
if [ -z "$k" ]; then
  cargo build -q --release -p kusoma
  k=target/release/kusoma
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/none"
# Runs "$@" RUNS times; prints the median seconds and the largest peak RSS.
# An install is timed into an empty data directory each time ($FRESH is removed first). CPU time
# (user + system) is reported beside wall time: on a machine shared with other builds the wall
# time mostly measures them.
timed() {
  for _ in $(seq "$runs"); do
    if [ -n "${FRESH:-}" ]; then rm -rf "$FRESH"; fi
    start=$EPOCHREALTIME
    /usr/bin/time -f "%U %S %M" -o "$work/t" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$EPOCHREALTIME
    read -r user sys rss < "$work/t"
    echo "$(echo "$user + $sys" | bc) $(echo "$end - $start" | bc) $rss"
  done | python3 -c '
import statistics, sys
rows = [line.split() for line in sys.stdin]
med = lambda i: 1000 * statistics.median(float(r[i]) for r in rows)
print(f"CPU {med(0):.0f} ms, wall {med(1):.0f} ms, {max(int(r[2]) for r in rows) / 1024:.1f} MiB")' 
}
for shape in chain star; do
  python3 bench/largest_pack.py "$shape" "$work/$shape"
  "$k" pack build "$work/$shape" --out "$work/$shape.kpack" >/dev/null
  echo "$shape ($(wc -c < "$work/$shape.kpack") bytes):"
  echo "  pack check    $(timed "$k" pack check "$work/$shape")"
  d=$work/d-$shape
  echo "  pack install  $(FRESH=$d timed "$k" --data-dir "$d" --packs "$work/none" pack install "$work/$shape.kpack")"
  rm -rf "$d"
  "$k" --data-dir "$d" --packs "$work/none" pack install "$work/$shape.kpack" >/dev/null
  "$k" --data-dir "$d" --packs "$work/none" learner add Amina >/dev/null
  echo "  open          $(timed "$k" --data-dir "$d" --packs "$work/none" progress Amina --pack big)"
done
