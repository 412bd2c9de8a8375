"""The million-article simulation: kg's corpus stages (resolve, link, export) at sizes
no parse on this machine reaches.

Usage:
    python bench/simulate.py BUILD [--sizes 10000,100000,1000000] [--formats turtle,jsonl]
                                   [--scratch DIR] [--json FILE] [--keep] [--no-write]

BUILD is the output folder of a real ``kg build`` (its ``.kg/state.jsonl.gz`` holds
every article's extraction result before resolution; e.g. ``kg build
/work/shared/data/bbc --published 2026-11-12 -o /tmp/bbc``). Those results are the
template. For a size N the template is cloned until there are N articles, clone k
having

- its document ids, evidence and event ids suffixed (``bbc-001~k3``),
- its dates (publication, event and statement times) moved k weeks later, the
  template's own articles spread over the seven days of its week by their order,
- the names of its people, organisations and groups (those no kg table knows) given a
  suffix of letters on their last word ("Tony Blairqd", "Blairqd"), so the stories
  of two clones do not collide; countries and the tables' places and bodies keep their
  names, as a real archive's do across years.

No parse runs. Each size runs in a fresh process, which clones the results and holds
them as a real build of the kg it runs does (their stored lines on disk, or with an
older kg the result objects too, each decoded from its line so that it has its own
strings, its text among them, as a worker's result does), then runs
:func:`kg.pipeline.assemble` (resolve, link) and :func:`kg.pipeline.write` (every
export, the state) into a scratch folder, deleted afterwards. The table gives seconds
per 1,000 articles for each stage and the peak resident memory of that process (which
includes the held results, as a build's main process does), with its peak once the
results were held and once they were linked (before the export), and after each stage
of linking (read back, resolve, stories, merge, pairs, link). ``--no-write`` stops
there. ``--trace stories,merge`` also gives what each of those stages allocated at
most above what it was handed (``tracemalloc``, started for that stage alone, so the
stage runs slower): a stage's own peak, which the process's peak hides when an earlier
stage's was higher.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
import zlib
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
# the stages of kg.pipeline's timings, grouped as the issue names them
STAGES = {
    "resolve": ("resolve",),
    "link": ("link",),
    "export": ("collect triples", "write graph.ttl", "write graph.trig", "write graph.nt",
               "write graph.jsonld", "write void.ttl", "write events.md",
               "write statements.jsonl", "write actors.jsonl", "write events.jsonl",
               "write relations.jsonl", "write statements.csv", "write actors.csv",
               "write events.csv", "write relations.csv", "write state"),
    "view": ("write graph.html",),
}  # fmt: skip
# the calls of kg.pipeline.assemble after which the peak is read (what each adds)
ASSEMBLY = ("resolve", "stories", "merge", "link")
NAME_KEYS = ("name", "speaker_name", "actor", "place", "affiliation", "toward", "country")
CLONED_KINDS = ("person", "organisation", "group")


def state_of(build: Path) -> Path:
    """The state file of a build's folder; one line and exit when there is none."""
    path = build / ".kg" / "state.jsonl.gz"
    if not path.is_file():
        sys.exit(f"{build}: no .kg/state.jsonl.gz in it; give the folder of a kg build")
    return path


def read_template(build: Path) -> tuple[dict, list[dict]]:
    """The header and every stored result of a build's state, as JSON objects."""
    path = state_of(build)
    with gzip.open(path, "rt", encoding="utf-8") as f:
        head = json.loads(f.readline())
        results = [json.loads(line.split("\t", 1)[1]) for line in f]
    if not results:
        sys.exit(f"{path}: the state holds no article")
    return head, results


def letters(k: int) -> str:
    """Clone k's suffix: "", "a", ..., "z", "ba", ... (letters keep names words)."""
    out = ""
    while k:
        k, r = divmod(k, 26)
        out = chr(ord("a") + r) + out
    return out


