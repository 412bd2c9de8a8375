"""Cross-document merges that ECB+ train showed kg missing on dated reports (issue #19).

A bare report (no participant, place or time of its own: a follow-up's "The fire burned
for six hours") joins the placed report of its story, told within the story's days,
that uses its word for the event: before, it needed a person both articles name. Two
bare reports join only on one word for the event in articles of one day: Reuters 1987
read by hand gave generic verbs ("review", "fell back", "enter") of one story's
different days as one event.

Undated articles keep the issue's rule: no merge without the same named participants
in the same roles at one specific place. Texts are ours, written like the news."""

from __future__ import annotations

from test_merge_evidence import _across, _build  # build texts (dated or not); merged events

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


def test_two_bare_reports_join_on_one_word_only_in_articles_of_one_day():
    # "review" with nothing of its own in two articles of one story: the board's review
    # on Tuesday and the producers' on Wednesday are two; two copies of a day are one
    from datetime import date

    from kg.link import Stories, assess
    from kg.model import Actor, Event, Evidence

    actors = {"ico": Actor("ico", "International Coffee Organization", "organisation")}
    story = Stories(of={"a": 0, "b": 0}, vectors={d: {"ico": 1.0} for d in "ab"},
                    places={d: set() for d in "ab"})  # fmt: skip

    def review(doc: str) -> Event:
        ev = Evidence(doc, 0, 6, "review")
        return Event(f"{doc}/0-6", "Investigate", ev, "review", [ev], title="review",
                     factuality="asserted", sources=[doc])  # fmt: skip

    days = {"a": date(1987, 3, 31), "b": date(1987, 4, 1)}
    assert assess(review("a"), review("b"), actors, story, published=days).blocked == "evidence"
    days["b"] = days["a"]
    assert not assess(review("a"), review("b"), actors, story, published=days).blocked
