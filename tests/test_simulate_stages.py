"""The simulation tells where linking's peak is made: the peak after each stage of
``kg.pipeline.assemble`` (read back, resolve, stories, merge, pairs, link), and with ``write=False``
(``--no-write``) it stops there, so a 20k row's linking is known without its export."""

from __future__ import annotations

from conftest import load_bench

from kg import link, pipeline


def test_a_size_reports_the_peak_after_each_stage_and_can_skip_the_export(sample_build, tmp_path):
    sim = load_bench("simulate.py")
    _, out = sample_build
    _, template = sim.read_template(out)
    functions = [sim._function(pipeline, name)[1] for name in sim.ASSEMBLY]  # "_resolved"
    wrapped = {name: getattr(pipeline, name) for name in functions}
    pairs = link._block_pairs
    row = sim.run_size(out, 2 * len(template), "turtle,jsonl", tmp_path, write=False)
    assert row["summary"]["documents"] == 2 * len(template)
    peaks = row["stage_mb"]
    assert list(peaks) == ["read back", "resolve", "stories", "merge", "pairs", "link"]
    assert row["held_mb"] <= peaks["read back"] <= peaks["resolve"] <= peaks["merge"]
    assert peaks["merge"] <= peaks["pairs"] <= peaks["link"]
    assert peaks["link"] <= row["linked_mb"] <= row["peak_mb"]
    assert row["output_mb"] == 0 and not list(tmp_path.iterdir())  # nothing written
    # kg's own functions are given back once the size is done
    assert {name: getattr(pipeline, name) for name in functions} == wrapped
    assert link._block_pairs is pairs


def test_a_traced_stage_reports_what_it_allocated_itself(sample_build, tmp_path):
    # the process's peak after the stories is resolve's when resolve's was higher: the
    # stories' own peak is what tracing that stage alone tells
    import tracemalloc

    sim = load_bench("simulate.py")
    _, out = sample_build
    _, template = sim.read_template(out)
    row = sim.run_size(out, 2 * len(template), "turtle", tmp_path, write=False,
                       traced=("stories",))  # fmt: skip
    assert list(row["traced_mb"]) == ["stories"]  # the other stages run untraced
    assert 0 < row["traced_mb"]["stories"] < row["stage_mb"]["stories"]
    assert not tracemalloc.is_tracing()
