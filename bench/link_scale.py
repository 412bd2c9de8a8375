"""Time linking against the whole build as the corpus grows.

Usage: python bench/link_scale.py PATH... [--sizes 1000,2000,...] [--jobs N]

PATH is any input ``kg build`` reads (folders of articles, JSON Lines). For each size N
the first N documents (in the order ``kg build`` reads them) are built in memory,
without writing outputs, and the script prints the seconds per stage, the share of
linking (stories, merge, relations and conflicts) in the build, the number of
per-document and merged events, and the relations. The issue asks for 2k and 20k
articles: the five folders of ``../shared/data/bbc`` (2,225) and
``../shared/data/reuters/reuters21578.jsonl`` (19,043).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from corpus import documents, write_jsonl

import kg


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--sizes", help="comma-separated document counts (default: all)")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    docs = documents(args.paths)
    sizes = [int(n) for n in args.sizes.split(",")] if args.sizes else [len(docs)]
    print(f"{'docs':>6} {'build s':>8} {'parse':>7} {'extract':>8} {'resolve':>8} "
          f"{'link':>7} {'link %':>7} {'events':>7} {'merged':>7} {'relations':>9}")  # fmt: skip
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            part = write_jsonl(docs[:n], Path(tmp) / "part.jsonl")
            t0 = time.perf_counter()
            result = kg.build([part], None, jobs=args.jobs, progress=False)
            total = time.perf_counter() - t0
        t = result.timings
        per_doc = sum(len(e.members) for e in result.events.values())
        print(f"{min(n, len(docs)):>6} {total:>8.1f} {t['parse']:>7.1f} {t['extract']:>8.1f} "
              f"{t['resolve']:>8.2f} {t['link']:>7.2f} {100 * t['link'] / total:>6.1f}% "
              f"{per_doc:>7} {len(result.events):>7} {len(result.relations):>9}",
              flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
