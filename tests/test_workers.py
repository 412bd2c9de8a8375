"""Worker processes that die (``kill -9``, a crash, the OOM killer) during ``--jobs N``.

The build must not stop or hang because one worker went away: what it held is retried
in a process of its own, an article that kills its worker every time is named as failed,
the rest are built. An interrupt of the main process stops every worker at once, and
workers leave signal handling to the main process. Builds that could hang run in a
subprocess with a timeout, so a hang fails the test instead of blocking the run.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_DATE

from kg import workers
from kg.config import Settings

MARKER = "Ostravec"  # the one article that kills its worker names this harbour town
TIMEOUT = 240  # seconds a build in a subprocess gets; a hang fails instead of blocking

STORIES = [
    ("Anna Berglund", "the transport ministry", "Malmo", "a new rail link to the coast"),
    ("Pieter de Vries", "the port authority", "Rotterdam", "longer opening hours at the docks"),
    ("Maria Costa", "the health ministry", "Lisbon", "a vaccination drive in the schools"),
    ("Tomas Novak", "the city council", "Brno", "a ban on diesel buses by 2030"),
    ("Leila Haddad", "the energy regulator", "Marseille", "a cap on winter gas prices"),
    ("Jonas Keller", "the finance ministry", "Zurich", "a review of bank capital rules"),
    ("Elena Petrova", "the education board", "Sofia", "free meals for primary pupils"),
    ("Owen Price", "the water company", "Cardiff", "a hosepipe ban for the summer"),
    ("Ines Moreau", "the farmers' union", "Lyon", "a protest against new import quotas"),
    ("Karl Lindqvist", "the police", "Uppsala", "more patrols in the old town"),
]


def articles(folder: Path) -> Path:
    """Ten short news items; the seventh is set in ``MARKER``, the killing article."""
    folder.mkdir()
    for number, (name, body, city, plan) in enumerate(STORIES, 1):
        town = MARKER if number == 7 else city
        text = (
            f"{name} of {body} announced {plan} in {town} on Tuesday.\n\n"
            f'"This is what people here have asked for," {name} told reporters. '
            f"Critics in {town} said the plan came too late and would cost too much.\n"
        )
        (folder / f"story{number:02d}.txt").write_text(text, encoding="utf-8")
    return folder


# Runs one build in a fresh interpreter. extract_document is replaced before the build,
# so forked workers inherit the replacement: "always" kills the worker on the MARKER
# article every time, "once" only the first time (a flag file remembers), "stall" makes
# every worker write its pid and sleep, "none" changes nothing.
SCRIPT = textwrap.dedent(
    """
    import json, os, signal, sys, time
    from datetime import date
    from pathlib import Path
    import kg.pipeline as pipeline
    from kg.cli import main

    mode, marker, flag, jobs, src, out = sys.argv[1:]
    real = pipeline.extract_document

    def extract(parsed, document, **kwargs):
        if mode == "stall":
            Path(flag, str(os.getpid())).touch()
            time.sleep(120)
        if marker in document.text and mode in ("always", "once"):
            if mode == "always" or not os.path.exists(flag):
                Path(flag).touch()
                os.kill(os.getpid(), signal.SIGKILL)
        return real(parsed, document, **kwargs)

    pipeline.extract_document = extract
    if mode == "stall":
        sys.exit(main(["build", src, "-o", out, "--jobs", jobs, "-q"]))
    published = date.fromisoformat("{date}")
    result = pipeline.build([src], out, jobs=int(jobs), batch_size=1, published=published)
    print(json.dumps({{"documents": [d.id for d in result.documents],
                      "errors": result.errors}}))
    """
).format(date=SAMPLE_DATE)


def command(mode: str, flag: Path, jobs: int, src: Path, out: Path) -> list[str]:
    return [sys.executable, "-c", SCRIPT, mode, MARKER, str(flag), str(jobs), str(src), str(out)]


def environment() -> dict[str, str]:
    path = os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])
    return {**os.environ, "PYTHONPATH": path, "SOURCE_DATE_EPOCH": "1700000000"}


def built(mode: str, tmp_path: Path, jobs: int, name: str) -> dict:
    """Build the articles in a subprocess; what it built and the errors it reported."""
    src = tmp_path / "articles"
    done = subprocess.run(
        command(mode, tmp_path / "flag", jobs, src, tmp_path / name),
        capture_output=True,
        text=True,
        env=environment(),
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}  # fmt: skip


def test_an_article_that_kills_its_worker_is_named_and_the_rest_is_built(tmp_path):
    articles(tmp_path / "articles")
    report = built("always", tmp_path, 2, "out")
    assert sorted(report["documents"]) == [f"story{n:02d}" for n in range(1, 11) if n != 7]
    assert len(report["errors"]) == 1
    path = tmp_path / "articles" / "story07.txt"
    assert report["errors"][0].startswith(f"{path}: worker process died (signal 9) twice")
    assert (tmp_path / "out" / "graph.ttl").exists()


def test_a_worker_killed_once_is_retried_and_the_build_equals_one_process(tmp_path):
    articles(tmp_path / "articles")
    report = built("once", tmp_path, 2, "two")
    assert (tmp_path / "flag").exists()  # a worker was killed
    assert report["errors"] == []
    assert sorted(report["documents"]) == [f"story{n:02d}" for n in range(1, 11)]
    built("none", tmp_path, 1, "one")
    assert files(tmp_path / "two") == files(tmp_path / "one")


def _alive(pid: int) -> bool:
    """Whether the process exists at all (a zombie not reaped counts)."""
    return Path(f"/proc/{pid}").exists()


def test_sigterm_stops_a_parallel_build_at_once_and_leaves_no_worker(tmp_path):
    src = articles(tmp_path / "articles")
    pids = tmp_path / "pids"
    pids.mkdir()
    main = subprocess.Popen(
        command("stall", pids, 2, src, tmp_path / "out"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(),
    )
    try:
        deadline = time.monotonic() + TIMEOUT
        while len(list(pids.iterdir())) < 2 and main.poll() is None:
            assert time.monotonic() < deadline, "the workers never started"
            time.sleep(0.2)
        started = [int(p.name) for p in pids.iterdir()]
        main.send_signal(signal.SIGTERM)
        _, stderr = main.communicate(timeout=15)  # the workers sleep for 120 s
    finally:
        main.kill()
        for pid in [int(p.name) for p in pids.iterdir()]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
    assert main.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    assert len(started) == 2
    assert not [pid for pid in started if _alive(pid)]
    assert not (tmp_path / "out" / "graph.ttl").exists()


def _handlers(documents, model, batch_size, keep_state):
    """Stands in for a chunk's work: which signal handlers the worker runs with."""
    term = signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    interrupt = signal.getsignal(signal.SIGINT) == signal.SIG_IGN
    return [f"{d.id}: default SIGTERM {term}, SIGINT ignored {interrupt}" for d in documents], {}


