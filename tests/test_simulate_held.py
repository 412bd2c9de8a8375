"""The simulation holds its clones as the build of the kg it runs holds results: with
a kg that keeps them on disk until resolve, as stored lines, not as objects, so that
its "held" figure measures what a build holds."""

from __future__ import annotations

import pytest
from conftest import load_bench

from kg import pipeline
from kg import state as kg_state


class _Stop(Exception):
    """Raised in place of resolving: the test reads what assemble was given."""


def test_the_clones_reach_assemble_as_lines_on_disk(sample_build, tmp_path, monkeypatch):
    sim = load_bench("simulate.py")
    _, out = sample_build
    given = []

    def assemble(results, *args, **kwargs):
        given.append(results)
        raise _Stop

    monkeypatch.setattr(pipeline, "assemble", assemble)
    with pytest.raises(_Stop):
        sim.run_size(out, 20, "turtle", tmp_path)
    (held,) = given
    assert isinstance(held, kg_state.Spill) and len(held) == 20
    ids = sorted(held, key=pipeline._natural)
    results = list(held.results(ids))  # each clone reads back as a result
    assert [r.doc.id for r in results] == ids and all(r.doc.text for r in results)
    assert len({r.doc.id for r in results}) == 20
