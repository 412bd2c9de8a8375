"""No module of kg binds a top-level name twice: a later ``SPEAKING = …`` silently
replaces an earlier word set that functions above it read at call time, and every rule
asking ``lemma in SPEAKING`` then answers False without an error (it happened: a tuple
of pronoun lists shadowed the verbs a speaking subject is read by). Read from the
source, so it fails the moment such a line is written."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "kg"


def _bound(tree: ast.Module) -> list[tuple[str, int]]:
    """The names a module binds at its top level, with their lines, in order."""
    out: list[tuple[str, int]] = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.append((node.name, node.lineno))
        elif isinstance(node, ast.Assign):
            out += [(t.id, node.lineno) for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            out.append((node.target.id, node.lineno))
    return out


@pytest.mark.parametrize("path", sorted(ROOT.rglob("*.py")), ids=lambda p: p.name)
def test_no_top_level_name_is_bound_twice(path: Path) -> None:
    seen: dict[str, int] = {}
    twice = []
    for name, line in _bound(ast.parse(path.read_text(encoding="utf-8"))):
        if name in seen:
            twice.append(f"{name} (lines {seen[name]} and {line})")
        seen[name] = line
    assert not twice, f"{path.relative_to(ROOT.parent)} binds again: {', '.join(twice)}"


def test_the_reader_finds_a_name_bound_twice() -> None:
    """The check itself: a module that rebinds a word set is caught."""
    tree = ast.parse('SPEAKING = {"say"}\ndef f(w):\n    return w in SPEAKING\nSPEAKING = ()\n')
    names = [n for n, _ in _bound(tree)]
    assert names.count("SPEAKING") == 2
