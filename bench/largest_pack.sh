#!/usr/bin/env bash
# Check, install and open of the largest allowed pack (docs/benchmarks.md): for each shape of
# bench/largest_pack.py (chain, star), the median of RUNS runs of `kusoma pack check`, of
# `kusoma pack install` into an empty data directory, and of `kusoma progress Amina` on that
# directory (an open that reads the installed pack's built form, header and body), with the
# largest peak memory of the runs.
#
#   bench/largest_pack.sh [RUNS] [KUSOMA_BINARY]    # default: 7 runs, the release build
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
k=${2:-}
if [ -z "$k" ]; then
  cargo build -q --release -p kusoma
  k=target/release/kusoma
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/none"
# Runs "$@" RUNS times; prints the median seconds and the largest peak RSS.
# An install is timed into an empty data directory each time ($FRESH is removed first).
timed() {
  for _ in $(seq "$runs"); do
    if [ -n "${FRESH:-}" ]; then rm -rf "$FRESH"; fi
    start=$EPOCHREALTIME
    /usr/bin/time -f "%M" -o "$work/t" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    end=$EPOCHREALTIME
    echo "$(echo "$end - $start" | bc) $(cat "$work/t")"
  done | sort -n | awk '{ t[NR] = $1; if ($2 > m) m = $2 } END { printf "%.0f ms, %.1f MiB\n", 1000 * t[int((NR + 1) / 2)], m / 1024 }'
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
