#!/usr/bin/env python3
"""Parity of the core's learner models with their reference implementations.

- Bayesian Knowledge Tracing (core/src/engine/bkt.rs) against pyBKT 1.4.3 with fixed parameters:
  P(right) and P(learned) before every answer of random sequences, |delta| < 1e-6.
- FSRS-6 (core/src/engine/fsrs.rs) against py-fsrs 6.3.2 with its default parameters and no fuzzing:
  stability and difficulty after every review of random review histories, |delta| < 1e-4.

Cases come from a fixed seed; the Rust side runs through `kusoma-dev parity <bkt|fsrs>` (JSON Lines on
stdin and stdout). Prints a summary; exits 1 on any mismatch (the first few shown in full), else 0.

Usage: python3 tests/parity/run_parity.py   (after pip install -r tests/parity/requirements.txt)
It builds target/debug/kusoma-dev with cargo first; KUSOMA_DEV_BIN=path/to/kusoma-dev uses that binary
instead.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pandas as pd
from fsrs import Card, Rating, Scheduler
from pyBKT.models import Model

ROOT = Path(__file__).resolve().parents[2]
SEED = 20_250_601
BKT_SEQUENCES = 300
FSRS_CASES = 1500
BKT_TOLERANCE = 1e-6
FSRS_TOLERANCE = 1e-4
SHOWN_MISMATCHES = 5

DAY_MS = 86_400_000
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


# --- the Rust side -------------------------------------------------------------------------------


def kusoma_dev_binary() -> Path:
    """$KUSOMA_DEV_BIN as it is, else target/debug/kusoma-dev, built (or brought up to date) with cargo."""
    if os.environ.get("KUSOMA_DEV_BIN"):
        return Path(os.environ["KUSOMA_DEV_BIN"])
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    binary = target / "debug" / "kusoma-dev"
    if shutil.which("cargo"):
        # A no-op when it is up to date; a stale binary would compare yesterday's formulas.
        built = subprocess.run(["cargo", "build", "-q", "-p", "kusoma-devtools"], cwd=ROOT, check=False)
        if built.returncode != 0:
            sys.exit("`cargo build -p kusoma-devtools` failed: no binary to compare")
    if not binary.exists():
        sys.exit(f"{binary} is missing and cargo is not installed to build it")
    return binary


def run_rust(binary: Path, model: str, cases: list[dict]) -> list[dict]:
    """One result a case from `kusoma-dev parity MODEL`."""
    stdin = "".join(json.dumps(case) + "\n" for case in cases)
    done = subprocess.run(
        [str(binary), "parity", model], input=stdin, capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        sys.exit(f"`kusoma-dev parity {model}` exited with {done.returncode}")
    results = [json.loads(line) for line in done.stdout.splitlines()]
    if len(results) != len(cases):
        sys.exit(f"`kusoma-dev parity {model}`: {len(results)} results for {len(cases)} cases")
    return results


# --- cases ---------------------------------------------------------------------------------------


def bkt_cases(rng: random.Random) -> list[dict]:
    """Random parameters and answer sequences of lengths 1–30 (some with no forgetting)."""
    cases = []
    for i in range(BKT_SEQUENCES):
        params = {
            "prior": rng.uniform(0.01, 0.9),
            "learn": rng.uniform(0.01, 0.5),
            "guess": rng.uniform(0.05, 0.45),
            "slip": rng.uniform(0.01, 0.3),
            # Every fifth sequence without forgetting, as the core's defaults have it.
            "forget": 0.0 if i % 5 == 0 else rng.uniform(0.0, 0.2),
        }
        length = rng.randint(1, 30)
        p_right = rng.uniform(0.2, 0.9)  # mostly-right and mostly-wrong learners alike
        observations = [int(rng.random() < p_right) for _ in range(length)]
        cases.append({"params": params, "observations": observations})
    return cases


def review_gap_ms(rng: random.Random) -> int:
    """Time to the next review: minutes to months, often the same day, sometimes a day's edge."""
    kind = rng.random()
    if kind < 0.25:  # minutes: a learning or relearning step
        return rng.randint(60_000, 60 * 60_000)
    if kind < 0.40:  # hours, still the same day
        return rng.randint(3_600_000, DAY_MS - 1)
    if kind < 0.47:  # just either side of one whole day
        return DAY_MS + rng.choice((-1, 0, 1, -60_000, 60_000))
    if kind < 0.80:  # days
        return rng.randint(DAY_MS, 30 * DAY_MS)
    return rng.randint(30 * DAY_MS, 240 * DAY_MS)  # months


