"""Reports of one happening that kg kept apart on evidence read too narrowly (issue #19).

A report that puts an event at a town and at its county is no clash with one that gives
the town alone; a person dies once, and the one who died is the doer of "died"; a report
whose headline names the dead without a participant still tells whose death it is. Each
test also keeps apart the case that must stay apart. Events are built by hand, texts are
ours, written like the news."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from test_merge_undated import _event  # a one-word event of one document, built by hand
from test_merge_undated import _story as undated_story

from kg.link import Stories, assess, merge
from kg.model import Actor

ACTORS = {
    "harbour": Actor("harbour", "Harbour Foods", "organisation"),
    "wellington": Actor("wellington", "Wellington", "place"),
    "somerset": Actor("somerset", "Somerset", "place"),
    "taunton": Actor("taunton", "Taunton", "place"),
    "quinn": Actor("quinn", "Mara Quinn", "person", aliases={"Quinn"}),
    "ruiz": Actor("ruiz", "Elena Ruiz", "person"),
}


def _story(names: tuple[str, ...], published: date | None = None) -> Stories:
    """Two articles of one story naming the same actors, both published on ``published``,
    naming no other place."""
    return replace(undated_story(*names), published={"a": published, "b": published},
                   places={"a": set(), "b": set()})  # fmt: skip


def test_a_report_that_names_the_town_and_its_county_is_no_clash_with_the_town():
    story = _story(("harbour", "wellington"), date(2024, 7, 22))
    town = _event("a", "Disaster", "fire", [("harbour", "patient")], "wellington",
                  "Fire crews fought a blaze at the Harbour Foods store in Wellington on "
                  "Sunday morning.")  # fmt: skip
    county = _event("b", "Disaster", "fire", [("harbour", "patient")], "somerset",
                    "A man has denied arson after a fire at a Somerset supermarket, the "
                    "Harbour Foods store in Wellington.")  # fmt: skip
    check = assess(town, county, ACTORS, story)
    assert check.blocked is None and check.merges, check
    # a fire at the chain's store in another town, told without Wellington, stays apart
    other = _event("b", "Disaster", "fire", [("harbour", "patient")], "taunton",
                   "A fire at the Harbour Foods store in Taunton closed the town centre.")
    assert assess(town, other, ACTORS, story).blocked == "place"


def test_two_undated_reports_of_one_named_persons_death_are_one_death():
    story = _story(("quinn",))
    first = _event("a", "Death", "die", [("quinn", "agent")], None,
                   "Mara Quinn, the singer whose ballads filled dance halls in the 1960s, "
                   "has died, her agent said.")  # fmt: skip
    second = _event("b", "Death", "die", [("quinn", "agent")], None,
                    "Her publicist said Quinn died yesterday in her sleep at her home, after "
                    "a short illness.")  # fmt: skip
    check = assess(first, second, ACTORS, story)
    assert check.undated and check.merges, check
    assert check.evidence["vouched"] == {"victim"}
    (event,) = merge([first, second], ACTORS, story).values()
    assert "rests on the same named person it befell" in event.merge_rationale
    # the doer of another kind of event is no victim: she sings again and again
    texts = {"a": "Mara Quinn sang at the festival.", "b": "Quinn sang her old hits."}
    sang = [_event(d, "MakeStatement", "sing", [("quinn", "agent")], None, t)
            for d, t in texts.items()]  # fmt: skip
    assert assess(*sang, ACTORS, story).blocked == "undated"


def test_a_headline_that_names_the_dead_tells_whose_death_it_is():
    story = _story(("quinn", "ruiz"))
    named = _event("a", "Death", "die", [("quinn", "agent")], None,
                   "Quinn died early on Thursday in her sleep, according to her publicist.")
    headline = _event("b", "Death", "die", [], None,
                      "Mara Quinn Dead: Ballad Star Dies At 84")  # fmt: skip
    check = assess(named, headline, ACTORS, story)
    assert check.undated and check.merges, check
    # a sentence that names her as the owner of the one who died tells another death
    brother = _event("b", "Death", "die", [], None,
                     "Mara Quinn's brother dies after a long illness")  # fmt: skip
    assert assess(named, brother, ACTORS, story).blocked == "undated"
    # nor does a sentence that names another person as a side of the death
    other = _event("b", "Death", "die", [("ruiz", "agent")], None,
                   "Elena Ruiz, who sang with Mara Quinn for a decade, dies at 80")
    assert assess(named, other, ACTORS, story).blocked is not None


def test_one_account_of_an_untyped_event_in_dated_reports_of_a_story_is_one_event():
    actors = ACTORS | {"paris": Actor("paris", "Paris", "place")}
    texts = {
        "a": "Four men rammed their car into an upmarket jewellery store near Place Vendome "
        "in central Paris on Monday, smashing the shop window.",
        "b": "Thieves rammed a 4x4 through the window of an upmarket jewellery store near "
        "Place Vendome early on Monday, police said.",
    }
    rams = [_event(d, "OtherEvent", "ram", [], "paris", t) for d, t in texts.items()]
    story = _story(("paris",), date(2025, 3, 10))
    check = assess(*rams, actors, story)
    assert check.blocked is None and check.merges, check
    # undated, the same account told at length (the store, Place Vendome, Monday, the
    # window) is still one ramming; a headline's few words are not (test_link_undated)
    undated = assess(*rams, actors, _story(("paris",)))
    assert undated.merges and undated.evidence["vouched"] == {"account"}, undated
    # the same verb told with other details is another ramming, even on the same day
    van = _event("b", "OtherEvent", "ram", [], "paris",
                 "A van rammed the cash machine of a bank in the north of Paris, and the "
                 "raiders fled with the safe.")  # fmt: skip
    assert assess(rams[0], van, actors, story).blocked == "evidence"
