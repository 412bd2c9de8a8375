"""Per-document extractors: one module per kind of thing extracted.

Each takes a parsed spaCy ``Doc`` and the ingested :class:`~kg.model.Document` and
returns plain records of :mod:`kg.model`, every one carrying its evidence offsets.
``extract_document`` runs them in dependency order (actors first: statements and
events point at actor mentions).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..model import DocResult, Document
from .actors import ActorIndex, extract_actors
from .events import extract_events
from .statements import extract_statements


def extract_document(parsed: Doc, document: Document, every_event: bool = False) -> DocResult:
    """Run every extractor over one parsed document.

    ``every_event`` keeps the event mentions the graph leaves out (an untyped verb with
    no actor, a bare "said"), for scoring the detector on its own.
    """
    index = ActorIndex(parsed, document)
    statements = extract_statements(parsed, document, index)
    events = extract_events(parsed, document, index, statements, every_event)
    return DocResult(document, index.mentions, statements, events)


__all__ = ["extract_document", "extract_actors", "extract_statements", "extract_events"]
