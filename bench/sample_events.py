"""Draw a random sample of kg's events and cross-article merges for judgement by hand, and
score the judged sample.

Usage: python bench/sample_events.py PATHS... --out DIR [--n 40] [--seed 1]
       [--gold eval_mediacloud_2020.json] [--all-languages] [--model M]
       python bench/sample_events.py --judged DIR/checklist.md

Issue 19 judged kg on real pages by hand: what share of events are real events, of
titles a reader understands, of cross-article merges that are right. This makes the
same judgement repeatable: build the articles, draw a seeded sample, write it as a
Markdown checklist, tick the boxes, and read the shares back with their 95% Wilson
intervals (small samples: 40 items give about ±15 points).

Building: PATHS (files or folders) are read with ``kg.ingest.read_documents`` (kg's own
HTML extraction) and handed to ``kg.build`` as JSONL records carrying the extracted
text, title, URL, outlet and date; that is the one way the public API takes a date per
article from outside (``kg.build`` reads dates only from the inputs' own metadata, or
one default for all). Only English is kept, as kg reads English only: an HTML page
whose ``<html lang>`` is not English (``en``, ``en-US``, ``en_IN`` ...) or missing is
left out, and so is any article whose text is not English by its words (under 20%
English stop words), since many pages say ``lang="en"`` in any language.
``--all-languages`` keeps everything. Dates: with ``--gold`` (htmldate's
``eval_mediacloud_2020.json``: URL -> file, date) each listed page gets its gold
publication date; a page not listed, or without ``--gold``, keeps the date kg read.

The sample (``DIR/checklist.md``): ``--n`` events drawn from all events of the graph and
``--n`` from the cross-article merges (events with several sources), each seeded by
``--seed`` over the sorted event ids, so the same build gives the same sample. Per
event: title, type, factuality, time, place, participants with roles, and the sentence
of each mention with its source (at most ``MENTIONS`` per source); for a merge each
source's sentences and the merge rationale. Boxes: ``[ ] real`` and ``[ ] title
readable`` for the events, ``[ ] merge right`` for the merges; tick with ``[x]``. An
unticked box counts as "no".
"""

from __future__ import annotations

import argparse
import html
import json
import math
import random
import re
import sys
import tempfile
import time
from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS

import kg
from kg.export.html import _sentence  # the sentence around a mention, as the view shows it
from kg.ingest import read_documents
from kg.model import BuildResult, Document, Event

MENTIONS = 3  # sentences shown per source of one event
LABELS = {  # box label -> what the share is of
    "real": "events that are real events",
    "title readable": "titles a reader understands",
    "merge right": "cross-article merges that are right",
}
EVENTS_HEADING = "## Events"
MERGES_HEADING = "## Cross-article merges"
_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z_-]+)", re.I)
_WORD = re.compile(r"[^\W\d_]+")
ENGLISH_SHARE = 0.2  # of a text's words that are English stop words, for it to be English
_BOX = re.compile(r"^\s*[-*]\s*\[([ xX])\]\s*(.+?)\s*$")
HTML_SUFFIXES = (".html", ".htm")


# Choosing and dating the inputs.


def page_language(path: Path) -> str | None:
    """The ``lang`` attribute of a page's ``<html>`` tag, lower-cased ("en-us"), if any."""
    head = path.read_bytes()[:20000].decode("utf-8", errors="replace")
    m = _LANG.search(head)
    return m[1].lower().replace("_", "-") if m else None


def inputs(paths: Iterable[Path], all_languages: bool = False) -> tuple[list[Path], list[Path]]:
    """The files to build (folders expanded, name order) and the pages left out as not
    English."""
    files: list[Path] = []
    for p in paths:
        files += sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p]
    keep, dropped = [], []
    for f in files:
        lang = page_language(f) if f.suffix.lower() in HTML_SUFFIXES else "en"
        english = lang is not None and (lang == "en" or lang.startswith("en-"))
        (keep if english or all_languages else dropped).append(f)
    return keep, dropped


