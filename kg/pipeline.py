"""The Python API: ``build`` runs ingest -> nlp -> extract -> resolve -> link -> export.

The CLI is a thin layer over this, and a notebook calls it directly and explores the
returned :class:`~kg.model.BuildResult`. One bad document is reported in
``result.errors`` and never stops the others. ``update`` adds or replaces articles in
an existing build without parsing the others again.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import io
import re
import sys
import tempfile
import time
from array import array
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime, timezone
from pathlib import Path

from tqdm import tqdm

from . import cluster, ingest, nlp, publish, workers
from . import state as kg_state
from .config import CONTENT_SETTINGS, DEFAULT_LANGUAGE, TABLE_FORMATS, Settings
from .errors import E, InputError, KeptOut, KgError, shown
from .export import shards, writers
from .export.rdf import collect, options
from .extract import extract_document
from .extract.events import add_responses
from .extract.tokens import let_go
from .ingest import dedup
from .ingest.language import asks as detector_asks
from .ingest.language import decide as decide_language
from .ingest.language import preload as preload_detector
from .link import article_dates, conflicts, link, merge, stories
from .model import (
    Actor,
    ActorMention,
    BuildResult,
    Copy,
    DocResult,
    Document,
    Event,
    Statement,
)
from .resolve import Names

# (result, stored line) or the error message for a document that could not be extracted
Outcome = tuple[DocResult, bytes | None] | str
UNDATED_NAMED = 5  # undated articles the build's warning names
# Subjects the export holds before it writes them to a sorted run on disk (~100 MB):
# a graph larger than this is streamed from the runs (kg.export.rdf.Triples).
SPILL_AT = 200_000
# Actor mentions resolve's table of names keeps from its first reading of the held
# results for its second (:class:`_KeptMentions`): all of BBC (2,225 articles) has
# some 80,000; an archive past this reads them twice from disk instead.
MENTIONS_KEPT = 100_000
READS_TRIPLES = {"graph.ttl", "graph.trig", "graph.nt", "graph.jsonld", "void.ttl"}
# Outputs that read the result alone, written in a process of their own when the build
# has more than one (``--jobs``): together they take as long as the graph's triples.
ASIDE = ("graph.html", "events.md")
# The tables (``statements.jsonl`` ...) read the result alone too: with a second process
# they are written by whichever process is free first (:meth:`kg.workers.Aside.share`).
# After linking, on all 417 BBC politics articles the main process's part (triples,
# graph.ttl, void.ttl, tables, state) took 3.3 CPU s against the view process's 2.1; on
# the first 120 the view's took 2.2 against the main one's 0.9.
ASIDE_TABLES = tuple(f".{fmt}" for fmt in TABLE_FORMATS)


# Young collections of the cyclic garbage collector while a build runs: one per this
# many container objects allocated (Python's default, 700, collects every few hundred
# tokens' answers, mentions and triples, most of which live to the build's end). The
# older generations keep Python's ratios (10, 10): raised too (50, 100), the cycles a
# build drops were held so long that BBC politics' one-process peak grew 783 -> 909 MB
# for 0.8 CPU s; with these it was 842 MB, after-parse CPU 19.5 -> 17.2 s (one run each).
YOUNG_COLLECTION = 20_000


def _fewer_collections(fn: Callable) -> Callable:
    """Run ``fn`` with young collections rarer (:data:`YOUNG_COLLECTION`) and put the
    thresholds back after: a build's objects are garbage only at its end, so each
    collection walks them for nothing. What is collected, and so every output, is
    unchanged."""

    @functools.wraps(fn)
    def run(*args, **kwargs):
        old = gc.get_threshold()
        gc.set_threshold(YOUNG_COLLECTION, 10, 10)
        try:
            return fn(*args, **kwargs)
        finally:
            gc.set_threshold(*old)

    return run


@publish.locked
@_fewer_collections
def build(
    paths: Sequence[str | Path],
    output: str | Path | None = None,
    settings: Settings | None = None,
    **options,
) -> BuildResult:
    """Build the graph of the articles at ``paths``; write the outputs if ``output``.

    ``options`` are :class:`~kg.config.Settings` fields, for notebook use:
    ``kg.build(["samples"], model="en_core_web_lg")``. ``output`` is locked from the
    start (:func:`kg.publish.locked`): another build writing it stops this one at once,
    or with ``wait=True`` makes it wait.
    """
    settings = settings or Settings(**options)
    started = datetime.now(timezone.utc)
    timings: dict[str, float] = {}
    models = nlp.models(settings.model)
    with cluster.connected(settings.cluster, models.values()) as remote:
        documents, errors, kept_out = _ingest(paths, settings, timings, remote)
        documents, skipped = _with_model(documents, models)
        if not documents:
            problems = errors + kept_out + ([_skipped_warning(skipped)] if skipped else [])
            detail = (
                "\n".join(problems)
                if problems
                else E.NO_INPUT.format(paths=", ".join(map(shown, paths)))
            )
            raise KgError(detail)
        pipelines = _load(models)
        outcomes = analyse(documents, settings, timings, keep_state=output is not None, on=remote)
        del documents  # each is in its result from here on
        results, lines = _gather(outcomes, errors)
    # with an output, the results wait on disk as their stored lines (``results`` is
    # empty) and resolve reads them back; without one (a notebook's build) they are held
    held = lines if output is not None else results
    result = assemble(held, settings, errors, timings, started, pipelines, skipped, kept_out)
    del results, held  # each article's own result: what the export needs is in ``result``
    if output is not None:
        write(result, Path(output), settings, state=lines)
    lines.close()
    return result


@publish.locked
@_fewer_collections
def update(
    output: str | Path,
    paths: Sequence[str | Path],
    settings: Settings | None = None,
    *,
    remove: Sequence[str] = (),
    **options,
) -> BuildResult:
    """Add the articles at ``paths`` to the build in ``output`` and write it again.

    Only new articles, and articles whose text or metadata changed (same document id),
    are parsed; the others' extraction results are read back from the build's state.
    An article given again replaces its old facts. Resolution, linking and export then
    run over all articles, so the outputs equal those of a full rebuild of the same
    inputs. The stored build's settings (formats, base IRI, publication date, view cut,
    license) are kept unless ``settings``/``options`` name others. If anything fails,
    the previous build is left as it was.

    ``remove`` names articles (document ids) to drop, for an article whose file was
    deleted: the outputs equal a full build without them. An id the build does not hold,
    or one also given in ``paths``, is refused before anything is read or written.
    ``output`` is locked before its state is read, as in :func:`build` (``wait=True``
    waits for another writer).
    """
    output = Path(output)
    started = datetime.now(timezone.utc)
    given = dataclasses.asdict(settings) if settings else {}
    given.update(options)
    models = nlp.models(given.get("model"))
    pipelines = _load(models)
    stored = kg_state.read(output, _models_label(pipelines))
    removed = _removable(stored, remove, output)
    settings = Settings(**{**_settings_from(stored.settings), **given})
    timings: dict[str, float] = {}
    with cluster.connected(settings.cluster, models.values()) as remote:
        documents, errors, kept_out = _ingest(paths, settings, timings, remote)
        documents, skipped = _with_model(documents, models)
        if removed:
            _check_removal(stored, removed, documents, output)
        known = stored.fingerprints()
        fresh = [d for d in documents if known.get(d.id) != kg_state.fingerprint(d)]
        # a changed article that fails loses its old facts, as in a full rebuild; the
        # error says so
        outcomes = analyse(fresh, settings, timings, keep_state=True, on=remote)
        _, fresh_lines = _gather(outcomes, errors)
    # an update reads every result back (to fold copies again across old and new
    # texts); the fresh ones from where they waited for the parse to end
    results = list(fresh_lines.results(list(fresh_lines)))
    lines = {**stored.lines, **fresh_lines}
    fresh_lines.close()
    failed = {d.id for d in fresh} - {r.doc.id for r in results}
    for doc_id in failed | removed:
        lines.pop(doc_id, None)
    t0 = time.perf_counter()
    renewed = {r.doc.id for r in results}
    results.extend(stored.results(i for i in lines if i not in renewed))
    # a removed copy leaves the text it was folded into, as if never read
    results, trimmed = _without_copies(results, removed)
    before = _without_copies_of(stored.copies(renewed), removed)
    # fold again across stored and new texts, as a full build of the same articles would
    results, refolded = dedup.refold(results, documents, before, keep=settings.keep_duplicates)
    rewrite = refolded | trimmed
    lines = {r.doc.id: kg_state.line(r) if r.doc.id in rewrite else lines[r.doc.id]
             for r in results}  # fmt: skip
    timings["read state"] = time.perf_counter() - t0
    timings["documents parsed"] = len(fresh)
    result = assemble(results, settings, errors, timings, started, pipelines, skipped, kept_out)
    del results  # as in build: the export reads ``result`` alone
    write(result, output, settings, state=lines)
    return result


def _removable(stored: kg_state.State, remove: Sequence[str], output: Path) -> set[str]:
    """The ids ``--remove`` names, each an article of the stored build: a text of its
    own or another outlet's copy folded into one. An unknown id is refused, all of them
    in one message, before anything is read or written."""
    removed = set(remove)
    unknown = removed - set(stored.lines)
    if unknown:
        copies = {c.id for r in stored.results(stored.lines) for c in r.doc.copies}
        unknown -= copies
    if unknown:
        names = sorted(unknown, key=_natural)
        example = min(stored.lines, key=_natural, default="bbc-001")
        raise KgError(
            E.UNKNOWN_ID.format(
                output=shown(output), ids=", ".join(shown(repr(i)) for i in names), example=example
            )
        )
    return removed


def _check_removal(
    stored: kg_state.State, removed: set[str], documents: Sequence[Document], output: Path
) -> None:
    """Refuse a removal a full rebuild could not mirror, before any parse.

    An article both given and removed is a contradiction. A removed text whose folded
    copies stay is another: a rebuild without it would read the earliest copy as the
    text, and the state keeps no copy's text, so those copies must be given (or
    removed too)."""
    given = {d.id for d in documents} | {c.id for d in documents for c in d.copies}
    both = sorted(given & removed, key=_natural)
    if both:
        raise KgError(E.REMOVE_GIVEN.format(ids=", ".join(shown(repr(i)) for i in both)))
    for doc_id, copies in sorted(stored.copies(removed).items(), key=lambda kv: _natural(kv[0])):
        left = [c.id for c in copies if c.id not in removed and c.id not in given]
        if left:
            raise KgError(
                E.REMOVE_FOLDED.format(
                    doc_id=doc_id,
                    copies=", ".join(map(repr, left)),
                    output=shown(output),
                )
            )
    if not given and not set(stored.lines) - removed:
        raise KgError(E.REMOVE_ALL.format(output=shown(output)))


def _without_copies(
    results: list[DocResult], removed: set[str]
) -> tuple[list[DocResult], set[str]]:
    """The results with the removed copies taken out of their texts' sources, and the
    ids of the texts that lost one (their stored line must be written again)."""
    if not removed:
        return results, set()
    out, changed = [], set()
    for r in results:
        if any(c.id in removed for c in r.doc.copies):
            copies = [c for c in r.doc.copies if c.id not in removed]
            r = dataclasses.replace(r, doc=dataclasses.replace(r.doc, copies=copies))
            changed.add(r.doc.id)
        out.append(r)
    return out, changed


def _without_copies_of(
    copies: Mapping[str, list[Copy]], removed: set[str]
) -> dict[str, list[Copy]]:
    """Stored copies by text, less the removed ones."""
    return {k: [c for c in v if c.id not in removed] for k, v in copies.items()}


def _gather(
    outcomes: Iterator[Outcome], errors: list[str]
) -> tuple[list[DocResult], kg_state.Spill]:
    """The extracted documents and their stored lines, the lines on disk until the
    state is written (:class:`kg.state.Spill`); failures go to ``errors``.

    A result that comes with its line is held as the line alone (on disk, read back by
    :func:`assemble`): the main process then holds, per article, where its line lies,
    not its facts, however long the parse takes and however large the archive. Only
    results without a line (a build with no output) are in the returned list."""
    results, lines = [], kg_state.Spill()
    for outcome in outcomes:
        if isinstance(outcome, str):
            errors.append(outcome)
            continue
        result, line = outcome
        if line is not None:
            # a worker sends the line without the article's text (:func:`_sent`): its
            # date is then read back from the line by resolve, never taken as none
            day = article_dates([result.doc])[result.doc.id] if result.doc.text else False
            lines.hold(result, line, day)
        else:
            results.append(kg_state.shared(result))
    return results, lines


def _settings_from(stored: dict[str, object]) -> dict[str, object]:
    """Settings fields from a state header (dates and tuples back from JSON)."""
    out = {k: v for k, v in stored.items() if k in CONTENT_SETTINGS}
    if out.get("published"):
        out["published"] = datetime.fromisoformat(str(out["published"])).date()
    if out.get("formats"):
        out["formats"] = tuple(out["formats"])
    return out


def _ingest(
    paths: Sequence[str | Path],
    settings: Settings,
    timings: dict[str, float],
    remote: cluster.Cluster | None = None,
) -> tuple[list[Document], list[str], list[str]]:
    """Read, decide each article's language, fold duplicates; with ``cluster_read``
    the files are read by ``remote``'s workers. Returns the documents, the errors and
    the documents kept out by a rule (:class:`KeptOut`), which are warnings."""
    t0 = time.perf_counter()
    documents, errors, kept_out = [], [], []
    # the language model loads in a thread from the first text it must judge, while the
    # files are read and folded; each text kept is judged after the fold (a folded
    # copy's language is never read) and the thread is over before any worker forks
    loading = None
    try:
        for item in ingest.read_documents(
            list(paths),
            published=settings.published,
            stdin=sys.stdin,
            max_document_size=settings.max_document_size,
            max_word_length=settings.max_word_length,
            keep_non_articles=settings.keep_non_articles,
            read_files=remote.read_files if remote and settings.cluster_read else None,
        ):
            if isinstance(item, KeptOut):
                kept_out.append(str(item))
            elif isinstance(item, InputError):
                errors.append(str(item))
            else:
                if loading is None and detector_asks(item.text):
                    loading = preload_detector()
                documents.append(item)
        documents = dedup.fold_duplicates(documents, keep=settings.keep_duplicates)
    finally:
        if loading is not None:
            loading.join()
    # each text judged alone: with a second process (not a cluster's, whose client's
    # threads a fork would copy mid-call), half of them there while a core is idle
    processes = settings.jobs if remote is None else 1
    for i, language in workers.halves(_language, lambda: enumerate(documents), processes):
        documents[i].language = language
    timings["ingest"] = time.perf_counter() - t0
    return documents, errors, kept_out


def _language(item: tuple[int, Document]) -> tuple[int, str | None]:
    """A document's place and its language (:func:`kg.ingest.language.decide`)."""
    i, doc = item
    return i, decide_language(doc.language, doc.text)


