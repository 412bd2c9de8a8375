"""The view and the cards written beside the graph when a build has a second process
(issue 24: a two-process build sat on one core for its whole export).

With ``--jobs 2`` the main process writes the triples' formats while a forked process
writes graph.html and events.md; the files must be those one process writes, a
failure there must be the build's own failure, and nothing may be left running.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest

import kg
from kg import workers
from kg.export import cards, html

TEXT = (
    "Harbour workers in Rotterdam walked out on Monday over pay, the Dock Union said. "
    '"We will stay out until the port authority talks to us," union leader Anna Vries '
    "told reporters outside the terminal.\n\n"
    "The port authority said it had offered a 3 percent rise and accused the union of "
    "blocking ships carrying medicine. Police arrested two protesters who blocked the "
    "main gate on Tuesday, and talks are due to resume in The Hague on Friday.\n"
)
PUBLISHED = date(2026, 11, 12)


def _texts(folder: Path) -> dict[str, bytes]:
    """Every file of a build, void.ttl without its clock times."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != "lock":
            data = path.read_bytes()
            if path.name == "void.ttl":
                data = b"\n".join(
                    line
                    for line in data.splitlines()
                    if b"Time " not in line and b"created" not in line
                )
            out[str(path.relative_to(folder))] = data
    return out


def test_two_processes_write_the_view_and_cards_beside_the_graph(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    (src / "port.txt").write_text(TEXT, encoding="utf-8")
    one = kg.build([src], tmp_path / "one", published=PUBLISHED, jobs=1)
    writers_at: dict[str, int] = {}
    view, deck = html.write_html, cards.write

    def where(name, write):
        def wrapped(result, path, *args, **kwargs):
            (tmp_path / f"{name}.pid").write_text(str(os.getpid()))
            return write(result, path, *args, **kwargs)

        return wrapped

    monkeypatch.setattr(html, "write_html", where("html", view))
    monkeypatch.setattr(cards, "write", where("cards", deck))
    two = kg.build([src], tmp_path / "two", published=PUBLISHED, jobs=2)
    for name in ("html", "cards"):
        writers_at[name] = int((tmp_path / f"{name}.pid").read_text())
    assert writers_at["html"] != os.getpid() and writers_at["cards"] != os.getpid()
    assert _texts(tmp_path / "one") == _texts(tmp_path / "two")
    assert [Path(f).name for f in one.files] == [Path(f).name for f in two.files]
    # the stages keep one process's order, each output timed where it was written
    stages = [k for k in one.timings if k.startswith("write ")]
    assert [k for k in two.timings if k.startswith("write ")] == stages
    assert two.timings["write graph.html"] > 0


def _pid_writer(result, path: Path, settings) -> None:
    path.write_text(str(os.getpid()))


def test_a_writer_that_fails_beside_fails_the_caller(tmp_path):
    """Raised in the forked process, the error is raised again in the caller's own run
    of the writer: a build fails as it does in one process."""
    caller = os.getpid()

    def fails_there(result, path: Path, settings) -> None:
        if os.getpid() != caller:
            raise OSError("disk full")
        raise OSError("disk full here too")

    writers = {"a.txt": _pid_writer, "b.txt": fails_there}
    with workers.Aside(writers, None, tmp_path, None) as aside, pytest.raises(OSError, match="too"):
        aside.join()
    assert int((tmp_path / "a.txt").read_text()) != caller  # the first one was done there


def test_a_writer_lost_with_its_process_is_written_by_the_caller(tmp_path):
    caller = os.getpid()

    def dies_there(result, path: Path, settings) -> None:
        if os.getpid() != caller:
            (path.parent / f".{path.name}.cut.tmp").write_text("half")  # a torn write
            os._exit(9)
        path.write_text("whole")

    with workers.Aside({"a.txt": dies_there}, None, tmp_path, None) as aside:
        spent = aside.join()
    assert (tmp_path / "a.txt").read_text() == "whole"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert set(spent) == {"a.txt"}


def test_a_caller_that_fails_first_stops_the_process_beside(tmp_path):
    def slow(result, path: Path, settings) -> None:
        time.sleep(60)

    with pytest.raises(RuntimeError), workers.Aside({"a.txt": slow}, None, tmp_path, None) as aside:
        process = aside.process
        assert process is not None and process.is_alive()
        raise RuntimeError("the graph failed")
    assert not process.is_alive() and process.exitcode is not None


def _shared(tmp_path: Path, names: Sequence[str]) -> dict[str, Callable]:
    """Shared writers that each add a line (their pid) to ``<name>.log`` and write their
    file: how often each ran, and where, is read back from the log."""

    def writer(name: str) -> Callable:
        def write(result, path: Path, settings) -> None:
            with open(tmp_path / f"{name}.log", "a", encoding="utf-8") as log:
                log.write(f"{os.getpid()}\n")
            path.write_text(name)

        return write

    return {name: writer(name) for name in names}


def _ran(tmp_path: Path, name: str) -> list[int]:
    return [int(line) for line in (tmp_path / f"{name}.log").read_text().split()]


def _wait_for(path: Path) -> None:
    deadline = time.monotonic() + 120
    while not path.exists():
        assert time.monotonic() < deadline, f"{path.name} never came"
        time.sleep(0.01)


def test_shared_writers_go_to_the_caller_while_the_process_beside_is_busy(tmp_path):
    """The view still drawing (its own writer waits for a signal here), the caller,
    done with the triples, writes every table itself: each once."""
    out = tmp_path / "out"
    out.mkdir()

    def view(result, path: Path, settings) -> None:
        _wait_for(tmp_path / "go")
        path.write_text("view")

    tables = _shared(tmp_path, ["actors.jsonl", "events.jsonl", "relations.jsonl"])
    with workers.Aside({"graph.html": view}, None, out, None, tables) as aside:
        aside.share()
        (tmp_path / "go").touch()
        spent = aside.join()
    for name in tables:
        assert _ran(tmp_path, name) == [os.getpid()]
        assert (out / name).read_text() == name
    assert set(spent) == {"graph.html", *tables}


def test_shared_writers_go_beside_while_the_caller_is_busy(tmp_path):
    """The view done first, the process beside writes the tables while the caller is
    still at its triples; the caller's share then finds none left."""
    out = tmp_path / "out"
    out.mkdir()
    tables = _shared(tmp_path, ["actors.jsonl", "events.jsonl"])
    with workers.Aside({"graph.html": _pid_writer}, None, out, None, tables) as aside:
        for name in tables:
            _wait_for(out / name)  # the caller's own work takes this long
        aside.share()
        spent = aside.join()
    beside = int((out / "graph.html").read_text())
    assert beside != os.getpid()
    for name in tables:
        assert _ran(tmp_path, name) == [beside]
    assert set(spent) == {"graph.html", *tables}


def test_a_shared_writer_lost_with_the_process_beside_is_written_by_the_caller(tmp_path):
    caller = os.getpid()
    out = tmp_path / "out"
    out.mkdir()

    def dies_there(result, path: Path, settings) -> None:
        if os.getpid() != caller:
            os._exit(9)
        path.write_text("whole")

    with workers.Aside(
        {"graph.html": _pid_writer}, None, out, None, {"a.jsonl": dies_there}
    ) as aside:
        _wait_for(out / "graph.html")
        while aside.process.is_alive():  # it takes the table, and dies in it
            time.sleep(0.01)
        spent = aside.join()
    assert (out / "a.jsonl").read_text() == "whole"
    assert set(spent) == {"graph.html", "a.jsonl"}
