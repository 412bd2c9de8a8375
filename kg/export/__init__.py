"""Exporters: each output format is a small module behind one registry.

A new format is a new module with a ``write(result, path, settings)`` function and a
line in ``WRITERS``, not a new branch in the pipeline (after rdflib's plugin layout).
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file so that readers see the old or the new content, never a torn one.

    The new bytes go to a fresh file beside ``path`` (created with the user's umask,
    synced to disk), which is then renamed over ``path``; an interrupted write leaves the
    previous file intact and no temporary behind.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode("utf-8") if isinstance(data, str) else data
    while True:
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        break
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(raw)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def writers() -> dict[str, Callable]:
    """Output file name -> writer. Imported lazily so ``kg --help`` stays fast."""
    from . import cards, html, rdf, tables

    return {
        "graph.ttl": rdf.write,
        "graph.html": lambda result, path, settings: html.write_html(
            result, path, max_nodes=settings.max_nodes
        ),
        "events.md": cards.write,
        "statements.jsonl": tables.write_statements,
        "actors.jsonl": tables.write_actors,
        "events.jsonl": tables.write_events,
    }