def fsrs_cases(rng: random.Random) -> list[dict]:
    """New cards reviewed 2–10 times with random ratings at random times in 2024–2025."""
    start_ms = int(datetime(2024, 1, 1, tzinfo=timezone.utc).timestamp()) * 1000
    cases = []
    for _ in range(FSRS_CASES):
        at_ms = start_ms + rng.randint(0, 365 * DAY_MS)
        reviews = []
        for n in range(rng.randint(2, 10)):
            if n > 0:
                at_ms += review_gap_ms(rng)
            reviews.append({"rating": rng.choice((1, 2, 3, 3, 3, 4)), "at_ms": at_ms})
        cases.append({"reviews": reviews})
    return cases


# --- the reference side --------------------------------------------------------------------------


def pybkt_reference(cases: list[dict]) -> list[dict]:
    """pyBKT's predictions with every parameter fixed: one skill (and one learner) a sequence.

    pyBKT 1.4.3 predicts only from a fitted model, so the parameters are set through `coef_` and
    `fit(..., fixed=True)` keeps all of them as set (its E-step runs, its M-step writes the fixed
    values back); `coef_` is checked afterwards to be exactly what was set.
    """
    coef = {}
    rows = []
    for i, case in enumerate(cases):
        p = case["params"]
        coef[f"s{i}"] = {
            "prior": p["prior"],
            "learns": np.array([p["learn"]]),
            "guesses": np.array([p["guess"]]),
            "slips": np.array([p["slip"]]),
            "forgets": np.array([p["forget"]]),
        }
        for t, correct in enumerate(case["observations"]):
            rows.append((len(rows) + 1, i, f"s{i}", correct, t))
    df = pd.DataFrame(rows, columns=["order_id", "user_id", "skill_name", "correct", "step"])

    model = Model(seed=SEED, num_fits=1, parallel=False)
    model.coef_ = coef
    model.fit(data=df.copy(), forgets=True, fixed=True)
    for skill, wanted in coef.items():
        got = model.coef_[skill]
        for name, value in wanted.items():
            if not np.array_equal(np.asarray(got[name]), np.asarray(value)):
                sys.exit(f"pyBKT changed {skill}.{name} from {value} to {got[name]}: not fixed")

    predicted = model.predict(data=df.copy()).sort_values("order_id")
    results = [{"predictions": [], "states": []} for _ in cases]
    for row in predicted.itertuples():
        results[row.user_id]["predictions"].append(float(row.correct_predictions))
        results[row.user_id]["states"].append(float(row.state_predictions))
    return results


def fsrs_reference(cases: list[dict]) -> tuple[list[dict], dict[str, int]]:
    """py-fsrs's stability and difficulty after each review, and how often each path was taken."""
    scheduler = Scheduler(enable_fuzzing=False)
    results = []
    paths = {"first": 0, "same day": 0, "a day or more": 0, "in learning/relearning": 0}
    for card_id, case in enumerate(cases, start=1):
        card = Card(card_id=card_id)  # an explicit id: the default one sleeps a millisecond
        states = []
        for review in case["reviews"]:
            when = EPOCH + timedelta(milliseconds=review["at_ms"])
            if card.last_review is None:
                paths["first"] += 1
            elif (when - card.last_review).days < 1:
                paths["same day"] += 1
            else:
                paths["a day or more"] += 1
            if card.last_review is not None and card.state.name != "Review":
                paths["in learning/relearning"] += 1
            card, _ = scheduler.review_card(card, Rating(review["rating"]), when)
            states.append({"stability": card.stability, "difficulty": card.difficulty})
        results.append({"states": states})
    return results, paths


