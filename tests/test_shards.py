"""``--shard N``: the graph in files of at most N articles plus a manifest, for bulk loaders.

The shards of the sample build together hold exactly graph.nt's triples (N-Triples) and
graph.trig's quads (TriG); the manifest's article lists, triple counts and sha256 sums
are those of the files; a rebuild gives the same bytes and removes the shards it does
not write again; ``oxigraph load`` reads them into a store where a SPARQL COUNT finds
every triple. (Virtuoso's bulk loader is tested in test_virtuoso.py, where Virtuoso
runs.)
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import shutil
import subprocess
from collections import Counter
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from conftest import SAMPLE_DATE, need_tool

import kg
from kg import publish
from kg.cli import main
from kg.config import Settings
from kg.errors import KgError
from kg.export import shards
from kg.export.rdf import collect, to_ntriples
from kg.model import Copy
from kg.pipeline import write

DOC = "https://w3id.org/kgnews/id/doc/"


def sharded(result, out: Path, size: int, formats=("nt", "trig")) -> dict:
    """Write the sample build into ``out`` with ``--shard size``; its shard manifest."""
    fresh = dataclasses.replace(result, files=[], timings={})  # the fixture's stays as it is
    settings = Settings(published=date.fromisoformat(SAMPLE_DATE), formats=formats, shard=size)
    write(fresh, out, settings)
    return json.loads((out / "shards" / "manifest.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def two(sample_build, tmp_path_factory) -> tuple[Path, dict]:
    """The samples in shards of two articles, as N-Triples and TriG."""
    out = tmp_path_factory.mktemp("shards-2")
    return out, sharded(sample_build[0], out, 2)


def lines(path: Path) -> Counter:
    return Counter(path.read_text(encoding="utf-8").splitlines())


def quads(path: Path) -> set:
    return set(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))


def test_the_shards_together_are_the_graph(two) -> None:
    out, manifest = two
    nt = [out / "shards" / f["file"] for f in manifest["files"] if f["format"] == "nt"]
    trig = [out / "shards" / f["file"] for f in manifest["files"] if f["format"] == "trig"]
    assert len(nt) == len(trig) > 2
    union = sum(map(lines, nt), Counter())
    assert union == lines(out / "graph.nt")  # every triple once, none added
    parts = [quads(p) for p in trig]
    assert sum(map(len, parts)) == len(set().union(*parts))  # no quad in two files
    assert set().union(*parts) == quads(out / "graph.trig")  # the same named graphs


def test_each_shard_holds_at_most_n_articles_and_only_its_own(two, sample_build) -> None:
    out, manifest = two
    documents = [d.id for d in sample_build[0].documents]
    articles = [f for f in manifest["files"] if f["format"] == "nt" and f["kind"] == "articles"]
    assert [a for f in articles for a in f["articles"]] == documents  # each once, in order
    assert len(articles) == 4 and all(1 <= len(f["articles"]) <= 2 for f in articles)
    for f in articles:
        text = (out / "shards" / f["file"]).read_text(encoding="utf-8")
        said = {line[len(DOC) + 1 :].split("/")[0].split(">")[0] for line in text.splitlines()
                if line.startswith(f"<{DOC}")}  # fmt: skip
        assert said == set(f["articles"])  # each article's own nodes are in its file
        assert f["file"].startswith("articles-")
    corpus = [f for f in manifest["files"] if f["kind"] == "corpus"]
    assert [f["file"] for f in corpus] == ["corpus-00001.nt", "corpus-00001.trig"]
    assert all(f["articles"] == [] for f in corpus)
    text = (out / "shards" / "corpus-00001.nt").read_text(encoding="utf-8")
    assert "/actor/" in text and "<https://w3id.org/kgnews/id/build/" in text
    assert not any(line.startswith(f"<{DOC}") for line in text.splitlines())  # no article's


def test_the_manifest_counts_and_hashes_are_the_files(two) -> None:
    out, manifest = two
    assert manifest["articles_per_shard"] == 2 and manifest["formats"] == ["nt", "trig"]
    assert manifest["triples"] == sum(lines(out / "graph.nt").values())
    for fmt in ("nt", "trig"):
        files = [f for f in manifest["files"] if f["format"] == fmt]
        assert sum(f["triples"] for f in files) == manifest["triples"]
    for f in manifest["files"]:
        data = (out / "shards" / f["file"]).read_bytes()
        assert f["sha256"] == hashlib.sha256(data).hexdigest()
        assert f["bytes"] == len(data)
        path = out / "shards" / f["file"]
        counted = sum(lines(path).values()) if f["format"] == "nt" else len(quads(path))
        assert f["triples"] == counted, f["file"]
    listed = {f["file"] for f in manifest["files"]} | {"manifest.json"}
    assert {p.name for p in (out / "shards").iterdir()} == listed
    kg_files = json.loads((out / ".kg" / "manifest.json").read_text())["files"]
    assert {n for n in kg_files if n.startswith("shards/")} == {f"shards/{n}" for n in listed}


def test_a_rebuild_gives_the_same_bytes(two, sample_build, tmp_path) -> None:
    out, _ = two
    sharded(sample_build[0], tmp_path, 2)
    for path in sorted((out / "shards").iterdir()):
        assert (tmp_path / "shards" / path.name).read_bytes() == path.read_bytes(), path.name


@pytest.mark.parametrize("journal", [False, True], ids=["exchange", "journal"])
def test_a_rebuild_with_another_n_removes_the_old_shards(
    sample_build, tmp_path, monkeypatch, journal
) -> None:
    if journal:  # the fallback publication, which moves and drops file by file
        monkeypatch.setattr(publish, "_exchange_call", lambda: None)
    (tmp_path / "notes.txt").write_text("the user's own file")
    first = sharded(sample_build[0], tmp_path, 1, formats=("turtle",))
    assert first["formats"] == ["nt"]  # neither nt nor trig asked for: N-Triples
    assert len(list((tmp_path / "shards").glob("articles-*.nt"))) == 7
    second = sharded(sample_build[0], tmp_path, 5, formats=("turtle",))
    names = sorted(p.name for p in (tmp_path / "shards").iterdir())
    assert names == ["articles-00001.nt", "articles-00002.nt", "corpus-00001.nt", "manifest.json"]
    assert [len(f["articles"]) for f in second["files"]] == [5, 2, 0]
    fresh = dataclasses.replace(sample_build[0], files=[], timings={})
    write(fresh, tmp_path, Settings(published=date.fromisoformat(SAMPLE_DATE)))
    assert not (tmp_path / "shards").exists()  # no --shard now: no shards left behind
    assert (tmp_path / "notes.txt").read_text() == "the user's own file"


def test_copies_go_with_their_article_and_the_corpus_is_cut_by_triples(
    news_result, tmp_path
) -> None:
    from test_validate import exportable  # the fixture with the ontology's type names

    result = exportable(news_result)
    talks = result.documents[0]
    talks.copies = [Copy("mirror-2025-05-12-eu-japan", "EU, Japan cut car tariffs", "Mirror")]
    triples = collect(result)
    names = shards.write(triples, result, tmp_path, 1, ["nt"], shards.rdf.DEFAULT_BASE,
                         corpus_triples=40)  # fmt: skip
    manifest = json.loads((tmp_path / "shards" / "manifest.json").read_text())
    assert names == [f"shards/{f['file']}" for f in manifest["files"]] + ["shards/manifest.json"]
    first = manifest["files"][0]
    assert (first["articles"], first["copies"]) == ([talks.id], [c.id for c in talks.copies])
    mirror = f"<{DOC}mirror-2025-05-12-eu-japan>"
    assert mirror in (tmp_path / "shards" / first["file"]).read_text()
    corpus = [f for f in manifest["files"] if f["kind"] == "corpus"]
    assert len(corpus) > 2 and len({f["file"] for f in corpus}) == len(corpus)
    for f in corpus:
        text = (tmp_path / "shards" / f["file"]).read_text()
        subjects = Counter(line.split(" ", 1)[0] for line in text.splitlines())
        assert f["triples"] <= 40 or len(subjects) == 1  # only a subject bigger than the cut
    union = sum((lines(tmp_path / "shards" / f["file"]) for f in manifest["files"]), Counter())
    assert union == Counter(to_ntriples(triples).splitlines())


def test_a_negative_shard_is_refused_before_anything_is_read(tmp_path, capsys) -> None:
    with pytest.raises(KgError, match="shard=-1"):
        kg.build([tmp_path], shard=-1)
    with pytest.raises(SystemExit):
        main(["build", str(tmp_path), "--shard", "-1"])
    assert "argument --shard: '-1' is not a whole number of at least 0" in capsys.readouterr().err


def test_an_update_keeps_sharding_and_the_cli_lists_the_shards_in_one_line(
    sample_build, tmp_path, capsys
) -> None:
    out = tmp_path / "out"
    shutil.copytree(sample_build[1], out)
    first, second = (d.id for d in sample_build[0].documents[:2])
    assert main(["build", "--update", str(out), "--remove", first, "--shard", "4"]) == 0
    shown = capsys.readouterr().out
    assert f"wrote {out}/shards/manifest.json and the 3 shard files it lists\n" in shown
    assert "articles-" not in shown
    assert main(["build", "--update", str(out), "--remove", second, "-q"]) == 0  # kept
    manifest = json.loads((out / "shards" / "manifest.json").read_text())
    assert [len(f["articles"]) for f in manifest["files"]] == [4, 1, 0]


def test_oxigraph_load_reads_the_shards_into_a_store(two, tmp_path) -> None:
    """One shard, then the others in one parallel call, as docs/cluster.md loads them."""
    exe = need_tool("oxigraph", "pip: oxigraph")
    out, manifest = two
    store = tmp_path / "store"

    def count() -> int:
        query = "SELECT (COUNT(*) AS ?n) WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"
        done = subprocess.run(
            [exe, "query", "--location", str(store), "--query", query, "--results-format", "tsv"],
            capture_output=True, text=True, timeout=120, check=True,
        )  # fmt: skip
        return int(done.stdout.split()[-1].split("^^")[0].strip('"'))

    def load(files: list[dict]) -> None:
        paths = [str(out / "shards" / f["file"]) for f in files]
        subprocess.run([exe, "load", "--location", str(store), "--file", *paths],
                       capture_output=True, timeout=300, check=True)  # fmt: skip

    nt = [f for f in manifest["files"] if f["format"] == "nt"]
    load(nt[:1])
    assert count() == nt[0]["triples"]
    load(nt[1:])
    assert count() == manifest["triples"]
    shutil.rmtree(store)
    load([f for f in manifest["files"] if f["format"] == "trig"])  # into named graphs
    assert count() == manifest["triples"]
