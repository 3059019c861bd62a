"""Runs Mozilla's compare-locales over the interface messages (l10n.toml) and fails on any error
or missing string. compare-locales itself exits 0 when strings are missing, so its JSON summary
is read here.

    python3 tests/l10n/compare_locales_gate.py
"""

import json
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main():
    config = ROOT / "l10n.toml"
    locales = tomllib.loads(config.read_text())["locales"]
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run(
            ["compare-locales", "--json", out.name, str(config), str(ROOT), *locales],
            check=True,
            cwd=ROOT,
        )
        summary = json.loads(Path(out.name).read_text())[0]["summary"]
    failed = False
    for locale in locales:
        counts = summary.get(locale)
        if counts is None:
            print(f"{locale}: compare-locales found no files")
            failed = True
            continue
        bad = {k: counts.get(k, 0) for k in ("errors", "missing", "obsolete")}
        status = "ok" if not any(bad.values()) else "FAILED"
        print(f"{locale}: {status} — {counts.get('changed', 0)} translated, "
              + ", ".join(f"{v} {k}" for k, v in bad.items()) + f", {counts.get('warnings', 0)} warnings")
        failed |= any(bad.values())
    if failed:
        subprocess.run(["compare-locales", str(config), str(ROOT), *locales], cwd=ROOT)
        sys.exit(1)


if __name__ == "__main__":
    main()