def _with_model(
    documents: list[Document], models: Mapping[str, str]
) -> tuple[list[Document], dict[str, list[str]]]:
    """The documents some model reads, and the names of those skipped, by language: the
    English rules over another language's text give junk (German "die" read as a
    death). An article whose language is not known goes to the English model."""
    kept: list[Document] = []
    skipped: dict[str, list[Document]] = {}
    for document in documents:
        language = document.language or DEFAULT_LANGUAGE
        if language in models:
            kept.append(document)
        else:
            skipped.setdefault(language, []).append(document)
    files = Counter(d.path for d in documents)
    return kept, {k: [_name(d, files) for d in v] for k, v in sorted(skipped.items())}


def _name(document: Document, files: Counter) -> str:
    """A document as a user finds it: its file, or its id in a file of several (the file
    name escaped, so a warning naming it stays one line)."""
    if not document.path:
        return document.id
    if files[document.path] > 1:
        return f"{document.id} in {shown(document.path)}"
    return shown(document.path)


def _listed(names: Sequence[str], limit: int) -> str:
    """Up to ``limit`` names, then how many more."""
    more = len(names) - min(limit, len(names))
    return ", ".join(list(names[:limit]) + ([f"{more} more"] if more else []))


def _skipped_warning(skipped: Mapping[str, list[str]]) -> str:
    """One line for every article skipped for want of a model, most common language
    first, with the flag that builds them."""
    order = sorted(skipped, key=lambda lang: (-len(skipped[lang]), lang))
    count = sum(len(v) for v in skipped.values())
    parts = [f"{lang} ({len(skipped[lang])}: {_listed(skipped[lang], 3)})" for lang in order]
    example = nlp.TRAINED.get(order[0])
    return E.NO_MODEL.format(
        count=count,
        articles="article" if count == 1 else "articles",
        languages=", ".join(parts),
        language=order[0],
        example=f", e.g. {example}" if example else "",
    )


