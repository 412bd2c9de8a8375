"""Time a full ``kg build`` against a bare ``nlp.pipe`` over the same texts, in one run.

Usage: python bench/build_vs_parse.py PATH... [--jobs N] [--published YYYY-MM-DD]

Prints documents, the bare parse time, the build time per stage, and the ratio build ÷
parse (the cost of everything kg adds on top of spaCy). The model is loaded before
either timing starts, so neither pays for it.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

import kg
from kg import ingest, nlp
from kg.errors import InputError


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--published", type=date.fromisoformat)
    args = ap.parse_args()
    docs = [d for d in ingest.read_documents(args.paths, published=args.published)
            if not isinstance(d, InputError)]
    texts = [d.text for d in docs]
    for _ in nlp.parse(texts[:4]):  # warm: neither timing includes loading or first calls
        pass
    t0 = time.perf_counter()
    for _ in nlp.parse(texts, jobs=args.jobs):
        pass
    bare = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as out:
        t0 = time.perf_counter()
        result = kg.build(args.paths, Path(out), jobs=args.jobs, published=args.published)
        full = time.perf_counter() - t0
    print(f"documents: {len(docs)}  words: {sum(len(t.split()) for t in texts)}")
    print(f"bare nlp.pipe: {bare:.2f} s")
    print(f"kg build (with writing outputs): {full:.2f} s  ratio build/parse: {full / bare:.2f}")
    for stage, seconds in result.timings.items():
        print(f"  {stage:<20} {seconds:7.3f} s")
    print("counts:", result.summary())
    print(f"errors: {len(result.errors)}")  # a fast build that dropped documents is no result
    for err in result.errors[:5]:
        print("  ", err)


if __name__ == "__main__":
    main()
