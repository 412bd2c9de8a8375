"""Undated reports merge only on strong evidence, and that evidence is read from the
reports themselves (issue #19).

A place two articles of one story name somewhere is not where both put the event; two
versions of one text tell one happening in one sentence; a person killed or arrested
is killed or arrested once. Events are built by hand, texts are ours."""

from __future__ import annotations

from kg.link import Stories, assess
from kg.model import Actor, Event, Evidence, Participant

ACTORS = {
    "marsh": Actor("marsh", "Helen Marsh", "person"),
    "hale": Actor("hale", "Tom Hale", "person"),
    "ortiz": Actor("ortiz", "Sam Ortiz", "person"),
    "greenway": Actor("greenway", "Greenway Party", "organisation"),
    "bristol": Actor("bristol", "Bristol", "place"),
    "leeds": Actor("leeds", "Leeds", "place"),
}


def _event(doc: str, kind: str, word: str, who=(), place=None, summary="") -> Event:
    ev = Evidence(doc, 0, len(word), word)
    return Event(f"{doc}/0-{len(word)}", kind, ev, word, [ev], title=word, summary=summary,
                 participants=[Participant(a, r) for a, r in who], place=place,
                 sources=[doc])  # fmt: skip


def _story(*names: str) -> Stories:
    """Two undated articles of one story, naming the same people and the same two cities."""
    vector = {n: 1 / len(names) ** 0.5 for n in names}
    return Stories(
        of={"a": 0, "b": 0},
        vectors={"a": vector, "b": vector},
        published={"a": None, "b": None},
        places={"a": {"bristol", "leeds"}, "b": {"bristol", "leeds"}},
    )


def test_a_city_both_articles_name_elsewhere_does_not_place_two_speeches_as_one():
    story = _story("marsh", "greenway")
    autumn = _event("a", "MakeStatement", "speech", [("marsh", "agent")], "bristol",
                    "Helen Marsh made her first speech as leader at the conference in Bristol "
                    "last October.")  # fmt: skip
    spring = _event("b", "MakeStatement", "speech", [("marsh", "agent")], None,
                    "Helen Marsh will address the spring forum in a lunchtime speech, after "
                    "staying behind for the vote.")  # fmt: skip
    check = assess(autumn, spring, ACTORS, story)
    assert check.undated and check.blocked == "undated", check
    # the same two reports when the second also says the speech was in Bristol: one place
    there = _event("b", "MakeStatement", "speech", [("marsh", "agent")], None,
                   "Helen Marsh spoke to the conference in Bristol in a speech that drew a "
                   "standing ovation.")  # fmt: skip
    assert assess(autumn, there, ACTORS, story).merges


def test_two_versions_of_one_text_tell_one_happening_without_a_date_or_place():
    story = _story("hale", "greenway")
    first = _event("a", "Resignation", "quit", [("hale", "agent")], None,
                   "Former presenter Tom Hale has quit the Greenway Party and accused it of "
                   "betraying the voters who backed it.")  # fmt: skip
    update = _event("b", "Resignation", "quit", [("hale", "agent")], None,
                    "Former presenter Tom Hale has quit the Greenway Party, and accused it of "
                    "betraying the voters who had backed it.")  # fmt: skip
    check = assess(first, update, ACTORS, story)
    assert check.undated and check.merges, check
    # his earlier quitting, told in other words, stays apart: one man quits often
    earlier = _event("b", "Resignation", "quit", [("hale", "agent")], None,
                     "In January Tom Hale quit his morning television show after remarks he "
                     "made about refugees.")  # fmt: skip
    assert assess(first, earlier, ACTORS, story).blocked == "undated"