def analyse(
    documents: Sequence[Document],
    settings: Settings,
    timings: dict[str, float],
    *,
    keep_state: bool = False,
    on: cluster.Cluster | None = None,
) -> Iterator[Outcome]:
    """Parse and extract every document, in order, in ``settings.jobs`` processes, or
    on the workers of the cluster ``on`` (as many tasks at once as it has threads).

    Each worker parses a chunk with one ``nlp.pipe`` pass and runs the extractors on it,
    so both the parse and the extraction scale with the processes. ``timings`` gets the
    seconds of the parse and of each extractor, summed over the workers. With
    ``keep_state``, a result made in another process comes back as its stored line and
    a stand-in naming its document (:func:`_sent`): the line is the result.
    """
    bar = tqdm(
        total=len(documents),
        desc="kg build",
        unit="doc",
        disable=not settings.progress,
        file=sys.stderr,
    )
    t0 = time.perf_counter()
    jobs = on.threads if on is not None else max(1, settings.jobs)
    # chunks of one language each, so a worker runs one model over a chunk
    models = nlp.models(settings.model)
    groups: dict[str, list[Document]] = {}
    for document in documents:
        name = models.get(document.language or DEFAULT_LANGUAGE, models[DEFAULT_LANGUAGE])
        groups.setdefault(name, []).append(document)
    tasks, left = [], len(documents)
    for name, group in groups.items():
        for chunk in _cut(group, len(documents), left, jobs):
            tasks.append((chunk, name, settings.batch_size, keep_state))
        left -= len(group)
    try:
        if on is not None:
            task, executor = on.task(_analyse_task), on.executor
            done = workers.run(task, tasks, jobs=jobs, split=_halves, executor=executor)
            yield from _collect(_survived(done), bar, timings)
        elif jobs == 1 or len(tasks) == 1:
            yield from _collect((_analyse_chunk(*t) for t in tasks), bar, timings)
        else:
            done = workers.run(_analyse_task, tasks, jobs=jobs, split=_halves)
            yield from _collect(_survived(done), bar, timings)
    finally:
        bar.close()
    if jobs > 1 or on is not None:
        timings["parse + extract (wall)"] = time.perf_counter() - t0


