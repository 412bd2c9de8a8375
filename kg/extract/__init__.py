"""Per-document extractors: one module per kind of thing extracted.

Each takes a parsed spaCy ``Doc`` and the ingested :class:`~kg.model.Document` and
returns plain records of :mod:`kg.model`, every one carrying its evidence offsets.
``extract_document`` runs them in dependency order (actors first: statements and
events point at actor mentions).
"""

from __future__ import annotations

import time
from dataclasses import replace

from spacy.tokens import Doc

from ..model import DocResult, Document, Statement
from .actors import ActorIndex, extract_actors
from .events import extract_events
from .genre import document_genre
from .statements import extract_statements
from .timex import dateline


def extract_document(
    parsed: Doc,
    document: Document,
    every_event: bool = False,
    timings: dict[str, float] | None = None,
) -> DocResult:
    """Run every extractor over one parsed document.

    ``every_event`` keeps the event mentions the graph leaves out (an untyped verb with
    no actor, a bare "said"), for scoring the detector on its own. ``timings`` adds each
    extractor's seconds under "extract actors", "extract statements", "extract events".
    """
    t0 = time.perf_counter()
    told = _told(document)
    index = ActorIndex(parsed, told)
    t1 = time.perf_counter()
    found = extract_statements(parsed, told, index)
    statements = _one_per_span(found)
    # a blog post's events pass a stricter bar; the "we" of attributed speech, in
    # quotation marks or not, is its speaker's, not the writer's
    document.genre = told.genre = document_genre(document, found)
    t2 = time.perf_counter()
    # a statement dropped as another's span again is still a reporting verb, no act:
    # "he supported the plans … and he supported them now" (them: the plans)
    events = extract_events(parsed, told, index, statements, every_event, found)
    if timings is not None:
        for stage, seconds in (
            ("actors", t1 - t0),
            ("statements", t2 - t1),
            ("events", time.perf_counter() - t2),
        ):
            key = f"extract {stage}"
            timings[key] = timings.get(key, 0.0) + seconds
    return DocResult(document, index.mentions, statements, events)


def _told(document: Document) -> Document:
    """The document as its readers date it: with no publication date, the day its
    dateline prints ("PARIS, May 2, 2013 (Reuters) -", "Updated May 3, 2013 8:20 am") is
    the day its "Thursday" and "yesterday" count from, as the linker already dates the
    article by it (:func:`kg.link.article_dates`); left undated, a wire story's "said
    Thursday" placed its event nowhere. The article itself stays as given (its
    metadata still says it had no date)."""
    if document.published is not None:
        return document
    day = dateline(document.source_text or document.text)
    return document if day is None else replace(document, published=day)


def _one_per_span(statements: list[Statement]) -> list[Statement]:
    """One statement per content span: a statement's id (and IRI) is its span, so two
    attributions of the same words would be one node with two speakers. The first
    with a resolved speaker is kept (else the first), in document order."""
    best: dict[str, Statement] = {}
    for st in statements:
        kept = best.get(st.id)
        if kept is None or (kept.speaker is None and st.speaker is not None):
            best[st.id] = st
    keep = {id(st) for st in best.values()}
    return [st for st in statements if id(st) in keep]


__all__ = ["extract_document", "extract_actors", "extract_statements", "extract_events"]
