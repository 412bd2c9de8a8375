"""bench/webpages.py scores what it claims to, on a small data folder written here.

Both sets' formats (snippets with/without per page, gold dates, entries without a page
or a gold date) are imitated with pages we write, so the figures the bench prints for
the real sets can be trusted: recall and leak per page and in total, dates right, pages
with no date and pages that failed.
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import load_bench

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = (
    "<html><head><title>Port strike ends | Harbour Post</title>"
    '<meta property="article:published_time" content="2025-02-11T08:00:00+01:00"></head>'
    '<body><nav><a href="/">Home</a> <a href="/ports">Ports</a></nav><article>'
    "<h1>Port strike ends</h1>"
    "<p>Dock workers in Rotterdam ended a five-day strike on Monday after the port "
    "operators agreed to a 6 percent pay rise spread over two years.</p>"
    "<p>Ships that had queued off the coast for almost a week began to unload on "
    "Tuesday morning, the port authority said in a statement.</p>"
    "<p>The union said members had voted by a large majority to accept the offer, "
    "which also limits night shifts for workers over sixty.</p>"
    "</article><footer><p>Subscribe to our ports newsletter</p></footer></body></html>"
)
UNDATED = ARTICLE.replace("article:published_time", "keywords").replace("2025-02-11", "x")
EMPTY = "<html><head><title>Loading</title></head><body><nav>Home</nav></body></html>"


@pytest.fixture(scope="module")
def wp():
    return load_bench("webpages.py")


def data_folder(tmp_path: Path) -> Path:
    text = tmp_path / "trafilatura-eval"
    (text / "pages").mkdir(parents=True)
    (text / "pages" / "strike.html").write_text(ARTICLE, encoding="utf-8")
    (text / "pages" / "empty.html").write_text(EMPTY, encoding="utf-8")
    (text / "evaldata.json").write_text(
        json.dumps(
            {
                "https://harbour.example/strike": {
                    "file": "strike.html",
                    "with": ["ended a five-day strike", "began to unload", "not in the page"],
                    "without": ["Subscribe to our ports newsletter", "Ports"],
                },
                "https://harbour.example/empty": {
                    "file": "empty.html",
                    "with": ["anything at all"],
                    "without": ["Loading"],
                },
                "https://harbour.example/gone": {"file": "gone.html", "with": ["x"]},
            }
        ),
        encoding="utf-8",
    )
    dates = tmp_path / "htmldate-mediacloud"
    (dates / "pages").mkdir(parents=True)
    (dates / "pages" / "1.html").write_text(ARTICLE, encoding="utf-8")
    (dates / "pages" / "2.html").write_text(ARTICLE, encoding="utf-8")
    (dates / "pages" / "3.html").write_text(UNDATED, encoding="utf-8")
    (dates / "pages" / "4.html").write_text(EMPTY, encoding="utf-8")
    (dates / "pages" / "5.html").write_text(ARTICLE, encoding="utf-8")
    (dates / "eval_mediacloud_2020.json").write_text(
        # NaN as the real file has it where there is no gold date
        '{"u1": {"file": "1.html", "date": "2025-02-11"},'
        ' "u2": {"file": "2.html", "date": "2025-02-10"},'
        ' "u3": {"file": "3.html", "date": "2025-02-11"},'
        ' "u4": {"file": "4.html", "date": "2025-02-11"},'
        ' "u5": {"file": "5.html", "date": NaN}}',
        encoding="utf-8",
    )
    return tmp_path


def table_row(lines: list[str], name: str) -> list[str]:
    row = next(line for line in lines if line.startswith(f"| {name} |"))
    return [cell.strip() for cell in row.strip("|").split("|")]


def test_snippet_recall_and_leak_per_page_and_in_total(wp, tmp_path: Path) -> None:
    folder = data_folder(tmp_path)
    pages, left_out = wp.load_set(folder, wp.TEXT_SET, "all")
    assert [p.name for p in pages] == ["empty.html", "strike.html"]
    assert left_out == 1  # listed without its page
    lines = wp.score_text(pages, left_out, {"kg-now": wp.kg_now}, per_page=True)
    # strike: 2 of 3 found, neither boilerplate snippet present ("Ports" is a menu);
    # empty: an error, 0 of 1; in total 2 of 4, per page (0 + 2/3) / 2
    assert table_row(lines, "kg-now")[:6] == [
        "kg-now",
        "0.500 (2/4)",
        "0.333",
        "0.000 (0/3)",
        "0.000",
        "1",
    ]
    assert "  strike.html: kg-now R=0.67 L=0.00" in lines
    assert "  empty.html: kg-now R=0.00 L=0.00 FAILED" in lines


def test_dates_right_missing_and_failed(wp, tmp_path: Path) -> None:
    folder = data_folder(tmp_path)
    pages, left_out = wp.load_set(folder, wp.DATE_SET, "all")
    assert [p.name for p in pages] == ["1.html", "2.html", "3.html", "4.html"]
    assert left_out == 1  # the NaN gold date
    lines = wp.score_dates(pages, left_out, {"kg-now": wp.kg_now}, per_page=False)
    # 1 right; 2 a day off (the gold is wrong on purpose); 3 undated; 4 fails
    assert table_row(lines, "kg-now")[:4] == ["kg-now", "0.250 (1/4)", "1", "1"]
    train, _ = wp.load_set(folder, wp.DATE_SET, "train")
    dev, _ = wp.load_set(folder, wp.DATE_SET, "dev")
    assert [p.name for p in train] == ["1.html", "3.html"]
    assert [p.name for p in dev] == ["2.html", "4.html"]


def test_a_crash_in_an_extractor_is_a_failed_page_not_a_stopped_run(wp, tmp_path) -> None:
    folder = data_folder(tmp_path)
    pages, left_out = wp.load_set(folder, wp.TEXT_SET, "all")

    def broken(source: str, name: str):
        raise ValueError("bad markup")

    lines = wp.score_text(pages, left_out, {"broken": broken}, per_page=False)
    assert table_row(lines, "broken")[5] == "2"


def test_the_whole_run_has_all_three_extractors(wp, tmp_path: Path, capsys) -> None:
    known = subprocess.run(
        ["git", "cat-file", "-e", f"{wp.BEFORE}:kg/ingest/html.py"],
        cwd=ROOT,
        capture_output=True,
    )
    if known.returncode != 0:
        pytest.skip(f"this clone has no commit {wp.BEFORE} (shallow): kg-before cannot load")
    assert wp.main([str(data_folder(tmp_path))]) == 0
    out = capsys.readouterr().out.splitlines()
    for name in ("kg-now", "kg-before", "trafilatura"):
        assert len([line for line in out if line.startswith(f"| {name} |")]) == 2
    # the previous extractor read the article as well
    assert table_row(out, "kg-before")[1] == "0.500 (2/4)"
