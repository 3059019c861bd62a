#!/usr/bin/env python3
"""Makes lessons/<id>/lexicon.txt from Debian's hunspell dictionaries.

The lexicon is the list of real words an invented word (EGRA nonword) must not equal. Only
words an invented word of the pack could ever be are kept: words made of the characters the
pack's phonotactics can produce and no longer than its longest invented word. That keeps the
files small and is all the check needs.

    apt-get install hunspell-sw hunspell-hi hunspell-ar hunspell-en-us hunspell-tools
    python3 tools/make_lexicon.py

Licences (from /usr/share/doc/hunspell-*/copyright and the .aff headers), each stated in the
file it produces:
  sw  sw_TZ, Jason M Githeko, Alberto Escudero-Pascual: LGPL-2.1-or-later
  hi  hi_IN, the janabhaaratii team: GPL-2.0-or-later
  ar  ar, Mohamed Kebdani (Ayaspell): GPL-2.0 / LGPL-2.1 / MPL-1.1, used here under MPL-1.1
  en  en_US, SCOWL (Kevin Atkinson and others): the SCOWL licence (permissive, MIT-like)
"""
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HUN = Path("/usr/share/hunspell")

ARABIC_MARKS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670"}

PACKS = {
    "sw": dict(
        dic="sw_TZ",
        chars="abcdefghijklmnoprstuvwyz'",
        max_len=10,
        source="Debian hunspell-sw 1:7.5.0-1, dictionary sw_TZ (Kiswahili), expanded with unmunch",
        licence="LGPL-2.1-or-later (Copyright 2004 Jason M Githeko, 2004-2005 Alberto Escudero-Pascual); this file is a modified copy of that dictionary and stays under the LGPL",
    ),
    "hi": dict(
        dic="hi_IN",
        chars=None,  # any Devanagari
        max_len=10,
        source="Debian hunspell-hi 1:7.5.0-1, dictionary hi_IN (Hindi)",
        licence="GPL-2.0-or-later (Copyright the janabhaaratii team, NCST); this file is a modified copy of that dictionary and stays under the GPL",
    ),
    "ar": dict(
        dic="ar",
        chars="بتثجحخدذرزسشصضطظعغفقكلمنهويةاى",
        max_len=6,
        strip_marks=True,
        source="Debian hunspell-ar 3.2-1.2, dictionary ar (Ayaspell, Arabic), expanded with unmunch",
        licence="MPL-1.1 (tri-licensed GPL-2.0 / LGPL-2.1 / MPL-1.1, Copyright 2006-2008 Mohamed Kebdani); this file is a modified copy of that dictionary under MPL-1.1",
    ),
    "en": dict(
        dic="en_US",
        chars="abcdefghijklmnopqrstuvwxyz",
        max_len=6,
        source="Debian hunspell-en-us 1:2020.12.07-2, dictionary en_US (SCOWL), expanded with unmunch",
        licence="SCOWL licence (Copyright 2000-2011 Kevin Atkinson and others; permission to use, copy, modify, distribute and sell, provided the copyright notice appears in all copies; see /usr/share/doc/hunspell-en-us/copyright)",
    ),
}


def words_of(dic: str) -> set[str]:
    out = subprocess.run(
        ["unmunch", str(HUN / f"{dic}.dic"), str(HUN / f"{dic}.aff")],
        capture_output=True,
        check=False,
    ).stdout.decode("utf-8", "replace")
    words = set()
    for line in out.splitlines():
        w = line.split("/")[0].strip()
        if w and not w.isdigit():
            words.add(w)
    # unmunch skips the stems of some entries; read the stems themselves too.
    for line in (HUN / f"{dic}.dic").read_text("utf-8", "replace").splitlines()[1:]:
        w = line.split("/")[0].strip()
        if w:
            words.add(w)
    return words


def main() -> int:
    for pack, cfg in PACKS.items():
        kept = set()
        for w in words_of(cfg["dic"]):
            w = unicodedata.normalize("NFC", w).lower()
            if cfg.get("strip_marks"):
                w = "".join(c for c in w if c not in ARABIC_MARKS)
            if cfg["chars"] is None:
                ok = all("\u0900" <= c <= "\u097f" for c in w)
            else:
                ok = all(c in cfg["chars"] for c in w)
            if ok and 1 <= len(w) <= cfg["max_len"]:
                kept.add(w)
        out = ROOT / "lessons" / pack / "lexicon.txt"
        header = [
            f"# Real words of the language an invented word must not equal ({len(kept)} words).",
            f"# source: {cfg['source']}",
            f"# licence: {cfg['licence']}",
            "# Made by tools/make_lexicon.py: only words an invented word of this pack could be.",
        ]
        out.write_text("\n".join(header + sorted(kept)) + "\n", "utf-8")
        print(f"{out}: {len(kept)} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
