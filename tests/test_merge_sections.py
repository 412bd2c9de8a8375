"""Undated merges across articles that an editor would sign, beyond politics (issue #19).

The wrong merges judged in BBC business, entertainment, sport and tech 2004-05, each
class told again in texts of our own: two lawsuits told in their trade's words alone,
and two backings placed by a town that is only a manager's club. Events are built by
hand, as in tests/test_merge_undated.py."""

from __future__ import annotations

from kg.link import Stories, assess
from kg.model import Actor, Event, Evidence, Participant

ACTORS = {
    "union": Actor("union", "Growers Union", "organisation"),
    "norvale": Actor("norvale", "Norvale", "place"),
    "hale": Actor("hale", "Tom Hale", "person"),
}


def _event(doc: str, kind: str, word: str, who=(), place=None, summary="", **kw) -> Event:
    ev = Evidence(doc, 0, len(word), word)
    return Event(f"{doc}/0-{len(word)}", kind, ev, word, [ev], title=word, summary=summary,
                 participants=[Participant(a, r) for a, r in who], place=place,
                 sources=[doc], **kw)  # fmt: skip


def _story(*names: str, places: frozenset[str] = frozenset()) -> Stories:
    """Two undated articles of one story, naming the same actors and ``places``."""
    vector = {n: 1 / len(names) ** 0.5 for n in names}
    return Stories(
        of={"a": 0, "b": 0},
        vectors={"a": vector, "b": vector},
        published={"a": None, "b": None},
        places={"a": set(places), "b": set(places)},
    )


def test_a_trades_words_alone_are_not_one_account_of_a_lawsuit():
    # a second round of suits against traders, and another suit against other traders:
    # the sentences share a third of their words, all of them the trade's
    story = _story("union")
    second = _event("a", "Trial", "sued", summary=(
        "The growers' union has started a second round of legal action against seed "
        "traders, but did not say how many were sued."))  # fmt: skip
    other = _event("b", "Trial", "sued", summary=(
        "The farming industry has started legal action against seed traders who sell "
        "untested foreign stock cheaply, and many were sued."))  # fmt: skip
    check = assess(second, other, ACTORS, story)
    assert check.undated and check.blocked == "undated", check
    # the same two sentences when both name the traders' town: a name pins it down
    there = _event("a", "Trial", "sued", summary=second.summary.replace(
        "seed traders", "Norvale traders", 1))  # fmt: skip
    here = _event("b", "Trial", "sued", summary=other.summary.replace(
        "seed traders", "Norvale traders"))  # fmt: skip
    check = assess(there, here, ACTORS, story)
    assert check.merges and check.evidence["vouched"] == {"account"}, check
    # and so does a figure, in words in one and in digits in the other
    sixty = _event("a", "Trial", "sued", summary=second.summary.replace(
        "seed traders", "sixty seed traders", 1))  # fmt: skip
    digits = _event("b", "Trial", "sued", summary=other.summary.replace(
        "seed traders", "60 seed traders"))  # fmt: skip
    assert assess(sixty, digits, ACTORS, story).merges
    # and so does an organisation both name as the one suing
    union = [("union", "agent")]
    ours = _event("a", "Trial", "sued", union, summary=second.summary)
    theirs = _event("b", "Trial", "sued", union, summary=other.summary)
    assert assess(ours, theirs, ACTORS, story).evidence.get("vouched") == {"account"}


def test_a_place_named_in_a_post_does_not_place_two_reports_as_one():
    # the manager backs a cup's return; fans back the manager: the parser reads him as
    # the doer in both, and "Norvale" is only the club of a manager in either sentence
    story = _story("hale", places=frozenset({"norvale"}))
    gives = _event("a", "OtherEvent", "backing", [("hale", "agent")], summary=(
        "Norvale manager Tom Hale has given his backing to a return of the cup."))  # fmt: skip
    has = _event("b", "OtherEvent", "backing", [("hale", "agent")], summary=(
        "Hale already has the backing of most fans, including former Norvale manager "
        "Ann Price."))  # fmt: skip
    check = assess(gives, has, ACTORS, story)
    assert check.undated and check.blocked == "undated", check
    # both reports putting the backing in Norvale: one place, one happening
    there = _event("b", "OtherEvent", "backing", [("hale", "agent")], summary=(
        "Hale gave his backing to the summer cup at a dinner in Norvale."))  # fmt: skip
    check = assess(_event("a", "OtherEvent", "backing", [("hale", "agent")], summary=(
        "Tom Hale backed the cup's return at a club dinner in Norvale on the night.")),
        there, ACTORS, story)  # fmt: skip
    assert check.merges and check.evidence["vouched"] == {"place"}, check
