"""Time each export format on one large build, and read each back.

Usage: python bench/export_formats.py PATH... [--limit N] [--result FILE] [--only NAME,...]
       [--output DIR] [--validate] [--baseline]

Builds the documents of PATH in memory once, then times collecting the triples and
writing every format (graph formats, tables, VoID, the HTML view, the event cards),
and parsing each graph file back with pyoxigraph. Prints seconds, triples per second,
size and peak memory (RSS) per stage. ``--result FILE`` keeps the build in a pickle:
the first run builds and saves it, later runs load it (building thousands of documents
takes minutes; the export is what this bench measures). ``--validate`` also times
``kg validate`` on the Turtle file; ``--baseline`` times rdflib's own serialisers on the
same triples (the baseline kg's writers replace).
"""

from __future__ import annotations

import argparse
import contextlib
import pickle
import resource
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from corpus import documents, write_jsonl

import kg
from kg.config import GRAPH_FORMATS, TABLE_FORMATS, Settings
from kg.export import writers
from kg.export.rdf import collect, options
from kg.model import BuildResult

READ_BACK = {
    "graph.ttl": ox.RdfFormat.TURTLE,
    "graph.trig": ox.RdfFormat.TRIG,
    "graph.nt": ox.RdfFormat.N_TRIPLES,
    "graph.jsonld": ox.RdfFormat.JSON_LD,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--limit", type=int, help="use the first N documents")
    ap.add_argument("--result", type=Path, help="pickle of the build: load it, or save it")
    ap.add_argument("--only", help="write only these outputs (comma-separated file names)")
    ap.add_argument("--output", type=Path, help="keep the files in this folder")
    ap.add_argument("--validate", action="store_true", help="also time kg validate")
    ap.add_argument("--baseline", action="store_true", help="also time rdflib's serialisers")
    args = ap.parse_args()
    settings = Settings(formats=GRAPH_FORMATS + TABLE_FORMATS, progress=False)
    with tempfile.TemporaryDirectory() as scratch:
        tmp = args.output or Path(scratch)
        tmp.mkdir(parents=True, exist_ok=True)
        result = _result(args, settings, Path(scratch))
        rss = peak_reset()
        print(f"RSS before the export: {rss:,.0f} MB (the build, held in memory)")
        t0 = time.perf_counter()
        triples = collect(result, settings.base_iri, settings.model, options(settings))
        n = len(triples)
        took = time.perf_counter() - t0
        peaks = [peak()]
        head = f"{'output':<18} {'write s':>8} {'triples/s':>10} {'MB':>7} {'peak RSS MB':>12}"
        print(f"\n{head}")
        print(f"{'(collect)':<18} {took:>8.2f} {n / took:>10,.0f} {'':>7} {peaks[-1]:>12,.0f}")
        for name, writer in writers(settings.formats, triples).items():
            if args.only and name not in args.only.split(","):
                continue
            path = Path(tmp) / name
            peak_reset()
            t0 = time.perf_counter()
            writer(result, path, settings)
            took = time.perf_counter() - t0
            peaks.append(peak())
            rate = f"{n / took:>10,.0f}" if name in READ_BACK else f"{'':>10}"
            size = path.stat().st_size / 1e6
            print(f"{name:<18} {took:>8.2f} {rate} {size:>7.1f} {peaks[-1]:>12,.0f}", flush=True)
        print(f"\n{n:,} triples; peak RSS of the export (collect and writers) {max(peaks):,.0f} MB")
        # read back last: the parsers' memory would stay in the RSS of the stages after
        print(f"\n{'read back':<18} {'s':>8}")
        for name, rdf_format in READ_BACK.items():
            path = Path(tmp) / name
            if path.exists():
                t0 = time.perf_counter()
                count = sum(1 for _ in ox.parse(path=str(path), format=rdf_format))
                print(f"{name:<18} {time.perf_counter() - t0:>8.2f}", flush=True)
                assert count == n, (name, count, n)
        if args.baseline:
            _baseline(triples)
        if args.validate:
            from kg.validate import validate

            t0 = time.perf_counter()
            report = validate([Path(tmp) / "graph.ttl"])
            print(f"kg validate: {time.perf_counter() - t0:.1f} s, conforms={report.conforms}")


def _result(args: argparse.Namespace, settings: Settings, tmp: Path) -> BuildResult:
    """The build of ``args.paths``: loaded from ``--result`` if it is there, else built."""
    if args.result and args.result.exists():
        with args.result.open("rb") as fh:
            result = pickle.load(fh)
        print(f"loaded {len(result.documents):,} documents from {args.result}")
        return result
    docs = documents(args.paths)[: args.limit]
    t0 = time.perf_counter()
    result = kg.build([write_jsonl(docs, tmp / "in.jsonl")], None, settings)
    print(
        f"built {len(result.documents):,} documents in {time.perf_counter() - t0:.1f} s: "
        + ", ".join(f"{v:,} {k}" for k, v in result.summary().items())
    )
    if args.result:
        with args.result.open("wb") as fh:
            pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
    return result


def peak_reset() -> float:
    """Start a new peak-RSS window; the RSS now, in MB.

    Linux resets the peak (VmHWM) when "5" is written to /proc/self/clear_refs, so each
    stage gets its own peak; elsewhere the peaks are the process's so far.
    """
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")
    return _status("VmRSS")


def peak() -> float:
    """The peak RSS since :func:`peak_reset`, in MB."""
    return _status("VmHWM")


def _status(field: str) -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _baseline(triples) -> None:
    """rdflib's serialisers on the same triples, in an rdflib Graph built beforehand."""
    from rdflib import Graph

    g = Graph(bind_namespaces="none")
    for prefix, ns in triples.namespaces():
        g.bind(prefix, ns)
    g.addN((s, p, o, g) for s, p, o in triples)
    print(f"\n{'rdflib baseline':<18} {'write s':>8} {'triples/s':>10}")
    for fmt in ("turtle", "trig", "nt", "json-ld"):
        t0 = time.perf_counter()
        g.serialize(format=fmt)
        took = time.perf_counter() - t0
        print(f"{fmt:<18} {took:>8.2f} {len(triples) / took:>10,.0f}", flush=True)


if __name__ == "__main__":
    main()