def test_the_same_named_victim_makes_two_undated_reports_of_a_killing_one():
    story = _story("ortiz")
    one = _event(
        "a",
        "UseOfForce",
        "shooting",
        [("ortiz", "patient")],
        None,
        "Gunmen opened fire on a car carrying Sam Ortiz as it left the stadium.",
    )
    two = _event(
        "b",
        "UseOfForce",
        "shooting",
        [("ortiz", "patient")],
        None,
        "Police are still looking for the men behind the shooting that killed Ortiz.",
    )
    check = assess(one, two, ACTORS, story)
    assert check.undated and check.merges, check
    # a person named as the one a statement was about is criticised every week: no victim
    said = [("marsh", "patient")]
    texts = {"a": "Unions criticised Marsh over pay.", "b": "Her rivals criticised Marsh."}
    blame = [_event(d, "MakeStatement", "criticised", said, None, t) for d, t in texts.items()]
    assert assess(*blame, ACTORS, _story("marsh")).blocked == "undated"
    # nor is a named doer of the same kind of event: a gunman may shoot again
    texts = {"a": "Ortiz fired at a rival gang.", "b": "Police say Ortiz shot a guard."}
    doer = [_event(d, "UseOfForce", "shooting", [("ortiz", "agent")], None, t)
            for d, t in texts.items()]  # fmt: skip
    assert assess(*doer, ACTORS, story).blocked == "undated"


def test_undated_reports_of_two_players_arrested_stay_two_arrests():
    """One parse makes the arrested man the doer ("after being arrested ..., he faces"):
    the person an arrest names is the one it befell, whatever the role."""
    actors = {
        **ACTORS,
        "reyes": Actor("reyes", "Dan Reyes", "person"),
        "okafor": Actor("okafor", "Chidi Okafor", "person"),
    }
    story = _story("reyes", "okafor")
    first = _event("a", "Arrest", "arrested", [("reyes", "agent")], None,
                   "After being arrested on suspicion of drink-driving on Sunday, Reyes now "
                   "faces a fight for his place in the starting line-up.")  # fmt: skip
    second = _event("b", "Arrest", "arrested", [("okafor", "patient")], None,
                    "Rovers defender Chidi Okafor was arrested on suspicion of drink-driving, "
                    "the club's second such arrest this season.")  # fmt: skip
    assert assess(first, second, actors, story).blocked == "patient"
    # a report whose sentence names the other's man as well tells one arrest of the two
    both = _event("b", "Arrest", "arrested", [("okafor", "patient")], None,
                  "Chidi Okafor was arrested in the car Dan Reyes had lent him, on suspicion "
                  "of drink-driving.")  # fmt: skip
    assert assess(first, both, actors, story).blocked != "patient"


def _tip(doc: str, who: str, summary: str) -> Event:
    """A hypothetical win whose sentence starts its article: its word is the "win" after
    the person's name, placed as an extractor places it."""
    name = summary.index(ACTORS[who].name)
    at = summary.index("win", name)
    word = Evidence(doc, at, at + 3, "win")
    side = Evidence(doc, name, name + len(ACTORS[who].name), ACTORS[who].name)
    return Event(f"{doc}/{at}-{at + 3}", "Contest", word, "win", [word], title="win",
                 summary=summary, participants=[Participant(who, "agent", evidence=side)],
                 factuality="hypothetical", sources=[doc])  # fmt: skip


def test_one_person_tipped_to_win_one_prize_by_two_undated_articles_is_one_tip():
    story = _story("marsh", "hale")
    one = _tip("a", "marsh", "Most critics expect Helen Marsh will win best actress for her "
               "turn as a wartime nurse.")  # fmt: skip
    two = _tip("b", "marsh", "Tom Hale is favourite to win best director, while Helen Marsh is "
               "tipped to win best actress for Field Hospital.")  # fmt: skip
    check = assess(one, two, ACTORS, story)
    assert check.merges and check.evidence["vouched"] == {"prize"}, check
    # the sentence's other tip is for another prize: "best director" is read after its own
    # "win", not after hers
    other = _tip("b", "marsh", "Tom Hale is favourite to win best actress in the drama, while "
                 "Helen Marsh is tipped to win best director for Field Hospital.")  # fmt: skip
    assert assess(one, other, ACTORS, story).blocked == "undated"
    # nor is a tip for the same category at another night of prizes the same tip
    bafta = _tip("b", "marsh", "At the Baftas, Helen Marsh is tipped to win best actress for "
                 "Field Hospital.")  # fmt: skip
    oscar = _tip("a", "marsh", "Helen Marsh will win best actress at the Oscars, most critics "
                 "expect.")  # fmt: skip
    assert assess(oscar, bafta, ACTORS, story).blocked == "undated"
