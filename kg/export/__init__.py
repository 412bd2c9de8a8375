"""Exporters: each output format is a small module behind one registry.

A new format is a new module with a ``write(result, path, settings)`` function and a
line in ``WRITERS``, not a new branch in the pipeline (after rdflib's plugin layout).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from ..model import Copy, Document


def write_atomic(path: Path, data: str | bytes | bytearray | Iterable[str]) -> None:
    """Write a file so that readers see the old or the new content, never a torn one.

    The new bytes go to a fresh file beside ``path`` (created with the user's umask,
    synced to disk), which is then renamed over ``path``; an interrupted write leaves the
    previous file intact and no temporary behind. ``data`` may be a stream of text
    pieces, written as they come (a few MB at a time), so a large graph's text never
    has to be held whole.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(fd, "wb") as out:
            if isinstance(data, str):
                out.write(data.encode("utf-8"))
            elif isinstance(data, (bytes, bytearray, memoryview)):
                out.write(data)
            else:
                _write_pieces(out, data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_pieces(out: BinaryIO, pieces: Iterable[str], batch: int = 4096) -> None:
    """Write text pieces as UTF-8, joined ``batch`` at a time: one write per piece
    costs more than the piece, one write for all of them holds the whole file."""
    chunk: list[str] = []
    for piece in pieces:
        chunk.append(piece)
        if len(chunk) >= batch:
            out.write("".join(chunk).encode("utf-8"))
            chunk.clear()
    out.write("".join(chunk).encode("utf-8"))


def sources(
    doc_ids: Iterable[str], docs: dict[str, Document]
) -> list[tuple[Document | Copy, str | None]]:
    """The articles behind ``doc_ids``: each document, then the other outlets' copies of
    its text (``Document.copies``), each copy with the id of the document whose text it
    shares. A syndicated story counts once as evidence (its facts were read from one
    text), but every outlet that carried it is a source."""
    out: list[tuple[Document | Copy, str | None]] = []
    for doc_id in doc_ids:
        doc = docs.get(doc_id)
        out.append((doc or Copy(doc_id), None))
        if doc is not None:
            out.extend((c, doc_id) for c in doc.copies if c.id not in docs)
    return out


def copies_of(documents: Iterable[Document]) -> dict[str, list[Copy]]:
    """Document id -> the other outlets' copies of its text, for the documents that have
    some. A copy whose id is also a document of the build (an update gave that article
    again) is left out: the article stands as itself, never twice."""
    documents = list(documents)
    ids = {d.id for d in documents}
    out = {d.id: [c for c in d.copies if c.id not in ids] for d in documents if d.copies}
    return {k: v for k, v in out.items() if v}


# The cards' and the view's one line on what a source is.
SOURCES_NOTE = "Syndicated copies of one text count once as evidence and are listed as sources."


def writers(formats: Iterable[str], triples=None) -> dict[str, Callable]:
    """Output file name -> writer(result, path, settings), for the chosen ``formats``.

    ``triples`` (:func:`kg.export.rdf.collect`'s) is shared by every graph format, so
    each writes the same triples, streamed to its file. Imported lazily so ``kg --help``
    stays fast. The view's module (networkx, jinja2: 0.12 CPU s) is imported when the
    view is written, so a build whose view is written in a process of its own
    (``--jobs``, :class:`kg.workers.Aside`) never imports it in the main one.
    """
    from . import cards, rdf, tables, void

    def graph(serialise: Callable[..., Iterable[str]]) -> Callable:
        return lambda result, path, settings: write_atomic(path, serialise(triples, settings))

    chosen = set(formats)
    out: dict[str, Callable] = {}
    if triples is not None:  # void.ttl's figures, counted as a graph format streams out
        triples.census = void.Census(triples)
    for fmt, name, serialise in [
        ("turtle", "graph.ttl", lambda g, settings: rdf.turtle(g)),
        ("trig", "graph.trig", lambda g, settings: rdf.trig(g, settings.base_iri)),
        ("nt", "graph.nt", lambda g, settings: rdf.ntriples(g)),
        ("jsonld", "graph.jsonld", lambda g, settings: rdf.jsonld(g)),
    ]:
        if fmt in chosen:
            out[name] = graph(serialise)
    out["void.ttl"] = lambda result, path, settings: void.write(result, triples, path, settings)
    out["graph.html"] = _write_view
    out["events.md"] = cards.write
    for fmt in ("jsonl", "csv"):
        if fmt in chosen:
            for table in tables.TABLES:
                out[f"{table}.{fmt}"] = tables.write_table(table, fmt)
    return out


def _write_view(result, path: Path, settings) -> None:
    """Write graph.html, importing the view's module only now (see :func:`writers`)."""
    from . import html

    html.write_html(result, path, max_nodes=settings.max_nodes)
