"""Real events the detector finds that the graph used to drop, and headline verbs in
their base form (issue 19, point 1: close the gap between the detector and the graph).

A headline's present agrees with a plural subject without -s ("Senators Block Trade
Bill"), and the model often reads the verb as a name or as the noun it also is ("Storm",
"Fire"). A finite past the parse hangs on its subject ("The coach, 58, reportedly headed
to a clinic on Monday") is an act with its own day. Every text here is written for the
project.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_events_headline_verbs import kinds  # each mention's word with its event's type

from kg import nlp
from kg.extract import extract_document
from kg.model import DocResult, Document


def run(text: str, published: date | None = date(2025, 3, 14)) -> DocResult:
    """A text's extraction; with ``published`` None, an article with no date."""
    document = Document(id="doc", text=text, source_text=text, published=published)
    return extract_document(next(nlp.parse([text])), document)


@pytest.mark.parametrize(
    ("text", "word", "kind"),
    [
        (
            "Senators Block Trade Bill\nThe measure stalled in committee on Wednesday.",
            "block",
            "OtherEvent",
        ),
        (  # the noun "storm" is a Disaster; after "Protesters" it is the verb
            "Protesters Storm Parliament In Capital\n"
            "Hundreds of people entered the building on Friday.",
            "storm",
            "UseOfForce",
        ),
        (  # a coach fired is a dismissal, not a blaze and not gunfire
            "Sixers Fire Coach Maurice Cheeks\nThe team let him go on Saturday.",
            "fire",
            "Resignation",
        ),
    ],
)
def test_headline_base_verb(text: str, word: str, kind: str) -> None:
    assert kinds(run(text)).get(word) == kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (  # a stance the table never reads as an act
            "Shoppers Love New Store In Town\nThe store opened its doors on Friday.",
            "love",
        ),
        (  # a carrying verb: the inquiry is the act, told by its own noun
            "Officials Open Inquiry Into Bridge Collapse\nThe bridge fell on Sunday.",
            "open",
        ),
        (  # a name the article writes again, not "Rights" that "Watch"
            "Human Rights Watch Report Finds Abuses In Prisons\n"
            "Human Rights Watch said on Monday that guards beat inmates.",
            "watch",
        ),
        (  # the object of the -s verb before it, not a verb after a subject
            "Inmate Pulls Gun On Guards, Runs Away\nThe man fled on foot on Tuesday.",
            "gun",
        ),
    ],
)
def test_not_a_headline_verb(text: str, word: str) -> None:
    assert word not in kinds(run(text))


def test_finite_past_hung_on_its_subject() -> None:
    """The parse makes "headed" a modifier of "The coach"; the past and its own day
    tell an act, also with no publication date to resolve the day."""
    text = "The coach, 58, reportedly headed to a clinic in Denver on Monday."
    assert "headed" in kinds(run(text, published=None))
