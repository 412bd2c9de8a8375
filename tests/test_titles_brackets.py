"""A title's brackets pair: an editor's insertion in a quote is part of the name it
completes, and a bracket a cut left open or shut goes (Reuters 00916's
"(Brazilian Finance Minister Dilson) Funaro's visit to Europe", and BBC business
titles cut inside a currency's bracket).

Every text here is written for the project.
"""

from __future__ import annotations

from test_event_groups import with_mention  # the events a mention word is in
from test_event_groups_within import run


def test_an_editors_insertion_that_opens_a_title_is_read_as_part_of_the_name():
    result = run(
        'Dealers said Latin American bank paper was under pressure. "(Peruvian Finance '
        "Minister Luis) Alva's visit to Europe has brought the debt crisis back into focus "
        'after a quiet week," one dealer said.',
        "Latin debt paper under pressure",
    )
    (visit,) = with_mention(result, "visit")
    assert "(" not in visit.title and ")" not in visit.title
    assert "Luis Alva's visit to Europe" in visit.title


def test_a_bracket_left_open_or_shut_by_the_cut_goes():
    from kg.extract.event_groups import _brackets

    assert _brackets("Meeting of finance ministers from the Group of Five (G-5") == (
        "Meeting of finance ministers from the Group of Five"
    )
    assert _brackets("Land reform to cost 24 billion pesos (about …") == (
        "Land reform to cost 24 billion pesos …"
    )
    assert _brackets("Possible dollars 1.9bn) investment deal") == (
        "Possible dollars 1.9bn investment deal"
    )
    kept = "The recall involves vans and sports utility vehicles (SUVs)"
    assert _brackets(kept) == kept


def test_a_clause_cut_inside_a_bracket_still_gives_way_to_the_events_own_phrase():
    # the clause's title, cut at "(153 billion …", left out the transfers: the noun's
    # own phrase tells them, whatever the pairing of the brackets does to the cut title
    result = run(
        "After grants to state farms, the two largest items in the budget are pensions "
        "(120 billion crowns set aside for next year) and transfers to local councils "
        "(70 billion)."
    )
    (transfers,) = with_mention(result, "transfers")
    assert transfers.title.startswith("Transfers to local councils")
