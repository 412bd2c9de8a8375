"""Parse and extract on a Dask cluster (``kg build --cluster ADDRESS``).

A corpus past one machine goes to the workers of a running Dask ``distributed``
scheduler. Nothing else changes: the chunks are the ones a local build cuts, they go
through :func:`kg.workers.run` like the local pool's (one code path, the same retries),
and the client puts the results back in order, so the outputs are the local build's,
byte for byte. Resolve, link and export still run here, on the client.

Every worker process loads each model once (:func:`kg.nlp.load` is cached per process)
and, before its first task, checks that its kg, spaCy and model versions are the
client's: a worker installed apart from the client would otherwise build a slightly
different graph without a word. A mismatch stops the build with one line naming the
worker and what differs.

A worker lost mid-build (killed, out of memory) is the scheduler's to handle: it runs
the task again elsewhere, up to its ``allowed-failures`` setting, then gives up with
``KilledWorker``, which :func:`kg.workers.run` treats as a death (again alone, then
halves, then the articles named). A build never waits forever for a cluster that went
away: the scheduler lost, or no worker for :data:`NO_WORKER_GRACE` seconds, stops it
with one line.

Dask is an optional dependency (``pip install 'kg-news[cluster]'``), imported only here
and only when a cluster is named.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

import kg

from . import nlp, workers
from .errors import E, InputError, KgError
from .ingest import Limits, Located, read_file

CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler and to see a first worker
NO_WORKER_GRACE = 120.0  # seconds a build waits with no worker at all before it stops
WATCH_EVERY = 2.0  # seconds between two looks at the cluster while tasks are out

_versions_lock = threading.Lock()
_versions_seen: dict[tuple[str, ...], dict[str, str]] = {}


class VersionMismatch(KgError):
    """A worker runs other versions of kg, spaCy or a model than the client."""


class ClusterLost(KgError):
    """The scheduler went away, or every worker did for too long."""


def versions(models: Sequence[str]) -> dict[str, str]:
    """What decides the graph besides the input: kg's and spaCy's versions, and each
    model's name and version as the build's provenance states it. Loading the models
    here is also each worker process's one load of them (cached, once per process)."""
    key = tuple(models)
    with _versions_lock:  # two threads of one worker load a model once, not twice
        if key not in _versions_seen:
            import spacy

            from .pipeline import _model_label

            found = {"kg": kg.__version__, "spaCy": spacy.__version__}
            for name in models:
                found[f"model {name}"] = _model_label(nlp.load(name))
            _versions_seen[key] = found
        return _versions_seen[key]


def _differences(worker: str, here: dict[str, str], there: dict[str, str]) -> str | None:
    """One line naming the worker and every version it does not share, or None."""
    differ = [
        f"{name} {there.get(name, 'missing')} there, {value} here"
        for name, value in here.items()
        if there.get(name) != value
    ]
    if not differ:
        return None
    return E.CLUSTER_VERSIONS.format(worker=worker, differ="; ".join(differ))


class Checked:
    """A task function that first checks the worker's versions against the client's.

    The check at connection time sees the workers then; this one also sees a worker
    that joined or was restarted later. It costs a dictionary lookup after the first
    task of each worker process."""

    def __init__(self, fn: Callable[[Any], Any], expected: dict[str, str]) -> None:
        self.fn = fn
        self.expected = expected
        self.__name__ = getattr(fn, "__name__", "task")  # the task's name on the dashboard
        self.models = tuple(n.removeprefix("model ") for n in expected if n.startswith("model "))

    def __call__(self, task: Any) -> Any:
        from distributed import get_worker

        problem = _differences(get_worker().address, self.expected, versions(self.models))
        if problem:
            raise VersionMismatch(problem)
        return self.fn(task)


