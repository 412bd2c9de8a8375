"""Web pages in: kg's HTML reading beside its previous extractor and the library alone.

    python bench/webpages.py ../shared/data/webpages [--pages] [--half train|dev|all]
                             [--variants]

Two public sets of saved pages (format in the data folder's README), read in one run by

* ``kg-now``: :func:`kg.ingest.html.from_html`, the text kg hands to the NLP stage
  (trafilatura's main text after kg's scrape-noise cleaning) and its date;
* ``kg-before``: the extractor kg had before (our own HTMLParser, kept out of the tree:
  its source is taken from git at ``BEFORE`` and run as a module);
* ``trafilatura``: the library alone, comments off, its text and date as they come.

``trafilatura-eval`` scores the main text: the share of ``with`` snippets found (recall)
and of ``without`` snippets found (boilerplate leak), per page (the mean over pages) and in
total (over all snippets). ``htmldate-mediacloud`` scores the publication date: pages
whose date equals the gold one. A page an extractor gives no text for (an error in kg)
counts as failed, finding nothing. ``--half train`` / ``dev`` scores the even / odd pages
in name order, so a setting can be chosen on one half and reported on the other;
``--variants`` adds kg-now with trafilatura's precision or recall mode, with htmldate's
quick (not extensive) date search and with menus (``<nav>``) left in the page; ``--pages``
prints every page's figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import htmldate
import trafilatura

from kg.errors import InputError
from kg.ingest import html
from kg.ingest.common import Limits
from kg.ingest.decode import _decode

BEFORE = "4254e08"  # the last commit with kg's own HTMLParser extractor
TEXT_SET, DATE_SET = "trafilatura-eval", "htmldate-mediacloud"


@dataclass
class Page:
    """One saved page of a set and what it should give."""

    name: str
    path: Path
    keep: list[str] = field(default_factory=list)  # snippets the text must hold
    drop: list[str] = field(default_factory=list)  # boilerplate it must not
    date: str | None = None  # gold publication date, YYYY-MM-DD


@dataclass
class Reading:
    """What an extractor gave for one page: text and date, or why it gave nothing."""

    text: str | None = None
    date: str | None = None
    failed: str | None = None


Extractor = Callable[[str, str], Reading]  # (decoded page, its file name) -> reading


def load_set(folder: Path, kind: str, half: str) -> tuple[list[Page], int]:
    """The pages of one set that are on disk and have gold data, in file-name order
    (``half``: all/train/dev), and how many entries were left out for having none."""
    index = "evaldata.json" if kind == TEXT_SET else "eval_mediacloud_2020.json"
    entries = json.loads((folder / kind / index).read_text(encoding="utf-8"))
    pages = []
    left_out = 0
    for entry in entries.values():
        path = folder / kind / "pages" / entry["file"]
        if not path.is_file():  # some entries are listed without their page
            left_out += 1
            continue
        gold = entry.get("date")
        if kind == DATE_SET and not isinstance(gold, str):  # NaN: no gold date
            left_out += 1
            continue
        pages.append(
            Page(entry["file"], path, entry.get("with", []), entry.get("without", []), gold)
        )
    pages.sort(key=lambda p: p.name)
    if half == "train":
        pages = pages[0::2]
    elif half == "dev":
        pages = pages[1::2]
    return pages, left_out


# ------------------------------------------------------------------------ extractors


def _from_kg(result: Any) -> Reading:
    if isinstance(result, InputError):
        return Reading(failed=result.problem)
    published = result.published.isoformat() if result.published else None
    return Reading(result.text, published)


def kg_now(source: str, name: str) -> Reading:
    # every page, articles or not: this measures the text extraction, not the page kind
    return _from_kg(html.from_html(source, name, "page", Limits(keep_non_articles=True)))


def load_before(repo: Path, rev: str = BEFORE) -> types.ModuleType:
    """kg's previous HTML module, from git: its imports (kg.ingest.common, .clean) still
    exist, so it runs as it did without its code staying in the package."""
    source = subprocess.run(
        ["git", "show", f"{rev}:kg/ingest/html.py"],
        cwd=repo,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    module = types.ModuleType("kg_before_html")
    module.__file__ = f"{rev}:kg/ingest/html.py"
    exec(compile(source, module.__file__, "exec"), module.__dict__)  # noqa: S102
    return module


def kg_before(module: types.ModuleType) -> Extractor:
    def extract(source: str, name: str) -> Reading:
        return _from_kg(module._from_html(source, name, "page", Limits()))

    return extract


def library(source: str, name: str) -> Reading:
    found = trafilatura.bare_extraction(source, include_comments=False, with_metadata=True)
    if found is None or not (found.text or "").strip():
        return Reading(failed="no text")
    return Reading(found.text, found.date)


@contextmanager
def _setting(name: str, value: dict[str, Any]) -> Iterator[None]:
    """kg-now with one of its library settings changed, for --variants."""
    old = getattr(html, name)
    setattr(html, name, value)
    try:
        yield
    finally:
        setattr(html, name, old)


def variant(name: str, **changes: Any) -> Extractor:
    def extract(source: str, page: str) -> Reading:
        with _setting(name, {**getattr(html, name), **changes}):
            return kg_now(source, page)

    return extract


def extractors(repo: Path, with_variants: bool) -> dict[str, Extractor]:
    chosen: dict[str, Extractor] = {
        "kg-now": kg_now,
        "kg-before": kg_before(load_before(repo)),
        "trafilatura": library,
    }
    if with_variants:
        chosen["kg-now precision"] = variant("_EXTRACT", favor_precision=True)
        chosen["kg-now recall"] = variant("_EXTRACT", favor_recall=True)
        chosen["kg-now quick dates"] = variant("_DATE_PARAMS", extensive_search=False)
        chosen["kg-now menus kept"] = variant("_EXTRACT", prune_xpath=None)
    return chosen


def run(extract: Extractor, page: Page) -> tuple[Reading, float]:
    """One page through one extractor; a crash is a failed page, not a stopped bench."""
    text, problem = _decode(page.path.read_bytes())
    started = time.perf_counter()
    if text is None:
        reading = Reading(failed=problem)
    else:
        try:
            reading = extract(text, str(page.path))
        except Exception as exc:  # noqa: BLE001 - counted and shown, the run goes on
            reading = Reading(failed=f"{type(exc).__name__}: {exc}")
    return reading, time.perf_counter() - started


# ------------------------------------------------------------------------- scoring


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def snippet_shares(page: Page, reading: Reading) -> tuple[int, int]:
    """(``with`` snippets found, ``without`` snippets found) in the reading's text."""
    text = _squeeze(reading.text or "")
    found = sum(_squeeze(s) in text for s in page.keep)
    leaked = sum(_squeeze(s) in text for s in page.drop)
    return found, leaked


