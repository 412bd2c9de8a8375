"""Count kg's cross-article event merges that cannot be right: articles that share no event.

Usage: python bench/false_merges.py DATA [--per-group 150] [--seed 1]
       [--no-dates | --dates | --both] [--mix both|bbc-reuters|bbc-sections] [--model M]
       [--jobs 1] [--show 50]

DATA is the shared data folder (``bbc/<section>/NNN.txt``, ``reuters/reuters21578.jsonl``).
A merged event whose sources lie in two groups that cannot report one happening is a
false merge, whatever its wording; no gold annotation is needed to see it. Two mixes:

* ``bbc-reuters``: BBC News articles of 2004-2005 (a seeded sample over all five
  sections) beside Reuters newswire of 1987 (a seeded sample of the articles of at least
  500 characters, whose ``published`` date is real). Seventeen years apart: no event can
  be in both;
* ``bbc-sections``: BBC ``sport``, ``tech`` and ``entertainment`` articles, sections
  whose stories do not overlap. The corpus is not curated for this: a story can
  straddle two sections (an award to an athlete, file-sharing cases reported as tech and
  as music news), so every counted merge is printed with its title, type, sources and
  rationale for a reader to judge.

Each mix is built with ``kg.build`` (the public API, one JSONL input written to a
temporary folder) in two modes:

* without dates: no article has a publication date (kg sees what it sees when pages
  carry none), so time cannot keep the groups apart;
* with dates: Reuters articles keep their own date. The BBC files carry no date (the
  corpus is "BBC News 2004-2005"), so each is given an invented, plausible one: 1 January
  2005 plus its index in its group, in days. In ``bbc-sections`` the sections share
  those dates, so only the stories themselves tell sections apart there.

Counted per mix and mode: articles, events of the graph, cross-article merges (events
with several sources), impossible merges (events whose sources span two groups) and
impossible merges per 1,000 articles. Issue 19's targets: 0 with dates, at most 1 per
1,000 articles without.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import kg
from kg.model import BuildResult, Event

BBC_SECTIONS = ("business", "entertainment", "politics", "sport", "tech")
APART_SECTIONS = ("sport", "tech", "entertainment")  # stories that do not overlap
BBC_EPOCH = date(2005, 1, 1)  # invented dates: BBC_EPOCH + index in the group, in days
REUTERS_MIN_CHARS = 500  # shorter Reuters items are mostly tables and one-line notices
MIXES = ("bbc-reuters", "bbc-sections")


@dataclass
class Article:
    id: str
    group: str  # the articles of two groups share no event
    title: str
    text: str
    published: date | None  # the date the "with dates" mode gives it
    outlet: str


def _bbc_file(path: Path, section: str, index: int, group: str) -> Article:
    """A BBC file (title line, blank line, paragraphs) with its invented date."""
    raw = path.read_text(encoding="utf-8", errors="replace")
    title, _, body = raw.strip().partition("\n")
    return Article(f"bbc-{section}-{path.stem}", group, title.strip(), body.strip(),
                   BBC_EPOCH + timedelta(days=index), "BBC News")  # fmt: skip


def bbc_articles(root: Path, sections: tuple[str, ...], n: int, seed: int, group: str) -> list:
    """A seeded sample of ``n`` articles of these sections, in section and file order;
    dates are given in that order."""
    files = [(s, p) for s in sections for p in sorted((root / "bbc" / s).glob("*.txt"))]
    chosen = sorted(random.Random(seed).sample(range(len(files)), min(n, len(files))))
    return [_bbc_file(files[i][1], files[i][0], k, group) for k, i in enumerate(chosen)]


def reuters_articles(root: Path, n: int, seed: int) -> list[Article]:
    """A seeded sample of ``n`` Reuters articles of at least ``REUTERS_MIN_CHARS``."""
    records = []
    with (root / "reuters" / "reuters21578.jsonl").open(encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            if len(r.get("text") or "") >= REUTERS_MIN_CHARS and r.get("published"):
                records.append(r)
    chosen = sorted(random.Random(seed).sample(range(len(records)), min(n, len(records))))
    out = []
    for i in chosen:
        r = records[i]
        day = datetime.fromisoformat(r["published"]).date()
        out.append(Article(r["id"], "reuters", r.get("title") or "", r["text"], day,
                           r.get("source") or "Reuters"))  # fmt: skip
    return out


def mix(root: Path, name: str, per_group: int, seed: int) -> list[Article]:
    """The articles of one mix (see the module's docstring)."""
    if name == "bbc-reuters":
        bbc = bbc_articles(root, BBC_SECTIONS, per_group, seed, "bbc")
        return bbc + reuters_articles(root, per_group, seed)
    out = []
    for section in APART_SECTIONS:
        out += bbc_articles(root, (section,), per_group, seed, section)
    return out


def write_jsonl(articles: list[Article], path: Path, dates: bool) -> None:
    """The articles as kg's JSONL input, with or without their publication dates."""
    with path.open("w", encoding="utf-8") as f:
        for a in articles:
            record = {"id": a.id, "title": a.title, "source": a.outlet, "text": a.text}
            if dates and a.published is not None:
                record["published"] = a.published.isoformat()
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def build(articles: list[Article], dates: bool, **settings) -> BuildResult:
    """``kg.build`` of the articles, with or without dates, no files written."""
    with tempfile.TemporaryDirectory(prefix="kg-false-merges-") as tmp:
        path = Path(tmp) / "articles.jsonl"
        write_jsonl(articles, path, dates)
        return kg.build([path], **settings)


@dataclass
class Count:
    """What one build merged across articles, and which of those merges are impossible."""

    articles: int
    events: int
    cross: int  # events with several sources
    impossible: list[Event] = field(default_factory=list)  # sources in several groups

    @property
    def per_thousand(self) -> float:
        return 1000 * len(self.impossible) / self.articles if self.articles else 0.0


def count(events: dict[str, Event], group_of: dict[str, str], articles: int) -> Count:
    """Cross-article merges and those whose sources span groups (in event id order); a
    source not in ``group_of`` is a group of its own."""
    out = Count(articles, len(events), 0)
    for eid in sorted(events):
        ev = events[eid]
        sources = set(ev.sources) | {m.doc_id for m in ev.mentions}
        if len(sources) < 2:
            continue
        out.cross += 1
        if len({group_of.get(s, s) for s in sources}) > 1:
            out.impossible.append(ev)
    return out


def describe(ev: Event, group_of: dict[str, str], titles: dict[str, str]) -> list[str]:
    """An impossible merge as a reader judges it: title, type, each source, rationale."""
    lines = [f"  {ev.title or ev.lemma!r} ({ev.type}; {ev.id})"]
    by_doc: dict[str, list[str]] = {}
    for m in ev.mentions:
        by_doc.setdefault(m.doc_id, []).append(m.text)
    for doc in sorted(set(ev.sources) | set(by_doc)):
        words = ", ".join(dict.fromkeys(by_doc.get(doc, [])))
        lines.append(f"    [{group_of.get(doc, '?')}] {doc} {titles.get(doc, '')!r}: {words}")
    rationale = " ".join((ev.merge_rationale or "(no rationale)").split())
    lines.append(f"    rationale: {rationale}")
    return lines


def run(
    articles: list[Article], dates: bool, show: int, **settings
) -> tuple[Count, float, list[str]]:
    """Build, count, and describe up to ``show`` impossible merges."""
    t0 = time.perf_counter()
    result = build(articles, dates, **settings)
    seconds = time.perf_counter() - t0
    group_of = {a.id: a.group for a in articles}
    titles = {a.id: a.title for a in articles}
    missing = [d.id for d in result.documents if d.id not in group_of]
    if missing:
        raise SystemExit(f"kg renamed documents, groups unknown: {', '.join(missing[:5])}")
    got = count(result.events, group_of, len(result.documents))
    lines = [line for ev in got.impossible[:show] for line in describe(ev, group_of, titles)]
    if len(got.impossible) > show:
        lines.append(f"  … and {len(got.impossible) - show} more")
    lines += [f"  build error: {e}" for e in result.errors[:5]]
    return got, seconds, lines


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("root", type=Path, help="the shared data folder (bbc/, reuters/)")
    ap.add_argument("--per-group", type=int, default=150, help="articles per group")
    ap.add_argument("--seed", type=int, default=1)
    modes = ap.add_mutually_exclusive_group()
    modes.add_argument("--no-dates", dest="modes", action="store_const", const=(False,))
    modes.add_argument("--dates", dest="modes", action="store_const", const=(True,))
    modes.add_argument("--both", dest="modes", action="store_const", const=(False, True))
    ap.add_argument("--mix", choices=(*MIXES, "both"), default="both")
    ap.add_argument("--model")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--show", type=int, default=50, help="impossible merges printed per build")
    args = ap.parse_args(argv)
    modes = args.modes or (False, True)
    names = MIXES if args.mix == "both" else (args.mix,)
    t_all = time.perf_counter()
    rows = []
    for name in names:
        articles = mix(args.root, name, args.per_group, args.seed)
        groups: dict[str, int] = {}
        for a in articles:
            groups[a.group] = groups.get(a.group, 0) + 1
        shown = ", ".join(f"{g} {n}" for g, n in groups.items())
        for dates in modes:
            got, seconds, lines = run(articles, dates, args.show, model=args.model, jobs=args.jobs)
            label = "with dates" if dates else "no dates"
            print(f"\n{name}, {label} ({shown}): {len(got.impossible)} impossible merges")
            if lines:
                print("\n".join(lines))
            rows.append((name, label, got, seconds))
    print(f"\n{'mix':<14}{'dates':<12}{'articles':>9}{'events':>8}{'cross':>7}"
          f"{'impossible':>11}{'per 1,000':>10}{'seconds':>9}")  # fmt: skip
    for name, label, got, seconds in rows:
        print(f"{name:<14}{label:<12}{got.articles:9d}{got.events:8d}{got.cross:7d}"
              f"{len(got.impossible):11d}{got.per_thousand:10.1f}{seconds:9.1f}")  # fmt: skip
    if len(names) > 1:
        for label in dict.fromkeys(label for _, label, _, _ in rows):
            of = [(got, seconds) for _, lab, got, seconds in rows if lab == label]
            n = sum(got.articles for got, _ in of)
            bad = sum(len(got.impossible) for got, _ in of)
            print(f"{'all':<14}{label:<12}{n:9d}{sum(got.events for got, _ in of):8d}"
                  f"{sum(got.cross for got, _ in of):7d}{bad:11d}"
                  f"{1000 * bad / n if n else 0.0:10.1f}{sum(s for _, s in of):9.1f}")  # fmt: skip
    print(
        "(cross: events with sources in several articles; impossible: those whose sources "
        "span groups that share no event; target 0 with dates, at most 1 per 1,000 without)"
    )
    print(f"total seconds {time.perf_counter() - t_all:.1f}; seed {args.seed}")
    if any(not got.articles for *_, got, _ in rows):
        sys.exit("a build kept no article")


if __name__ == "__main__":
    main()
