#!/usr/bin/env python3
"""Writes a pack folder at the caps of docs/pack-format.md, for timing check, install and open
of the largest allowed pack (docs/benchmarks.md):

  chain  1,000 units, each requiring the one before; 2,000 graphemes; 20,000 words, half
         placed by the checker (the earliest unit where they are decodable), half naming
         their unit.
  star   the same, but units 0-998 require nothing and unit 999 requires all of them: a word
         spelled with letters of two units is decodable only in unit 999, so the search for
         its earliest unit has the farthest to go.

Usage: bench/largest_pack.py chain|star OUT_DIR
"""
import os
import sys

UNITS, WORDS = 1000, 20000


def main():
    shape, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    letter = lambda i: f"l{i}"
    graphemes = ["id\ttext\tkind\tipa\tsay"]
    units = []
    for u in range(UNITS):
        for l in (2 * u, 2 * u + 1):
            graphemes.append(f"{letter(l)}\t{letter(l)}\tsyllable\tx\tx")
        requires = ""
        if shape == "star":
            requires = "requires = [{}]\n".format(
                ", ".join(f'"u{r}"' for r in range(u)) if u == UNITS - 1 else "")
        units.append(f'[[unit]]\nid = "u{u}"\ntitle = "u{u}"\ngloss = "u{u}"\n'
                     f'graphemes = ["{letter(2 * u)}", "{letter(2 * u + 1)}"]\n{requires}')
    words = ["word\tunits\tgloss\tunit"]
    for w in range(WORDS):
        a = w % (2 * UNITS)
        b = (a + 1 + w // (2 * UNITS)) % (2 * UNITS)  # each pair once
        later = max(a, b) // 2
        # Every other word names its unit: the latest unit of its letters on a chain, the
        # unit that stands on all of them (999) on a star.
        unit = "" if w % 2 else f"u{later if shape == 'chain' or a // 2 == b // 2 else UNITS - 1}"
        words.append(f"{letter(a)}{letter(b)}\t{letter(a)} {letter(b)}\tw{w}\t{unit}")
    write = lambda name, text: open(os.path.join(out, name), "w", encoding="utf-8").write(text)
    write("graphemes.tsv", "\n".join(graphemes) + "\n")
    write("units.toml", "\n".join(units))
    write("words.tsv", "\n".join(words) + "\n")
    write("sentences.tsv", "id\ttext\tgloss\n")
    write("pack.toml", 'format = 1\nid = "big"\nlanguage = "en"\nname = "Big"\nname_en = "Big"\n'
          'script = "Latn"\ndirection = "ltr"\nversion = "1.0.0"\nlicense = "CC0-1.0"\n'
          'authors = ["bench"]\ndescription = "generated"\nmin_engine = "0.1.0"\n')


if __name__ == "__main__":
    main()
