"""Acts someone aims at, asks for or attempts are not acts that took place (issue 19,
judged seed 431): "seeking dismissal of the charges" was read as an act that
happened, "tried to get Zucker fired" as a firing, "pressure to overturn" as an
overturned ruling. The act keeps its own type with the factuality "planned" (kg's
value for an act intended and not done), so it never passes for, or merges with, the
act itself. Beside each, guards: the same acts told as done, and someone "seeking
reelection", which is a campaign under way."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

PUBLISHED = date(2025, 3, 14)


def readings(text: str) -> dict[str, tuple[str, str]]:
    """Mention word (lower case) -> (type, factuality) of its event, for every mention."""
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    result = extract_document(next(nlp.parse([text])), document)
    return {m.text.lower(): (e.type, e.factuality) for e in result.events for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a verb of trying: the act tried for
        ("Rebels attempted to seize the airport in Tripoli on Sunday.", "seize"),
        ("Trump tried to get Zucker fired from CNN in 2019, the book says.", "fired"),
        # a verb of asking: the act asked of someone else
        ("Opposition leaders urged Prime Minister Ali Sharif to resign on Friday.", "resign"),
        ("The union called on Transport Minister Dana Pike to resign over the crash.",
         "resign"),
        # an act called, pushed or asked for
        ("The nurses' union called for the resignation of the chief executive on "
         "Tuesday.", "resignation"),
        ("Press groups pushed for the release of the two detained journalists on "
         "Saturday.", "release"),
        # a noun of asking, and the act it aims at
        ("Activists applied pressure on the Supreme Court to overturn the ruling last "
         "week.", "overturn"),
    ],
)
def test_an_aimed_asked_or_attempted_act_is_planned(text: str, word: str) -> None:
    found = readings(text)
    assert word in found, found
    assert found[word][1] == "planned", found


@pytest.mark.parametrize(
    ("text", "word", "reading"),
    [
        # the same acts told as done
        ("Rebels seized the airport in Tripoli on Sunday.", "seized", ("UseOfForce", "asserted")),
        ("Prime Minister Ali Sharif resigned on Friday after weeks of protests.", "resigned",
         ("Resignation", "asserted")),
        # forced and got: the act took place
        ("Protesters forced Prime Minister Ali Sharif to resign on Friday.", "resign",
         ("Resignation", "asserted")),
        # seeking an office is a campaign under way
        ("Governor Tom Reyes is seeking reelection in the state this year.", "reelection",
         ("Election", "asserted")),
    ],
)
def test_acts_told_as_done_keep_their_reading(
    text: str, word: str, reading: tuple[str, str]
) -> None:
    found = readings(text)
    assert found.get(word) == reading, found