def cloned_names(result: dict) -> list[str]:
    """The names in one result that a clone renames: people, organisations and groups
    that no table of kg's knows (a country or a known body stays itself)."""
    from kg import gazetteer

    names = set()
    for m in result.get("actors", []):
        name = m.get("name")
        known = name and (gazetteer.by_name(name) or gazetteer.entity(name))
        if m.get("kind") in CLONED_KINDS and name and not known:
            names.add(name)
    return sorted(names)


class Cloner:
    """Makes clone ``k`` of one template result (see the module docstring)."""

    def __init__(self, result: dict, day: int) -> None:
        self.result = result
        self.day = day  # the template article's day within its week
        self.names = cloned_names(result)

    def clone(self, k: int) -> dict:
        sfx, tag = f"~k{k}" if k else "", letters(k)
        renamed = {n: n + tag for n in self.names} if tag else {}
        shift = timedelta(days=7 * k + self.day)

        def doc_id(value: str) -> str:
            head, sep, rest = value.partition("/")
            return head + sfx + sep + rest

        def when(value):
            if isinstance(value, str) and len(value) == 10 and value[4] == "-":
                return (date.fromisoformat(value) + shift).isoformat()
            return value

        def walk(obj, key: str | None = None):
            if isinstance(obj, dict):
                out = {}
                for k2, v in obj.items():
                    if k2 in ("doc_id", "id") and isinstance(v, str):
                        out[k2] = doc_id(v)
                    elif k2 in ("published", "start", "end"):
                        out[k2] = when(v)
                    elif k2 in NAME_KEYS and isinstance(v, str):
                        out[k2] = renamed.get(v, v)
                    elif k2 == "about_actors":
                        out[k2] = [renamed.get(n, n) for n in v]
                    elif k2 in ("about_events", "sources"):  # event ids, document ids
                        out[k2] = [doc_id(e) for e in v]
                    else:
                        out[k2] = walk(v, k2)
                return out
            if isinstance(obj, list):
                return [walk(v, key) for v in obj]
            return obj

        return walk(self.result)


def stored_line(result: dict) -> bytes:
    """The state line a real build keeps for this result (kg.state.line's layout)."""
    doc = {k: v for k, v in result["doc"].items() if k != "copies"}
    fp = hashlib.sha256(json.dumps(doc, sort_keys=True).encode("utf-8")).hexdigest()[:32]
    key = json.dumps([result["doc"]["id"], fp], ensure_ascii=False)
    text = key + "\t" + json.dumps(result, ensure_ascii=False, sort_keys=True)
    return zlib.compress(text.encode("utf-8"), 1)


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Peaks:
    """The process's peak resident memory after each of ``assemble``'s stages (as
    ``ASSEMBLY`` names them), read by wrapping the functions it calls for as long as
    the ``with`` lasts: where the peak of linking a corpus is made, without a change
    to kg for it. Also "read back" (when resolve is called: an older kg has read every
    held result back by then, one that resolves as it reads has read none) and
    "pairs" (when linking has its blocks' pairs, ``kg.link._block_pairs``, where the
    kg run has it)."""

    def __init__(self, traced: tuple[str, ...] = ()) -> None:
        self.after: dict[str, int] = {}
        self.traced = traced
        self.own: dict[str, float] = {}  # MB a traced stage allocated at most

    def __enter__(self) -> Peaks:
        from kg import link, pipeline

        self.saved = {_function(pipeline, name): None for name in ASSEMBLY}
        for name, function in list(self.saved):
            fn = self.saved[(name, function)] = getattr(pipeline, function)
            before = "read back" if name == "resolve" else None
            setattr(pipeline, function, self._wrapped(name, fn, before))
        self.pairs = getattr(link, "_block_pairs", None)
        if self.pairs is not None:
            link._block_pairs = self._wrapped("pairs", self.pairs)
        return self

    def _wrapped(self, name: str, fn, before: str | None = None):
        def run(*args, **kwargs):
            if before:
                self.after[before] = round(peak_mb())
            if name in self.traced:
                tracemalloc.start()
            try:
                out = fn(*args, **kwargs)
            finally:
                if name in self.traced:
                    self.own[name] = round(tracemalloc.get_traced_memory()[1] / 2**20, 3)
                    tracemalloc.stop()
            self.after[name] = round(peak_mb())
            return out

        return run

    def __exit__(self, *exc) -> None:
        from kg import link, pipeline

        for (_, function), fn in self.saved.items():
            setattr(pipeline, function, fn)
        if self.pairs is not None:
            link._block_pairs = self.pairs


