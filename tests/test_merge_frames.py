"""Undated merges read the event's words, not the frame of who told it (issue #19).

Two BBC politics reports of 2004 quoted the Home Secretary on two different laws under
review (householders' self-defence; the detention of terror suspects): their sentences
shared his name and office and "law", and kg merged the two reviews. The same case, in
texts of our own; events built by hand as in tests/test_merge_sections.py."""

from __future__ import annotations

from kg.link import Stories, assess
from kg.model import Actor, Event, Evidence

ACTORS = {"lowe": Actor("lowe", "Ann Lowe", "person")}


def _event(doc: str, word: str, summary: str) -> Event:
    ev = Evidence(doc, 0, len(word), word)
    return Event(f"{doc}/0-{len(word)}", "Investigate", ev, "review", [ev], title=word,
                 summary=summary, sources=[doc])  # fmt: skip


def _story() -> Stories:
    vector = {"lowe": 1.0}
    return Stories(of={"a": 0, "b": 0}, vectors={"a": vector, "b": vector},
                   published={"a": None, "b": None}, places={"a": set(), "b": set()})  # fmt: skip


def test_one_speaker_on_two_reviews_is_not_one_account():
    pledge = _event("a", "review", (
        "Justice Secretary Ann Lowe said ministers had kept their promise to review "
        "the law."))  # fmt: skip
    custody = _event("b", "reviewed", (
        "New Justice Secretary Ann Lowe vowed the six detainees would stay in custody while "
        "the law was being reviewed."))  # fmt: skip
    check = assess(pledge, custody, ACTORS, _story())
    assert not check.merges and check.blocked == "undated", check


def test_a_trailing_attribution_is_no_detail_either():
    first = _event("a", "review", (
        "Ministers will review the law on stalking after the Hartley case, "
        "Ann Lowe said."))  # fmt: skip
    second = _event("b", "review", (
        "Parliament will review the law on dog licences next year, "
        "Ann Lowe said on Monday."))  # fmt: skip
    assert not assess(first, second, ACTORS, _story()).merges


def test_two_reports_of_one_review_still_merge_under_their_frames():
    # the frame differs, what is told of the review is the same: one account
    said = _event("a", "review", (
        "Ann Lowe said the review of sentencing for knife crime would report to MPs "
        "in March."))  # fmt: skip
    told = _event("b", "review", (
        "The justice secretary told reporters the review of knife crime sentencing will "
        "report to MPs in March."))  # fmt: skip
    check = assess(said, told, ACTORS, _story())
    assert check.merges and check.evidence["vouched"] == {"account"}, check


def test_what_follows_a_comma_is_the_events_own_unless_a_speaker_tells_it():
    # "…, killing 14 passengers" is the attack's detail; "…, police said" is not
    from kg.link import _told_part

    attack = _event("a", "opened", "")
    killing = "Gunmen opened fire on a bus near Tarin, killing 14 passengers and the driver."
    assert _told_part(killing, attack) == killing
    said = "Gunmen opened fire on a bus near Tarin, police said on Monday."
    assert _told_part(said, attack) == "Gunmen opened fire on a bus near Tarin"
    assert _told_part("Gunmen opened fire on a bus near Tarin.", attack).endswith("Tarin.")