class _Executor(Executor):
    """``concurrent.futures`` futures over a Dask client's, for :func:`kg.workers.run`.

    Unlike ``client.get_executor()``, a task sent again is a new task (``pure=False``:
    a retry must not get the old failure back under the same key), a future cancelled
    because the scheduler went away fails with :class:`ClusterLost` instead of leaving
    a bare ``CancelledError``, and a watcher fails every open future if the cluster is
    gone, so the build never waits forever."""

    def __init__(self, client: Any, address: str, grace: float = NO_WORKER_GRACE) -> None:
        self.client = client
        self.address = address
        self.grace = grace
        self.lock = threading.Lock()
        self.open: dict[Future, Any] = {}  # our future -> the client's
        self.closed = threading.Event()
        self.watcher: threading.Thread | None = None

    def submit(self, fn: Callable, /, *args: Any, **kwargs: Any) -> Future:
        outer: Future = Future()
        outer.set_running_or_notify_cancel()
        inner = self.client.submit(fn, *args, pure=False, **kwargs)
        with self.lock:
            self.open[outer] = inner
            if self.watcher is None:
                self.watcher = threading.Thread(target=self._watch, daemon=True)
                self.watcher.start()
        inner.add_done_callback(partial(self._settle, outer))
        return outer

    def _settle(self, outer: Future, inner: Any) -> None:
        """The client's future is done: pass on its result or its failure."""
        with self.lock:
            if self.open.pop(outer, None) is None:
                return  # already failed by the watcher
        if inner.status == "cancelled":
            outer.set_exception(ClusterLost(E.CLUSTER_LOST.format(address=self.address)))
        elif inner.status == "error":  # the task's own exception, or KilledWorker
            outer.set_exception(inner.exception())
        else:
            try:
                outer.set_result(inner.result())
            except Exception as exc:  # noqa: BLE001 - lost on its way back with its worker
                outer.set_exception(workers.Lost(f"{type(exc).__name__}: {exc}"))

    def _watch(self) -> None:
        """Fail every open future when the scheduler is gone or no worker is left."""
        alone_since: float | None = None
        while not self.closed.wait(WATCH_EVERY):
            with self.lock:
                if not self.open:
                    alone_since = None
                    continue
            problem = None
            if self.client.status not in ("running", "connecting", "newly-created"):
                problem = E.CLUSTER_LOST.format(address=self.address)
            else:
                try:
                    count = len(self.client.scheduler_info()["workers"])
                except Exception:  # noqa: BLE001 - a lost scheduler shows as a failed call
                    count = -1
                now = time.monotonic()
                if count > 0:
                    alone_since = None
                elif alone_since is None:
                    alone_since = now
                elif now - alone_since >= self.grace:
                    problem = E.CLUSTER_NO_WORKERS.format(
                        address=self.address, seconds=round(self.grace)
                    )
            if problem:
                self._fail_all(problem)

    def _fail_all(self, problem: str) -> None:
        with self.lock:
            lost, self.open = self.open, {}
        for outer, inner in lost.items():
            inner.cancel()
            outer.set_exception(ClusterLost(problem))

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self.closed.set()
        if cancel_futures:
            with self.lock:
                for inner in self.open.values():
                    inner.cancel()


def _check_address(address: str) -> None:
    """Refuse an address Dask cannot use before a client is made of it: a client that
    fails on one is left half made, and its clean-up prints a traceback at exit."""
    from distributed.comm import get_address_host_port, parse_address
    from distributed.comm.registry import get_backend

    try:
        scheme = parse_address(address)[0]
        get_backend(scheme)
        if scheme != "inproc":  # a cluster in this very process (a notebook's) has no port
            get_address_host_port(address)
    except ValueError as exc:
        raise KgError(E.CLUSTER_BAD_ADDRESS.format(address=address, msg=exc)) from None


class Cluster:
    """A connection to a Dask scheduler whose workers were checked, for one build."""

    def __init__(self, address: str, models: Iterable[str], grace: float = NO_WORKER_GRACE):
        try:
            from distributed import Client
        except ImportError:
            raise KgError(E.CLUSTER_NO_DASK) from None
        self.address = address
        self.models = tuple(dict.fromkeys(models))
        self.expected = versions(self.models)
        _check_address(address)
        try:
            self.client = Client(address, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise KgError(E.CLUSTER_UNREACHABLE.format(address=address, msg=exc)) from None
        try:
            self._check()
        except BaseException:
            self.client.close()
            raise
        self.executor = _Executor(self.client, address, grace)

    def _check(self) -> None:
        """Every worker there now has the client's versions (and loads the models)."""
        try:
            self.client.wait_for_workers(1, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError):
            raise KgError(
                E.CLUSTER_NO_WORKERS.format(address=self.address, seconds=round(CONNECT_TIMEOUT))
            ) from None
        found = self.client.run(versions, self.models, on_error="return")
        for worker, there in sorted(found.items()):
            if isinstance(there, BaseException):
                raise KgError(E.CLUSTER_WORKER_FAILED.format(worker=worker, msg=there))
            problem = _differences(worker, self.expected, there)
            if problem:
                raise VersionMismatch(problem)

    @property
    def threads(self) -> int:
        """Tasks the workers run at once: the cluster's share of ``--jobs``."""
        info = self.client.scheduler_info()["workers"].values()
        return max(1, sum(int(w.get("nthreads", 1)) for w in info))

    def task(self, fn: Callable[[Any], Any]) -> Checked:
        """``fn`` as a cluster task: it checks its worker's versions first."""
        return Checked(fn, self.expected)

    def read_files(
        self, files: Sequence[tuple[Path, str]], limits: Limits
    ) -> Iterator[list[Located]]:
        """Each file read by a worker (shared storage), in order: one task per file.

        The worker reads the absolute path but names the articles after the path as
        given, so ids, sources and messages are those of a local read. A file whose
        worker died twice is one error for the file."""
        tasks = [(path, path.absolute(), limits, folder) for path, folder in files]
        done = workers.run(self.task(_read_task), tasks, jobs=self.threads, executor=self.executor)
        for (path, _, _, _), outcome in done:
            if isinstance(outcome, workers.Died):
                yield [(InputError(str(path), E.WORKER_DIED.format(how=outcome)), None)]
            else:
                yield outcome

    def close(self) -> None:
        self.executor.shutdown(cancel_futures=True)
        self.client.close()


def _read_task(task: tuple[Path, Path, Limits, str]) -> list[Located]:
    path, where, limits, folder = task
    return read_file(path, limits, where, folder)


@contextmanager
def connected(address: str | None, models: Iterable[str]) -> Iterator[Cluster | None]:
    """The cluster at ``address`` for the length of a build (None: no cluster)."""
    if not address:
        yield None
        return
    cluster = Cluster(address, models)
    try:
        yield cluster
    finally:
        cluster.close()
