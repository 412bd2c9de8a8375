"""The Python API: ``build`` runs ingest -> nlp -> extract -> resolve -> link -> export.

The CLI is a thin layer over this, and a notebook calls it directly and explores the
returned :class:`~kg.model.BuildResult`. One bad document is reported in
``result.errors`` and never stops the others.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from tqdm import tqdm

from . import ingest, nlp
from .config import Settings
from .errors import E, InputError, KgError
from .export import writers
from .export.rdf import collect, options
from .extract import extract_document
from .extract.events import add_responses
from .link import conflicts, link, merge, stories
from .model import BuildResult, DocResult
from .resolve import resolve


def build(
    paths: Sequence[str | Path],
    output: str | Path | None = None,
    settings: Settings | None = None,
    **options,
) -> BuildResult:
    """Build the graph of the articles at ``paths``; write the outputs if ``output``.

    ``options`` are :class:`~kg.config.Settings` fields, for notebook use:
    ``kg.build(["samples"], model="en_core_web_lg")``.
    """
    settings = settings or Settings(**options)
    started = datetime.now(timezone.utc)
    timings: dict[str, float] = {}
    t0 = time.perf_counter()
    documents, errors = [], []
    for item in ingest.read_documents(list(paths), published=settings.published, stdin=sys.stdin):
        if isinstance(item, InputError):
            errors.append(str(item))
        else:
            documents.append(item)
    timings["ingest"] = time.perf_counter() - t0
    if not documents:
        detail = (
            "; ".join(errors) if errors else E.NO_INPUT.format(paths=", ".join(map(str, paths)))
        )
        raise KgError(detail)

    t0 = time.perf_counter()
    pipeline = nlp.load(settings.model)
    results: list[DocResult] = []
    parsed_docs = nlp.parse(
        (d.text for d in documents),
        model=settings.model,
        jobs=settings.jobs,
        batch_size=settings.batch_size,
    )
    bar = tqdm(
        total=len(documents),
        desc="kg build",
        unit="doc",
        disable=not settings.progress,
        file=sys.stderr,
    )
    extract_time = 0.0
    for document, parsed in zip(documents, parsed_docs, strict=True):
        t1 = time.perf_counter()
        try:
            results.append(extract_document(parsed, document))
        except Exception as exc:  # one bad document never loses the others
            errors.append(
                f"{document.path or document.id}: "
                + E.EXTRACT_FAILED.format(kind=type(exc).__name__, msg=exc)
            )
        extract_time += time.perf_counter() - t1
        bar.update(1)
    bar.close()
    timings["parse"] = time.perf_counter() - t0 - extract_time
    timings["extract"] = extract_time

    t0 = time.perf_counter()
    actors = resolve(results)
    timings["resolve"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    per_doc = [e for r in results for e in r.events]
    story = stories(actors, {r.doc.id: r.doc.published for r in results})
    events = merge(per_doc, actors, story)
    member_of = {m: e.id for e in events.values() for m in e.members}
    statements = [s for r in results for s in r.statements]
    for st in statements:
        st.about_events = sorted({member_of[e] for e in st.about_events if e in member_of})
    add_responses(events, statements, actors)
    relations = link(events, actors, story)
    disputes = conflicts(events, statements, actors)
    timings["link"] = time.perf_counter() - t0

    result = BuildResult(
        [r.doc for r in results],
        actors,
        statements,
        events,
        relations,
        errors=errors,
        timings=timings,
        conflicts=disputes,
        language=pipeline.lang,
        model=f"{pipeline.lang}_{pipeline.meta['name']} {pipeline.meta['version']}",
        started=started,
        finished=datetime.now(timezone.utc),
    )
    if output is not None:
        write(result, Path(output), settings)
    return result


def write(result: BuildResult, output: Path, settings: Settings) -> None:
    """Write every chosen output file into ``output`` (each one atomically).

    The triples are collected once and shared by every graph format, so Turtle, TriG,
    N-Triples and JSON-LD hold the same graph.
    """
    output.mkdir(parents=True, exist_ok=True)
    result.finished = datetime.now(timezone.utc)  # void.ttl: the graph was complete then
    t0 = time.perf_counter()
    triples = collect(result, settings.base_iri, settings.model, options(settings))
    result.timings["collect triples"] = time.perf_counter() - t0
    for name, writer in writers(settings.formats, triples).items():
        t0 = time.perf_counter()
        writer(result, output / name, settings)
        result.timings[f"write {name}"] = time.perf_counter() - t0
        result.files.append(str(output / name))
