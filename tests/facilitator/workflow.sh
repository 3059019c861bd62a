#!/usr/bin/env bash
# The facilitator workflow of issue #6, scripted through the CLI from a clean start:
#   enrol 30 learners (picture login, some PINs, demographics with consent) on phone A,
#   run a group session with attendance (3 absent) and pass-the-phone turns,
#   run assessments (letter grid, oral reading, ASER), print the group report (text, CSV, HTML),
#   enrol 5 more learners on phone B, export both phones and merge them into phone C (twice:
#   the second merge must change nothing), export CSV and xAPI from C, and — when an LRS is
#   given ($KUSOMA_LRS_URL, from tests/lrs/ralph.sh start) — sync C to it, twice.
# Every output lands in OUT (default: target/facilitator-workflow); test_workflow.py checks them.
#
#   tests/facilitator/workflow.sh [OUT]
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-target/facilitator-workflow}
rm -rf "$out"
mkdir -p "$out"
cargo build -q -p kusoma
kusoma() { target/debug/kusoma --packs lessons "$@"; }
export LANG=C KUSOMA_FACILITATOR_PIN=2468

a="$out/phone-a" b="$out/phone-b" c="$out/phone-c"

# Phone A: a facilitator, 30 learners, one group.
kusoma --data-dir "$a" facilitator add "Rehema" >"$out/a-facilitator.txt"
genders=(female female male female other)
ages=(15-24 25-34 35-49 10-14 50+)
for i in $(seq 1 30); do
  extra=()
  if (( i % 3 == 0 )); then extra+=(--pin "$((1000 + i))"); fi
  if (( i % 5 != 0 )); then
    extra+=(--gender "${genders[i % 5]}" --age-band "${ages[i % 5]}" --consent)
  fi
  kusoma --data-dir "$a" learner add "Mwanafunzi $i" --pictures "$((i % 12 + 1)),2,$(((i * 7) % 12 + 1))" "${extra[@]}"
done >"$out/a-enrol.txt"
kusoma --data-dir "$a" group create "Kikundi cha Jumanne" >"$out/a-group.txt"
kusoma --data-dir "$a" group add "Kikundi cha Jumanne" --all >>"$out/a-group.txt"

# A group session: three absent, turns of 2 exercises, one round of the 27 present.
printf "1\n%.0s" $(seq 400) | kusoma --data-dir "$a" group session "Kikundi cha Jumanne" --pack sw \
  --absent "Mwanafunzi 4,Mwanafunzi 17,Mwanafunzi 29" --turn-exercises 2 --turns 27 \
  --notes "Siku nzuri. Some learners mix up b and p." >"$out/a-session.txt"

# Assessments, from the facilitator's marking sheets.
kusoma --data-dir "$a" assess "Mwanafunzi 1" --pack sw --subtask letter-sounds --wrong 3,9,20 --last 45 --seed 1 >"$out/a-assess.txt"
kusoma --data-dir "$a" assess "Mwanafunzi 2" --pack sw --subtask letter-sounds --wrong 1,2,3,4,5,6,7,8,9,10 --last 10 --seconds 25 --seed 1 >>"$out/a-assess.txt"
kusoma --data-dir "$a" assess "Mwanafunzi 3" --pack sw --subtask letter-sounds --last 100 --seconds 50 --seed 1 >>"$out/a-assess.txt"
kusoma --data-dir "$a" assess "Mwanafunzi 1" --pack sw --subtask oral-reading --wrong 4 --last 30 >>"$out/a-assess.txt"
kusoma --data-dir "$a" assess "Mwanafunzi 1" --pack sw --subtask comprehension --correct 2 --asked 3 >>"$out/a-assess.txt"
kusoma --data-dir "$a" assess "Mwanafunzi 1" --pack sw --subtask aser --letters 5/5 --words 5/5 --paragraph-mistakes 1 --story-mistakes 4 >>"$out/a-assess.txt"
kusoma --data-dir "$a" assess "Mwanafunzi 2" --pack sw --subtask aser --letters 2/5 >>"$out/a-assess.txt"

# The group report, three ways, and the programme report.
kusoma --data-dir "$a" report group "Kikundi cha Jumanne" --pack sw >"$out/a-group-report.txt"
kusoma --data-dir "$a" report group "Kikundi cha Jumanne" --pack sw --format csv -o "$out/a-group-report.csv"
kusoma --data-dir "$a" report group "Kikundi cha Jumanne" --pack sw --format html -o "$out/a-group-report.html"
kusoma --data-dir "$a" report programme --format csv -o "$out/a-programme.csv"
kusoma --data-dir "$a" report learner "Mwanafunzi 1" --pack sw --format html -o "$out/a-learner.html"

# Phone B: another facilitator's phone with five learners who practised alone.
export KUSOMA_FACILITATOR_PIN=1357
kusoma --data-dir "$b" facilitator add "Baraka" >/dev/null
for i in 1 2 3 4 5; do
  kusoma --data-dir "$b" learner add "Mgeni $i" --gender female --age-band 15-24 --consent >/dev/null
  printf '1\n2\n3\n1\n' | kusoma --data-dir "$b" learn --learner "Mgeni $i" --pack sw --exercises 4 --seed "$i" --lang en >/dev/null
done

# Export both phones, merge into C (a facilitator phone with its own PIN), then merge again.
KUSOMA_FACILITATOR_PIN=2468 kusoma --data-dir "$a" export --format kusoma -o "$out/a.kexport" >/dev/null
kusoma --data-dir "$b" export --format kusoma -o "$out/b.kexport" >/dev/null
export KUSOMA_FACILITATOR_PIN=9999
kusoma --data-dir "$c" facilitator add "Coordinator" >/dev/null
kusoma --data-dir "$c" --facilitator Coordinator import "$out/a.kexport" >"$out/c-merge-1.txt"
kusoma --data-dir "$c" --facilitator Coordinator import "$out/b.kexport" >>"$out/c-merge-1.txt"
kusoma --data-dir "$c" --facilitator Coordinator import "$out/a.kexport" >"$out/c-merge-2.txt"
kusoma --data-dir "$c" --facilitator Coordinator import "$out/b.kexport" >>"$out/c-merge-2.txt"
kusoma --data-dir "$c" --facilitator Coordinator export --format csv -o "$out/c-csv" >/dev/null
# The programme names its statements under its own IRI, set once before the first sync.
kusoma --data-dir "$c" --facilitator Coordinator facilitator programme https://literacy.example.org/ >"$out/c-programme-iri.txt"
kusoma --data-dir "$c" --facilitator Coordinator export --format xapi -o "$out/c-xapi.json" >"$out/c-xapi.txt"
kusoma --data-dir "$c" --facilitator Coordinator report programme >"$out/c-programme.txt"

# Sync to the LRS, twice: the second sends nothing.
if [ -n "${KUSOMA_LRS_URL:-}" ]; then
  kusoma --data-dir "$c" --facilitator Coordinator sync --lrs "$KUSOMA_LRS_URL/xAPI" --batch 250 >"$out/c-sync-1.txt"
  kusoma --data-dir "$c" --facilitator Coordinator sync --lrs "$KUSOMA_LRS_URL/xAPI" --batch 250 >"$out/c-sync-2.txt"
fi
echo "facilitator workflow: outputs in $out"
