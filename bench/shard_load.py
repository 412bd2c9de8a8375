"""Time the stores' bulk loaders on a sharded build (``kg build --shard N``).

Usage: python bench/shard_load.py DIR [--format nt|trig] [--no-virtuoso] [--loaders K]

DIR is a build's output folder holding ``shards/manifest.json``. Loads every shard of
the format into a fresh Oxigraph store with one ``oxigraph load`` (the files are read
in parallel), then into a fresh Virtuoso database (a server started for the run on a
free loopback port) with ``ld_dir``, ``rdf_loader_run`` (K of them at once) and
``checkpoint``, as docs/cluster.md shows. Prints for each: files, triples the manifest
lists, triples a SPARQL COUNT finds in the store, and seconds (the load only; not the
server's start).
"""

from __future__ import annotations

import argparse
import json
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GRAPH = "https://example.org/kg-bench/shards"
VIRTUOSO_INI = """\
[Database]
DatabaseFile = {db}/v.db
ErrorLogFile = {db}/v.log
LockFile = {db}/v.lck
TransactionFile = {db}/v.trx
xa_persistent_file = {db}/v.pxa
[TempDatabase]
DatabaseFile = {db}/v-temp.db
TransactionFile = {db}/v-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., {shards}
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
"""


def oxigraph(files: list[Path], work: Path) -> tuple[int, float]:
    """(triples counted, seconds) for one ``oxigraph load`` of ``files``."""
    exe = shutil.which("oxigraph") or sys.exit("oxigraph not installed (pip install oxigraph)")
    store = work / "oxigraph"
    t0 = time.perf_counter()
    subprocess.run([exe, "load", "--location", store, "--file", *files], check=True,
                   capture_output=True)  # fmt: skip
    seconds = time.perf_counter() - t0
    query = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
    done = subprocess.run(
        [exe, "query", "--location", store, "--query", query, "--results-format", "tsv"],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return int(done.stdout.split()[-1].split("^^")[0].strip('"')), seconds


def virtuoso(folder: Path, pattern: str, work: Path, loaders: int) -> tuple[int, float]:
    """(triples counted, seconds) for ld_dir, ``loaders`` rdf_loader_run() side by side
    (each takes the next file not yet loaded), then checkpoint."""
    exe, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    if not exe or not isql:
        sys.exit("Virtuoso not installed (Debian: virtuoso-opensource), or use --no-virtuoso")
    db = work / "virtuoso"
    db.mkdir()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    (db / "virtuoso.ini").write_text(VIRTUOSO_INI.format(db=db, port=port, shards=folder))

    def sql(text: str) -> str:
        done = subprocess.run([isql, f"127.0.0.1:{port}", "dba", "dba", f"exec={text}"],
                              capture_output=True, text=True)  # fmt: skip
        if done.returncode or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(done.stdout + done.stderr)
        return done.stdout

    server = subprocess.Popen([exe, "+configfile", "virtuoso.ini", "+foreground"], cwd=db,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        for _ in range(180):
            try:
                sql("SELECT 1;")
                break
            except RuntimeError:
                time.sleep(1)
        t0 = time.perf_counter()
        sql(f"ld_dir('{folder}', '{pattern}', '{GRAPH}');")
        run = [isql, f"127.0.0.1:{port}", "dba", "dba", "exec=rdf_loader_run();"]
        runs = [subprocess.Popen(run, stdout=subprocess.DEVNULL) for _ in range(loaders)]
        if any(r.wait() for r in runs):
            raise RuntimeError("rdf_loader_run() failed")
        sql("checkpoint;")
        seconds = time.perf_counter() - t0
        failed = sql("SELECT COUNT(*) FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        counted = sql(f"SPARQL SELECT COUNT(*) FROM <{GRAPH}> WHERE {{ ?s ?p ?o }};")
        if pattern.endswith(".trig"):  # the files name their graphs
            counted = sql("SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } "
                          'FILTER(STRSTARTS(STR(?g), "https://w3id.org/kgnews/")) };')  # fmt: skip
        numbers = [line.strip() for line in counted.splitlines() if line.strip().isdigit()]
        errors = [line.strip() for line in failed.splitlines() if line.strip().isdigit()]
        if errors != ["0"]:
            raise RuntimeError(f"files failed to load: {failed}")
        return int(numbers[-1]), seconds
    finally:
        server.terminate()
        server.wait(60)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("output", type=Path, help="a build's output folder, with shards/")
    ap.add_argument("--format", choices=("nt", "trig"), default="nt")
    ap.add_argument("--no-virtuoso", action="store_true", help="time Oxigraph only")
    ap.add_argument("--loaders", type=int, default=1, help="Virtuoso: rdf_loader_run()s at once")
    args = ap.parse_args()
    folder = (args.output / "shards").resolve()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    files = [folder / f["file"] for f in manifest["files"] if f["format"] == args.format]
    if not files:
        sys.exit(f"{folder}/manifest.json lists no {args.format} shards")
    print(f"{len(files)} {args.format} files, {manifest['triples']:,} triples in the manifest")
    with tempfile.TemporaryDirectory(prefix="kg-shard-load-") as tmp:
        rows = [("oxigraph load", *oxigraph(files, Path(tmp)))]
        if not args.no_virtuoso:
            pattern = f"*.{args.format}"
            loaded = virtuoso(folder, pattern, Path(tmp), args.loaders)
            rows.append((f"virtuoso x{args.loaders}", *loaded))
    for name, counted, seconds in rows:
        same = "=" if counted == manifest["triples"] else "!="
        print(f"{name:16} {counted:>10,} triples ({same} manifest) {seconds:7.1f} s")


if __name__ == "__main__":
    main()
