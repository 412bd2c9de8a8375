"""``kg build --cluster ADDRESS`` on a real Dask cluster (issue #22).

One ``distributed.LocalCluster`` of two worker processes serves every test here: a
build on it writes the local build's bytes, in every format, whether the client or the
workers read the files; a worker killed in the middle of a task costs a retry, not an
article; a worker with other versions than the client stops the build with one line.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import dask
import pytest
from conftest import ROOT, SAMPLE_DATE, free_port
from distributed import Client, LocalCluster, WorkerPlugin

from kg import cluster, nlp, workers
from kg.cli import EXIT_FAILED, EXIT_OK, main
from kg.config import Settings
from kg.pipeline import analyse

STORIES = [
    ("Hanna Kowalska", "the port authority", "Gdansk", "a second container terminal"),
    ("Rui Almeida", "the fisheries ministry", "Porto", "new limits on sardine catches"),
    ("Sofie Jansen", "the city council", "Utrecht", "a car-free city centre by 2028"),
    ("Marek Dvorak", "the rail operator", "Plzen", "a night train to the Baltic coast"),
    ("Aisha Rahman", "the housing agency", "Leeds", "ten thousand new council homes"),
]
WIRE = [
    ("wire-1", "Tallinn", "Estonia's energy minister Kadri Tamm opened a wind farm in Tallinn."),
    ("wire-2", "Riga", "Latvian dock workers in Riga began a strike over pay on Monday."),
    ("wire-3", "Vilnius", "Lithuania's president met Polish officials in Vilnius on Friday."),
]


def articles(folder: Path) -> Path:
    """Short news items of our own: text files and a JSON Lines file of three. The last
    story sits in a section folder under a name the top level uses too, as archives do."""
    folder.mkdir()
    (folder / "regions").mkdir()
    for number, (name, body, city, plan) in enumerate(STORIES, 1):
        where = (
            folder / "regions" / "story01.txt"
            if number == len(STORIES)
            else (folder / f"story{number:02d}.txt")
        )
        where.write_text(
            f"{name} of {body} announced {plan} in {city} on Tuesday.\n\n"
            f'"People here asked for this for years," {name} told reporters. '
            f"Opponents in {city} said the plan would cost too much.\n",
            encoding="utf-8",
        )
    with (folder / "wire.jsonl").open("w", encoding="utf-8") as out:
        for doc_id, city, text in WIRE:
            out.write(json.dumps({"id": doc_id, "title": f"News from {city}", "text": text}))
            out.write("\n")
    return folder


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}  # fmt: skip


@pytest.fixture(scope="module")
def scheduler():
    """A real cluster: a scheduler and two worker processes of one thread each. A worker
    that dies fails its tasks with KilledWorker at once, so kg's own retry is what saves them."""
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0"
        ) as local,
        Client(local.scheduler_address) as client,
    ):
        yield local.scheduler_address, client


