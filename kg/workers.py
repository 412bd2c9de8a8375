"""Run tasks in worker processes that may die, and get every result back in task order.

A worker process can be killed (``kill -9``, the OOM killer) or crash (a segfault in a
native library) in the middle of a task. The standard process pool then fails every
task it held with ``BrokenProcessPool`` and cannot be used again; left to itself, a
build would stop with a traceback, or hang on a worker that is still writing to its
pipe. :func:`run` turns such a death into a retry: each task that was lost runs once
more in a process of its own (a death there is the task's own fault, not a neighbour's);
a task that dies again is split in halves, each retried alone, until the one item
that kills its process is found and reported as :class:`Died`. Everything else is
built.

Work goes through the standard :class:`concurrent.futures.Executor` shape (``submit``
and futures), so a cluster's executor (Dask ``distributed``'s ``client.get_executor()``)
can be passed in instead of the local pool and share this one code path; the cluster
reschedules a lost task itself and gives up with ``KilledWorker``, which counts as a
death here.

Workers keep the default SIGTERM action and ignore SIGINT: the main process handles
Ctrl-C and SIGTERM, and on any interrupt or failure it terminates and reaps every
worker it started before it returns, so no process is left behind.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Executor, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from itertools import chain, islice
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")
STOP_GRACE = 5.0  # seconds a terminated worker gets before it is killed


@dataclass(frozen=True)
class Died:
    """A task whose worker process died twice, the second time in a process of its own."""

    how: str  # "signal 9", "exit status 3", or why it is not known

    def __str__(self) -> str:
        return self.how


@dataclass(frozen=True)
class _Piece(Generic[T]):
    """A task, or a part of one after a split; ``key`` orders the parts of a task."""

    key: tuple[int, ...]
    task: T
    alone: bool  # a retry: in a process of its own


def worker_init() -> None:
    """Undo what a forked worker inherits of the main process's signal handling.

    kg's SIGTERM handler raises KeyboardInterrupt; in a worker that turns the pool's
    own ``terminate()`` into a traceback, or into a worker stuck writing the exception
    to a pipe nobody reads. Ctrl-C goes to the whole process group, and only the main
    process should act on it.
    """
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _context() -> multiprocessing.context.BaseContext:
    """Fork where there is fork, so workers inherit the models the main process loaded."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _processes(pool: Executor) -> list[BaseProcess]:
    """The worker processes of a local pool (the standard pool has no public way to
    reach them, and they are needed to stop them and to read how one died)."""
    return list((getattr(pool, "_processes", None) or {}).values())


def _how(process: BaseProcess | None) -> str:
    """How a worker process ended, as the error line says it."""
    code = None
    if process is not None:
        # a broken pool's own thread reaps its processes; the status it reads is stored
        # a moment after the reap, and a poll from here in that moment finds no child
        # (ECHILD) and says None: wait for the stored status, or a busy machine
        # reports a known exit as unknown
        deadline = time.monotonic() + STOP_GRACE
        process.join(STOP_GRACE)
        while (code := process.exitcode) is None and time.monotonic() < deadline:
            time.sleep(0.01)
    if code is None:
        return "cause not known"
    if code < 0:
        return f"signal {-code}"
    return f"exit status {code}"


def _stop(pool: Executor) -> None:
    """Terminate a local pool's workers, kill the ones that do not go, and reap them."""
    processes = _processes(pool)
    # the first shutdown forgets the pool's manager thread, so the second cannot join
    # it: keep it here, and join it last, so that no thread still reaps a worker
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        process.terminate()
    for process in processes:
        process.join(STOP_GRACE)
        if process.is_alive():
            process.kill()
            process.join()
    pool.shutdown(wait=True)
    if manager is not None:
        manager.join(STOP_GRACE)


