"""An untyped event told by two articles of one story, with a time of its own and the
same doer, is one event (issue #19).

The samples' three Karabakh articles each say Azerbaijan "regained full control of the
territory in September 2023": an event kg cannot type, whose doer is a country, which
named doers alone could not vouch for, so it stood as three nodes. A month both reports
give, the same doer and one story make it one; another month, another doer or another
story keep them apart. Built end to end from articles we wrote."""

from __future__ import annotations

import json
from pathlib import Path

import kg

FIRST = (
    "Talks between Ecuador and Peru resume in Lindau\n\n"
    "Negotiators from Ecuador and Peru will meet in Lindau on Monday, the mediator "
    "Clara Benn said on Friday. The two neighbours have argued over the northern "
    "province for decades. Ecuador regained full control of the province in March "
    "2021, and thousands of families left their homes. Clara Benn said the talks would "
    "focus on the return of those families."
)
SECOND = (
    "Ecuador and Peru end first day of Lindau talks without a deal\n\n"
    "Delegations from Ecuador and Peru spent six hours in Lindau on Monday, the "
    "mediator Clara Benn said. Ecuador regained full control of the province in {when}, "
    "and Peru wants the families who fled to be allowed back. Clara Benn said a "
    "second round would follow next month."
)


def _build(tmp_path: Path, second: str) -> list:
    records = [
        {"id": "lindau-1", "text": FIRST, "published": "2026-03-06"},
        {"id": "lindau-2", "text": second, "published": "2026-03-10"},
    ]
    path = tmp_path / "lindau.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = kg.build([str(path)], progress=False)
    return [e for e in result.events.values() if e.lemma == "regain"]


def test_one_story_one_month_one_doer_is_one_untyped_event(tmp_path: Path):
    regained = _build(tmp_path, SECOND.format(when="March 2021"))
    assert len(regained) == 1, [(e.title, e.sources) for e in regained]
    assert sorted(regained[0].sources) == ["lindau-1", "lindau-2"]


def test_another_month_keeps_them_apart(tmp_path: Path):
    regained = _build(tmp_path, SECOND.format(when="May 2021"))
    assert len(regained) == 2, [(e.title, e.sources) for e in regained]


def test_another_doer_keeps_them_apart(tmp_path: Path):
    other = SECOND.format(when="March 2021").replace(
        "Ecuador regained full control", "Peru regained full control"
    )
    regained = _build(tmp_path, other)
    assert len(regained) == 2, [(e.title, e.sources) for e in regained]
