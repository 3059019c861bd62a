"""What can be checked of the iOS code on a machine with no Swift compiler.

1. Syntax: every .swift file under ios/ parses with tree-sitter-swift (no ERROR or MISSING
   node). This catches unbalanced braces, broken string interpolation and the like; it does not
   check types.
2. Calls into the core: every `engine.name(label: …` in ios/ names a method that the generated
   bindings' KusomaEngine has, with that first argument label (or none). The bindings change
   when the Rust API does; this fails the build when the Swift app falls behind.

Usage: python ios/tools/check_swift.py target/bindings/swift/Kusoma.swift
Needs tree-sitter and tree-sitter-swift from PyPI (.ci/run installs them in a venv).
"""
import re
import sys
from pathlib import Path

import tree_sitter_swift
from tree_sitter import Language, Parser

IOS = Path(__file__).resolve().parent.parent

# `open func groupTurn(groupSession: String)throws -> TurnInfo` and the static `open(dataDir:…)`.
# (A name that is a Swift keyword is generated in backticks: `open`.)
METHOD = re.compile(r"^\s*(?:open|public)\s+(?:static\s+)?func\s+`?(\w+)`?\(([^)]*)\)", re.M)
# `engine.groupTurn(groupSession: …`, `engine.facilitators()`, `KusomaEngine.open(dataDir: …`.
CALL = re.compile(r"\b(?:engine|KusomaEngine)\.(\w+)\(\s*(?:(\w+)\s*:)?")


def syntax_problems(files):
    parser = Parser(Language(tree_sitter_swift.language()))
    problems = []
    for path in files:
        source = path.read_bytes()
        lines = source.splitlines()
        stack = [parser.parse(source).root_node]
        while stack:
            node = stack.pop()
            if node.is_error or node.is_missing:
                row, col = node.start_point
                what = f"missing {node.type}" if node.is_missing else "syntax error"
                text = lines[row].decode(errors="replace").strip() if row < len(lines) else ""
                problems.append(f"{path.relative_to(IOS.parent)}:{row + 1}:{col + 1}: {what}: {text[:100]}")
                continue
            stack.extend(node.children)
    return problems


def engine_methods(bindings):
    """Method name → the set of first argument labels ('' for none) of KusomaEngine."""
    text = bindings.read_text()
    start = text.index("open class KusomaEngine")
    end = text.find("\nopen class ", start + 1)
    body = text[start:end if end > 0 else len(text)]
    methods = {}
    for name, params in METHOD.findall(body):
        first = params.split(",")[0].strip()
        label = first.split(":")[0].split()[0] if first else ""
        methods.setdefault(name, set()).add("" if label == "_" else label)
    return methods


def call_problems(files, methods):
    problems = []
    for path in files:
        # Comments blanked (keeping the line count), so a call may span lines but a comment's
        # example is not taken for one.
        text = re.sub(r"//[^\n]*", "", path.read_text())
        for call in CALL.finditer(text):
            name, label = call.group(1), call.group(2) or ""
            labels = methods.get(name)
            where = f"{path.relative_to(IOS.parent)}:{text.count(chr(10), 0, call.start()) + 1}"
            if labels is None:
                problems.append(f"{where}: KusomaEngine has no method {name}")
            elif label not in labels:
                problems.append(f"{where}: {name}(…) takes first label {sorted(labels)}, not {label or 'none'!r}")
    return problems


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: check_swift.py path/to/generated/Kusoma.swift")
    bindings = Path(sys.argv[1])
    if not bindings.is_file():
        sys.exit(f"{bindings}: no such file (run bindings/generate.sh first)")
    files = sorted(p for p in IOS.rglob("*.swift") if "Sources/Kusoma/" not in p.as_posix())
    methods = engine_methods(bindings)
    problems = syntax_problems(files) + call_problems(files, methods)
    for p in problems:
        print(p)
    calls = sum(len(CALL.findall(re.sub(r"//[^\n]*", "", f.read_text()))) for f in files)
    print(f"{len(files)} Swift files, {calls} calls into the core checked against {len(methods)} methods: {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