Task = tuple[Sequence[Document], str | None, int, bool]  # _analyse_chunk's arguments
TAPER_FROM = 2  # chunks shrink once fewer than this many are left per process


def _cut(group: Sequence[Document], total: int, left: int, jobs: int) -> list[Sequence[Document]]:
    """``group`` (one model's documents, ``left`` of the build's ``total`` not yet cut,
    the group's among them) in chunks for ``jobs`` processes.

    A chunk is a quarter of a process's share (4 to 64 documents). With several
    processes the last chunks shrink (to 4 documents), each about 1/(2 jobs) of what is
    left: the build waits for its slowest process, and a process that finds no chunk
    left idles while another parses its last one. On BBC politics (417 articles, each
    one's parse and extraction timed alone, two processes taking the next chunk when
    free, 200 orders of the articles) even chunks of 52 lost 0.64 s of the clock on
    average, up to 2.0; tapered chunks 0.11, up to 0.76. One process cuts even chunks,
    as before (their size changes nothing there)."""
    size = max(4, min(64, total // (jobs * 4) or 1))
    if jobs == 1:
        return [group[i : i + size] for i in range(0, len(group), size)]
    chunks, start = [], 0
    while start < len(group):
        step = min(size, max(4, -(-left // (TAPER_FROM * jobs))))
        chunks.append(group[start : start + step])
        start += step
        left -= step
    return chunks


def _analyse_task(task: Task) -> tuple[list[Outcome], dict[str, float]]:
    """One chunk in a worker: ``_analyse_chunk`` looked up when it runs, so a test's
    replacement reaches forked workers. A result sent with its stored line goes back as
    the line and the document's id and path alone (:func:`_sent`)."""
    outcomes, spent = _analyse_chunk(*task)
    return [_sent(o) for o in outcomes], spent


def _sent(outcome: Outcome) -> Outcome:
    """What a worker sends of one outcome. The main process holds a result with a line
    as the line (:func:`_gather`) and reads it back from there: the result's objects
    would be pickled, sent (over the network, on a cluster) and unpickled only to be
    dropped: four fifths of a chunk's answer (17.8 KB an article pickled, against a
    4.4 KB line, on BBC politics) and about as much CPU as reading the line back."""
    if isinstance(outcome, str) or outcome[1] is None:
        return outcome
    result, line = outcome
    doc = Document(result.doc.id, "", "", path=result.doc.path)
    return DocResult(doc), line


def _halves(task: Task) -> list[Task]:
    """A chunk whose worker died twice, cut in two to find the article that kills it."""
    documents, *rest = task
    middle = (len(documents) + 1) // 2
    return [(part, *rest) for part in (documents[:middle], documents[middle:]) if part]


def _survived(done: Iterator[tuple[Task, object]]) -> Iterator[tuple[list[Outcome], dict]]:
    """Chunk results; each article of a chunk whose worker died twice as an error line."""
    for (documents, *_), outcome in done:
        if isinstance(outcome, workers.Died):
            failed = E.WORKER_DIED.format(how=outcome)
            yield [f"{shown(d.path or d.id)}: {failed}" for d in documents], {}
        else:
            yield outcome


def _collect(done, bar: tqdm, timings: dict[str, float]) -> Iterator[Outcome]:
    for outcomes, spent in done:
        for stage, seconds in spent.items():
            timings[stage] = timings.get(stage, 0.0) + seconds
        bar.update(len(outcomes))
        yield from outcomes


def _analyse_chunk(
    documents: Sequence[Document], model: str | None, batch_size: int, keep_state: bool
) -> tuple[list[Outcome], dict[str, float]]:
    """Parse and extract one chunk (in a worker process when ``--jobs`` > 1)."""
    spent = {"parse": 0.0, "extract actors": 0.0, "extract statements": 0.0, "extract events": 0.0}
    if keep_state:
        spent["store state"] = 0.0
    outcomes: list[Outcome] = []
    t0 = time.perf_counter()
    for document, parsed in _parsed(documents, model, batch_size):
        t1 = time.perf_counter()
        spent["parse"] += t1 - t0
        if isinstance(parsed, Exception):
            outcomes.append(
                f"{shown(document.path or document.id)}: "
                + E.PARSE_FAILED.format(kind=type(parsed).__name__, msg=parsed)
            )
            t0 = time.perf_counter()
            continue
        try:
            result = extract_document(parsed, document, timings=spent)
        except Exception as exc:  # one bad document never loses the others
            outcomes.append(
                f"{shown(document.path or document.id)}: "
                + E.EXTRACT_FAILED.format(kind=type(exc).__name__, msg=exc)
            )
        else:
            let_go(parsed)  # freed when the next parse replaces it, not by the collector
            t2 = time.perf_counter()
            line = kg_state.line(result) if keep_state else None
            if keep_state:
                spent["store state"] += time.perf_counter() - t2
            outcomes.append((result, line))
        t0 = time.perf_counter()
    return outcomes, spent


def _parsed(
    documents: Sequence[Document], model: str | None, batch_size: int
) -> Iterator[tuple[Document, object]]:
    """Each document with its spaCy parse, or the exception spaCy raised on it.

    The chunk goes through one ``nlp.pipe`` pass; if spaCy fails on it, the documents
    not yet parsed are parsed one by one, so only the one that fails is lost.
    """
    done = 0
    try:
        texts = (d.text for d in documents)
        for parsed in nlp.parse(texts, model=model, batch_size=batch_size):
            yield documents[done], parsed
            done += 1
        return
    except Exception:  # noqa: BLE001 - isolated below, document by document
        pass
    for document in documents[done:]:
        try:
            yield document, next(iter(nlp.parse([document.text], model=model)))
        except Exception as exc:  # noqa: BLE001
            yield document, exc


def _natural(doc_id: str) -> tuple:
    """Sort key: "reuters-9" before "reuters-10"; the id itself breaks ties."""
    parts = re.split(r"(\d+)", doc_id)
    return (tuple(int(p) if i % 2 else p for i, p in enumerate(parts)), doc_id)


def _model_label(pipeline) -> str:
    return f"{pipeline.lang}_{pipeline.meta['name']} {pipeline.meta['version']}"


def _load(models: Mapping[str, str]) -> dict[str, object]:
    """Every configured pipeline, loaded before the long part of the build: a missing
    one stops it at once, and forked workers inherit the loaded ones."""
    return {language: nlp.load(name) for language, name in models.items()}


def _models_label(pipelines: Mapping[str, object]) -> str:
    """The build's models, for its provenance and --update's check: the English one's
    label alone, as before, or ``de=..., en=...`` for several languages."""
    if list(pipelines) == [DEFAULT_LANGUAGE]:
        return _model_label(pipelines[DEFAULT_LANGUAGE])
    return ", ".join(f"{lang}={_model_label(p)}" for lang, p in sorted(pipelines.items()))


def assemble(
    results: list[DocResult] | kg_state.Spill,
    settings: Settings,
    errors: list[str],
    timings: dict[str, float],
    started: datetime,
    pipelines: Mapping[str, object],
    skipped: Mapping[str, list[str]] | None = None,
    kept_out: Sequence[str] = (),
) -> BuildResult:
    """Resolve actors and merge and link events across the documents.

    Documents are taken in id order, whatever order they came in, so that a build, an
    update and a rebuild of the same articles give the same graph. ``pipelines`` are
    the build's models by language; ``skipped`` the articles left out for want of one,
    ``kept_out`` those left out by a rule (spam, no article), one warning each.
    ``results`` held on disk (:meth:`kg.state.Spill.hold`) are read back here, in the
    same order, and give the same graph as the same results held in memory.
    """
    t0 = time.perf_counter()  # reading held results back is resolve's input: timed in it
    # the articles' texts wait on disk until linking is done: nothing reads them from
    # here to the export but an undated article's dateline, read first
    texts, dates, held = _Texts(), {}, []
    later: Callable[[], None] | None = None
    # each article's statements, their speakers resolved, wait on disk from resolve on
    # (merging and linking never read them), and a build with an output folder keeps
    # them there to the end of its export, which reads them an article at a time
    on_disk = isinstance(results, kg_state.Spill)
    parked = kg_state.Statements()
    # the actors' forms, which only the export reads, kept in one table to ActorSpans
    forms = kg_state.KeptForms(kg_state.SpanTable()) if on_disk else None
    try:
        actors = _resolved(results, held, texts, dates, parked, forms)
        results = held
        timings["resolve"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        per_doc = [e for r in results for e in r.events]
        # what linking and export read of an article's own result from here on is in
        # ``actors`` (every mention's evidence) and the merged events: its per-article
        # events are let go as soon as they are read, not held to the end
        for r in results:
            r.events = []
        story = stories(actors, dates)
        # with a second process, merging and linking weigh half their pairs there
        # per_doc is emptied as its events are merged (each let go once merged)
        events = merge(per_doc, actors, story, processes=settings.jobs, consume=True)
        del per_doc
        statements = _responded(parked, events, actors, on_disk)
        parked.close()
        # with on_disk, their rationales wait on disk to the export, as the statements
        relations = link(events, actors, story, processes=settings.jobs, on_disk=on_disk)
        disputes = conflicts(events, statements, actors)
        if on_disk:  # the actors' spans, read again only by the export, wait there too
            kg_state.ActorSpans(actors.values(), forms)
            # and so do the clean texts, which no output reads (2.3 KB an article)
            later = functools.partial(texts.give_back, [r.doc for r in held], ("text",))
        timings["link"] = time.perf_counter() - t0
    finally:
        texts.give_back([r.doc for r in held], ("source_text",) if later else TEXTS)
        parked.close()
    undated = [r.doc for r in results if r.doc.published is None]
    warnings = list(kept_out)
    if undated:
        files = Counter(r.doc.path for r in results)
        names = _listed([_name(d, files) for d in undated], UNDATED_NAMED)
        warnings.append(E.UNDATED.format(undated=len(undated), total=len(results), names=names))
    if skipped:
        warnings.append(_skipped_warning(skipped))
    folded = dedup.summary([r.doc for r in results])
    if folded:
        warnings.append(folded)
    pipeline = pipelines[DEFAULT_LANGUAGE]
    return BuildResult(
        [r.doc for r in results],
        actors,
        statements,
        events,
        relations,
        errors=errors,
        timings=timings,
        conflicts=disputes,
        warnings=warnings,
        language=pipeline.lang,
        model=_models_label(pipelines),
        skipped=dict(skipped or {}),
        started=started,
        finished=datetime.now(timezone.utc),
        give_back=later,
    )


def _resolved(
    results: list[DocResult] | kg_state.Spill,
    held: list[DocResult],
    texts: _Texts,
    dates: dict[str, date | None],
    parked: kg_state.Statements,
    forms: kg_state.KeptForms | None = None,
) -> dict[str, Actor]:
    """The actors of ``results`` (:class:`kg.resolve.Names`); the results put in
    ``held`` in id order as each is resolved (so a failure gives back the texts of
    those read), their texts kept in ``texts`` and their dates in ``dates``.

    Results held on disk are read for their mentions alone (the table of names, which
    reads them twice: kept from the first reading up to :data:`MENTIONS_KEPT`),
    then each whole, given its actor ids as it is read, its mentions let go at once
    (their spans are the actors'): the archive's mentions are never all held, nor
    resolve's lookup of every (document, name). Its statements, their speakers
    resolved, go to ``parked`` and are let go too. Held in memory, the same steps give
    the same actors. Their forms go to ``forms`` when given (:class:`kg.state.KeptForms`)."""
    if isinstance(results, kg_state.Spill):
        spill, ids = results, sorted(results, key=_natural)
        # the actors' spans in columns, not a list of objects an actor, and their
        # forms' spans by their rows there
        spans = forms.table if forms is not None else None
        names = Names.counted(_KeptMentions(spill, ids), forms, spans)
        read: Iterable[DocResult] = spill.results(ids)
    else:
        spill, read = None, sorted(results, key=lambda r: _natural(r.doc.id))
        names = Names.counted(lambda: (r.actors for r in read))
    for r in read:
        names.assign(r)
        r.actors = []
        parked.add(r.statements)
        r.statements = []
        if spill is not None:  # its date was read as it was held: not its dateline again
            told, day = spill.dated(r.doc.id)
            if told:
                dates[r.doc.id] = day
        held.append(texts.keep(r, dates))
    return names.finish()


class _KeptMentions:
    """The held results' actor mentions, article by article, for :meth:`Names.counted`,
    which walks them twice: the first walk keeps what it decoded, up to
    :data:`MENTIONS_KEPT` mentions, and the second is given those (and lets them go)
    instead of decoding every stored line's mentions again, a third of resolve's time
    on 30 BBC politics articles. Past the bound (an archive) nothing is kept and the
    second walk reads the lines again, as before. The table only reads the mentions, so
    the kept ones are what a second reading would give."""

    def __init__(self, spill: kg_state.Spill, ids: list[str]) -> None:
        self._spill, self._ids = spill, ids
        self._kept: list[list[ActorMention]] | None = None

    def __call__(self) -> Iterator[list[ActorMention]]:
        kept, self._kept = self._kept, None
        return iter(kept) if kept is not None else self._read()

    def _read(self) -> Iterator[list[ActorMention]]:
        kept: list[list[ActorMention]] | None = []
        count = 0
        for some in self._spill.mentions(self._ids):
            if kept is not None:
                count += len(some)
                if count > MENTIONS_KEPT:
                    kept = None  # an archive: read again, not held
                else:
                    kept.append(some)
            yield some
        self._kept = kept


def _responded(
    parked: kg_state.Statements,
    events: dict[str, Event],
    actors: dict[str, Actor],
    on_disk: bool,
) -> kg_state.Statements | list[Statement]:
    """The statements of ``parked``, read back an article at a time, their events
    named by the merged events that hold them, and what each participant said added to
    its event (:func:`add_responses`): on disk again (``on_disk``, a build with an
    output folder) or as a list (a notebook's build, an update, which hold every
    result anyway)."""
    member_of = {m: e.id for e in events.values() for m in e.members}
    out: kg_state.Statements | list[Statement] = kg_state.Statements() if on_disk else []
    for some in parked.articles():
        for st in some:
            st.about_events = sorted({member_of[e] for e in st.about_events if e in member_of})
        add_responses(events, some, actors)
        if isinstance(out, list):
            out.extend(some)
        else:
            out.add(some)
    return out


TEXTS = ("text", "source_text")  # a document's two texts, in the order _Texts keeps them


class _Texts:
    """Documents' texts (``text``, ``source_text``) in a temporary file from the read
    back to the end of linking, then given back to the same documents: 4.4 KB an
    article (88 MB at 20k simulated articles) that resolve and linking never read,
    held at their peak. A build with an output folder gives the clean ``text`` back
    only once its export is written (:attr:`BuildResult.give_back`): no output reads
    it, and it was 11.5 MB of the linked graph's 166 MB at 5k simulated articles."""

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile()  # noqa: SIM115 - closed by give_back
        self._sizes = array("q")
        self._left = set(TEXTS)  # the fields not given back yet

    def keep(self, result: DocResult, dates: dict[str, date | None]) -> DocResult:
        """``result`` with its texts on disk; its article's date put in ``dates``
        (:func:`kg.link.article_dates`, which may read the dateline in its text) unless
        it is there."""
        doc = result.doc
        if doc.id not in dates:  # not already known (:meth:`kg.state.Spill.dated`)
            dates.update(article_dates([doc]))
        for name in TEXTS:
            data = getattr(doc, name).encode("utf-8", "surrogatepass")  # as it was
            self._file.write(data)
            self._sizes.append(len(data))
            setattr(doc, name, "")
        return result

    def give_back(self, documents: Iterable[Document], names: Sequence[str] = TEXTS) -> None:
        """The texts of fields ``names`` back to ``documents``, given in the order they
        were kept; the file is closed once every field is back."""
        self._file.seek(0)
        sizes = iter(self._sizes)
        for doc in documents:
            for name in TEXTS:
                size = next(sizes)
                if name not in names:
                    self._file.seek(size, io.SEEK_CUR)
                    continue
                setattr(doc, name, self._file.read(size).decode("utf-8", "surrogatepass"))
        self._left -= set(names)
        if not self._left:
            self._file.close()


def write(
    result: BuildResult,
    output: Path,
    settings: Settings,
    state: Mapping[str, bytes] | None = None,
) -> None:
    """Write every chosen output file into ``output``, all or nothing.

    Everything is written into a staging folder first and shown in ``output`` in one
    step once all of it is written (:mod:`kg.publish`), so a failure, Ctrl-C or even
    SIGKILL leaves the previous build as it was. The triples are collected once and
    shared by every graph format, so Turtle, TriG, N-Triples and JSON-LD hold the same
    graph, and the shards of ``--shard`` (:mod:`kg.export.shards`) cut that graph. Past
    ``SPILL_AT`` subjects they go to sorted runs in the staging folder as they are
    made, and Turtle, N-Triples, JSON-LD and void.ttl stream them back merged; TriG
    and the shards still read the graph whole.
    ``state`` (document id -> stored line) is what a later ``--update`` reads back.
    The documents' clean texts, waiting on disk in a build with an output folder, are
    given back once it is written (:attr:`BuildResult.give_back`), or has failed.
    """
    try:
        _write(result, output, settings, state)
    finally:
        if result.give_back is not None:
            result.give_back()
            result.give_back = None


def _write(
    result: BuildResult,
    output: Path,
    settings: Settings,
    state: Mapping[str, bytes] | None,
) -> None:
    with publish.Publication(output) as publication:
        staging = publication.staging
        result.finished = datetime.now(timezone.utc)  # void.ttl: the graph was complete then
        # with a second process, the view and the cards (which read the result, not the
        # triples) are written beside the triples' collection and the graph formats, and
        # the tables by whichever process is free first
        aside, shared = {}, {}
        if settings.jobs > 1:
            every = writers(settings.formats)
            aside = {n: w for n, w in every.items() if n in ASIDE}
            shared = {n: w for n, w in every.items() if n.endswith(ASIDE_TABLES)}
        with workers.Aside(aside, result, staging, settings, shared) as beside:
            t0 = time.perf_counter()
            triples = collect(
                result, settings.base_iri, settings.model, options(settings), SPILL_AT, staging
            )
            result.timings["collect triples"] = time.perf_counter() - t0
            try:
                sharded = []  # first, while the triples are whole; listed after the rest
                if settings.shard:
                    t0 = time.perf_counter()
                    size, base = settings.shard, settings.base_iri
                    formats = settings.formats
                    sharded = shards.write(triples, result, staging, size, formats, base)
                    result.timings["write shards"] = time.perf_counter() - t0
                outputs = writers(settings.formats, triples)
                names = list(outputs)
                for name in [*aside, *shared]:
                    del outputs[name]
                for name in list(outputs):
                    writer = outputs.pop(name)
                    t0 = time.perf_counter()
                    writer(result, staging / name, settings)
                    result.timings[f"write {name}"] = time.perf_counter() - t0
                    del writer
                    if not READS_TRIPLES & set(outputs):  # the graph's memory, before the rest
                        triples.close()
                spent = beside.join()
            finally:
                triples.close()  # the runs on disk are never among the published files
        del triples
        for name in names:  # the stages in the order of the outputs, as one process has
            key = f"write {name}"
            result.timings[key] = spent[name] if name in spent else result.timings.pop(key)
        names += sharded
        if state is not None:
            t0 = time.perf_counter()
            head = kg_state.header(result.model or "", _stored_settings(settings))
            ordered = sorted(state, key=_natural)
            kg_state.write(
                staging / kg_state.STATE_DIR / kg_state.STATE_FILE,
                head,
                (state[i] for i in ordered),
            )
            result.timings["write state"] = time.perf_counter() - t0
            names.append(f"{kg_state.STATE_DIR}/{kg_state.STATE_FILE}")
        publication.commit(names)
    result.files.extend(str(output / n) for n in names if not n.startswith(kg_state.STATE_DIR))


def _stored_settings(settings: Settings) -> dict[str, object]:
    out = {}
    for name in CONTENT_SETTINGS:
        value = getattr(settings, name)
        out[name] = value.isoformat() if hasattr(value, "isoformat") else value
    return out
