"""``--shard N``: the graph cut into files of at most N articles each, for bulk loaders.

Why: a store's bulk loader (``oxigraph load``, Virtuoso's ``ld_dir`` +
``rdf_loader_run``) reads many files side by side, but one ``graph.nt`` of a whole
archive only one at a time, and cannot be loaded again in part. The cut is TriG's
(:func:`kg.export.rdf.named_graphs`): what an article says (its metadata, mentions,
statements, per-document events, and the links from shared nodes to its mentions)
goes into the file of its article; what the corpus says (actors, merged events,
relations, conflicts, the build) into corpus files of its own. Each triple is in
exactly one file, so loading them all gives the graph, and ``manifest.json`` names each
file's articles, triple count and sha256. Same build, same bytes.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from ..errors import KgError
from ..model import BuildResult
from . import copies_of, rdf, write_atomic

FOLDER = "shards"  # inside the output folder
MANIFEST = "manifest.json"  # inside FOLDER
SUFFIX = {"nt": ".nt", "trig": ".trig"}  # the graph formats a shard can be written in
DEFAULT_FORMAT = "nt"  # when --format names neither: every bulk loader reads N-Triples
# Corpus files hold at most this many triples (a subject's triples are never cut apart):
# about 150 MB of N-Triples, a file a loader takes in well under a minute.
CORPUS_TRIPLES = 1_000_000


def formats_of(formats: Iterable[str]) -> tuple[str, ...]:
    """The shard formats for the build's ``--format``: its N-Triples and TriG, else
    N-Triples."""
    chosen = set(formats)
    return tuple(f for f in SUFFIX if f in chosen) or (DEFAULT_FORMAT,)


@dataclass
class Shard:
    """One shard: its name (without suffix), its articles and the graph items it holds."""

    name: str
    articles: list[str] = field(default_factory=list)  # the build's documents
    copies: list[str] = field(default_factory=list)  # other outlets' copies of their text
    items: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)  # (subject, pairs)


def plan(
    triples: rdf.Triples,
    result: BuildResult,
    size: int,
    base: str,
    corpus_triples: int = CORPUS_TRIPLES,
) -> list[Shard]:
    """The shards: the documents in build order, ``size`` at a time, each with its
    copies; then the corpus graph, ``corpus_triples`` triples at a time."""
    if size < 1:
        raise KgError(f"--shard {size}: a shard holds at least 1 article")
    subjects = triples.subjects()
    graphs = rdf.named_graphs(triples, base)
    _, doc_graph = rdf._graph_names(base)
    iris = rdf.Iris(base)

    def pairs(item) -> tuple[str, tuple[str, ...]]:
        return (item, subjects[item]) if type(item) is str else item

    folded = copies_of(result.documents)
    units: list[tuple[str, list[str]]] = []  # (document id, its copies' ids)
    for d in result.documents:
        units.append((d.id, [c.id for c in folded.get(d.id, ())]))
    claimed = {doc_graph(iris.doc(i)) for doc_id, copies in units for i in (doc_id, *copies)}
    corpus = rdf._corpus(base)
    prefix = iris.base + "graph/doc/"
    # a document graph of no document (none is made today): an article of its own
    for name in sorted(set(graphs) - claimed - {corpus}):
        units.append((unquote(name[len(prefix) :]), []))

    width = max(5, len(str(max(1, -(-len(units) // size)))))
    shards: list[Shard] = []
    for start in range(0, len(units), size):
        shard = Shard(f"articles-{len(shards) + 1:0{width}d}")
        for doc_id, copies in units[start : start + size]:
            shard.articles.append(doc_id)
            shard.copies.extend(copies)
            for i in (doc_id, *copies):
                shard.items.extend(map(pairs, graphs.get(doc_graph(iris.doc(i)), ())))
        shards.append(shard)

    parts: list[Shard] = []
    held = 0
    for item in map(pairs, graphs.get(corpus, ())):
        n = len(item[1]) // 2
        if not parts or (held and held + n > corpus_triples):
            parts.append(Shard(""))
            held = 0
        parts[-1].items.append(item)
        held += n
    width = max(5, len(str(len(parts))))
    for number, part in enumerate(parts, 1):
        part.name = f"corpus-{number:0{width}d}"
    return shards + parts


def _hashed(pieces: Iterable[str], digest) -> Iterator[str]:
    """The pieces as they are, fed to ``digest`` (as the UTF-8 bytes written) on the way."""
    for piece in pieces:
        digest.update(piece.encode("utf-8"))
        yield piece


def write(
    triples: rdf.Triples,
    result: BuildResult,
    output: Path,
    size: int,
    formats: Sequence[str],
    base: str,
    corpus_triples: int = CORPUS_TRIPLES,
) -> list[str]:
    """Write the shards and their manifest into ``output/shards/``; their paths
    relative to ``output`` (for the build's own manifest, so a later build removes
    shards it does not write again)."""
    folder = output / FOLDER
    chosen = formats_of(formats)
    files = []
    names = []
    for shard in plan(triples, result, size, base, corpus_triples):
        part = rdf.Triples()
        for prefix, ns in triples.namespaces():
            part.bind(prefix, ns)
        for s, pairs in shard.items:
            part.node(s).extend(pairs)
        count = len(part)
        for fmt in chosen:
            name = shard.name + SUFFIX[fmt]
            digest = hashlib.sha256()
            text = rdf.ntriples(part) if fmt == "nt" else rdf.trig(part, base)
            write_atomic(folder / name, _hashed(text, digest))
            files.append(
                {
                    "file": name,
                    "format": fmt,
                    "kind": "articles" if shard.name.startswith("articles") else "corpus",
                    "articles": shard.articles,
                    "copies": shard.copies,
                    "triples": count,
                    "bytes": (folder / name).stat().st_size,
                    "sha256": digest.hexdigest(),
                }
            )
            names.append(f"{FOLDER}/{name}")
    manifest = {
        "kg_shards": 1,
        "articles_per_shard": size,
        "corpus_triples_per_file": corpus_triples,
        "base_iri": base,
        "formats": list(chosen),
        "triples": len(triples),
        "files": files,
    }
    text = json.dumps(manifest, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    write_atomic(folder / MANIFEST, text)
    names.append(f"{FOLDER}/{MANIFEST}")
    return names
