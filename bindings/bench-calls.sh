#!/usr/bin/env bash
# Call overhead of the bindings: the same calls from Rust (kusoma-dev bench), Python and Kotlin (JNA),
# all on the release library, in one run. Prints Markdown rows for docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-500}
cargo build -q --release -p kusoma-devtools
bindings/generate.sh --release >/dev/null
echo "Rust (kusoma-dev bench, release):"
./target/release/kusoma-dev bench --runs "$runs" --data-dir "$(mktemp -d)"
echo
echo "| host | call | median | p99 |"
echo "| --- | --- | --- | --- |"
python3 tests/python/bench_calls.py "$runs"
mvn -q -B -f android/kusoma-kotlin/pom.xml test -Dkusoma.profile=release -Dgroups=bench \
  -Dkusoma.excludedGroups=none -Dkusoma.bench.runs="$runs" 2>&1 | grep -o '| Kotlin.*'