def test_workers_do_not_inherit_the_main_process_signal_handlers(tmp_path, monkeypatch):
    from kg import pipeline

    documents, errors, _ = pipeline._ingest([articles(tmp_path / "articles")], Settings(), {})
    assert len(documents) == 10 and not errors
    monkeypatch.setattr(pipeline, "_analyse_chunk", _handlers)
    before = signal.signal(signal.SIGTERM, lambda signum, frame: None)  # as kg.cli.main does
    try:
        outcomes = list(pipeline.analyse(documents, Settings(jobs=2), {}))
    finally:
        signal.signal(signal.SIGTERM, before)
    assert outcomes == [f"{d.id}: default SIGTERM True, SIGINT ignored True" for d in documents]


def _exits_on_five(numbers: list[int]) -> list[int]:
    if 5 in numbers:
        os._exit(3)
    return [n * n for n in numbers]


def _halves(numbers: list[int]) -> list[list[int]]:
    middle = (len(numbers) + 1) // 2
    return [part for part in (numbers[:middle], numbers[middle:]) if part]


def test_run_isolates_the_item_that_kills_its_process_and_keeps_the_order():
    before = _children()
    tasks = [[1, 2, 3], [4, 5, 6, 7], [8], [9, 10]]
    done = list(workers.run(_exits_on_five, tasks, jobs=2, split=_halves))
    assert [task for task, _ in done] == [[1, 2, 3], [4], [5], [6, 7], [8], [9, 10]]
    assert [str(r) if isinstance(r, workers.Died) else r for _, r in done] == [
        [1, 4, 9], [16], "exit status 3", [36, 49], [64], [81, 100]
    ]  # fmt: skip
    assert not _children() - before


def _children() -> set[int]:
    """This process's children: a worker left behind is one more than before the run
    (a server or browser a session fixture started is a child too, before and after)."""
    return {int(p) for p in os.listdir("/proc") if p.isdigit() and _child(int(p))}


def _child(pid: int) -> bool:
    """Whether ``pid`` is a child of this process (a worker left behind)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return f"PPid:\t{os.getpid()}\n" in status


def _fails(numbers: list[int]) -> list[int]:
    raise ValueError(f"a bug at {numbers}")


def test_an_error_raised_by_a_task_stops_the_run_and_every_worker():
    before = _children()
    with pytest.raises(ValueError, match="a bug at"):
        list(workers.run(_fails, [[1], [2], [3]], jobs=2))
    assert not _children() - before


def _square(numbers: list[int]) -> list[int]:
    return [n * n for n in numbers]


def test_run_takes_an_executor_from_outside_and_leaves_it_open():
    """The way a cluster's executor comes in (issue #22): same order, not shut down."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(2) as executor:
        done = list(workers.run(_square, [[3], [1, 2], [4]], jobs=2, executor=executor))
        assert done == [([3], [9]), ([1, 2], [1, 4]), ([4], [16])]
        assert executor.submit(_square, [5]).result() == [25]
