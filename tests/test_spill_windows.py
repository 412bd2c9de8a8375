"""The held lines keep their article's date beside their place (issue 22, docs/cluster.md
step 1's rest), so a sweep over publication time reads them back window by window
without reading a line to learn its date.

Port reports over six weeks, gathered out of date order (as workers finish them): two
the same day, one a week's edge later, one whose page lost its metadata but prints a
dateline under its title (dated by it, as linking dates it), and one with no date at
all (the undated meet every window: a window of their own, first).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from kg import link, pipeline
from kg import state as kg_state
from kg.config import Settings
from kg.extract.timex import dateline
from kg.link import article_dates
from kg.model import DocResult, Document

REPORTS = (
    ("port-09", date(2025, 4, 7), "Dockers in Mombasa returned to work after the pay deal."),
    ("port-01", date(2025, 3, 3), "Dockers in Mombasa walked out over unpaid overtime."),
    ("port-02", date(2025, 3, 3), "The strike left forty ships waiting off Kilindini."),
    ("port-05", date(2025, 3, 10), "Talks between the union and the port authority stalled."),
    ("port-07", None, "Harbour strike spreads\nMarch 12, 2025 6:11 PM\nLamu joined the strike."),
    ("port-08", None, "The strike, which began in March, was the port's longest."),
    ("port-03", date(2025, 3, 9), "Shipping lines began to divert cargo to Dar es Salaam."),
)


def _gathered() -> kg_state.Spill:
    outcomes = []
    for doc_id, published, text in REPORTS:
        result = DocResult(Document(doc_id, text, text, title=doc_id, published=published))
        outcomes.append((result, kg_state.line(result)))
    results, spill = pipeline._gather(iter(outcomes), [])
    assert results == []  # every result held as its line alone
    return spill


def test_held_lines_are_read_back_window_by_window_in_publication_order():
    spill = _gathered()
    windows = list(spill.windows(7))
    assert windows == [
        (None, ["port-08"]),
        (date(2025, 3, 3), ["port-01", "port-02", "port-03"]),
        (date(2025, 3, 10), ["port-05", "port-07"]),
        (date(2025, 4, 7), ["port-09"]),
    ]
    # every window's results read back whole, with the dates linking knows them by
    for _, ids in windows:
        read = list(spill.results(ids))
        assert [r.doc.id for r in read] == ids
        dates = article_dates(r.doc for r in read)
        assert all(dates[r.doc.id] is None for r in read) == (ids == ["port-08"])


def test_a_line_held_again_takes_its_new_date():
    spill = _gathered()
    text = "Diverted cargo reached Dar es Salaam."
    moved = DocResult(Document("port-03", text, text, published=date(2025, 4, 8)))
    spill.hold(moved, kg_state.line(moved), moved.doc.published)
    assert [ids for _, ids in spill.windows(7)][-1] == ["port-09", "port-03"]
    assert spill.dated("port-03") == (True, date(2025, 4, 8))
    spill["port-03"] = kg_state.line(moved)  # set again without its result: date untold
    assert spill.dated("port-03") == (False, None)
    spill.hold(moved, kg_state.line(moved), moved.doc.published)
    assert [ids for _, ids in spill.windows(60)] == [
        ["port-08"],
        ["port-01", "port-02", "port-05", "port-07", "port-09", "port-03"],
    ]


class _Model:
    lang = "en"
    meta = {"name": "core_web_sm", "version": "test"}


def _assembled(spill: kg_state.Spill) -> object:
    started = datetime(2025, 4, 9, tzinfo=timezone.utc)
    return pipeline.assemble(spill, Settings(), [], {}, started, {"en": _Model})


def test_resolve_takes_the_dates_told_as_the_lines_were_held(monkeypatch):
    # the dateline is read once, as the line is held; a line set without its result
    # (its date not told) is dated by its dateline when it is read back, as before
    read = []

    def counted(text: str):
        read.append(text[:22])
        return dateline(text)

    told = _gathered()
    untold = kg_state.Spill()
    for doc_id in told:
        untold[doc_id] = told[doc_id]
    monkeypatch.setattr(link, "dateline", counted)
    dates, stories = {}, pipeline.stories

    def dates_kept(actors, published):
        dates.update(published)
        return stories(actors, published)

    monkeypatch.setattr(pipeline, "stories", dates_kept)
    _assembled(told)
    assert read == []
    assert dates["port-07"] == date(2025, 3, 12) and dates["port-08"] is None
    told_dates = dict(dates)
    dates.clear()
    _assembled(untold)
    assert sorted(read) == ["Harbour strike spreads", "The strike, which began"[:22]]
    assert dates == told_dates


def test_a_line_a_worker_sent_without_its_text_is_dated_when_read_back():
    # a worker sends the line and the document's id and path alone (pipeline._sent):
    # holding it must not tell "no date", or every article of a --jobs 2 build was
    # undated for linking while a one-process build of the same articles was dated
    outcomes = []
    for doc_id, published, text in REPORTS:
        result = DocResult(Document(doc_id, text, text, title=doc_id, published=published))
        outcomes.append(pipeline._sent((result, kg_state.line(result))))
    _, spill = pipeline._gather(iter(outcomes), [])
    assert all(spill.dated(doc_id) == (False, None) for doc_id in spill)
    dates, stories = {}, pipeline.stories

    def dates_kept(actors, published):
        dates.update(published)
        return stories(actors, published)

    pipeline.stories = dates_kept
    try:
        _assembled(spill)
    finally:
        pipeline.stories = stories
    assert dates["port-01"] == date(2025, 3, 3) and dates["port-07"] == date(2025, 3, 12)
