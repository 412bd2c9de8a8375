"""Noun events whose owner is a "his"/"her" named only after it (issue 19: titles of
noun events say who): "During her talks with the unions, Ruth Kelly said …" is Ruth
Kelly's talks, as "Before he resigned, David Blunkett …" is Blunkett's resignation.
No one is guessed where the pronoun could be another's or names no one."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

BEFORE = "Officials in the capital said they were worried. "  # not the text's first line


def titles(text: str) -> dict[str, str]:
    """Each event's title by the words of its mentions (a mention word -> the title)."""
    text = BEFORE + text
    document = Document(id="doc", text=text, source_text=text, published=date(2005, 3, 1))
    result = extract_document(next(nlp.parse([text])), document)
    return {m.text.lower(): e.title for e in result.events for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "word", "right"),
    [
        ("After her talks with the unions, Ruth Kelly said the deal was fair.",
         "talks", "Ruth Kelly's talks with the unions"),
        ("During his trip to Moscow, Mr Straw said the talks had gone well.",
         "trip", "Straw's trip to Moscow"),
        ("After his meeting with the Pope, Mr Blair said the visit was a success.",
         "meeting", "Blair's meeting with the Pope"),
    ],
)  # fmt: skip
def test_a_fronted_his_or_her_is_the_subject_named_after_it(
    text: str, word: str, right: str
) -> None:
    got = titles(text)
    assert got.get(word) == right, got


@pytest.mark.parametrize(
    ("text", "word", "who"),
    [
        # "his" with a woman named after it: someone else's visit
        ("During his visit to Paris, Ruth Kelly met the French finance minister.",
         "visit", "Kelly"),
        # no name after it: the minister is no one a title can name
        ("During his visit to Paris, the minister met the French finance minister.",
         "visit", "minister"),
        # "its" stands for a group, which the resolver is not trusted with
        ("During its visit to Paris, the delegation met the French finance minister.",
         "visit", "delegation"),
    ],
)  # fmt: skip
def test_no_owner_is_guessed(text: str, word: str, who: str) -> None:
    got = titles(text)
    assert who not in got.get(word, ""), got
