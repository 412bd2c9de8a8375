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
# about 140 MB of N-Triples (BBC politics: 776,782 triples in 108 MB), which oxigraph
# load took in well under a minute on two busy cores.
CORPUS_TRIPLES = 1_000_000


def formats_of(formats: Iterable[str]) -> tuple[str, ...]:
    """The shard formats for the build's ``--format``: its N-Triples and TriG, else
    N-Triples."""
    chosen = set(formats)
    return tuple(f for f in SUFFIX if f in chosen) or (DEFAULT_FORMAT,)


@dataclass
class Shard:
    """One shard: its name (without suffix), its articles and the graph items it holds
    (as :func:`kg.export.rdf.named_graphs` gives them: a subject, or a subject with the
    pairs that are the shard's)."""

    name: str
    articles: list[str] = field(default_factory=list)  # the build's documents
    copies: list[str] = field(default_factory=list)  # other outlets' copies of their text
    items: list[str | tuple[str, tuple[str, ...]]] = field(default_factory=list)


def plan(
    triples: rdf.Triples,
    result: BuildResult,
    size: int,
    base: str,
    corpus_triples: int = CORPUS_TRIPLES,
) -> Iterator[Shard]:
    """The shards, one at a time (only the graph's cut is held, not every shard's items):
    the documents in build order, ``size`` at a time, each with its copies; then the
    corpus graph, ``corpus_triples`` triples at a time."""
    if size < 1:
        raise KgError(f"--shard {size}: a shard holds at least 1 article")
    subjects = triples.subjects()
    graphs = rdf.named_graphs(triples, base)
    _, doc_graph = rdf._graph_names(base)
    iris = rdf.Iris(base)
    folded = copies_of(result.documents)
    units = [(d.id, [c.id for c in folded.get(d.id, ())]) for d in result.documents]
    claimed = {doc_graph(iris.doc(i)) for doc_id, copies in units for i in (doc_id, *copies)}
    corpus = graphs.pop(rdf._corpus(base), [])
    prefix = iris.base + "graph/doc/"
    # a document graph of no document (none is made today): an article of its own
    units += [(unquote(name[len(prefix) :]), []) for name in sorted(set(graphs) - claimed)]

    width = max(5, len(str(-(-len(units) // size))))
    for number, start in enumerate(range(0, len(units), size), 1):
        shard = Shard(f"articles-{number:0{width}d}")
        for doc_id, copies in units[start : start + size]:
            shard.articles.append(doc_id)
            shard.copies.extend(copies)
            for i in (doc_id, *copies):
                shard.items.extend(graphs.get(doc_graph(iris.doc(i)), ()))
        yield shard

    cuts = [0]  # where each corpus file starts in the corpus graph's items
    held = 0
    for i, item in enumerate(corpus):
        n = len(subjects[item] if type(item) is str else item[1]) // 2
        if held and held + n > corpus_triples:
            cuts.append(i)
            held = 0
        held += n
    cuts.append(len(corpus))
    width = max(5, len(str(len(cuts) - 1)))
    for number in range(1, len(cuts) if corpus else 1):
        yield Shard(f"corpus-{number:0{width}d}", items=corpus[cuts[number - 1] : cuts[number]])


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
    subjects = triples.subjects()
    for shard in plan(triples, result, size, base, corpus_triples):
        part = rdf.Triples()
        for prefix, ns in triples.namespaces():
            part.bind(prefix, ns)
        for item in shard.items:
            if type(item) is str:
                part.node(item).extend(subjects[item])
            else:
                part.node(item[0]).extend(item[1])
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