# --- comparison ----------------------------------------------------------------------------------


class Comparison:
    """Max |delta| for each quantity and the cases that differ."""

    def __init__(self, name: str, tolerance: float) -> None:
        self.name = name
        self.tolerance = tolerance
        self.max_delta: dict[str, float] = {}
        self.steps = 0
        self.mismatches: list[tuple[int, dict, dict, dict, str]] = []

    def case(self, index: int, case: dict, rust: dict, reference: dict, series: dict) -> None:
        """Compares one case; `series` maps a quantity to its (rust, reference) lists."""
        problems = []
        for quantity, (ours, theirs) in series.items():
            self.max_delta.setdefault(quantity, 0.0)
            if len(ours) != len(theirs):
                problems.append(f"{quantity}: {len(ours)} values vs {len(theirs)}")
                continue
            for step, (a, b) in enumerate(zip(ours, theirs)):
                delta = abs(a - b)
                if delta != delta:  # NaN on either side
                    delta = float("inf")
                self.max_delta[quantity] = max(self.max_delta[quantity], delta)
                if delta >= self.tolerance:
                    problems.append(
                        f"{quantity}[{step}]: rust {a!r} vs reference {b!r} (|delta| {delta:.3g})"
                    )
        self.steps += max((len(theirs) for _, theirs in series.values()), default=0)
        if problems:
            self.mismatches.append((index, case, rust, reference, "; ".join(problems)))

    def report(self, cases: int) -> bool:
        """Prints the summary (and the first mismatches); true when everything agreed."""
        deltas = ", ".join(f"max |delta| {q} {d:.3g}" for q, d in self.max_delta.items())
        verdict = "ok" if not self.mismatches else f"{len(self.mismatches)} cases MISMATCH"
        print(f"{self.name}: {cases} cases, {self.steps} steps compared, {deltas} "
              f"(tolerance {self.tolerance:g}): {verdict}")
        for index, case, rust, reference, problems in self.mismatches[:SHOWN_MISMATCHES]:
            print(f"  case {index}: {problems}")
            print(f"    input:     {json.dumps(case)}")
            print(f"    rust:      {json.dumps(rust)}")
            print(f"    reference: {json.dumps(reference)}")
        return not self.mismatches


def main() -> int:
    started = time.monotonic()
    rng = random.Random(SEED)
    binary = kusoma_dev_binary()

    cases = bkt_cases(rng)
    rust = run_rust(binary, "bkt", cases)
    reference = pybkt_reference(cases)
    bkt = Comparison("BKT vs pyBKT 1.4.3", BKT_TOLERANCE)
    for i, (case, ours, theirs) in enumerate(zip(cases, rust, reference)):
        bkt.case(i, case, ours, theirs, {
            "P(correct)": (ours["predictions"], theirs["predictions"]),
            "P(learned)": (ours["states"], theirs["states"]),
        })

    fcases = fsrs_cases(rng)
    frust = run_rust(binary, "fsrs", fcases)
    freference, paths = fsrs_reference(fcases)
    fsrs = Comparison("FSRS-6 vs py-fsrs 6.3.2", FSRS_TOLERANCE)
    for i, (case, ours, theirs) in enumerate(zip(fcases, frust, freference)):
        fsrs.case(i, case, ours, theirs, {
            q: ([s[q] for s in ours["states"]], [s[q] for s in theirs["states"]])
            for q in ("stability", "difficulty")
        })

    ok = bkt.report(len(cases))
    ok = fsrs.report(len(fcases)) and ok
    print("  FSRS reviews by path: " + ", ".join(f"{k} {v}" for k, v in paths.items()))
    print(f"parity: {'passed' if ok else 'FAILED'} in {time.monotonic() - started:.1f} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
