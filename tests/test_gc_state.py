"""The build runs the cyclic collector less often, and gives the caller's settings back.

A build keeps most of what it allocates, so at Python's default thresholds the
collector rescans the growing heap again and again (~6 % of the CPU after the parse on
BBC politics). ``kg.build`` raises the thresholds for its own run, in forked workers
too, and puts back what it found when it returns or fails: a library must not leave
the process's global state changed.
"""

from __future__ import annotations

import gc

import pytest

import kg
from kg import pipeline
from kg.errors import KgError

STORIES = [
    "Harbour workers in Port Vell walked out on Monday after the port authority cut "
    "night-shift pay. Union leader Marta Soler said the strike would last three days.",
    "The city council of Lindholm approved a new tram line on Tuesday. Mayor Erik Dahl "
    "said construction would begin in the spring and cost 40 million euros.",
    "Flooding closed the main road into Kessington on Wednesday. Police said two "
    "drivers were rescued from their cars near the river bridge.",
    "Shares in Norrland Steel fell 8% on Thursday after the company warned that "
    "profits would drop. Chief executive Anna Berg blamed higher energy prices.",
    "A fire destroyed a timber warehouse in Alvesta overnight. Firefighters said nobody "
    "was hurt and the cause was not yet known.",
    "Teachers in the Rhondda valley voted to accept a 5% pay offer on Friday, ending a "
    "dispute that had closed twelve schools since January.",
    "The airline Skyvale cancelled 60 flights from Dunmore airport on Saturday after air "
    "traffic controllers called in sick, a spokesman said.",
    "Voters in Estford elected Priya Nair as their first woman mayor on Sunday. She won "
    "54% of the vote, the electoral office said.",
]


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(STORIES):
        (folder / f"story-{i}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def caller_threshold():
    """A caller's own thresholds, put back after the test whatever the build did."""
    found = gc.get_threshold()
    yield
    gc.set_threshold(*found)


def _recording():
    real = pipeline._analyse_chunk

    def chunk(documents, model, batch_size, keep_state):
        outcomes, spent = real(documents, model, batch_size, keep_state)
        # what the process that parsed the chunk ran with (a forked worker with jobs=2)
        return outcomes, {**spent, f"gc {gc.get_threshold()}": 0.0}

    return chunk


@pytest.mark.parametrize("jobs", [1, 2])
def test_build_raises_the_thresholds_in_its_processes_and_restores_them(
    articles, tmp_path, monkeypatch, caller_threshold, jobs
):
    monkeypatch.setattr(pipeline, "_analyse_chunk", _recording())
    gc.set_threshold(900, 7, 3)
    result = kg.build([articles], tmp_path / "out", jobs=jobs, batch_size=1, progress=False)
    assert len(result.documents) == len(STORIES)
    assert jobs == 1 or "parse + extract (wall)" in result.timings  # in workers indeed
    seen = {k for k in result.timings if k.startswith("gc ")}
    assert seen == {f"gc {pipeline.GC_THRESHOLD}"}
    assert gc.get_threshold() == (900, 7, 3)


def test_a_higher_threshold_of_the_caller_is_kept(articles, monkeypatch, caller_threshold):
    monkeypatch.setattr(pipeline, "_analyse_chunk", _recording())
    gc.set_threshold(200_000, 5, 500)
    result = kg.build([articles], progress=False)
    assert {k for k in result.timings if k.startswith("gc ")} == {"gc (200000, 20, 500)"}
    assert gc.get_threshold() == (200_000, 5, 500)


def test_a_failed_build_restores_the_thresholds(tmp_path, caller_threshold):
    empty = tmp_path / "empty"
    empty.mkdir()
    gc.set_threshold(800, 9, 4)
    with pytest.raises(KgError):
        kg.build([empty], tmp_path / "out", progress=False)
    assert gc.get_threshold() == (800, 9, 4)
