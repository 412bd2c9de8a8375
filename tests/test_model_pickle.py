"""Pickling the frozen records (issue 24): a build parks an article's statements and
actor spans on disk and reads them back several times, and Python's own unpickling of a
frozen slotted dataclass asked ``dataclasses.fields`` once per object."""

from __future__ import annotations

import dataclasses
import pickle
from datetime import date

from kg.model import Copy, Evidence, Position


def _records() -> list:
    return [
        Evidence("bbc-12", 140, 171, "the minister resigned on Tuesday"),
        Copy("reuters-7", title="Minister quits", outlet="Reuters", published=date(2026, 11, 3)),
        Copy("ap-2"),
        Position("home secretary", "United Kingdom", None),
    ]


def test_frozen_records_read_back_equal() -> None:
    """Every field comes back, frozen classes stay frozen."""
    records = _records()
    back = pickle.loads(pickle.dumps(records, pickle.HIGHEST_PROTOCOL))
    assert back == records
    assert [dataclasses.astuple(r) for r in back] == [dataclasses.astuple(r) for r in records]


def test_state_is_pythons_own() -> None:
    """The pickled state is the list of the fields' values Python's own method gives,
    so a pickle of either reads back with the other, and no per-object call of
    ``dataclasses.fields`` is made to read one back."""
    calls = []
    real = dataclasses.fields

    def counted(obj):
        calls.append(obj)
        return real(obj)

    for record in _records():
        assert record.__getstate__() == [getattr(record, f.name) for f in real(record)]
        fresh = object.__new__(type(record))
        dataclasses.fields = counted
        try:
            fresh.__setstate__(record.__getstate__())
        finally:
            dataclasses.fields = real
        assert fresh == record
    assert calls == []
