"""Titles a reader understands, sixth pass (issue 19): a bare event noun told by its
clause when the clause's subject is a pronoun the resolver named, or its doer stands
after "by"; a long title cut where a phrase ends. Each case a class judged unreadable
in a hand-judged sample of real pages (seed 405), on text we write."""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import extract_document
from kg.model import Document


def titles(text: str) -> set[str]:
    document = Document(id="doc", text=text, source_text=text, published=date(2025, 3, 14))
    return {e.title for e in extract_document(next(nlp.parse([text])), document).events}


def test_a_trip_begun_by_a_resolved_pronoun_is_told_with_the_name():
    # "Three-month sailing trip" said not whose; "He" is Tomas Berg to the resolver
    found = titles(
        "Tomas Berg is a retired ferry captain from Gothenburg. "
        "He started a three-month sailing trip in June."
    )
    assert "Tomas Berg started a three-month sailing trip" in found, found
    assert not any(t.startswith("Three-month") for t in found), found


def test_a_tour_begun_by_she_is_hers_by_name():
    found = titles(
        "Leyla Haddad, a Beirut architect, quit her job in March. "
        "She began a six-week walking tour in April."
    )
    assert any(t.endswith("began a six-week walking tour") for t in found), found
    assert not any(t.startswith("Six-week") for t in found), found


def test_a_charge_listed_with_others_is_told_by_its_clause():
    # the comma after "murder" hid the word from the clause, leaving "Attempted murder"
    found = titles(
        "The driver turned himself in at the police station and was charged with attempted "
        "murder, arson in the first degree, and reckless endangerment in the second degree."
    )
    assert "Attempted murder" not in found, found
    assert any(t.startswith("The driver was charged with attempted murder") for t in found), found


def test_a_disaster_after_by_is_told_as_what_it_did():
    found = titles(
        "Weary firefighters said they had brought the blaze under control on Monday, as rain "
        "promised relief for countryside ravaged by bushfires."
    )
    assert "Bushfires ravaged countryside" in found, found
    assert "Bushfires" not in found, found


def test_a_quake_after_by_is_told_as_what_it_did():
    found = titles("Officials said the coastal towns flattened by the earthquake would be rebuilt.")
    assert "The earthquake flattened the coastal towns" in found, found
    assert "Earthquake" not in found, found


@pytest.mark.parametrize(
    ("text", "unfinished"),
    [
        (  # a possessive and the word before its noun
            "The new rules represent a sharp departure from Prime Minister Anthony "
            "Albanese's original proposal announced in May.",
            ("'s", "’s", "original", "Albanese"),
        ),
        (  # the word after a comma opens what the cut leaves out
            "The county said Friday it anticipates approval of the wetland permits, given by "
            "the Army Corps of Engineers and the state environment department, by the end of "
            "the year.",
            ("given",),
        ),
        (  # a name cut in two
            "Police said two masked men tried to enter the concert hall near the Gare du Nord "
            "train station late on Friday evening.",
            ("Gare du", "Gare"),
        ),
    ],
)
def test_a_cut_title_ends_where_a_phrase_does(text: str, unfinished: tuple[str, ...]):
    found = titles(text)
    assert all(len(t.removesuffix(" …").split()) <= 12 for t in found), found  # shown whole
    # or cut, never run on (a title told shorter by whole phrases needs no "…": seventh pass)
    assert not any(t.removesuffix(" …").endswith(unfinished) for t in found), found


def test_a_we_is_not_given_a_country_for_its_clause():
    # the resolver's guess for "we" is often a side, not the speakers
    found = titles(
        "“We don’t see rallies as the best way to do that,” said Mary Holt, who leads a "
        "nurses' group in Ohio. More than ten protests are planned across the state."
    )
    assert not any(t.startswith(("United States", "Ohio")) for t in found), found


def test_a_cut_title_backs_off_no_further_than_its_verb():
    found = titles(
        "The dockers union and the port employers of Rotterdam reached a new wage deal on "
        "Friday after a week of strikes."
    )
    assert not any(t.endswith("reached …") for t in found), found


def test_a_planned_stay_is_told_of_the_she_who_planned_it():
    # two "she" in the sentence, both Dana Whitfield to the resolver: "Planned extended
    # stay" said not whose plan
    found = titles(
        "Dana Whitfield, a nurse from Leeds, flew to Lima in March. At the time, she said, "
        "there were few cases in Peru and she had been planning an extended stay anyway."
    )
    assert "Dana Whitfield had been planning an extended stay" in found, found
    assert "Planned extended stay" not in found, found


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Ankara is bracing for any further influx of refugees from Iraq.",
            "Possible further influx of refugees from Iraq",
        ),
        (
            "The ministry said the death toll from the flooding has reached 212.",
            "Death toll from the flooding",
        ),
    ],
)
def test_an_event_noun_keeps_where_it_comes_from(text: str, title: str):
    # "Death toll", "Possible further influx of refugees" said not of what, from where
    assert title in titles(text)


def test_a_doer_after_by_that_is_its_own_event_keeps_its_own_title():
    # the killing and the bombing are two events: one title would make them one node
    found = titles("Three villagers were killed by the bombing on Tuesday.")
    assert "Three villagers were killed by the bombing" in found, found
    assert len(found) == 2, found


def test_a_cut_title_keeps_the_word_a_name_modifies():
    found = titles(
        "The truce was agreed in separate late-night telephone calls between UN envoy Maria "
        "Okafor and the two foreign ministers."
    )
    cut = [t for t in found if t.endswith("…")]
    assert not any(t.endswith("between UN …") for t in cut), found
