"""A roundup ("The Latest: …") tells each place's news under its own dateline: a curfew
under one dateline and a lockdown under another are two events, however alike their
words; a story with one dateline keeps its repeated mentions together."""

from __future__ import annotations

from datetime import date

from kg import nlp
from kg.extract import extract_document
from kg.model import Document

PUBLISHED = date(2020, 11, 23)


def _events(text: str) -> list[list[str]]:
    document = Document(id="doc", text=text, source_text=text, published=PUBLISHED)
    result = extract_document(next(nlp.parse([text])), document)
    return [[m.text.lower() for m in e.mentions] for e in result.events]


ROUNDUP = (
    "The Latest: Cities tighten rules as virus cases climb\n\n"
    "RAMALLAH, West Bank — The Palestinian prime minister said Monday that the West Bank "
    "will be under a full lockdown over the weekends, and a curfew will be imposed from "
    "7 p.m. on weekdays.\n\n"
    "ISLAMABAD — Pakistan's government has warned that several large gatherings may force "
    "it to impose a full lockdown amid a spike in cases.\n"
)


def test_a_roundups_datelines_keep_alike_events_apart():
    events = _events(ROUNDUP)
    joined = [e for e in events if "imposed" in e and "impose" in e]
    assert not joined, events


def test_one_dateline_keeps_a_repeated_event_together():
    text = (
        "RAMALLAH, West Bank — The Palestinian prime minister said Monday that a curfew "
        "will be imposed from 7 p.m. on weekdays.\n\n"
        "Officials said the curfew would be imposed by police patrols in every city.\n"
    )
    events = _events(text)
    assert any(e.count("imposed") == 2 for e in events), events


def test_a_dash_turned_into_a_straight_quote_still_opens_a_section():
    # scraped pages turn a dateline's dash into '"', also after a state's abbreviation
    text = (
        'BEIJING " A lockdown was imposed on three cities after new cases were found '
        "last week.\n"
        'SACRAMENTO, Calif. " A curfew was imposed on restaurants and bars as cases '
        "rise.\n"
    )
    events = _events(text)
    assert not [e for e in events if e.count("imposed") == 2], events