class _Local:
    """Process pools on this machine: one shared pool for first attempts, replaced
    when a death breaks it, and a pool of one process for every retry."""

    def __init__(self, jobs: int) -> None:
        self.jobs = jobs
        self.context = _context()
        self.shared: ProcessPoolExecutor | None = None
        self.pools: set[ProcessPoolExecutor] = set()

    def _pool(self, workers: int) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(workers, mp_context=self.context, initializer=worker_init)
        self.pools.add(pool)
        return pool

    def submit(self, fn: Callable, piece: _Piece) -> tuple[Future, Executor, BaseProcess | None]:
        if piece.alone:
            pool = self._pool(1)
            future = pool.submit(fn, piece.task)
            return future, pool, (_processes(pool) or [None])[0]
        if self.shared is None:
            self.shared = self._pool(self.jobs)
        try:
            return self.shared.submit(fn, piece.task), self.shared, None
        except BrokenProcessPool:  # a worker died between two tasks: a fresh pool
            self.done(self.shared, broken=True)
            self.shared = self._pool(self.jobs)
            return self.shared.submit(fn, piece.task), self.shared, None

    def done(self, pool: Executor, broken: bool) -> None:
        """A task of ``pool`` ended; a retry's pool or a broken pool is closed."""
        if pool is self.shared and broken:
            self.shared = None
        if pool is not self.shared and pool in self.pools:
            self.pools.discard(pool)
            _stop(pool) if broken else pool.shutdown(wait=True)

    def close(self, failed: bool) -> None:
        for pool in list(self.pools):
            _stop(pool) if failed else pool.shutdown(wait=True)
        self.pools.clear()
        self.shared = None


class _Given:
    """An executor from outside (a cluster's): every attempt goes to it, and it is
    left running for its owner."""

    def __init__(self, executor: Executor) -> None:
        self.executor = executor

    def submit(self, fn: Callable, piece: _Piece) -> tuple[Future, Executor, BaseProcess | None]:
        return self.executor.submit(fn, piece.task), self.executor, None

    def done(self, pool: Executor, broken: bool) -> None:
        pass

    def close(self, failed: bool) -> None:
        pass


class Lost(Exception):
    """A task's worker went away with its result (an outside executor says so)."""


def died(exc: BaseException) -> bool:
    """Whether a task failed because its worker process went away, not by raising."""
    # distributed.KilledWorker, matched by name so that Dask stays optional
    return isinstance(exc, BrokenProcessPool | Lost) or type(exc).__name__ == "KilledWorker"


def run(
    fn: Callable[[T], R],
    tasks: Sequence[T],
    *,
    jobs: int,
    split: Callable[[T], Sequence[T]] | None = None,
    executor: Executor | None = None,
) -> Iterator[tuple[T, R | Died]]:
    """``fn(task)`` for every task in worker processes; (task, result) in task order.

    A task lost with a dead worker is retried once in a process of its own. If it dies
    there too, ``split`` (if given) cuts it into smaller tasks, each retried alone, and
    so on until a task cannot be split; such a task comes back with :class:`Died` in
    place of a result, and its parts that did not die with their results, in order.
    An exception ``fn`` raises stops the run and is raised here. On any exit (an
    interrupt, a failure, the caller closing the iterator) every worker process this
    started is terminated and reaped. ``executor`` replaces the local process pools
    (it is not shut down); ``jobs`` still bounds the tasks in flight.
    """
    pools: _Local | _Given = _Local(jobs) if executor is None else _Given(executor)
    queue: deque[_Piece] = deque(_Piece((i,), t, False) for i, t in enumerate(tasks))
    running: dict[Future, tuple[_Piece, Executor, BaseProcess | None]] = {}
    finished: dict[int, list[tuple[tuple[int, ...], T, R | Died]]] = {}
    open_parts = [1] * len(tasks)  # parts of each task not finished yet
    first = 0  # the first task not yet given back
    failed = True
    try:
        while first < len(tasks):
            _fill(fn, pools, queue, running, jobs)
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in sorted(done, key=lambda f: running[f][0].key):
                piece, pool, process = running.pop(future)
                exc = future.exception()
                pools.done(pool, broken=exc is not None and died(exc))
                if exc is not None and not died(exc):
                    raise exc
                index = piece.key[0]
                if exc is None:
                    result: R | Died = future.result()
                elif not piece.alone:  # lost with the pool: once more, alone
                    queue.appendleft(replace(piece, alone=True))
                    continue
                elif len(parts := list(split(piece.task)) if split else []) > 1:
                    open_parts[index] += len(parts) - 1
                    queue.extendleft(
                        _Piece((*piece.key, j), part, True)
                        for j, part in reversed(list(enumerate(parts)))
                    )
                    continue
                else:  # a cluster's worker: no process here, the exception names it
                    result = Died(_how(process) if process is not None else type(exc).__name__)
                finished.setdefault(index, []).append((piece.key, piece.task, result))
                open_parts[index] -= 1
            while first < len(tasks) and not open_parts[first]:
                for _, task, result in sorted(finished.pop(first), key=lambda x: x[0]):
                    yield task, result
                first += 1
        failed = False
    finally:
        pools.close(failed)