def gold_dates(path: Path) -> dict[str, date]:
    """File name -> gold publication date, from htmldate's evaluation file (a page whose
    gold date is missing or not a date string, NaN in a few entries, is not listed)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {v["file"]: date.fromisoformat(v["date"]) for v in data.values()
            if isinstance(v.get("date"), str)}  # fmt: skip


def english_text(text: str) -> bool:
    """Whether a text reads as English: at least ``ENGLISH_SHARE`` of its words are
    English stop words (running English prose has 40-50%; Spanish, Portuguese or
    Romanian under 10%). Many pages say ``lang="en"`` whatever their language."""
    words = _WORD.findall(text.lower())
    return bool(words) and sum(w in STOP_WORDS for w in words) >= ENGLISH_SHARE * len(words)


def documents(
    files: list[Path], dates: dict[str, date], all_languages: bool = False
) -> tuple[list[Document], list[str], list[str]]:
    """kg's reading of the files (``read_documents``), each with its gold date where
    ``dates`` (file name -> date) has one; the errors kg reported; the documents left
    out as not English by their text."""
    docs, errors, foreign = [], [], []
    for item in read_documents(files):
        if not isinstance(item, Document):
            errors.append(str(item))
        elif not all_languages and not english_text(item.text):
            foreign.append(item.id)
        else:
            gold = dates.get(Path(item.path or "").name)
            docs.append(replace(item, published=gold) if gold else item)
    return docs, errors, foreign


def write_records(docs: list[Document], path: Path) -> None:
    """Documents as kg JSONL records: the extracted text and its metadata."""
    with path.open("w", encoding="utf-8") as f:
        for d in docs:
            record = {"id": d.id, "title": d.title, "url": d.url, "source": d.outlet,
                      "text": d.text}  # fmt: skip
            if d.published:
                record["published"] = d.published.isoformat()
            f.write(json.dumps({k: v for k, v in record.items() if v}, ensure_ascii=False) + "\n")


def build(docs: list[Document], **settings) -> BuildResult:
    """``kg.build`` of documents kg has read, handed over as JSONL records."""
    with tempfile.TemporaryDirectory(prefix="kg-sample-") as tmp:
        path = Path(tmp) / "pages.jsonl"
        write_records(docs, path)
        return kg.build([path], **settings)


# The sample.


def draw(ids: Iterable[str], n: int, seed: int) -> list[str]:
    """A seeded sample of ``n`` ids (all when fewer), in drawing order."""
    pool = sorted(ids)
    return random.Random(seed).sample(pool, min(n, len(pool)))


def sentence(evidence, docs: dict[str, Document]) -> str:
    """The sentence around a mention in Markdown, the mention in bold."""
    shown = _sentence(evidence, docs)
    shown = re.sub(r"\s*<i>\(.*?\)</i>$", "", shown).replace("<b>", "**").replace("</b>", "**")
    return html.unescape(shown)


def _when(ev: Event) -> str:
    t = ev.time
    if t is None:
        return "-"
    span = t.start.isoformat() if t.start else ""
    if t.end and t.end != t.start:
        span += f"/{t.end.isoformat()}"
    return f"{t.text!r}" + (f" ({span}, {t.precision})" if span else "")


def card(i: int, ev: Event, result: BuildResult, merge: bool) -> list[str]:
    """One event of the checklist, with its boxes."""
    actors = result.actors
    docs = {d.id: d for d in result.documents}
    name = lambda a: actors[a].name if a in actors else a  # noqa: E731
    people = [f"{name(p.actor)} ({p.role})" for p in ev.participants if p.role != "location"]
    lines = [
        f"### {i}. {ev.title or ev.lemma}",
        "",
        f"- id `{ev.id}`; type {ev.type}; factuality {ev.factuality}; time {_when(ev)}; "
        f"place {name(ev.place) if ev.place else '-'}",
        f"- participants: {'; '.join(people) or '-'}",
        f"- sources ({len(ev.sources)}):",
    ]
    by_doc: dict[str, list] = {}
    for m in ev.mentions:
        by_doc.setdefault(m.doc_id, []).append(m)
    for doc in sorted(set(ev.sources) | set(by_doc)):
        d = docs.get(doc)
        when = d.published.isoformat() if d and d.published else "no date"
        lines.append(f"  - `{doc}` ({(d.title if d else '') or ''!r}, {when})")
        ms = sorted(by_doc.get(doc, []), key=lambda m: (m.start, m.end))
        lines += [f"    - {sentence(m, docs)}" for m in ms[:MENTIONS]]
        if len(ms) > MENTIONS:
            lines.append(f"    - … {len(ms) - MENTIONS} more mentions")
    if merge:
        lines.append(f"- rationale: {' '.join((ev.merge_rationale or '(none)').split())}")
        lines.append("- [ ] merge right")
    else:
        lines += ["- [ ] real", "- [ ] title readable"]
    return [*lines, ""]


def checklist(result: BuildResult, n: int, seed: int, note: str) -> str:
    """The Markdown checklist of a build: ``n`` events and ``n`` cross-article merges."""
    merged = [e for e, ev in result.events.items() if len(ev.sources) > 1]
    events = draw(result.events, n, seed)
    merges = draw(merged, n, seed)
    lines = [
        "# kg events for judgement by hand",
        "",
        note,
        "",
        f"{len(result.documents)} articles, {len(result.events)} events, {len(merged)} "
        f"cross-article merges; seed {seed}. Tick `[x]` where the answer is yes:",
        "",
        "- **real**: the text reports something that happened, happens or is planned in the "
        "world (not a figure of speech, a reporting frame, a stance or a negated non-event);",
        "- **title readable**: a reader understands the title as a headline of that event;",
        "- **merge right**: every source reports the same happening.",
        "",
        f"{EVENTS_HEADING} ({len(events)} of {len(result.events)})",
        "",
    ]
    for i, eid in enumerate(events, 1):
        lines += card(i, result.events[eid], result, merge=False)
    lines += [f"{MERGES_HEADING} ({len(merges)} of {len(merged)})", ""]
    for i, eid in enumerate(merges, 1):
        lines += card(i, result.events[eid], result, merge=True)
    return "\n".join(lines).rstrip() + "\n"


# The judged file.


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval of k successes in n (95% with the default z)."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)


def read_judged(text: str) -> dict[str, tuple[int, int]]:
    """Box label -> (ticked, boxes) over a filled-in checklist; labels are those of
    ``LABELS`` (case-insensitive), other boxes are ignored."""
    counts = {label: [0, 0] for label in LABELS}
    for line in text.splitlines():
        m = _BOX.match(line)
        if not m:
            continue
        label = m[2].lower()
        if label in counts:
            counts[label][0] += m[1] != " "
            counts[label][1] += 1
    return {label: (k, n) for label, (k, n) in counts.items()}


def report_judged(text: str) -> list[str]:
    """The shares of a judged checklist with their 95% Wilson intervals."""
    lines = [f"{'judged':<38}{'n':>4}{'yes':>5}{'share':>7}  95% interval"]
    for label, (k, n) in read_judged(text).items():
        lo, hi = wilson(k, n)
        share = f"{k / n:7.2f}" if n else f"{'-':>7}"
        lines.append(f"{LABELS[label]:<38}{n:4d}{k:5d}{share}  [{lo:.2f}, {hi:.2f}]")
    return lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="articles: files or folders")
    ap.add_argument("--out", type=Path, help="folder for checklist.md")
    ap.add_argument("--n", type=int, default=40, help="events, and merges, in the sample")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--gold", type=Path, help="htmldate's gold dates (eval_mediacloud_2020.json)")
    ap.add_argument("--all-languages", action="store_true", help="keep pages not in English")
    ap.add_argument("--model")
    ap.add_argument("--judged", type=Path, help="a filled-in checklist: print the shares")
    args = ap.parse_args(argv)
    if args.judged:
        print("\n".join(report_judged(args.judged.read_text(encoding="utf-8"))))
        return
    if not args.paths or args.out is None:
        ap.error("give PATHS and --out (or --judged FILE)")
    t0 = time.perf_counter()
    files, dropped = inputs(args.paths, args.all_languages)
    dates = gold_dates(args.gold) if args.gold else {}
    docs, errors, foreign = documents(files, dates, args.all_languages)
    if not docs:
        sys.exit("no article left (pages not in English are left out)")
    result = build(docs, model=args.model)
    seconds = time.perf_counter() - t0
    undated = sum(d.published is None for d in result.documents)
    dating = f"gold dates from {args.gold.name} where listed" if args.gold else "dates kg read"
    note = (
        f"Built from {len(files)} files ({len(dropped)} pages left out by their lang "
        f"attribute, {len(foreign)} by their text as not English), {dating}; {undated} "
        "articles without a date."
    )
    args.out.mkdir(parents=True, exist_ok=True)
    path = args.out / "checklist.md"
    path.write_text(checklist(result, args.n, args.seed, note), encoding="utf-8")
    merged = sum(len(ev.sources) > 1 for ev in result.events.values())
    types: dict[str, int] = {}
    for ev in result.events.values():
        types[ev.type] = types.get(ev.type, 0) + 1
    top = ", ".join(f"{t} {c}" for t, c in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])))
    print(note)
    print(
        f"{len(result.documents)} articles built ({len(result.errors) + len(errors)} errors), "
        f"{len(result.events)} events, {merged} cross-article merges; {seconds:.1f} s"
    )
    for e in [*errors, *result.errors][:10]:
        print(f"  error: {e}")
    print(f"event types: {top}")
    print(f"wrote {path} (seed {args.seed}, n {args.n})")


if __name__ == "__main__":
    main()
