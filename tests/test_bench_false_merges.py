"""The false-merge bench counts what it claims to, on articles and events we write.

The counter is checked on merged events built by hand (a merge inside one group, one
across groups, one-source events) where the number of impossible merges is known; the
readers on a small DATA folder of our own (BBC-style files, a Reuters-style JSONL), and
``main`` end to end with kg on two groups of two short articles: a football final and a
phone launch that share the name "Newport" and nothing else.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import load_bench

from kg.model import Event, Evidence


@pytest.fixture(scope="module")
def fm():
    return load_bench("false_merges.py")


def _event(eid: str, *docs: str, title: str = "", rationale: str = "") -> Event:
    mentions = [Evidence(d, 0, 6, "struck") for d in docs]
    return Event(id=eid, type="Attack", trigger=mentions[0], lemma="strike", mentions=mentions,
                 title=title, sources=sorted(set(docs)), members=[f"{d}/0-6" for d in docs],
                 merge_rationale=rationale)  # fmt: skip


GROUPS = {"bbc-a": "bbc", "bbc-b": "bbc", "r-1": "reuters", "r-2": "reuters"}


def test_count_only_merges_across_groups(fm):
    events = {
        "e-3": _event("e-3", "bbc-a", "r-2", title="Strike on the port"),
        "e-1": _event("e-1", "bbc-a", "bbc-b"),  # one group: a merge, not an impossible one
        "e-2": _event("e-2", "r-1"),
        "e-4": _event("e-4", "r-1", "r-1"),  # two mentions, one article: no merge
        "e-5": _event("e-5", "bbc-b", "r-1", "r-2"),
    }
    got = fm.count(events, GROUPS, 4)
    assert (got.articles, got.events, got.cross) == (4, 5, 3)
    assert [e.id for e in got.impossible] == ["e-3", "e-5"]
    assert got.per_thousand == pytest.approx(500.0)
    # a source the counter was not told about is a group of its own
    alone = fm.count({"e-6": _event("e-6", "bbc-a", "other")}, GROUPS, 1)
    assert len(alone.impossible) == 1
    assert fm.count({}, GROUPS, 0).per_thousand == 0.0


def test_describe_shows_each_source_and_the_rationale(fm):
    ev = _event("e-3", "bbc-a", "r-2", title="Strike on the port",
                rationale="same type; shared actor Newport;\n same day")  # fmt: skip
    lines = fm.describe(ev, GROUPS, {"bbc-a": "Port strike ends", "r-2": "Grain exports"})
    assert lines == [
        "  'Strike on the port' (Attack; e-3)",
        "    [bbc] bbc-a 'Port strike ends': struck",
        "    [reuters] r-2 'Grain exports': struck",
        "    rationale: same type; shared actor Newport; same day",
    ]


SPORT = [
    ("Newport win the cup final",
     "Newport County beat Hartlepool 2-1 in the cup final at Rodney Parade on Saturday. "
     "Striker Tom Ellis scored twice before half-time, and Hartlepool's late goal came too "
     "late. Manager Sue Price said her players had earned the trophy."),
    ("Ellis signs new Newport deal",
     "Tom Ellis has signed a three-year contract with Newport County. The striker, who "
     "scored both goals in last week's final, turned down offers from two Championship "
     "clubs, the club said on Tuesday."),
]  # fmt: skip
TECH = [
    ("Newport phone maker unveils handset",
     "Welsh firm Dragonfly Mobile unveiled its first handset at a launch in Newport on "
     "Monday. The phone, which costs £199, runs its own operating system and will go on "
     "sale in March, chief executive Ann Morgan said."),
    ("Dragonfly handset delayed",
     "Dragonfly Mobile has delayed the sale of its first handset until May after testers "
     "found a battery fault. Ann Morgan said the company would replace the part at its "
     "factory near Newport."),
]  # fmt: skip


def _data(tmp_path: Path) -> Path:
    for section, items in (("sport", SPORT), ("tech", TECH)):
        folder = tmp_path / "bbc" / section
        folder.mkdir(parents=True)
        for i, (title, body) in enumerate(items, start=1):
            (folder / f"{i:03d}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    (tmp_path / "bbc" / "entertainment").mkdir()
    (tmp_path / "reuters").mkdir()
    records = [
        {"id": "reuters-00007", "title": "SHORT ITEM", "published": "1987-03-02T10:00:00",
         "text": "Prices were unchanged."},
        {"id": "reuters-00009", "title": "GRAIN TALKS", "published": "1987-03-03T11:30:00",
         "text": "Grain traders met in Chicago on Tuesday. " * 20},
    ]  # fmt: skip
    (tmp_path / "reuters" / "reuters21578.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    return tmp_path


def test_readers_sample_and_date_the_articles(fm, tmp_path):
    root = _data(tmp_path)
    bbc = fm.bbc_articles(root, ("sport", "tech"), 3, 1, "bbc")
    assert len(bbc) == 3 and len({a.id for a in bbc}) == 3
    assert [a.published for a in bbc] == [date(2005, 1, 1), date(2005, 1, 2), date(2005, 1, 3)]
    every = fm.bbc_articles(root, ("sport",), 5, 1, "sport")
    assert [(a.id, a.title) for a in every] == [
        ("bbc-sport-001", "Newport win the cup final"),
        ("bbc-sport-002", "Ellis signs new Newport deal"),
    ]
    assert every[0].text.startswith("Newport County beat") and every[0].group == "sport"
    # the short item is no article; the other keeps its own date
    reuters = fm.reuters_articles(root, 5, 1)
    assert [(a.id, a.published, a.group) for a in reuters] == [
        ("reuters-00009", date(1987, 3, 3), "reuters")
    ]
    sections = fm.mix(root, "bbc-sections", 2, 1)
    assert [a.group for a in sections] == ["sport", "sport", "tech", "tech"]


def test_jsonl_keeps_or_drops_the_dates(fm, tmp_path):
    articles = fm.mix(_data(tmp_path), "bbc-sections", 2, 1)
    for dates, expected in ((True, "2005-01-02"), (False, None)):
        path = tmp_path / f"{dates}.jsonl"
        fm.write_jsonl(articles, path, dates)
        records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        assert len(records) == 4
        assert records[1].get("published") == expected
        assert records[0]["id"] == "bbc-sport-001" and records[0]["source"] == "BBC News"


def test_main_builds_both_modes_and_counts(fm, tmp_path, capsys):
    root = _data(tmp_path)
    fm.main([str(root), "--per-group", "2"])
    out = capsys.readouterr().out
    # bbc-reuters: two BBC articles beside the one Reuters article long enough
    totals = [line.split() for line in out.splitlines() if line.startswith("all ")]
    assert [r[1:4] for r in totals] == [["no", "dates", "7"], ["with", "dates", "7"]]
    rows = [line.split() for line in out.splitlines() if line.startswith("bbc-sections ")]
    assert [r[1:3] for r in rows] == [["no", "dates"], ["with", "dates"]]
    for r in rows:
        articles, events, cross, impossible = map(int, r[3:7])
        assert articles == 4 and events >= 4 and impossible <= cross
        assert float(r[7]) == pytest.approx(1000 * impossible / articles)
        # every impossible merge is printed, with both sections among its sources
        header = next(x for x in out.splitlines() if x.startswith(f"bbc-sections, {r[1]}"))
        assert header.endswith(f"{impossible} impossible merges")
    assert out.count("    rationale: ") == sum(int(r[6]) for r in totals)
