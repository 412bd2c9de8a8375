"""Time each export format on one large build, and read each back.

Usage: python bench/export_formats.py PATH... [--limit N] [--validate]

Builds the documents of PATH in memory once, then times collecting the triples and
writing every format (graph formats, tables, VoID, the HTML view, the event cards),
and parsing each graph file back with pyoxigraph. Prints seconds, triples per second
and size per format. ``--validate`` also times ``kg validate`` on the Turtle file;
``--baseline`` times rdflib's own serialisers on the same triples (the baseline kg's
writers replace).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox
from corpus import documents, write_jsonl

import kg
from kg.config import GRAPH_FORMATS, TABLE_FORMATS, Settings
from kg.export import writers
from kg.export.rdf import collect, options

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
    ap.add_argument("--validate", action="store_true", help="also time kg validate")
    ap.add_argument("--baseline", action="store_true", help="also time rdflib's serialisers")
    args = ap.parse_args()
    docs = documents(args.paths)[: args.limit]
    settings = Settings(formats=GRAPH_FORMATS + TABLE_FORMATS, progress=False)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        result = kg.build([write_jsonl(docs, Path(tmp) / "in.jsonl")], None, settings)
        print(
            f"built {len(result.documents):,} documents in {time.perf_counter() - t0:.1f} s: "
            + ", ".join(f"{v:,} {k}" for k, v in result.summary().items())
        )
        t0 = time.perf_counter()
        triples = collect(result, settings.base_iri, settings.model, options(settings))
        took = time.perf_counter() - t0
        n = len(triples)
        print(f"\n{'output':<18} {'write s':>8} {'triples/s':>10} {'MB':>7} {'read back s':>12}")
        print(f"{'(collect)':<18} {took:>8.2f} {n / took:>10,.0f} {'':>7} {'':>12}")
        for name, writer in writers(settings.formats, triples).items():
            path = Path(tmp) / name
            t0 = time.perf_counter()
            writer(result, path, settings)
            took = time.perf_counter() - t0
            rate = f"{n / took:>10,.0f}" if name in READ_BACK else f"{'':>10}"
            back = ""
            if name in READ_BACK:
                t0 = time.perf_counter()
                count = sum(1 for _ in ox.parse(path=str(path), format=READ_BACK[name]))
                back = f"{time.perf_counter() - t0:.2f}"
                assert count == n, (name, count, n)
            size = path.stat().st_size / 1e6
            print(f"{name:<18} {took:>8.2f} {rate} {size:>7.1f} {back:>12}", flush=True)
        print(f"\n{n:,} triples")
        if args.baseline:
            _baseline(triples)
        if args.validate:
            from kg.validate import validate

            t0 = time.perf_counter()
            report = validate([Path(tmp) / "graph.ttl"])
            print(f"kg validate: {time.perf_counter() - t0:.1f} s, conforms={report.conforms}")


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
