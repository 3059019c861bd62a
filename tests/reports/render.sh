#!/usr/bin/env bash
# The HTML reports in a real browser at phone widths: makes a data directory as a facilitator
# would (a group with long names, a session with pass-the-phone turns, EGRA subtasks with a
# timed grid, an untimed ASER probe, a learner who needs help and a group where nobody does,
# and a second phone with a learner of the same name merged in), writes the learner, group and
# programme reports as HTML in English and Arabic, and has render_check.py render each in
# headless Chromium at 360 and 412 px: any element past the screen's edge or text cut fails.
# Screenshots land in OUT (default target/report-screens), the reports in OUT/html.
#
#   tests/reports/render.sh [OUT]
#   tests/reports/render.sh --self-test      # only the check's own test on planted overflows
set -euo pipefail
cd "$(dirname "$0")/../.."
check=tests/reports/render_check.py
if [ "${1:-}" = "--self-test" ]; then
  exec python3 "$check" --self-test
fi
out=${1:-target/report-screens}
rm -rf "$out"
mkdir -p "$out/html"
cargo build -q -p kusoma
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export LANG=C KUSOMA_FACILITATOR_PIN=2468
unset LC_ALL LC_MESSAGES
a="$work/phone-a" b="$work/phone-b"
kusoma() { target/debug/kusoma --packs lessons "$@"; }
# After the merge phone A has two facilitators: Rehema acts throughout.
ka() { kusoma --data-dir "$a" --facilitator Rehema "$@"; }

# Phone A: long names as people have them, in a group that meets.
long1="Mwanaisha Nyambura Wanjiku-Achieng'"
long2="Scholastica Wairimu Nyokabi"
ka facilitator add "Rehema" >/dev/null
ka learner add "$long1" --pictures 3,7,12 --gender female --age-band 25-34 --consent >/dev/null
ka learner add "$long2" --pictures 1,5,9 --gender female --age-band 35-49 --consent >/dev/null
ka learner add "Baraka" --pictures 2,4,6 --gender male --age-band 15-24 --consent >/dev/null
ka learner add "Neema" --pictures 8,10,11 >/dev/null
ka group create "Kikundi cha Jumanne asubuhi" >/dev/null
ka group add "Kikundi cha Jumanne asubuhi" --all >/dev/null
# Neema is absent and never practises: she needs help (not started).
printf '1\n%.0s' $(seq 200) | ka group session "Kikundi cha Jumanne asubuhi" --pack sw \
  --absent "Neema" --turn-exercises 4 --turns 6 >/dev/null
# EGRA from the marking sheets: a timed letter grid, a timed passage, comprehension, and an
# untimed ASER probe (it has a level, no rate).
ka assess "$long1" --pack sw --subtask letter-sounds --wrong 3,9,20 --last 45 >/dev/null
ka assess "$long1" --pack sw --subtask letter-sounds --wrong 3 --last 58 >/dev/null
ka assess "$long1" --pack sw --subtask oral-reading --wrong 4 --last 30 --seconds 42 >/dev/null
ka assess "$long1" --pack sw --subtask comprehension --correct 2 --asked 3 >/dev/null
ka assess "$long1" --pack sw --subtask aser --letters 5/5 --words 4/5 --paragraph-mistakes 2 >/dev/null
ka assess "Baraka" --pack sw --subtask letter-sounds --wrong 1,2 --last 20 --seconds 30 >/dev/null
ka assess "Baraka" --pack sw --subtask aser --letters 2/5 >/dev/null

# A group in which nobody needs help: one learner who practised today, right every time.
ka learner add "Zawadi" --pictures 1,2,3 --gender female --age-band 50+ --consent >/dev/null
ka group create "Jioni" >/dev/null
ka group add "Jioni" "Zawadi" >/dev/null
printf '1\n%.0s' $(seq 40) | ka group session "Jioni" --pack sw --turn-exercises 4 --turns 1 >/dev/null

# Phone B has a learner of the same name; merged into A she must still be told apart.
KUSOMA_FACILITATOR_PIN=1357 kusoma --data-dir "$b" facilitator add "Baraka M." >/dev/null
KUSOMA_FACILITATOR_PIN=1357 kusoma --data-dir "$b" learner add "$long1" --gender female --age-band 15-24 --consent >/dev/null
KUSOMA_FACILITATOR_PIN=1357 kusoma --data-dir "$b" export --format kusoma -o "$work/b.kexport" >/dev/null
ka import "$work/b.kexport" >"$work/merge.txt"
ka group add "Kikundi cha Jumanne asubuhi" --all >/dev/null

for lang in en ar; do
  ka --lang "$lang" report learner "$long1" --pack sw --format html -o "$out/html/learner.$lang.html"
  ka --lang "$lang" report group "Kikundi cha Jumanne asubuhi" --pack sw --format html -o "$out/html/group.$lang.html"
  ka --lang "$lang" report group "Jioni" --pack sw --format html -o "$out/html/group-nobody-needs-help.$lang.html"
  ka --lang "$lang" report programme --format html -o "$out/html/programme.$lang.html"
done

# Two learners of one name in one group report would be two rows nobody can tell apart.
python3 - "$out/html/group.en.html" <<'EOF'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
roster = page.split("<h2>")[-1]  # the last section: the learners, one row each
names = re.findall(r'<tr><td data-label="[^"]*"><bdi>([^<]*)</bdi>', roster)
if len(names) < 6:
    sys.exit(f"render.sh: expected the 6 learners in the roster, read {names}")
twice = sorted({n for n in names if names.count(n) > 1})
if twice:
    sys.exit(f"render.sh: the group report shows {twice} more than once, not told apart")
print(f"render.sh: the merged group's {len(names)} roster rows all have distinct names")
EOF

python3 "$check" --widths 360,412 --screens "$out" "$out"/html/*.html
