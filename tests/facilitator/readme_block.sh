#!/usr/bin/env bash
# Runs the README's facilitator block as written, line by line, on a fresh data directory, so
# the commands a facilitator copies from the README are known to work. The one line that needs
# a real Learning Record Store (`kusoma sync --lrs https://lrs.example.org/…`) is not run: that
# host does not exist, and tests/lrs covers sync against a real LRS.
set -euo pipefail
cd "$(dirname "$0")/../.."
cargo build -q -p kusoma
bin="$PWD/target/debug"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export KUSOMA_DATA_DIR="$work/data" KUSOMA_PACKS="$PWD/lessons" PATH="$bin:$PATH" LANG=C
unset KUSOMA_FACILITATOR_PIN LC_ALL LC_MESSAGES

# The second ```sh block after "Facilitator tools" in README.md.
block=$(awk '/^Facilitator tools/ {found=1} found && /^```sh/ {inside=1; next} inside && /^```/ {exit} inside {print}' README.md)
[ -n "$block" ] || { echo "readme_block: no facilitator block found in README.md" >&2; exit 1; }

cd "$work"
n=0
while IFS= read -r line; do
  [ -n "$line" ] || continue
  case "$line" in
    "kusoma sync "*) echo "skip (needs a real LRS): $line"; continue ;;
  esac
  n=$((n + 1))
  echo "\$ $line"
  # Verbatim, in this shell, so `export` and `&&` behave as a facilitator's terminal would.
  eval "$line" </dev/null
done <<<"$block"
[ "$n" -ge 8 ] || { echo "readme_block: only $n commands ran" >&2; exit 1; }
[ -s tuesday.html ] || { echo "readme_block: the group report was not written" >&2; exit 1; }
echo "readme_block: the README's facilitator block ran ($n commands)"
