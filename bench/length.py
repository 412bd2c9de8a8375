"""Time each extractor on one article as it doubles in length: flat µs/char = linear.

Usage:
    python bench/length.py [DATA] [--sizes 1k,2k,...,512k] [--model NAME] [--json FILE]
    python bench/length.py --memory [--sizes 1m,2m]   # only the parse, with peak memory
    python bench/length.py --cpu ...   # CPU seconds of the child, not wall (a shared machine)

DATA is a folder of plain-text news articles (default /work/shared/data/bbc, read at run
time and never copied). For each size, one article of about that many characters is
made by joining distinct paragraphs of DATA in file order (the first line of a file, its
headline, is left out), read through kg's ingest, and parsed once in a fresh process.
Then on that one parse it times, in that process:

- **actors**: ``ActorIndex`` (the mentions and the lookups the others use);
- **statements**: ``extract_statements`` given that index;
- **events**: ``extract_events`` given both;
- **groups**: the part of events spent grouping mentions into events and making each
  event (``group_mentions``, ``to_event``);
- **after parse**: what ``kg build`` does once the parse is done, from the extractors
  again through resolve, link and every default output file; of it, **link** is
  resolve and link, **export** the triples and every graph and table file, **view**
  graph.html and events.md (the build's own timings).

Each row prints the parse's and the rest's seconds, then every stage's microseconds per
character; a column whose µs/char stays flat as the size doubles grows linearly with
the article. ``--memory`` times only the
parse (spaCy's ``nlp.max_length`` lifted as kg does) and prints the process's peak
resident memory, to choose ``--max-document-size``'s default.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timezone
from pathlib import Path

DATA = Path("/work/shared/data/bbc")
SIZES = "1k,2k,4k,8k,16k,32k,64k,128k,256k,512k"
STAGES = (
    "parse",
    "actors",
    "statements",
    "events",
    "groups",
    "link",
    "export",
    "view",
    "after parse",
)
VIEW = ("write graph.html", "write events.md")  # the rest of the "write" timings: export
PUBLISHED = date(2026, 11, 12)
WARM = 'The minister said on Monday: "We will vote." Police arrested two men in Leeds.'


def chars(value: str) -> int:
    """'64k' -> 64,000; '2m' -> 2,000,000; a bare number as given."""
    value = value.strip().lower()
    scale = {"k": 1_000, "m": 1_000_000}.get(value[-1:], 1)
    return int(float(value.rstrip("km")) * scale)


def article(data: Path, size: int) -> str:
    """About ``size`` characters of distinct paragraphs of ``data``, in file order: the
    whole paragraph that passes ``size`` ends it, so the text is never cut mid-sentence."""
    seen: set[str] = set()
    parts: list[str] = []
    total = 0
    for path in sorted(data.rglob("*.txt")):
        if path.name.upper() == "README.TXT":
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for para in text.split("\n\n")[1:]:  # [0] is the headline
            para = " ".join(para.split())
            if len(para) < 40 or para in seen:
                continue
            seen.add(para)
            parts.append(para)
            total += len(para) + 2
            if total >= size:
                return "\n\n".join(parts)
    sys.exit(f"{data}: only {total:,} characters of distinct paragraphs, fewer than {size:,}")


def peak_mb() -> float:
    """Peak resident memory of this process, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child(data: Path, size: int, model: str | None, memory: bool, cpu: bool = False) -> dict:
    """One size in this (fresh) process: the parse, then each stage on that parse."""
    if cpu:  # every timer of this process, kg's own too: on a shared machine wall time is load
        time.perf_counter = time.process_time
    from kg import ingest, nlp
    from kg.config import Settings
    from kg.extract import _one_per_span, extract_document
    from kg.extract import events as events_module
    from kg.extract.actors import ActorIndex
    from kg.extract.events import extract_events
    from kg.extract.statements import extract_statements
    from kg.pipeline import assemble, write

    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "long.jsonl"
        row = {"id": "long", "text": article(data, size), "published": PUBLISHED.isoformat()}
        src.write_text(json.dumps(row) + "\n", encoding="utf-8")
        (document,) = ingest.read_documents([src], max_document_size=0, max_word_length=0)
    pipeline = nlp.load(model)
    settings = Settings(published=PUBLISHED)
    with tempfile.TemporaryDirectory() as tmp:  # warm: lexicons loaded, caches filled
        warm = dataclasses.replace(document, text=WARM, source_text=WARM, segments=[])
        result = extract_document(pipeline(WARM), warm)
        built = assemble([result], settings, [], {}, datetime.now(timezone.utc), {"en": pipeline})
        write(built, Path(tmp) / "out", settings)
    base = peak_mb()
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    parsed = pipeline(document.text)
    seconds["parse"] = time.perf_counter() - t0
    out = {"chars": len(document.text), "seconds": seconds, "peak_mb": peak_mb(), "base_mb": base}
    if memory:
        return out
    grouping = [0.0]
    for name in ("group_mentions", "to_event"):
        setattr(events_module, name, _timed(getattr(events_module, name), grouping))
    t0 = time.perf_counter()
    index = ActorIndex(parsed, document)
    t1 = time.perf_counter()
    statements = _one_per_span(extract_statements(parsed, document, index))
    t2 = time.perf_counter()
    extract_events(parsed, document, index, statements)
    t3 = time.perf_counter()
    seconds.update(actors=t1 - t0, statements=t2 - t1, events=t3 - t2, groups=grouping[0])
    with tempfile.TemporaryDirectory() as out_dir:
        timings: dict[str, float] = {}
        t0 = time.perf_counter()
        result = extract_document(parsed, document)
        built = assemble(
            [result], settings, [], timings, datetime.now(timezone.utc), {"en": pipeline}
        )
        write(built, Path(out_dir) / "out", settings)
        seconds["after parse"] = time.perf_counter() - t0
    seconds["link"] = timings["resolve"] + timings["link"]
    seconds["view"] = sum(timings.get(k, 0.0) for k in VIEW)
    seconds["export"] = timings["collect triples"] + sum(
        v for k, v in timings.items() if k.startswith("write ") and k not in VIEW
    )
    out["peak_mb"] = peak_mb()
    return out


