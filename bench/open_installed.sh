#!/usr/bin/env bash
# Opening a phone's data directory from its installed packs (docs/benchmarks.md, #16 item 1):
# the same `kusoma-dev bench` table for a data directory holding 1 installed pack and for one
# holding 10, measured in the same run, with each run's peak memory. No source folders are
# given, so what is timed is the phone's path: installed packs read from their built form.
#
#   bench/open_installed.sh [RUNS]
#   PROFILE=phone bench/open_installed.sh [RUNS]   # built as the phone library is (Cargo.toml)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-500}
profile=${PROFILE:-release}
if [ "$profile" = phone ]; then source bindings/phone-flags.sh; fi
cargo build -q --profile "$profile" -p kusoma -p kusoma-devtools
k=target/$profile/kusoma
dev=target/$profile/kusoma-dev
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Ten distinct packs: the four bundled ones and six copies of sw under other ids.
mkdir -p "$work/src"
cp -r lessons/sw lessons/ar lessons/hi lessons/en "$work/src/"
for n in 1 2 3 4 5 6; do
  cp -r lessons/sw "$work/src/sw-copy-$n"
  sed -i "s/^id = \"sw\"$/id = \"sw-copy-$n\"/" "$work/src/sw-copy-$n/pack.toml"
done
for dir in "$work"/src/*; do
  $k pack build "$dir" --out "$work/$(basename "$dir").kpack" >/dev/null
done
# An empty --packs folder: the data directories hold only what was installed.
mkdir -p "$work/none"
$k --data-dir "$work/one" --packs "$work/none" pack install "$work/sw.kpack" >/dev/null
for file in "$work"/*.kpack; do
  $k --data-dir "$work/ten" --packs "$work/none" pack install "$file" >/dev/null
done
for dir in one ten; do
  /usr/bin/time -f "peak RSS, $dir: %M KiB" "$dev" --data-dir "$work/$dir" bench --runs "$runs" --pack sw
done
