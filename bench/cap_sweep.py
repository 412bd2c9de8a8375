"""What a sweep over publication time would hold to decide the relations' cap per event
(issue 22, docs/cluster.md step 3): :class:`kg.link.CapSweep` run over the candidates
:func:`kg.link.link` ranks for a simulated corpus, checked against the relations it keeps.

Usage:
    python bench/cap_sweep.py BUILD [--size 10000] [--step 7]

BUILD is a real build's folder, the template of ``bench/simulate.py`` (which clones it
to ``--size`` articles and runs resolve and link, no export). The candidates are
captured as ``link`` ranks them, with each event's days told (:func:`kg.link._told`);
then a sweep of ``--step`` days adds a candidate once both its events are read (on
their first day told), closes an event once every event told by its last day is read,
and settles. Printed: the candidates and the relations, whether the sweep kept the
same, and the most candidates waiting and events held at once, which is what a sweep
would hold in place of every candidate and event of the archive.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from array import array
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import simulate  # noqa: E402 - bench/simulate.py, beside this file


def captured(build: Path, size: int) -> dict:
    """The ranked candidates (as places), the places' ids and days told, and the
    relations kept, of ``link`` on ``size`` articles cloned from ``build``."""
    from kg import link, pipeline

    seen: dict = {}
    block_pairs, ranked, linked = link._block_pairs, link._Ranking.ranked, pipeline.link

    def told_kept(blocks, index, largest, told=None):
        seen["order"] = sorted(index, key=index.get)
        seen["told"] = dict(told or {})
        return block_pairs(blocks, index, largest, told)

    def ranking_kept(self):
        i, j = array("i"), array("i")
        seen["ranked"] = (i, j)
        for x, y in ranked(self):
            i.append(x)
            j.append(y)
            yield x, y

    def link_kept(*args, **kwargs):
        seen["relations"] = relations = linked(*args, **kwargs)
        return relations

    link._block_pairs, link._Ranking.ranked, pipeline.link = told_kept, ranking_kept, link_kept
    try:
        with tempfile.TemporaryDirectory() as scratch:
            simulate.run_size(build, size, "turtle", Path(scratch), write=False)
    finally:
        link._block_pairs, link._Ranking.ranked, pipeline.link = block_pairs, ranked, linked
    return seen


def swept(seen: dict, step: int) -> dict:
    """The sweep of ``step`` days over the captured candidates: what it keeps and holds."""
    from kg.link import CapSweep

    order, told = seen["order"], seen["told"]
    i = np.frombuffer(seen["ranked"][0], dtype=np.int32)
    j = np.frombuffer(seen["ranked"][1], dtype=np.int32)
    low = min((t[0] for t in told.values() if t), default=0) - 1
    start = np.array([told[e][0] if told.get(e) else low for e in order], dtype=np.int64)
    end = np.array([told[e][1] if told.get(e) else 1 << 40 for e in order], dtype=np.int64)
    arrive = np.maximum(start[i], start[j])
    by_arrival = np.argsort(arrive, kind="stable")
    by_end = np.argsort(end, kind="stable")
    sweep, kept, held = CapSweep(), [], 0
    a = c = 0
    day = low + 1
    last = int(max(start.max(initial=low), arrive.max(initial=low))) + step
    while a < len(by_arrival) or c < len(by_end):
        day += step
        while a < len(by_arrival) and arrive[by_arrival[a]] < day:
            k = int(by_arrival[a])
            sweep.add((k,), order[i[k]], order[j[k]])
            a += 1
        closing = []
        while c < len(by_end) and (end[by_end[c]] < day or day > last):
            closing.append(order[by_end[c]])
            c += 1
        sweep.close(closing)
        kept.extend(sweep.settle())
        held = max(held, len(sweep.kept.keys() | sweep.open | sweep.closed))
    sweep.close(list(sweep.open))
    kept.extend(sweep.settle())
    pairs = {frozenset((x, y)) for _, x, y in kept}
    whole = {frozenset((r.source, r.target)) for r in seen["relations"]}
    return {"kept": len(pairs), "same": pairs == whole, "waiting": sweep.most, "events": held}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", type=Path, help="output folder of a kg build (with .kg/)")
    ap.add_argument("--size", type=int, default=10000)
    ap.add_argument("--step", type=int, default=7, help="days the sweep reads at a time")
    args = ap.parse_args(argv)
    seen = captured(args.build, args.size)
    c0 = time.process_time()
    row = swept(seen, args.step)
    told = [t for t in seen["told"].values() if t]
    days = max(t[0] for t in told) - min(t[0] for t in told) + 1 if told else 0
    print(f"{args.size} articles over {days} days: {len(seen['order'])} events, "
          f"{len(seen['ranked'][0])} candidates, {len(seen['relations'])} relations; "
          f"a sweep of {args.step} days kept {row['kept']} (the same: {row['same']}), "
          f"held at most {row['waiting']} candidates and {row['events']} events, "
          f"{time.process_time() - c0:.0f} CPU s")  # fmt: skip


if __name__ == "__main__":
    main()
