#!/usr/bin/env bash
# The facilitator phone's budgets (docs/benchmarks.md): a phone holding LEARNERS × ATTEMPTS
# attempts (default 500 × 2000 = 1 M), each step in its own process with its peak memory.
#
#   bench/phone.sh [LEARNERS] [ATTEMPTS]
set -euo pipefail
cd "$(dirname "$0")/.."
learners=${1:-500}
attempts=${2:-2000}
cargo build -q --release -p kusoma-devtools
k=target/release/kusoma-dev
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
$k --packs lessons --data-dir "$work/phone" bench-phone fill --learners "$learners" --attempts "$attempts"
echo "| step | time | peak RSS | detail |"
echo "| --- | --- | --- | --- |"
for step in scan-baseline group-report group-report-all programme-report export-csv export-xapi snapshot merge sync-batches; do
  $k --packs lessons --data-dir "$work/phone" bench-phone run --step "$step" --out "$work/out"
done
