"""The view and the cards written beside the graph when a build has a second process
(issue 24: a two-process build sat on one core for its whole export).

With ``--jobs 2`` the main process writes the triples' formats while a forked process
writes graph.html and events.md; the files must be those one process writes, a
failure there must be the build's own failure, and nothing may be left running.
"""

from __future__ import annotations

import os
import time
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
