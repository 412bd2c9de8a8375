"""Two undated reports whose sentences name the same sides of an event are one event,
whatever roles the parse gave those names; another side, a date of its own or a side
that is only an acronym keep them apart (issue #19, strong evidence for undated
articles). Events are built by hand, texts are ours."""

from __future__ import annotations

from datetime import date

from kg.link import Stories, assess
from kg.model import Actor, Event, Evidence, Participant, TimeValue

ACTORS = {
    "varga": Actor("varga", "Dominik Varga", "person", aliases={"Varga"}),
    "okafor": Actor("okafor", "Emeka Okafor", "person", aliases={"Okafor"}),
    "lindqvist": Actor("lindqvist", "Per Lindqvist", "person"),
    "reyes": Actor("reyes", "Dan Reyes", "person", aliases={"Reyes"}),
    "hawks": Actor("hawks", "Harbour City Hawks", "organisation"),
    "rovers": Actor("rovers", "Eastbrook Rovers", "organisation"),
    "comets": Actor("comets", "Westfield Comets", "organisation"),
    "northwind": Actor("northwind", "Northwind Software", "organisation", aliases={"Northwind"}),
    "zip": Actor("zip", "ZIP", "organisation"),
}


def _event(doc: str, kind: str, word: str, who=(), summary: str = "", time=None) -> Event:
    ev = Evidence(doc, 0, len(word), word)
    return Event(f"{doc}/0-{len(word)}", kind, ev, word, [ev], title=word, summary=summary,
                 participants=[Participant(a, r) for a, r in who], time=time,
                 sources=[doc])  # fmt: skip


def _story(*names: str) -> Stories:
    """Two undated articles of one story that name the same actors."""
    vector = {n: 1 / len(names) ** 0.5 for n in names}
    return Stories(of={"a": 0, "b": 0}, vectors={"a": vector, "b": vector},
                   published={"a": None, "b": None}, places={})  # fmt: skip


def test_both_fighters_named_in_both_sentences_make_one_undated_fight():
    story = _story("varga", "okafor", "lindqvist")
    one = _event("a", "Contest", "victory", [("varga", "partner")],
                 "Dominik Varga kept his heavyweight belt with a victory over Emeka Okafor "
                 "in the seventh round.")  # fmt: skip
    other = _event("b", "Contest", "victory", [("okafor", "patient")],
                   "Emeka Okafor was stopped in the seventh round, a clear victory for "
                   "Dominik Varga before a full arena.")  # fmt: skip
    check = assess(one, other, ACTORS, story)
    assert check.undated and check.merges, check
    assert check.evidence["vouched"] == {"sides"}
    # the champion's fight with another challenger stays apart: one fighter differs
    rematch = _event("b", "Contest", "victory", [("varga", "partner")],
                     "Dominik Varga's victory against Per Lindqvist came in the fourth, as "
                     "Emeka Okafor looked on from ringside.")  # fmt: skip
    assert not assess(one, rematch, ACTORS, story).merges
    # and so does one told with a year of its own: the past of the story
    past = _event("b", "Contest", "victory", [("varga", "partner")],
                  "Dominik Varga first beat Emeka Okafor back in 2019, a victory on points.",
                  time=TimeValue("2019", date(2019, 1, 1), date(2019, 12, 31), "year"))  # fmt: skip
    assert not assess(one, past, ACTORS, story).merges


def test_one_team_s_offer_not_a_sentence_naming_other_teams_nor_an_acronym():
    story = _story("reyes", "hawks", "rovers", "comets")
    offer = _event("a", "OtherEvent", "offer", [("hawks", "agent")],
                   "The Harbour City Hawks made Dan Reyes an offer of four years.")  # fmt: skip
    same = _event("b", "OtherEvent", "offer", [("reyes", "patient")],
                  "Dan Reyes is weighing the offer of the Harbour City Hawks, his agent "
                  "said.")  # fmt: skip
    assert assess(offer, same, ACTORS, story).merges
    others = _event("b", "OtherEvent", "offer", [("reyes", "patient")],
                    "None of the Harbour City Hawks, Eastbrook Rovers and Westfield Comets "
                    "has made Dan Reyes an offer of more than four years.")  # fmt: skip
    assert not assess(offer, others, ACTORS, story).merges

    # an acronym ("ZIP") is as often a product or a title as a side: not a second one
    story = _story("northwind", "zip")
    fix = _event("a", "OtherEvent", "patch", [("northwind", "agent")],
                 "Northwind issues patch for ZIP flaw")  # fmt: skip
    again = _event("b", "OtherEvent", "patch", [],
                   "Northwind has released a patch to fix a flaw in its ZIP tool.")  # fmt: skip
    assert not assess(fix, again, ACTORS, story).merges