@dataclass
class TextScore:
    pages: int = 0
    failed: int = 0
    found: int = 0
    wanted: int = 0
    leaked: int = 0
    unwanted: int = 0
    recall_sum: float = 0.0  # per page, summed over pages with snippets
    recall_pages: int = 0
    leak_sum: float = 0.0
    leak_pages: int = 0
    seconds: float = 0.0

    def add(self, page: Page, reading: Reading, seconds: float) -> tuple[float, float]:
        found, leaked = snippet_shares(page, reading)
        self.pages += 1
        self.failed += reading.failed is not None
        self.found += found
        self.wanted += len(page.keep)
        self.leaked += leaked
        self.unwanted += len(page.drop)
        self.seconds += seconds
        recall = found / len(page.keep) if page.keep else float("nan")
        leak = leaked / len(page.drop) if page.drop else float("nan")
        if page.keep:
            self.recall_sum += recall
            self.recall_pages += 1
        if page.drop:
            self.leak_sum += leak
            self.leak_pages += 1
        return recall, leak


@dataclass
class DateScore:
    pages: int = 0
    failed: int = 0
    right: int = 0
    undated: int = 0
    seconds: float = 0.0

    def add(self, page: Page, reading: Reading, seconds: float) -> None:
        self.pages += 1
        self.failed += reading.failed is not None
        self.undated += reading.failed is None and reading.date is None
        self.right += reading.date == page.date
        self.seconds += seconds


