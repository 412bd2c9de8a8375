"""Acts only asked for, and a dated act beside a sweep (issue 19, follow-up to s1 and s2).

An act someone calls for, pushes for or seeks is "planned" (s2), but a title "Planned
resignation of the health minister" reads as the minister's own plan: the title says
who asks ("The nurses' union called for the resignation …"), or that it is a call
("Calls for the resignation …"). A real plan keeps its "planned" ("Planned strike by
rail workers").

A dated act done to one ("his arrest in August 2013") is not an undated sweep done to
many ("Sissi arrested tens of thousands"): two events. Guards: the same act told again
("The arrest of the activist … the arrest") stays one.

Every text here is written for the project.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import DocResult, Document

PUBLISHED = date(2025, 3, 14)


def run(text: str) -> DocResult:
    """A text extracted as one dated article."""
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    return extract_document(next(nlp.parse([text])), document)


def titled(text: str, word: str) -> str:
    """The title of the one event a mention word (lower case) is in."""
    (event,) = [e for e in run(text).events if word in {m.text.lower() for m in e.mentions}]
    return event.title


@pytest.mark.parametrize(
    ("text", "word", "asker"),
    [
        (
            "The nurses' union called for the resignation of the chief executive on "
            "Tuesday, after a report found wards left without staff for weeks.",
            "resignation",
            "called for the resignation",
        ),
        (
            "The protesters demanded the release of all political prisoners by the end "
            "of the week.",
            "release",
            "demanded the release",
        ),
        (
            "Press groups pushed for the release of the two detained journalists on "
            "Saturday, a week after their arrest at the border.",
            "release",
            "ush for the release",
        ),
        (
            "Lawyers for the former mayor filed a motion on Monday seeking dismissal of "
            "the bribery charges against him.",
            "dismissal",
            "seeking dismissal",
        ),
    ],
)
def test_an_act_asked_for_is_titled_by_the_asking(text: str, word: str, asker: str) -> None:
    name = titled(text, word)
    assert not name.lower().startswith("planned"), name
    assert asker in name.lower(), name


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The planned strike by rail workers was set to begin on Monday, the union said.",
            "strike",
        ),
        (
            "The government announced a planned merger of the two regional health boards "
            "in a statement on Friday.",
            "merger",
        ),
    ],
)
def test_a_real_plan_keeps_planned(text: str, word: str) -> None:
    name = titled(text, word)
    assert "lanned" in name, name
    assert "call" not in name.lower(), name


def test_a_dated_arrest_is_not_the_sweep_of_tens_of_thousands() -> None:
    result = run(
        "Since taking power, Sissi has arrested tens of thousands of opponents, rights "
        "groups say. His arrest of the activist Alaa Nour in August 2013 drew protests "
        "in several European capitals."
    )
    sweep = [e for e in result.events if "arrested" in {m.text for m in e.mentions}]
    assert sweep, [e.title for e in result.events]
    assert "arrest" not in {m.text.lower() for m in sweep[0].mentions}, sweep[0].title


def test_one_arrest_told_twice_stays_one_event() -> None:
    result = run(
        "Police arrested the activist Alaa Nour in Cairo in August 2013. His arrest drew "
        "protests in several European capitals."
    )
    (event,) = [e for e in result.events if "arrested" in {m.text for m in e.mentions}]
    assert "arrest" in {m.text.lower() for m in event.mentions}, event.title


def test_a_sweep_told_twice_stays_one_event() -> None:
    result = run(
        "Security forces arrested hundreds of protesters across the city on Friday. The "
        "arrests of the protesters were condemned by the United Nations."
    )
    (event,) = [e for e in result.events if "arrested" in {m.text for m in e.mentions}]
    assert "arrests" in {m.text.lower() for m in event.mentions}, event.title
