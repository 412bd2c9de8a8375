"""bench/cap_sweep.py on a few articles: the candidates linking ranks for clones of the
samples (four weeks of them), decided by a sweep of a week at a time, keep linking's
own relations, and the sweep says what it held."""

from __future__ import annotations

from conftest import load_bench


def test_a_weekly_sweep_keeps_the_relations_of_the_simulated_corpus(sample_build):
    cap_sweep = load_bench("cap_sweep.py")
    _, out = sample_build
    _, template = cap_sweep.simulate.read_template(out)
    seen = cap_sweep.captured(out, 4 * len(template))
    candidates = len(seen["ranked"][0])
    assert len(seen["relations"]) > 10 and candidates >= len(seen["relations"])
    for step in (1, 7):
        row = cap_sweep.swept(seen, step)
        assert row["same"] and row["kept"] == len(seen["relations"])
        assert 0 < row["waiting"] <= candidates
        assert 0 < row["events"] <= len(seen["order"])
