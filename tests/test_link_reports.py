"""Cross-document merges that ECB+ train showed kg missing on dated reports (issue #19).

Two causes, each with our own articles written like the news:

* a bare report (no participant, place or time of its own: a follow-up's "The fire
  burned for six hours") joins the placed report of its story that uses its word,
  within a story's days: before, it needed a person both articles name;
* two events one article's extractor kept apart ("the takeover" and "the deal") join
  when other articles tell them as one, unless a rule tells them apart (two places, two
  times): before, any two events of one article kept their clusters apart.

Undated articles keep the issue's rule: no merge without the same named participants
in the same roles at one specific place."""

from __future__ import annotations

from datetime import date

from test_merge_evidence import _across, _build  # build texts (dated or not); merged events

from kg.link import Stories, assess, merge
from kg.model import Actor, Event, Evidence, Participant, TimeValue

FIRE = {
    "gazette": (
        "Fire destroys Tesco store in Wellington\n\n"
        "A fire destroyed the Tesco supermarket in Wellington, Somerset, on Tuesday night, "
        "Devon and Somerset Fire and Rescue Service said.\n\n"
        "No one was hurt. Tesco said staff had left the store before the fire started.\n"
    ),
    "echo": (
        "Shoppers shocked after fire\n\n"
        "The fire burned for six hours before crews brought it under control, Tesco said.\n\n"
        "Shoppers in Wellington gathered outside the store on Wednesday morning. Tesco said "
        "it would open a temporary shop next month.\n"
    ),
}


def test_a_bare_follow_up_joins_the_placed_report_that_uses_its_word(tmp_path):
    # the follow-up's fire has nothing of its own; the two articles, published the same
    # day, name Tesco and Wellington, and both call it "fire": one fire
    dates = {"gazette": "2025-03-12", "echo": "2025-03-12"}
    (fire,) = _across(_build(tmp_path, FIRE, dates))
    assert fire.sources == ["echo", "gazette"] and fire.type == "Disaster"
    assert "fire" in {m.text.lower() for m in fire.mentions if m.doc_id == "echo"}


def test_a_bare_follow_up_without_dates_stays_apart(tmp_path):
    # the same two articles with no date: time cannot vouch, no named side is in a role
    # of the fire in both, so the rule keeps them apart
    assert _across(_build(tmp_path, FIRE)) == []


ACTORS = {
    "norvale": Actor("norvale", "Norvale Foods", "organisation"),
    "brightwater": Actor("brightwater", "Brightwater Dairies", "organisation"),
    "chicago": Actor("chicago", "Chicago", "place"),
    "denver": Actor("denver", "Denver", "place"),
}
SIDES = (("norvale", "agent"), ("brightwater", "patient"))
DAY = date(2025, 3, 10)
STORY = Stories(
    of={"a": 0, "b": 0},
    vectors={d: {"norvale": 0.8, "brightwater": 0.6} for d in "ab"},
    places={d: {"chicago"} for d in "ab"},
)


def _event(doc: str, start: int, kind: str, lemma: str, place: str) -> Event:
    ev = Evidence(doc, start, start + len(lemma), lemma)
    return Event(f"{doc}/{start}-{start + len(lemma)}", kind, ev, lemma, [ev], title=lemma,
                 participants=[Participant(a, r) for a, r in SIDES],
                 time=TimeValue(str(DAY), DAY, DAY, "day"), place=place,
                 factuality="asserted", sources=[doc])  # fmt: skip


def test_two_events_of_one_article_join_when_another_report_tells_them_as_one():
    # article a tells the takeover and "the deal" as two events (its extractor's split);
    # article b's takeover fits both: one acquisition, of one type
    takeover, deal = (
        _event("a", 0, "Merger", "acquire", "chicago"),
        _event("a", 50, "Agree", "deal", "chicago"),
    )
    other = _event("b", 0, "Merger", "acquire", "chicago")
    assert (
        assess(takeover, other, ACTORS, STORY).merges and assess(deal, other, ACTORS, STORY).merges
    )
    merged = merge([takeover, deal, other], ACTORS, STORY, published={"a": DAY, "b": DAY})
    (one,) = [e for e in merged.values() if len(e.sources) == 2]
    assert sorted(one.members) == sorted([takeover.id, deal.id, other.id])
    assert one.type == "Merger" and len(merged) == 1


def test_two_events_of_one_article_at_two_places_stay_two():
    # one article tells a takeover in Chicago and another in Denver: the other report's
    # Chicago takeover joins the first only, as the two places tell them apart
    chicago, denver = (
        _event("a", 0, "Merger", "acquire", "chicago"),
        _event("a", 50, "Merger", "acquire", "denver"),
    )
    other = _event("b", 0, "Merger", "acquire", "chicago")
    merged = merge([chicago, denver, other], ACTORS, STORY, published={"a": DAY, "b": DAY})
    groups = sorted(sorted(e.members) for e in merged.values())
    assert groups == [sorted([chicago.id, other.id]), [denver.id]]
