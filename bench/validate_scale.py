"""How long ``kg validate`` takes, and how much memory, on large graphs: the SPARQL
engine beside pySHACL on about 500,000 triples, then the SPARQL engine alone on about
10 million (issue #25: pySHACL took 112 s and 657 MB on 534,000 triples and could not
check a 9.5-million-triple build).

The graphs are copies of one build's graph.ttl (by default the bundled sample output)
with kg's own IRIs shifted per copy (``id/c7/...``), so every copy is a separate,
conforming set of documents, events and actors, as a larger build would be. Each
engine runs in its own child process; its peak memory is that child's ru_maxrss.

    python bench/validate_scale.py                     # 500k both engines, then 10M
    python bench/validate_scale.py --large 0           # skip the 10M run
    # a real build: one copy of it, when --small is about its size
    kg build /work/shared/data/bbc/politics -o /tmp/bbc
    python bench/validate_scale.py --graph /tmp/bbc/graph.ttl --small 700000 --large 0
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
ID = "https://w3id.org/kgnews/id/"


def replicate(source: Path, target: Path, triples: int) -> int:
    """Write copies of ``source`` to ``target`` (N-Triples) until about ``triples``."""
    quads = list(ox.parse(path=str(source), format=ox.RdfFormat.TURTLE))
    copies = max(1, round(triples / len(quads)))

    def shifted(term, k: int):
        if isinstance(term, ox.NamedNode) and term.value.startswith(ID):
            return ox.NamedNode(f"{ID}c{k}/{term.value[len(ID) :]}")
        if isinstance(term, ox.BlankNode):
            return ox.BlankNode(f"c{k}x{term.value}")
        return term

    with target.open("wb") as out:
        for k in range(copies):
            block = [
                ox.Triple(shifted(q.subject, k), q.predicate, shifted(q.object, k)) for q in quads
            ]
            ox.serialize(block, out, format=ox.RdfFormat.N_TRIPLES)
    return copies * len(quads)


def run(graph: Path, engine: str) -> tuple[float, float, float, str]:
    """(seconds, CPU seconds, peak MB, first report line) of ``kg validate --engine
    ENGINE``, run in a child process whose own usage ``os.wait4`` reads.

    Why CPU seconds too: on a machine shared with other work the wall time of one run
    varies by half with the others' load, the CPU time much less."""
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    command = [sys.executable, "-m", "kg.cli", "validate", str(graph), "--engine", engine]
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        first = out.read().decode(errors="replace").splitlines()[:1]
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, first[0] if first else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graph", type=Path, default=ROOT / "output" / "graph.ttl")
    parser.add_argument("--small", type=int, default=500_000, help="triples for both engines")
    parser.add_argument("--large", type=int, default=10_000_000, help="triples, SPARQL only")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.workdir) as tmp:
        small = Path(tmp) / "small.nt"
        n = replicate(args.graph, small, args.small)
        print(f"{n:,} triples ({small.stat().st_size / 1e6:.0f} MB N-Triples)")
        wall, cpu = {}, {}
        for engine in ("sparql", "pyshacl"):
            wall[engine], cpu[engine], mb, line = run(small, engine)
            times = f"{wall[engine]:8.1f} s  {cpu[engine]:8.1f} s CPU"
            print(f"  {engine:8} {times}  {mb:7.0f} MB peak  | {line}")
        ratio = wall["pyshacl"] / wall["sparql"]
        print(
            f"  pySHACL / SPARQL: {ratio:.1f}x ({cpu['pyshacl'] / cpu['sparql']:.1f}x in CPU time)"
        )
        small.unlink()
        if args.large:
            large = Path(tmp) / "large.nt"
            n = replicate(args.graph, large, args.large)
            print(f"{n:,} triples ({large.stat().st_size / 1e6:.0f} MB N-Triples)")
            seconds, cpu_s, mb, line = run(large, "sparql")
            print(
                f"  {'sparql':8} {seconds:8.1f} s  {cpu_s:8.1f} s CPU  {mb:7.0f} MB peak  | {line}"
            )


if __name__ == "__main__":
    main()
