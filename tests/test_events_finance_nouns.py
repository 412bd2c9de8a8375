"""Money raised on the markets is an event (issue 19): "a $100 million capital raising
completed this week", "a share placement", "a buyback", "a rights issue" tell a company
selling or buying back its shares, a Business event, where the graph had nothing. The
same words in another sense stay out: "raising the bar", "product placement", "a peace
offering", and a noun that only names documents of an offering."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def events(text: str) -> list[tuple[str, str, str]]:
    """(type, lemma, title) of each event kg finds in a text."""
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    found = extract_document(next(nlp.parse([text])), document).events
    return [(e.type, e.lemma, e.title) for e in found]


def business(text: str) -> list[tuple[str, str, str]]:
    return [e for e in events(text) if e[0] == "Business"]


def test_a_capital_raising_completed_is_one_business_event():
    found = business(
        "Kestrel Gold said on Friday that a $120 million capital raising was completed "
        "this week to fund drilling at its Pilbara project."
    )
    assert [e[1] for e in found] == ["raising"], found
    assert "capital raising" in found[0][2], found


def test_placements_offerings_buybacks_and_rights_issues_are_business_events():
    cases = {
        "Harbour Minerals completed a share placement to institutional investors on Monday.": (
            "placement"
        ),
        "Norland Bank raised 2 billion euros in a rights issue last month.": "issue",
        "Velta Foods announced a $2 billion buyback of its shares on Tuesday.": "buyback",
        "The chipmaker's share offering was priced at $18 a share on Friday.": "offering",
    }
    for text, lemma in cases.items():
        found = business(text)
        assert [e[1] for e in found] == [lemma], (text, found)
    # the same words in another sense are no event
    for text in (
        "The education minister is raising the bar for primary schools this year.",
        "The studio's film relies heavily on product placement.",
        "She left a peace offering at her neighbour's door.",
        "The firm's placement of graduates in local jobs is the best in the region.",
    ):
        assert business(text) == [], (text, events(text))
    # a noun that names the offering's papers is no sale of shares
    found = events("Lawyers for the chipmaker drafted the share offering documents in May.")
    assert not any(e[1] == "offering" for e in found), found
