"""The sampling bench picks English pages, gives gold dates, draws a stable sample, and
reads a judged checklist back into the right shares and Wilson intervals.

Pages and articles are written here; one test builds three short articles with kg (two
reports of one council vote, one of a storm) and checks the checklist that comes out.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import load_bench


@pytest.fixture(scope="module")
def se():
    return load_bench("sample_events.py")


PAGE = """<!DOCTYPE html>
<html {lang}><head><title>{title}</title>
<meta property="article:published_time" content="2020-03-01T08:00:00Z"></head>
<body><article><h1>{title}</h1><p>{body}</p></article></body></html>
"""


def _page(folder: Path, name: str, lang: str, title: str, body: str) -> Path:
    path = folder / name
    path.write_text(PAGE.format(lang=lang, title=title, body=body), encoding="utf-8")
    return path


def test_english_pages_only(se, tmp_path):
    body = "The council approved the budget on Monday."
    _page(tmp_path, "a.html", 'lang="en-US"', "Budget passed", body)
    _page(tmp_path, "b.html", "lang='en_IN'", "Budget passed", body)
    _page(tmp_path, "c.html", 'lang="de"', "Haushalt", "Der Rat hat den Haushalt beschlossen.")
    _page(tmp_path, "d.html", "", "No language", body)
    _page(tmp_path, "e.html", 'lang="english-ish"', "Odd", body)
    (tmp_path / "f.txt").write_text("Budget passed\n\n" + body + "\n", encoding="utf-8")
    assert se.page_language(tmp_path / "b.html") == "en-in"
    keep, dropped = se.inputs([tmp_path])
    assert [p.name for p in keep] == ["a.html", "b.html", "f.txt"]
    assert [p.name for p in dropped] == ["c.html", "d.html", "e.html"]
    keep, dropped = se.inputs([tmp_path], all_languages=True)
    assert len(keep) == 6 and not dropped


def test_gold_dates_replace_the_page_dates(se, tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    a = _page(pages, "1.html", 'lang="en"', "Budget passed",
              "The council approved the budget on Monday after a long debate.")  # fmt: skip
    b = _page(pages, "2.html", 'lang="en"', "Storm hits coast",
              "A storm hit the coast on Sunday and closed two roads.")  # fmt: skip
    gold = tmp_path / "gold.json"
    gold.write_text(
        json.dumps({"https://x.example/1": {"file": "1.html", "date": "2020-02-27"},
                    "https://x.example/2": {"file": "2.html", "date": float("nan")}})
    )  # fmt: skip
    c = _page(pages, "3.html", 'lang="en"', "Choque en ruta 188",
              "Tres personas murieron en un choque frontal en la ruta 188 el domingo por la "
              "noche, según informó la policía de la provincia.")  # fmt: skip
    docs, errors, foreign = se.documents([a, b, c], se.gold_dates(gold))
    assert not errors and len(foreign) == 1  # the Spanish page that says lang="en"
    # the page kg dated 2020-03-01 from its meta tag gets the gold date; the other keeps it
    assert [d.published for d in docs] == [date(2020, 2, 27), date(2020, 3, 1)]
    path = tmp_path / "pages.jsonl"
    se.write_records(docs, path)
    records = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]
    assert [r["published"] for r in records] == ["2020-02-27", "2020-03-01"]
    assert records[0]["title"] == "Budget passed" and "approved the budget" in records[0]["text"]


def test_english_by_its_words(se):
    assert se.english_text("The council approved the budget on Monday after a long debate.")
    assert not se.english_text("O conselho aprovou o orçamento na segunda-feira.")
    assert not se.english_text("Der Rat hat den Haushalt am Montag beschlossen.")
    assert not se.english_text("2020 — 14:00")


def test_draw_is_seeded_and_bounded(se):
    ids = [f"e-{i}" for i in range(30)]
    first = se.draw(reversed(ids), 5, 1)
    assert first == se.draw(ids, 5, 1)  # the input order does not matter
    assert len(set(first)) == 5 and set(first) <= set(ids)
    assert se.draw(ids, 5, 2) != first
    assert sorted(se.draw(ids[:3], 5, 1)) == ids[:3]


def test_wilson_interval(se):
    # 12 of 40 (the merges): p 0.30; z = 1.96 gives [0.181, 0.454]
    lo, hi = se.wilson(12, 40)
    assert (round(lo, 3), round(hi, 3)) == (0.181, 0.454)
    assert se.wilson(0, 10) == pytest.approx((0.0, 0.2775), abs=1e-4)
    assert se.wilson(10, 10) == pytest.approx((0.7225, 1.0), abs=1e-4)
    assert se.wilson(0, 0) == (0.0, 1.0)


JUDGED = """# kg events for judgement by hand

## Events (3 of 10)

### 1. Council approves budget
- [x] real
- [x] title readable

### 2. 're shooting in a more moderate manner
- [ ] real
- [ ] title readable

### 3. Storm hits coast
- [X] real
- [ ] Title readable

## Cross-article merges (2 of 2)

### 1. Council approves budget
- rationale: same type; shared actor council
- [x] merge right

### 2. Hit
* [ ] merge right
- [x] something else
"""


def test_judged_shares(se, tmp_path, capsys):
    assert se.read_judged(JUDGED) == {
        "real": (2, 3),
        "title readable": (1, 3),
        "merge right": (1, 2),
    }
    lines = se.report_judged(JUDGED)
    lo, hi = se.wilson(2, 3)
    assert lines[1] == f"{'events that are real events':<38}   3    2   0.67  [{lo:.2f}, {hi:.2f}]"
    assert lines[3].startswith(f"{'cross-article merges that are right':<38}   2    1   0.50")
    path = tmp_path / "judged.md"
    path.write_text(JUDGED, encoding="utf-8")
    se.main(["--judged", str(path)])
    assert capsys.readouterr().out.splitlines() == lines
    assert se.report_judged("")[1].endswith("  0    0      -  [0.00, 1.00]")


def test_main_writes_a_checklist_that_reads_back(se, tmp_path, capsys):
    articles = tmp_path / "in"
    articles.mkdir()
    texts = {
        "vote-a.md": "# Riverton council approves budget\n\nThe Riverton city council "
        "approved a $40 million budget on Monday, mayor Ana Ortiz said. The vote was 7-2.\n",
        "vote-b.md": "# Budget vote in Riverton\n\nRiverton's council voted 7-2 on Monday to "
        "approve the city's $40 million budget, Ana Ortiz said after the meeting.\n",
        "storm.md": "# Storm closes roads\n\nA storm hit the Lakeside coast on Sunday and "
        "closed two roads, police said. Crews cleared fallen trees overnight.\n",
    }
    for name, text in texts.items():
        (articles / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    se.main([str(articles), "--out", str(out), "--n", "2", "--seed", "3"])
    printed = capsys.readouterr().out
    assert (
        "Built from 3 files (0 pages left out by their lang attribute, 0 by their text" in printed
    )
    text = (out / "checklist.md").read_text(encoding="utf-8")
    assert text.count("- [ ] real") == text.count("- [ ] title readable") == 2
    assert "## Events (2 of " in text and "## Cross-article merges (" in text
    assert text.count("**") >= 4  # each shown sentence holds its mention in bold
    counts = se.read_judged(text)
    assert counts["real"] == (0, 2) and counts["merge right"][0] == 0
    # the same build and seed give the same file
    se.main([str(articles), "--out", str(tmp_path / "again"), "--n", "2", "--seed", "3"])
    assert (tmp_path / "again" / "checklist.md").read_text(encoding="utf-8") == text
