"""Time one build on a Dask LocalCluster of two workers against ``--jobs 2``.

Usage:
    python bench/cluster.py PATH... [--count 200] [--workers 2]

The first ``--count`` readable articles of PATH (bench/corpus.py) are written as one
JSON Lines file. Then, one run each, ``kg build`` runs in a fresh process twice on it:
with ``--jobs N``, and with ``--cluster`` on a ``distributed.LocalCluster`` of N
single-threaded worker processes started beforehand (its start is timed apart; the
workers load the model during the build, as the local pool's processes do). Each
wall time is the whole command, Python start and model load included. The two output
folders must hold the same bytes; the script says whether they do.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from corpus import documents, write_jsonl  # noqa: E402


def timed_build(source: Path, out: Path, *flags: str) -> float:
    """Wall seconds of one ``kg build`` in a fresh process; a failure stops the bench."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    command = [sys.executable, "-m", "kg.cli", "build", str(source), "-o", str(out), "-q"]
    t0 = time.perf_counter()
    done = subprocess.run([*command, *flags], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if done.returncode not in (0, 1):
        sys.exit(f"bench/cluster.py: kg build {' '.join(flags)} failed: {done.stderr.strip()}")
    return seconds


def same_bytes(a: Path, b: Path) -> bool:
    def files(folder: Path) -> dict[str, bytes]:
        return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*")
                if p.is_file()}  # fmt: skip

    return files(a) == files(b)


def main() -> None:
    from distributed import LocalCluster

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("paths", nargs="+")
    p.add_argument("--count", type=int, default=200)
    p.add_argument("--workers", type=int, default=2)
    args = p.parse_args()
    docs = documents(args.paths)[: args.count]
    with tempfile.TemporaryDirectory() as tmp:
        source = write_jsonl(docs, Path(tmp) / "articles.jsonl")
        local = timed_build(source, Path(tmp) / "local", "--jobs", str(args.workers))
        t0 = time.perf_counter()
        with LocalCluster(
            n_workers=args.workers, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as cluster:
            started = time.perf_counter() - t0
            remote = timed_build(
                source, Path(tmp) / "cluster", "--cluster", cluster.scheduler_address
            )
        same = same_bytes(Path(tmp) / "local", Path(tmp) / "cluster")
    load = os.getloadavg()[0]
    print(
        f"{len(docs)} articles: --jobs {args.workers} {local:.1f} s; LocalCluster of "
        f"{args.workers} workers {remote:.1f} s (cluster start {started:.1f} s apart); "
        f"same bytes: {'yes' if same else 'NO'}; load average {load:.1f}"
    )


if __name__ == "__main__":
    main()
