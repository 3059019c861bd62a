#!/usr/bin/env python3
"""Import cycles between the top-level modules of kusoma-core.

Reads every `core/src/**/*.rs`, collects the edges `A -> B` where code of top-level module A
names top-level module B (`crate::B::…`, `use crate::{B::…}`, `super::…` that climbs out of A,
and names the crate root re-exports from B, such as `crate::Error` from `error`), then prints
the strongly connected components of more than one module. Exit 1 if there is any, else 0.

What is not counted, and why: comments (doc links are not dependencies), test code (files
named `tests.rs`, everything under a `tests/` folder, the `testing` module, and a trailing
`#[cfg(test)] mod tests { … }` block: tests may reach across layers), and `lib.rs` itself (the
crate root only declares modules and re-exports them).

Usage: python3 tools/module_cycles.py [CRATE_SRC]   (default: core/src)
"""

import re
import sys
from pathlib import Path

USE_CRATE = re.compile(r"\bcrate::([A-Za-z_][A-Za-z0-9_]*|\{)")
SUPER_CHAIN = re.compile(r"\b((?:super::)+)([A-Za-z_][A-Za-z0-9_]*|\{)")
TEST_BLOCK = re.compile(r"#\[cfg\(test\)\]\s*(pub(\([a-z]+\))?\s+)?mod\s+tests\s*\{")


def strip_comments(text: str) -> str:
    """The code with `//` comments and `/* */` blocks removed (strings are not parsed: a `//`
    inside a string literal cuts the rest of that line, which can only hide an edge)."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return "\n".join(line.split("//", 1)[0] for line in text.splitlines())


def strip_tests(text: str) -> str:
    """The code before a `#[cfg(test)] mod tests {` block (by convention the file's end)."""
    m = TEST_BLOCK.search(text)
    return text[: m.start()] if m else text


def group_names(text: str, start: int) -> list[str]:
    """The first path segment of each entry of the brace group opening at `start`."""
    depth, i, names, current = 0, start, [], ""
    while i < len(text):
        c = text[i]
        if c == "{":
            depth += 1
            if depth == 1:
                current = ""
                i += 1
                continue
        elif c == "}":
            depth -= 1
            if depth == 0:
                break
        if depth == 1:
            if c == ",":
                names.append(current)
                current = ""
            else:
                current += c
        i += 1
    names.append(current)
    out = []
    for n in names:
        head = re.match(r"\s*([A-Za-z_][A-Za-z0-9_]*)", n)
        if head:
            out.append(head.group(1))
    return out


def root_exports(lib: str) -> dict[str, str]:
    """Names the crate root re-exports (`pub use m::{A, B}`), mapped to their module."""
    out = {}
    for m in re.finditer(r"pub\s+use\s+([a-z_][a-z0-9_]*)::(\{[^}]*\}|[A-Za-z_][A-Za-z0-9_]*)", lib):
        module, names = m.group(1), m.group(2)
        for name in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", names):
            out[name] = module
    return out


def module_path(src: Path, file: Path) -> list[str]:
    """`core/src/store/rowid.rs` → ["store", "rowid"]; `store/mod.rs` → ["store"]."""
    parts = list(file.relative_to(src).with_suffix("").parts)
    if parts[-1] == "mod":
        parts.pop()
    return parts


def edges(src: Path) -> dict[str, set[str]]:
    lib = strip_comments((src / "lib.rs").read_text(encoding="utf-8"))
    modules = set(re.findall(r"^\s*(?:pub(?:\([a-z]+\))?\s+)?mod\s+([a-z_][a-z0-9_]*)\s*;", lib, re.M))
    exports = root_exports(lib)
    graph: dict[str, set[str]] = {m: set() for m in modules}

    def target(name: str) -> str | None:
        if name in modules:
            return name
        return exports.get(name)

    for file in sorted(src.rglob("*.rs")):
        rel = file.relative_to(src)
        if rel.name == "lib.rs" and len(rel.parts) == 1:
            continue
        if rel.name == "tests.rs" or "tests" in rel.parts[:-1]:
            continue
        path = module_path(src, file)
        top = path[0]
        if top not in modules or top == "testing":
            continue
        text = strip_tests(strip_comments(file.read_text(encoding="utf-8")))
        # A file's own `mod x;` children are inside it; `super` counts from the module itself.
        found: set[str] = set()
        for m in USE_CRATE.finditer(text):
            names = group_names(text, m.start(1)) if m.group(1) == "{" else [m.group(1)]
            found.update(filter(None, map(target, names)))
        for m in SUPER_CHAIN.finditer(text):
            ups = m.group(1).count("super::")
            if ups < len(path):
                continue  # stays inside the top-level module
            names = group_names(text, m.start(2)) if m.group(2) == "{" else [m.group(2)]
            found.update(filter(None, map(target, names)))
        graph[top].update(found - {top})
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one node (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []
    counter = [0]

    def visit(v: str) -> None:
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    sys.setrecursionlimit(10_000)
    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(out)


def main() -> int:
    src = Path(sys.argv[1] if len(sys.argv) > 1 else "core/src")
    graph = edges(src)
    found = cycles(graph)
    if not found:
        print(f"no import cycles between the {len(graph)} top-level modules of {src}")
        return 0
    for component in found:
        inside = set(component)
        print(f"cycle between {', '.join(component)}:")
        for a in component:
            for b in sorted(graph[a] & inside):
                print(f"  {a} -> {b}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
