"""A route phrase whose preposition is the sentence's root ends its walk (GVC hung).

``actors._route_of`` climbs from a route preposition to the verb it hangs on. spaCy
makes a new Token object on every ``.head``, so a walk that stopped at the root by
identity (``word.head is not word``) never stopped when the root was itself a
preposition, as it is in a headline or a caption line such as "From Edinburgh to
Tweedbank". The GVC validation build hung in this loop. Each case runs in a child
process, so that a walk that does not end fails by its timeout instead of hanging the
suite.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

WALK = """
from kg import nlp
from kg.extract import actors
doc = next(nlp.parse(["From Glasgow to Acme."]))
root = next(t for t in doc if t.dep_ == "ROOT")
acme = next(t for t in doc if t.text == "Acme")
print(root.pos_, actors._route_of(acme).i == root.i)
"""

ARTICLE = """
from datetime import date
from kg import nlp
from kg.extract import extract_document
from kg.model import Document
text = (
    "From Edinburgh to Tweedbank.\\n\\n"
    "The Borders railway runs from Edinburgh to Tweedbank, the council said on Friday, "
    "and trains will run every half hour from June."
)
doc = Document(id="rail", text=text, source_text=text, published=date(2026, 3, 3))
result = extract_document(next(nlp.parse([text])), doc)
print(sorted({a.name for a in result.actors}))
"""


def _run(script: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def test_route_walk_stops_at_a_preposition_root():
    # the parse this is about: the caption's root is the preposition "From"
    assert _run(WALK).split() == ["ADP", "True"]


def test_an_article_with_a_preposition_headline_builds():
    out = _run(ARTICLE)
    assert "Edinburgh" in out and "Tweedbank" in out