def _function(pipeline, stage: str) -> tuple[str, str]:
    """The stage and the function of ``kg.pipeline`` that runs it: resolve is
    ``_resolved`` in a kg that reads the held results back as it resolves them
    (``kg.resolve.Names``), ``resolve`` in an older one."""
    if stage == "resolve" and hasattr(pipeline, "_resolved"):
        return stage, "_resolved"
    return stage, stage


def run_size(
    build: Path,
    size: int,
    formats: str,
    scratch: Path,
    keep: bool = False,
    write: bool = True,
    traced: tuple[str, ...] = (),
) -> dict:
    """One size, in this process: clone, then assemble and write as a build does
    (without ``write``, the outputs are not written: a size's linking, and its peak,
    known in a third of the time; the stages named in ``traced`` give their own
    peaks)."""
    from kg import pipeline
    from kg.config import Settings
    from kg.model import DocResult
    from kg.state import Spill, decode, shared

    head, template = read_template(build)
    # the template's articles spread over one week, in their stored order
    cloners = [Cloner(r, i * 7 // len(template)) for i, r in enumerate(template)]
    # a kg whose build holds its results on disk until resolve (kg.state.Spill.hold)
    # is given them so; an older one holds them as objects, as its build did
    on_disk = hasattr(Spill, "hold")
    t0 = time.perf_counter()
    results, lines = [], Spill()  # the stored lines on disk, as a build keeps them
    for i in range(size):
        k, j = divmod(i, len(cloners))
        line = stored_line(cloners[j].clone(k))
        doc_id = json.loads(zlib.decompress(line).split(b"\t", 1)[0])[0]
        lines[doc_id] = line
        if not on_disk:  # decoded from the line, each with its own strings (its text
            # too), as a worker's result is unpickled; as kg.pipeline._gather holds it
            text = zlib.decompress(line).decode("utf-8").split("\t", 1)[1]
            results.append(shared(decode(DocResult, json.loads(text))))
    del template, cloners
    cloning = time.perf_counter() - t0
    held = peak_mb()
    settings = Settings(
        published=date.fromisoformat(head["settings"]["published"]),
        formats=tuple(formats.split(",")),
        progress=False,
    )
    timings: dict[str, float] = {}
    started = pipeline.datetime.now(pipeline.timezone.utc)

    class Model:  # what assemble reads of a loaded spaCy pipeline: its label
        lang = "en"
        meta = {"name": head["model"].split()[0].removeprefix("en_"), "version": "sim"}

    c0 = time.process_time()
    given = lines if on_disk else results
    with Peaks(traced) as peaks:
        result = pipeline.assemble(given, settings, [], timings, started, {"en": Model})
    del results, given
    c1 = time.process_time()
    linked = peak_mb()
    # on stderr as it happens: a large size's linking is known before its export ends
    walls = ", ".join(f"{k} {timings[k]:.0f} s" for k in ("resolve", "link"))
    print(f"{size}: cloned {cloning:.0f} s, held {held:.0f} MB; resolve + link "
          f"{c1 - c0:.0f} CPU s ({walls} wall), peak {linked:.0f} MB",
          file=sys.stderr, flush=True)  # fmt: skip
    out = scratch / f"sim-{size}"
    if write:
        pipeline.write(result, out, settings, state=lines)
    c2 = time.process_time()
    sizes = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) if write else 0
    if write and not keep:
        shutil.rmtree(out)
    stages = {g: sum(timings.get(n, 0.0) for n in names) for g, names in STAGES.items()}
    return {
        "articles": size,
        "clone_s": round(cloning, 1),
        "seconds": {g: round(s, 4) for g, s in stages.items()},  # a small size runs in ms
        # CPU seconds of this process: on a shared machine wall time also counts the
        # other jobs' turns, CPU time does not
        "cpu": {"resolve + link": round(c1 - c0, 2), "export + view": round(c2 - c1, 2)},
        "held_mb": round(held),
        "linked_mb": round(linked),
        "stage_mb": peaks.after,  # the peak once each stage of assemble was done
        "traced_mb": peaks.own,  # what a traced stage allocated at most
        "peak_mb": round(peak_mb()),
        "output_mb": round(sizes / 2**20),
        "summary": result.summary(),
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("build", type=Path, help="output folder of a kg build (with .kg/)")
    ap.add_argument("--sizes", default="10000,100000,1000000")
    ap.add_argument("--formats", default="turtle,jsonl", help="as kg build --format")
    ap.add_argument("--scratch", type=Path, default=None, help="where outputs go (deleted)")
    ap.add_argument("--json", type=Path, default=None, help="also save the rows here")
    keep = "keep each size's outputs in SCRATCH/sim-N (to compare two versions)"
    ap.add_argument("--keep", action="store_true", help=keep)
    no_write = "resolve and link only, no export (the peak after each stage is printed)"
    ap.add_argument("--no-write", action="store_true", help=no_write)
    trace = "stages of assemble (as ASSEMBLY names them) whose own peak is traced"
    ap.add_argument("--trace", default="", help=trace)
    ap.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    traced = tuple(t for t in args.trace.split(",") if t)
    if unknown := set(traced) - set(ASSEMBLY):
        sys.exit(f"--trace: no stage {', '.join(sorted(unknown))}; one of {', '.join(ASSEMBLY)}")
    scratch = args.scratch or Path(tempfile.gettempdir())
    if args.one is not None:  # the fresh process of one size
        row = run_size(
            args.build, args.one, args.formats, scratch, args.keep, not args.no_write, traced
        )
        print(json.dumps(row))
        return
    state_of(args.build)
    rows = []
    columns = ("articles", *STAGES, "total")
    print(" ".join(f"{c:>9}" for c in columns), " (wall s per 1,000 articles)",
          "  CPU s / 1k (link, write)  peak MB (held / linked)  output MB",
          flush=True)  # fmt: skip
    for size in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, str(Path(__file__).resolve()), str(args.build), "--one",
               str(size), "--formats", args.formats, "--scratch", str(scratch)]  # fmt: skip
        cmd += ["--keep"] if args.keep else []
        cmd += ["--no-write"] if args.no_write else []
        cmd += ["--trace", args.trace] if traced else []
        done = subprocess.run(cmd, capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"size {size} failed:\n{done.stderr[-2000:]}")
        row = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(row)
        per = [row["seconds"][g] * 1000 / size for g in STAGES]
        memory = f"{row['peak_mb']} ({row['held_mb']} / {row['linked_mb']})"
        cpu = " / ".join(f"{s * 1000 / size:.2f}" for s in row["cpu"].values())
        print(f"{size:>9}", " ".join(f"{x:>9.2f}" for x in [*per, sum(per)]),
              f"{'':23} {cpu:>21} {memory:>23} {row['output_mb']:>10}", flush=True)  # fmt: skip
        stages = " / ".join(f"{k} {v}" for k, v in row["stage_mb"].items())
        print(f"{'':>9} peak MB after held {row['held_mb']} / {stages}", flush=True)
        if row.get("traced_mb"):
            own = " / ".join(f"{k} {v}" for k, v in row["traced_mb"].items())
            print(f"{'':>9} allocated at most (traced MB): {own}", flush=True)
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