def _fill(
    fn: Callable,
    pools: _Local | _Given,
    queue: deque[_Piece],
    running: dict[Future, tuple[_Piece, Executor, BaseProcess | None]],
    jobs: int,
) -> None:
    """Submit queued pieces: up to ``jobs`` retries at once, each alone, and no new first
    attempt while a retry waits (the earliest tasks hold the results back), at most
    two per worker in flight so that a broken pool loses few."""
    while queue:
        piece = queue[0]
        retries = sum(p.alone for p, _, _ in running.values())
        if piece.alone and retries >= jobs:
            return
        if not piece.alone and (retries or len(running) >= 2 * jobs):
            return
        queue.popleft()
        future, pool, process = pools.submit(fn, piece)
        running[future] = (piece, pool, process)


class Aside:
    """Writers run in a forked process of their own while the caller goes on.

    A build with a second process (``--jobs``) left it idle once the parse was done: the
    view and the event cards, which read the built result and not the graph's triples,
    were written one after the other with the triples. Forked, the process has the
    result as it is, with nothing to pickle. :meth:`join` waits for it; a writer that
    failed there, or was lost with its process, runs again in the caller, so its error
    (and its file) is the caller's, as without this. Used as a context manager, the
    process is stopped if the caller fails first.

    ``shared`` writers are written by whichever of the two is free first (:meth:`share`
    in the caller): which one finishes its own part first depends on the corpus (on 120
    BBC politics articles the view took twice the triples' time, on all 417 less).
    """

    def __init__(
        self,
        writers: dict[str, Callable],
        result: object,
        folder: Path,
        settings: object,
        shared: dict[str, Callable] | None = None,
    ) -> None:
        self.writers, self.result, self.folder, self.settings = writers, result, folder, settings
        self.shared = dict(shared or {})
        self._shared_done: dict[str, float] = {}  # the shared writers the caller wrote
        # a shared writer is taken by reading its index, one byte, from a pipe whose
        # writing end is closed: a read of one byte is atomic between processes, needs
        # no lock (a process killed holding one would hang the other), and an empty
        # pipe reads as its end
        self._tokens, fill = os.pipe()
        os.write(fill, bytes(range(len(self.shared))))
        os.close(fill)
        self.process: BaseProcess | None = None
        if writers and "fork" in multiprocessing.get_all_start_methods():
            context = multiprocessing.get_context("fork")
            self.receive, send = context.Pipe(duplex=False)
            self.process = context.Process(target=self._write, args=(send,), daemon=True)
            self.process.start()
            send.close()

    def _write(self, send) -> None:
        """In the forked process: each writer in turn, then the seconds of those done."""
        worker_init()
        done: dict[str, float] = {}
        try:
            for name, writer in self.writers.items():
                t0 = time.perf_counter()
                writer(self.result, self.folder / name, self.settings)
                done[name] = time.perf_counter() - t0
            while (name := self._take()) is not None:
                t0 = time.perf_counter()
                self.shared[name](self.result, self.folder / name, self.settings)
                done[name] = time.perf_counter() - t0
        except BaseException:  # noqa: BLE001 - the caller runs it again and meets the error
            pass
        finally:
            send.send(done)
            send.close()
            os._exit(0)  # no cleanup of what the parent owns (its pools, its files)

    def _take(self) -> str | None:
        """The next shared writer neither process has taken, now taken; None when none
        is left."""
        taken = os.read(self._tokens, 1) if self._tokens >= 0 else b""
        return list(self.shared)[taken[0]] if taken else None

    def share(self) -> None:
        """In the caller, its own work done: the shared writers the process beside has
        not taken (all of them without one). An error is the caller's, as in one process."""
        while (name := self._take()) is not None:
            t0 = time.perf_counter()
            self.shared[name](self.result, self.folder / name, self.settings)
            self._shared_done[name] = time.perf_counter() - t0

    def join(self) -> dict[str, float]:
        """Wait for the writers; their seconds by output name (the shared ones' too,
        wherever they were written)."""
        self.share()  # what is left, if the caller did not
        done: dict[str, float] = {}
        if self.process is not None:
            try:
                done = self.receive.recv()
            except (EOFError, OSError):  # the process died before it could say
                done = {}
            self.process.join()
            self.receive.close()
            self.process = None
        self._close_tokens()
        done.update(self._shared_done)
        for name, writer in {**self.writers, **self.shared}.items():
            if name not in done:
                for torn in self.folder.glob(f".{name}.*.tmp"):  # a write cut off there
                    torn.unlink(missing_ok=True)
                t0 = time.perf_counter()
                writer(self.result, self.folder / name, self.settings)
                done[name] = time.perf_counter() - t0
        return done

    def __enter__(self) -> Aside:
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:  # the caller failed before it joined
            self.process.terminate()
            self.process.join(STOP_GRACE)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()
            self.process = None
        self._close_tokens()

    def _close_tokens(self) -> None:
        if self._tokens >= 0:
            os.close(self._tokens)
            self._tokens = -1


