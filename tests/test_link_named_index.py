"""A much-named actor is asked by document when two reports are weighed.

Whether a report's named doer is only its own headline's words ("Kraft Shooting" read
as a name) was asked by walking every mention of the actor: a country named in
thousands of articles was walked for every pair of events, so linking grew faster than
the archive. ``Stories.named`` holds such an actor's mentions by document; the answer
must be the same as the walk's.
"""

from __future__ import annotations

from kg import link
from kg.model import Actor, Event, Evidence, Participant


def _event(doc: str, start: int, end: int, doer: str) -> Event:
    trigger = Evidence(doc, start, end, "Shooting")
    return Event(
        id=f"{doc}/{start}-{end}",
        type="UseOfForce",
        trigger=trigger,
        lemma="shooting",
        mentions=[trigger],
        participants=[Participant(actor=doer, role="agent")],
        sources=[doc],
    )


def _country(docs: int) -> Actor:
    mentions = [Evidence(f"d{i}", 40, 47, "Ruritania") for i in range(docs)]
    mentions.append(Evidence("d7", 10, 30, "Ruritania Shooting"))  # a headline's words
    return Actor(id="ruritania", name="Ruritania", kind="country", mentions=mentions)


def test_a_much_named_side_is_found_in_the_report_s_own_words_by_document():
    country = _country(link.MANY_MENTIONS * 3)
    actors = {country.id: country}
    story = link.Stories()
    inside = _event("d7", 20, 28, "ruritania")  # the event's word lies within the name
    outside = _event("d8", 20, 28, "ruritania")  # its own article names it elsewhere
    for ev, sides in ((inside, set()), (outside, {"ruritania"})):
        assert link._clash_sides(ev, "agent", actors) == sides
        assert link._clash_sides(ev, "agent", actors, story) == sides
    assert len(story.named(country, "d7")) == 2
    assert story.named(country, "nowhere") == []
