"""Reading graph files, for every command that takes an export (query, validate, push).

One place decides which suffixes are which RDF format, what a build folder stands for,
and how a parser's failure is told to the user (the file, then what is wrong), so the
three commands read the same files the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError, shown

FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ntriples": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".nquads": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".n3": ox.RdfFormat.N3,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}
# In a build folder, the graph file a command reads, in order of preference: TriG
# first, since it keeps each article's named graph (which kg push replaces one by one).
GRAPH_FILES = ("graph.trig", "graph.ttl", "graph.nt", "graph.jsonld")


def graph_file(path: str | Path) -> Path:
    """The file to read for ``path``: the file itself, or a build folder's graph."""
    path = Path(path)
    if path.is_dir():
        for name in GRAPH_FILES:
            if (path / name).is_file():
                return path / name
        raise KgError(
            f"{shown(path)}: no graph in this folder (looked for {', '.join(GRAPH_FILES)})"
        )
    if not path.exists():
        raise KgError(f"{shown(path)}: no such file or folder")
    rdf_format(path)
    return path


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of ``path``, by its suffix."""
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        known = " ".join(sorted(FORMATS))
        raise KgError(f"{shown(path)}: unsupported file type {path.suffix!r} (kg reads {known})")
    return fmt


@contextmanager
def reading(path: Path) -> Iterator[ox.RdfFormat]:
    """Parse ``path`` inside this block; a failure becomes a KgError naming the file."""
    fmt = rdf_format(path)
    try:
        yield fmt
    except FileNotFoundError:
        raise KgError(f"{shown(path)}: no such file") from None
    except SyntaxError as exc:  # the message gives the line and column
        raise KgError(f"{shown(path)}: not valid {fmt.name}: {exc.msg}") from None
    except (OSError, ValueError) as exc:
        raise KgError(f"{shown(path)}: could not be read: {exc}") from None