def _timed(function, total: list[float]):
    """``function``, adding the seconds of each call to ``total[0]``."""

    def timed(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            total[0] += time.perf_counter() - t0

    return timed


def run_child(data: Path, size: int, model: str | None, memory: bool, cpu: bool = False) -> dict:
    cmd = [sys.executable, __file__, str(data), "--child", str(size)]
    cmd += ["--model", model] if model else []
    cmd += ["--memory"] if memory else []
    cmd += ["--cpu"] if cpu else []
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"size {size:,} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DATA)
    ap.add_argument("--sizes", default=None, help=f"characters (default {SIZES})")
    ap.add_argument("--model")
    ap.add_argument("--memory", action="store_true", help="the parse only, with peak memory")
    ap.add_argument("--json", type=Path, help="also write the rows to this file")
    ap.add_argument("--cpu", action="store_true", help="CPU seconds, not wall (a loaded machine)")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(child(args.data, args.child, args.model, args.memory, args.cpu)))
        return
    sizes = [chars(s) for s in (args.sizes or ("1m,2m" if args.memory else SIZES)).split(",")]
    stages = STAGES[:1] if args.memory else STAGES
    timed = [s for s in stages if s in ("parse", "after parse")]
    head = ["chars", *(f"{s} s" for s in timed), *(f"{s} µs/c" for s in stages), "peak MB"]
    width = max(len(h) for h in head) + 1
    print(" ".join(f"{h:>{width}}" for h in head), flush=True)
    rows = []
    for size in sizes:
        row = run_child(args.data, size, args.model, args.memory, args.cpu)
        rows.append(row)
        n, sec = row["chars"], row["seconds"]
        cells = [f"{n:,}", *(f"{sec[s]:.2f}" for s in timed)]
        cells += [f"{1e6 * sec[s] / n:.1f}" for s in stages]
        cells.append(f"{row['peak_mb']:,.0f}")
        print(" ".join(f"{c:>{width}}" for c in cells), flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
