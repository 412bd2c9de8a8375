"""Load a benchmark corpus once: the documents of several inputs, with unique ids.

BBC's five folders reuse file names, so with more than one input path every id is
prefixed with its folder's name; otherwise ingest would keep only the first of each.
"""

from __future__ import annotations

import json
from pathlib import Path

from kg import ingest
from kg.errors import InputError
from kg.model import Document


def documents(paths: list[str]) -> list[Document]:
    """The readable documents of ``paths`` in build order (unreadable ones skipped)."""
    docs = []
    for path in paths:
        prefix = f"{Path(path).name}-" if len(paths) > 1 else ""
        for d in ingest.read_documents([path]):
            if not isinstance(d, InputError):
                d.id = prefix + d.id
                docs.append(d)
    return docs


def write_jsonl(docs: list[Document], path: Path) -> Path:
    """The documents as one JSON Lines input for ``kg build``."""
    with path.open("w", encoding="utf-8") as fh:
        for d in docs:
            row = {"id": d.id, "title": d.title, "text": d.text}
            if d.published:
                row["published"] = d.published.isoformat()
            fh.write(json.dumps(row) + "\n")
    return path
