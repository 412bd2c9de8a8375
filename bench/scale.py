"""Time a full ``kg build`` against a bare spaCy parse of the same texts, as the corpus grows.

Usage:
    python bench/scale.py PATH... [--sizes 1000,2000,5000,10000,20000] [--jobs N]
                                  [--no-bare] [--stage-cpu] [--json FILE]

PATH is any input ``kg build`` reads (folders of articles, JSON Lines); with several,
ids are prefixed per folder (bench/corpus.py). For each size N the first N documents
are written as one JSON Lines file, then two fresh processes run on it, one after the
other and with the same number of processes (``--jobs``):

- **bare**: ``spacy.load`` + ``nlp.pipe(texts, n_process=jobs)`` over kg's cleaned
  texts (the floor: one pass of spaCy's own full pipeline, nothing kept; not
  ``kg.nlp.load``, whose attribute ruler and lemmatizer remember their answers, a
  gain of kg's own);
- **build**: ``kg.build`` of the JSON Lines file into a fresh folder, every default
  output written (graph.ttl, void.ttl, graph.html, events.md, the JSONL tables and the
  state an ``--update`` reads).

Both load the model before their clock starts. Each row prints both times, the ratio
build ÷ bare, the same in CPU seconds (the process's and its workers'; what a shared,
busy machine leaves comparable), the seconds of every stage (worker stages are
summed over the workers), the share of linking, peak memory (resident set of the main
process and of the largest worker), and the triples written per second by the Turtle
writer. A size larger than the corpus means all of it. ``--json`` also saves the rows.

``--stage-cpu`` gives the stages in CPU seconds instead of seconds of the clock: on a
machine shared with other work, the clock of a stage grows with the load while its CPU
time does not, so two runs of a speed change compare (the totals stay both). With
``--jobs`` N the workers' stages are their own CPU seconds, summed (the forked workers
inherit the switch), and the row is followed by the main process's CPU seconds while
they parsed. Without it a worker's stage is its clock, which counts the time it waited
for a core: on 120 politics articles, on a loaded machine, two workers' parse summed
74.8 s of the clock for 9.4 CPU s, which equal one process's 9.7 (a forked worker
parses no slower; what it loses is the clock).
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
# Stages as kg.build reports them, grouped as the issue names them.
GROUPS = {
    "ingest": ("ingest",),
    "parse": ("parse",),
    "actors": ("extract actors",),
    "statements": ("extract statements",),
    "events": ("extract events",),
    "resolve": ("resolve",),
    "link": ("link",),
    "export": (
        "collect triples",
        "write graph.ttl",
        "write graph.trig",
        "write graph.nt",
        "write graph.jsonld",
        "write void.ttl",
        "write events.md",
        "write state",
        "store state",
        "write statements.jsonl",
        "write actors.jsonl",
        "write events.jsonl",
        "write relations.jsonl",
    ),
    "view": ("write graph.html",),
}


def cpu() -> float:
    """CPU seconds of this process and of its finished children (the workers)."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def peak_mb() -> tuple[float, float]:
    """Peak resident MB of this process and of its largest finished child (a worker)."""
    me = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return me, kids


def child_bare(path: str, jobs: int, model: str | None) -> dict:
    import spacy

    from kg import ingest, nlp

    texts = [d.text for d in ingest.read_documents([path]) if hasattr(d, "text")]
    pipeline = spacy.load(nlp.model_name(model))  # spaCy's own components, every one
    pipeline.max_length = sys.maxsize
    list(pipeline.pipe(texts[:2]))  # warm: the clock starts with the model loaded
    t0, c0 = time.perf_counter(), cpu()
    for _ in pipeline.pipe(texts, batch_size=32, n_process=jobs):
        pass
    seconds, cpu_seconds = time.perf_counter() - t0, cpu() - c0
    me, kids = peak_mb()
    return {
        "seconds": seconds,
        "cpu": cpu_seconds,
        "documents": len(texts),
        "peak_mb": me,
        "worker_mb": kids,
    }


def child_build(path: str, jobs: int, model: str | None, stage_cpu: bool = False) -> dict:
    clock = time.perf_counter
    if stage_cpu:  # kg.build times its stages with perf_counter: read CPU time there
        time.perf_counter = time.process_time
    import kg
    from kg import nlp

    list(nlp.load(model).pipe(["Warm up."]))
    with tempfile.TemporaryDirectory() as out:
        t0, c0 = clock(), cpu()
        result = kg.build([path], Path(out), jobs=jobs, model=model)
        seconds, cpu_seconds = clock() - t0, cpu() - c0
        void = (Path(out) / "void.ttl").read_text(encoding="utf-8")
        triples = max(int(n) for n in re.findall(r'void:triples "(\d+)"', void))  # the dataset
        size = (Path(out) / "graph.ttl").stat().st_size / 1e6
    me, kids = peak_mb()
    return {
        "seconds": seconds,
        "cpu": cpu_seconds,
        "documents": len(result.documents),
        "errors": len(result.errors),
        "timings": result.timings,
        "triples": triples,
        "ttl_mb": size,
        "peak_mb": me,
        "worker_mb": kids,
        **result.summary(),
    }


