"""A group's name keeps the words of its compound modifier (issue 19): "first-time
buyers", "public sector workers", "Lib Dem officials" were the actors "time buyers",
"sector workers" and "Dem officials" on BBC politics, because only the modifier next
to the head was kept, not the words that modify it. Texts of our own."""

from __future__ import annotations

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import GROUP, Document


def groups(text: str) -> set[str]:
    doc = Document(id="d", text=text, source_text=text)
    result = extract_document(next(nlp.parse([text])), doc)
    return {m.name for m in result.actors if m.kind == GROUP}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Many first-time buyers bought homes in Leeds last year.", "first-time buyers"),
        ("Public sector workers marched through Cardiff on Tuesday.",
         "Public sector workers"),
        ("The scheme will make it possible for many first time buyers to buy a home in Hull.",
         "first time buyers"),
    ],
)  # fmt: skip
def test_a_compound_modifier_keeps_its_own_words(text: str, name: str) -> None:
    assert name in groups(text), groups(text)


def test_a_counting_word_stays_out_of_the_name() -> None:
    """The guard: "many" counts the buyers; it is no part of who they are."""
    got = groups(
        "The scheme will make it possible for many first time buyers to buy a home in Hull."
    )
    assert not any(g.lower().startswith("many") for g in got), got