HALVES_BATCH = 4096  # results the process beside pickles at a time (see halves)
# Fewer items than this are weighed in the caller alone: a fork of the main process
# (some 20 ms with the model loaded) costs more than they do.
HALVES_FROM = 256


def halves(
    fn: Callable[[T], R | None], items: Callable[[], Iterable[T]], processes: int
) -> Iterator[R]:
    """``fn(item)`` for every item of ``items()``, the results that are not None; with
    ``processes`` > 1, every other item in a forked process beside the caller.

    The serial end of a two-process build (merging's and linking's weighing of pairs,
    after the parse) left a core idle: each pair is weighed alone, so the two halves
    of the pairs are weighed at once. The caller's results come first, then those of
    the process beside, so ``fn``'s results must not depend on the order (the callers
    sort them). ``items`` is called once (its first items are taken before the fork, so
    a generator's setup runs once); both processes go on reading their copies of it, so
    what it reads must not move a shared file's offset (``os.pread``). The process
    beside writes its results, a batch at a time, to an unnamed file; if it fails or is
    lost, the caller weighs its half too, from ``items()`` called again.
    """
    source = iter(items())
    head = list(islice(source, HALVES_FROM))  # a generator's setup runs once, here
    every = chain(head, source)
    if (
        len(head) < HALVES_FROM
        or processes < 2
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        yield from (r for r in map(fn, every) if r is not None)
        return
    out = tempfile.TemporaryFile()  # noqa: SIM115 - closed below
    child = multiprocessing.get_context("fork").Process(
        target=_other_half, args=(fn, every, out), daemon=True
    )
    try:
        child.start()
        for k, item in enumerate(every):
            if not k % 2 and (r := fn(item)) is not None:
                yield r
        child.join()
        done = child.exitcode == 0
        out.seek(0)
        batches: list[list[R]] = []
        while done:
            try:
                batch = pickle.load(out)
            except EOFError:  # no end mark: cut off
                done = False
                break
            if batch is None:
                break
            batches.append(batch)
        if done:
            for batch in batches:
                yield from batch
        else:  # the caller weighs the other half itself
            batches.clear()
            for k, item in enumerate(items()):
                if k % 2 and (r := fn(item)) is not None:
                    yield r
    finally:
        if child.is_alive():  # the caller stopped first
            child.terminate()
            child.join(STOP_GRACE)
            if child.is_alive():
                child.kill()
                child.join()
        out.close()


def _other_half(fn: Callable, every: Iterator, out) -> None:
    """In the forked process of :func:`halves`: the odd items' results, in batches, then
    an end mark (None)."""
    worker_init()
    code = 1
    try:
        batch = []
        for k, item in enumerate(every):
            if k % 2 and (r := fn(item)) is not None:
                batch.append(r)
                if len(batch) >= HALVES_BATCH:
                    pickle.dump(batch, out, pickle.HIGHEST_PROTOCOL)
                    batch = []
        if batch:
            pickle.dump(batch, out, pickle.HIGHEST_PROTOCOL)
        pickle.dump(None, out)
        out.flush()
        code = 0
    except BaseException:  # noqa: BLE001 - the caller weighs this half again
        pass
    finally:
        os._exit(code)  # no cleanup of what the parent owns
