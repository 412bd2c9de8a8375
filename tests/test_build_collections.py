"""A build runs with the garbage collector's thresholds raised and gives them back
(issue 24: a build's objects live to its end, so Python's default young collection,
every 700 allocations, walked them over and over for nothing)."""

from __future__ import annotations

import gc
from datetime import date

import kg
from kg import pipeline

TEXT = (
    "Harbour workers in Rotterdam walked out on Tuesday over pay, the union said. "
    "Port officials said ships were diverted to Antwerp.\n"
)


def test_build_raises_the_thresholds_while_it_runs_and_restores_them(tmp_path, monkeypatch):
    seen: list[tuple[int, int, int]] = []
    analyse = pipeline.analyse

    def watched(*args, **kwargs):
        seen.append(gc.get_threshold())
        return analyse(*args, **kwargs)

    monkeypatch.setattr(pipeline, "analyse", watched)
    (tmp_path / "strike.txt").write_text(TEXT, encoding="utf-8")
    before = gc.get_threshold()
    result = kg.build([tmp_path / "strike.txt"], tmp_path / "out", published=date(2026, 12, 1))
    assert result.documents
    assert seen and seen[0][0] == pipeline.YOUNG_COLLECTION > before[0]
    assert gc.get_threshold() == before  # given back, also to a notebook's session