@pytest.fixture(scope="module", autouse=True)
def pinned_time():
    """void.ttl states when a build ran: pinned, so two builds can write one file."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOURCE_DATE_EPOCH", "1700000000")
        yield


@pytest.fixture(scope="module")
def local_build(tmp_path_factory) -> tuple[Path, dict[str, bytes]]:
    """The articles and what a local build of them writes, in every format."""
    root = tmp_path_factory.mktemp("local")
    src = articles(root / "articles")
    assert build_args(src, root / "out") == EXIT_OK
    return src, files(root / "out")


def build_args(src: Path, out: Path, *more: str) -> int:
    return main(
        ["build", str(src), "-o", str(out), "--format", "all", "--published", SAMPLE_DATE, "-q"]
        + list(more)
    )


@pytest.mark.parametrize("read", [[], ["--cluster-read"]], ids=["client-reads", "workers-read"])
def test_a_cluster_build_writes_the_local_build_bytes(scheduler, local_build, tmp_path, read):
    address, client = scheduler
    src, expected = local_build
    assert build_args(src, tmp_path / "out", "--cluster", address, *read) == EXIT_OK
    got = files(tmp_path / "out")
    assert sorted(got) == sorted(expected)
    assert {n for n, data in got.items() if data != expected[n]} == set()
    assert b"wire-2" in got["graph.nt"] and b"story04" in got["graph.nt"]
    assert b"regions-story01" in got["graph.nt"]  # the workers name it as the client does
    # each worker process loaded the model once (at the version check), not per chunk,
    # and not once more for the extractors' own nlp.load()
    assert nlp.load() is nlp.load(nlp.model_name())
    loads = client.run(lambda: __import__("kg.nlp").nlp._load_named.cache_info().misses)
    assert sorted(loads.values()) == [1, 1]


class _Pretend(WorkerPlugin):
    """Makes a worker look installed with another kg (what the version check reads)."""

    name = "kg-other-version"

    def setup(self, worker) -> None:
        import kg
        from kg import cluster as on_worker

        self.real = kg.__version__
        kg.__version__ = "0.0.9"
        on_worker._versions_seen.clear()

    def teardown(self, worker) -> None:
        import kg
        from kg import cluster as on_worker

        kg.__version__ = self.real
        on_worker._versions_seen.clear()


def test_a_worker_with_another_kg_version_stops_the_build_in_one_line(
    scheduler, local_build, tmp_path, capsys
):
    address, client = scheduler
    src, _ = local_build
    # a worker restarted or joined after the check: its first task finds the difference
    remote = cluster.Cluster(address, nlp.models().values())
    client.register_plugin(_Pretend())
    try:
        with pytest.raises(cluster.VersionMismatch) as caught:
            list(analyse(list(_documents(src)), Settings(), {}, on=remote))
        remote.close()
        assert "kg 0.0.9 there, 0.1.0 here" in str(caught.value)
        # a worker there when the build starts: stopped before anything is read
        capsys.readouterr()
        assert build_args(src, tmp_path / "out", "--cluster", address) == EXIT_FAILED
    finally:
        client.unregister_worker_plugin(_Pretend.name)
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1, err
    assert err[0].startswith("kg: error: Dask worker tcp://127.0.0.1:")
    assert err[0].endswith(
        "differs from this machine: kg 0.0.9 there, 0.1.0 here; install the same "
        "versions on every worker"
    )
    assert not (tmp_path / "out").exists()


def _documents(src: Path):
    from kg.ingest import read_documents

    return (d for d in read_documents([src]) if not isinstance(d, Exception))


class _KillOnce(WorkerPlugin):
    """Kills its worker process (SIGKILL, as the OOM killer does) the first time any
    worker starts to parse a chunk; the file ``flag`` says it happened."""

    name = "kg-kill-once"

    def __init__(self, flag: str) -> None:
        self.flag = flag

    def transition(self, key, start, finish, **kwargs) -> None:
        name = key if isinstance(key, str) else str(key[0])
        if finish != "executing" or not name.startswith("_analyse_task-"):
            return
        try:
            os.close(os.open(self.flag, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        except FileExistsError:
            return
        os.kill(os.getpid(), signal.SIGKILL)


def test_a_worker_killed_mid_build_costs_a_retry_not_an_article(
    scheduler, local_build, tmp_path, capsys
):
    address, client = scheduler
    src, expected = local_build
    flag = tmp_path / "killed"
    client.register_plugin(_KillOnce(str(flag)))
    try:
        code = build_args(src, tmp_path / "out", "--cluster", address, "--cluster-read")
    finally:
        client.unregister_worker_plugin(_KillOnce.name)
    assert flag.exists()  # a worker died in the middle of a task
    assert code == EXIT_OK, capsys.readouterr().err
    assert files(tmp_path / "out") == expected


def test_an_unreachable_scheduler_is_one_line(local_build, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1.0)
    src, _ = local_build
    address = f"tcp://127.0.0.1:{free_port()}"  # nothing listens there
    assert build_args(src, tmp_path / "out", "--cluster", address) == EXIT_FAILED
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 1, err
    assert err[0].startswith(f"kg: error: cannot reach the Dask scheduler at {address}: ")
    assert not (tmp_path / "out").exists()


def test_a_cluster_without_workers_stops_the_build_instead_of_waiting(
    local_build, tmp_path, capsys, monkeypatch
):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", 1.0)
    monkeypatch.setattr(cluster, "WATCH_EVERY", 0.2)
    src, _ = local_build
    with (
        LocalCluster(n_workers=0, processes=False, dashboard_address=":0") as empty,
        Client(empty.scheduler_address) as client,
    ):
        address = empty.scheduler_address
        # at the start: one line, nothing written
        assert build_args(src, tmp_path / "out", "--cluster", address) == EXIT_FAILED
        err = capsys.readouterr().err.splitlines()
        assert err == [f"kg: error: the Dask scheduler at {address} has had no worker for 1 s"]
        assert not (tmp_path / "out").exists()
        # in the middle (every worker gone for good): the tasks out fail, nothing hangs
        # (the run goes in a thread so that a hang fails the test instead of blocking it)
        executor = cluster._Executor(client, address, grace=1.0)
        raised: list[BaseException] = []

        def build_chunks() -> None:
            try:
                list(workers.run(len, ["one", "two", "three"], jobs=1, executor=executor))
            except Exception as exc:  # noqa: BLE001 - what the run raised is the answer
                raised.append(exc)

        thread = threading.Thread(target=build_chunks, daemon=True)
        thread.start()
        thread.join(60)
        executor.shutdown(cancel_futures=True)
        assert not thread.is_alive(), "the run waited for a worker that never came"
        assert [type(e) for e in raised] == [cluster.ClusterLost]
        assert str(raised[0]) == f"the Dask scheduler at {address} has had no worker for 1 s"


def test_an_address_dask_cannot_use_is_one_line_and_no_traceback(local_build, tmp_path):
    src, _ = local_build
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    command = [sys.executable, "-m", "kg.cli", "build", str(src), "-o", str(tmp_path / "out")]
    done = subprocess.run(
        [*command, "--cluster", "http://127.0.0.1:8786", "-q"],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == EXIT_FAILED
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(
        "kg: error: --cluster 'http://127.0.0.1:8786' is no Dask scheduler address ("
    )
    assert lines[0].endswith("give tcp://HOST:PORT, as `dask scheduler` prints it")