def run_child(kind: str, path: Path, jobs: int, model: str | None, stage_cpu: bool = False) -> dict:
    cmd = [sys.executable, __file__, "--child", kind, str(path), "--jobs", str(jobs)]
    if model:
        cmd += ["--model", model]
    if stage_cpu:
        cmd.append("--stage-cpu")
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode:
        sys.exit(f"{kind} run failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def grouped(timings: dict[str, float]) -> dict[str, float]:
    return {g: sum(timings.get(s, 0.0) for s in stages) for g, stages in GROUPS.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--sizes", help="comma-separated document counts (default: all)")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--model")
    ap.add_argument("--no-bare", action="store_true", help="time the build only")
    ap.add_argument(
        "--stage-cpu",
        action="store_true",
        help="stages in CPU seconds (the workers' summed with --jobs N)",
    )
    ap.add_argument("--json", type=Path, help="also write the rows to this file")
    ap.add_argument("--child", choices=("bare", "build"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child == "bare":
        print(json.dumps(child_bare(args.paths[0], args.jobs, args.model)))
        return
    if args.child:
        print(json.dumps(child_build(args.paths[0], args.jobs, args.model, args.stage_cpu)))
        return

    sys.path.insert(0, str(HERE))
    from corpus import documents, write_jsonl

    docs = documents(args.paths)
    sizes = [int(n) for n in args.sizes.split(",")] if args.sizes else [len(docs)]
    sizes = sorted({min(n, len(docs)) for n in sizes})
    unit = "; stages in CPU seconds" if args.stage_cpu else ""
    print(
        f"{len(docs):,} documents from {', '.join(args.paths)}; jobs={args.jobs}{unit}",
        flush=True,
    )
    head = [
        "docs",
        "bare s",
        "build s",
        "ratio",
        "bare cpu",
        "build cpu",
        "cpu ratio",
        *GROUPS,
        "link %",
        "peak MB",
        "worker MB",
        "triples",
        "ttl tr/s",
    ]
    print(" ".join(f"{h:>10}" for h in head), flush=True)
    rows = []
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            part = write_jsonl(docs[:n], Path(tmp) / "part.jsonl")
            bare = None if args.no_bare else run_child("bare", part, args.jobs, args.model)
            build = run_child("build", part, args.jobs, args.model, args.stage_cpu)
        t = build["timings"]
        stages = grouped(t)
        ttl = build["triples"] / t["write graph.ttl"] if t.get("write graph.ttl") else 0
        row = {
            "documents": build["documents"],
            "bare": bare,
            "build": build,
            "stages": stages,
            "ttl_triples_per_s": ttl,
        }
        rows.append(row)
        cells = [
            f"{build['documents']:,}",
            f"{bare['seconds']:.1f}" if bare else "-",
            f"{build['seconds']:.1f}",
            f"{build['seconds'] / bare['seconds']:.2f}" if bare else "-",
            f"{bare['cpu']:.1f}" if bare else "-",
            f"{build['cpu']:.1f}",
            f"{build['cpu'] / bare['cpu']:.2f}" if bare else "-",
            *(f"{stages[g]:.1f}" for g in GROUPS),
            f"{100 * stages['link'] / build['cpu' if args.stage_cpu else 'seconds']:.1f}",
            f"{build['peak_mb']:,.0f}",
            f"{build['worker_mb']:,.0f}",
            f"{build['triples']:,}",
            f"{ttl:,.0f}",
        ]
        print(" ".join(f"{c:>10}" for c in cells), flush=True)
        if args.stage_cpu and args.jobs > 1:  # kg.build's clock of the parse, read as CPU
            main_cpu = t.get("parse + extract (wall)", 0.0)
            print(f"{'':>10} main process CPU s while the workers parsed: {main_cpu:.2f}")
        if build["errors"]:
            print(f"{'':>10} {build['errors']} documents failed", flush=True)
    print("\nseconds per 1,000 documents, by stage (flat = linear in the corpus):")
    print(" ".join(f"{h:>10}" for h in ["docs", *GROUPS]))
    for row in rows:
        k = row["documents"] / 1000
        print(
            " ".join(
                f"{c:>10}"
                for c in [f"{row['documents']:,}", *(f"{row['stages'][g] / k:.2f}" for g in GROUPS)]
            )
        )
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