def _share(part: float, whole: int) -> str:
    return f"{part / whole:.3f}" if whole else "-"


def score_text(
    pages: list[Page], left_out: int, chosen: dict[str, Extractor], per_page: bool
) -> list[str]:
    scores = {name: TextScore() for name in chosen}
    rows = []
    for page in pages:
        cells = []
        for name, extract in chosen.items():
            reading, seconds = run(extract, page)
            recall, leak = scores[name].add(page, reading, seconds)
            mark = " FAILED" if reading.failed else ""
            cells.append(f"{name} R={recall:.2f} L={leak:.2f}{mark}")
        rows.append(f"  {page.name}: " + "; ".join(cells))
    lines = [
        f"## {TEXT_SET}: {len(pages)} pages, main-text snippets kept (recall) and "
        f"boilerplate snippets present (leak); {left_out} entries without a page left out",
        "",
        "| extractor | recall (all snippets) | recall (mean per page) | leak (all snippets) "
        "| leak (mean per page) | pages failed | seconds |",
        "| --- | --- | --- | --- | --- | --- | --- |",
    ]
    for name, s in scores.items():
        lines.append(
            f"| {name} | {_share(s.found, s.wanted)} ({s.found}/{s.wanted}) "
            f"| {_share(s.recall_sum, s.recall_pages)} "
            f"| {_share(s.leaked, s.unwanted)} ({s.leaked}/{s.unwanted}) "
            f"| {_share(s.leak_sum, s.leak_pages)} | {s.failed} | {s.seconds:.1f} |"
        )
    return lines + (["", "per page:", *rows] if per_page else [])


def score_dates(
    pages: list[Page], left_out: int, chosen: dict[str, Extractor], per_page: bool
) -> list[str]:
    scores = {name: DateScore() for name in chosen}
    rows = []
    for page in pages:
        cells = []
        for name, extract in chosen.items():
            reading, seconds = run(extract, page)
            scores[name].add(page, reading, seconds)
            shown = "FAILED" if reading.failed else (reading.date or "none")
            cells.append(f"{name} {shown}{' ok' if reading.date == page.date else ''}")
        rows.append(f"  {page.name} (gold {page.date}): " + "; ".join(cells))
    lines = [
        f"## {DATE_SET}: {len(pages)} pages, publication date equal to the gold date "
        f"({left_out} entries without a page or gold date left out)",
        "",
        "| extractor | date right | no date | pages failed | seconds |",
        "| --- | --- | --- | --- | --- |",
    ]
    for name, s in scores.items():
        lines.append(
            f"| {name} | {_share(s.right, s.pages)} ({s.right}/{s.pages}) | {s.undated} "
            f"| {s.failed} | {s.seconds:.1f} |"
        )
    return lines + (["", "per page:", *rows] if per_page else [])


def header(repo: Path, folder: Path, half: str) -> list[str]:
    rev = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=repo, capture_output=True, text=True
    ).stdout.strip()
    return [
        f"# webpages: {folder} ({half} pages); kg at {rev or 'unknown'}, kg-before at "
        f"{BEFORE}, trafilatura {trafilatura.__version__}, htmldate {htmldate.__version__}",
        "",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="the webpages data folder")
    parser.add_argument("--half", choices=("all", "train", "dev"), default="all")
    parser.add_argument("--pages", action="store_true", help="print every page's figures")
    parser.add_argument("--variants", action="store_true", help="kg-now with other settings")
    args = parser.parse_args(argv)
    repo = Path(__file__).resolve().parent.parent
    missing = [k for k in (TEXT_SET, DATE_SET) if not (args.folder / k).is_dir()]
    if missing:
        print(f"error: {args.folder} has no {' or '.join(missing)} folder", file=sys.stderr)
        return 2
    chosen = extractors(repo, args.variants)
    started = time.perf_counter()
    out = header(repo, args.folder, args.half)
    out += score_text(*load_set(args.folder, TEXT_SET, args.half), chosen, args.pages)
    out += [""]
    out += score_dates(*load_set(args.folder, DATE_SET, args.half), chosen, args.pages)
    out += ["", f"total {time.perf_counter() - started:.1f} s"]
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
