"""The million-article simulation on a few articles: clones of the samples' stored
results, with ids, dates and names shifted, go through kg's own resolve, link and
export."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from conftest import load_bench

from kg.model import DocResult
from kg.state import decode


@pytest.fixture(scope="module")
def sim():
    return load_bench("simulate.py")


def _persons_and_countries(result: dict) -> tuple[set[str], set[str]]:
    kinds: dict[str, set[str]] = {"person": set(), "country": set()}
    for m in result["actors"]:
        kinds.get(m["kind"], set()).add(m["name"])
    return kinds["person"], kinds["country"]


def test_a_clone_shifts_ids_dates_and_names(sim, sample_build):
    _, out = sample_build
    _, template = sim.read_template(out)
    original = next(r for r in template if r["events"] and r["doc"].get("published"))
    clone = sim.Cloner(original, day=2).clone(3)
    doc_id = original["doc"]["id"]
    assert clone["doc"]["id"] == f"{doc_id}~k3"
    moved = date.fromisoformat(original["doc"]["published"]) + timedelta(days=23)
    assert clone["doc"]["published"] == moved.isoformat()
    text = json.dumps(clone)
    assert f'"doc_id": "{doc_id}"' not in text and f'"{doc_id}/' not in text
    # nor as the source of an event: the clone's events are its own article's
    assert f'"{doc_id}"' not in text
    assert {s for e in clone["events"] for s in e["sources"]} == {f"{doc_id}~k3"}
    people, countries = _persons_and_countries(original)
    cloned_people, cloned_countries = _persons_and_countries(clone)
    assert people and cloned_people == {
        p + "d" for p in people if p in sim.cloned_names(original)
    } | (people - set(sim.cloned_names(original)))
    assert cloned_countries == countries  # a country is the same country years later
    result = decode(DocResult, clone)  # still a result kg reads
    assert all(e.id.startswith(f"{doc_id}~k3/") for e in result.events)
    assert sim.letters(0) == "" and sim.letters(26) == "ba"


def test_a_size_runs_through_resolve_link_and_export(sim, sample_build, tmp_path):
    built, out = sample_build
    _, template = sim.read_template(out)
    row = sim.run_size(out, 3 * len(template), "turtle,jsonl", tmp_path)
    assert row["articles"] == row["summary"]["documents"] == 3 * len(template)
    # three worlds of the same news: each clone's people are actors of their own
    assert row["summary"]["actors"] > 2 * len(built.actors)
    assert row["summary"]["events"] > 2 * len(built.events)
    assert set(row["seconds"]) == {"resolve", "link", "export", "view"}
    assert all(s > 0 for s in row["seconds"].values())
    assert row["peak_mb"] >= row["held_mb"] > 0 and row["output_mb"] > 0
    assert not list(tmp_path.iterdir())  # the outputs are written, then removed


def test_a_folder_without_a_build_is_one_line(sim, tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        sim.main([str(tmp_path), "--sizes", "10"])
    assert "no .kg/state.jsonl.gz" in str(stop.value) and "\n" not in str(stop.value)


def test_each_size_runs_in_a_fresh_process_and_prints_its_row(sim, sample_build, tmp_path):
    _, out = sample_build
    saved = tmp_path / "rows.json"
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    sim.main([str(out), "--sizes", "3,9", "--scratch", str(scratch), "--json", str(saved)])
    rows = json.loads(saved.read_text(encoding="utf-8"))
    assert [r["articles"] for r in rows] == [3, 9]
    assert [r["summary"]["documents"] for r in rows] == [3, 9]
    assert all(r["peak_mb"] >= r["linked_mb"] >= r["held_mb"] for r in rows)
    assert not list(scratch.iterdir())
