"""The README's cookbook shows each query's real answer on the committed sample output.

``python tests/test_readme.py`` rewrites that part of the README from ``output/``
after a rebuild; the test fails when the README and the answers drift apart (the
committed output itself is checked against a fresh build in test_build.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
START, END = "<!-- cookbook:start -->", "<!-- cookbook:end -->"
# query name -> (--bind arguments, rows shown; None: all)
SHOWN = {
    "who-said-what": (["actor=Azerbaijan"], None),
    "actor-timeline": (["actor=Armenia"], None),
    "actor-roles": (["event_title=first direct talks"], None),
    "contradictions": ([], None),
    "events-by-sources": ([], 8),
    "event-chains": ([], 6),
    "facts-only": ([], 10),
}


def cookbook_section() -> str:
    """The README's cookbook part, built by running each query on ``output/``."""
    from kg.query import cookbook, run

    parts = [START]
    book = cookbook()
    for name, (bind, rows) in SHOWN.items():  # in the order users ask
        path = book[name]
        lines = path.read_text(encoding="utf-8").splitlines()
        title = lines[0].lstrip("# ").rstrip(".")
        about = []
        for line in lines[1:]:
            if not line.startswith("#") or line.startswith("#   kg query"):
                break
            about.append(line.lstrip("#").strip())
        command = f"kg query output {name}" + "".join(
            f" --bind {b!r}" if " " in b else f" --bind {b}" for b in bind)
        answer = run(ROOT / "output", name, bind=bind).splitlines()
        if rows is not None and len(answer) > rows + 3:
            command += f" | head -n {rows + 2}"
            answer = answer[: rows + 2]
        parts += [f"#### {title} ([`{name}.rq`](ontology/queries/{name}.rq))", "",
                  " ".join(about), "", "```", f"$ {command}", *answer, "```", ""]
    parts.append(END)
    return "\n".join(parts)


def test_readme_cookbook_shows_the_current_answers():
    text = README.read_text(encoding="utf-8")
    shown = text[text.index(START) : text.index(END) + len(END)]
    assert shown == cookbook_section(), (
        "the README's cookbook is stale: run python tests/test_readme.py")


def test_every_cookbook_query_is_shown():
    from kg.query import cookbook

    assert set(cookbook()) == set(SHOWN)


if __name__ == "__main__":
    text = README.read_text(encoding="utf-8")
    new = text[: text.index(START)] + cookbook_section() + text[text.index(END) + len(END) :]
    README.write_text(new, encoding="utf-8")
    sys.exit(0)
