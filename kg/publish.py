"""The output folder: one writer at a time, and a new build shown all at once.

**Lock.** ``build`` and ``update`` take an ``fcntl.flock`` on ``DIR/.kg/lock`` before
they read the state or parse anything, and hold it until they return. The kernel drops
the lock when the process ends in any way, SIGKILL included, so a dead build never
leaves a stale lock for the user to delete (a pid file would). While held, the file
says the writer's pid, for the second writer's message; it is emptied on release, so
rebuilds stay byte-identical. A second writer stops at once (``KgError``, exit 2) or,
with ``wait=True`` (``kg build --wait``), blocks until the first is done.

**All or nothing.** The new build is made complete in a sibling folder
``.DIR.kg-new-XXXXXXXX`` on the same filesystem: kg's new files, then hard links to the
entries of ``DIR`` that are not kg's (the user's own files, which kg never touches),
all synced to disk. One ``renameat2(RENAME_EXCHANGE)`` (``renamex_np(RENAME_SWAP)`` on
macOS) then swaps the two folders: before it ``DIR`` is wholly the old build, after it
wholly the new one, whatever kills the process or the machine in between. The old
folder, left at the sibling name, is removed. A pointer (``DIR/current`` -> version)
would need every reader to follow it; the exchange keeps ``DIR`` a plain folder.

**Fallback: a journal inside DIR.** Where the exchange cannot be done (no
``renameat2``, a filesystem that refuses it, a parent folder kg may not write, ``DIR``
a mount point or holding the current directory), the staging folder goes inside
``DIR`` and a journal (``DIR/.kg/journal.json``) is written once every file is: it
names the files to move in and the old ones to drop. The moves follow; a build killed
during them leaves a mix that the next writer, holding the lock, rolls forward from the
journal before it does anything else. Without a journal a staging folder is an
unfinished build and is removed (rolled back).

**Manifest.** ``DIR/.kg/manifest.json`` lists the files kg wrote, so the next build
knows its own files from the user's: kg files the new build does not write again (a
format dropped with ``--format``) are removed with the old build rather than left stale
beside the new ones. A folder without a manifest (built by an older kg) counts every
file name kg can write as kg's.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import functools
import inspect
import json
import os
import re
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from .errors import E, KgError

try:
    import fcntl
except ImportError:  # Windows: no flock; builds are not guarded against each other
    fcntl = None  # type: ignore[assignment]

KG_DIR = ".kg"
LOCK = f"{KG_DIR}/lock"
MANIFEST = f"{KG_DIR}/manifest.json"
JOURNAL = f"{KG_DIR}/journal.json"
STAGING = ".kg-staging-"  # inside DIR: the fallback's, and what kg before 0.x left
# operating-system errors that are the operator's to fix, reported in one line
OPERATOR_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EACCES, errno.EPERM}

# folder -> (lock fd, depth, the paths made for the lock), this process's locks
_held: dict[str, tuple[int, int, list[Path]]] = {}


def _step(name: str) -> None:
    """A named point between two publication steps (tests stop the process here to show
    that no step leaves a mix)."""


def _sibling_prefix(output: Path) -> str:
    return f".{output.name}.kg-new-"


def _fail(output: Path, exc: OSError) -> KgError:
    """One line for an operating-system error on the output folder."""
    where = exc.filename or output
    return KgError(E.OUTPUT_FAILED.format(output=output, path=where, msg=exc.strerror or exc))


def locked(fn: Callable) -> Callable:
    """Run ``fn`` holding the lock on its ``output`` argument (when it has one).

    The wrapped function takes one more keyword, ``wait``: block until another writer
    is done instead of stopping at once.
    """
    signature = inspect.signature(fn)

    @functools.wraps(fn)
    def run(*args, wait: bool = False, **kwargs):
        output = signature.bind_partial(*args, **kwargs).arguments.get("output")
        if output is None:
            return fn(*args, **kwargs)
        with lock(Path(output), wait=wait):
            return fn(*args, **kwargs)

    return run


@contextlib.contextmanager
def lock(output: Path, *, wait: bool = False) -> Iterator[None]:
    """Hold the output folder's writer lock (re-entrant within one process).

    Taking it also checks that the folder can be written, before any parsing, and
    clears what a killed build left: a journaled publication is finished, staging
    folders are removed.
    """
    output = Path(output)
    key = str(output.absolute())
    try:
        if key in _held:
            fd, depth, created = _held[key]
            _held[key] = (fd, depth + 1, created)
        else:
            lock_path = output.absolute() / LOCK
            created = [p for p in (lock_path, *lock_path.parents) if not os.path.lexists(p)]
            fd = _acquire(output, wait)
            _held[key] = (fd, 1, created)
    except OSError as exc:
        if exc.errno in OPERATOR_ERRNOS or exc.errno == errno.ENOTDIR:
            raise _fail(output, exc) from None
        raise
    try:
        if _held[key][1] == 1:
            try:
                real = Path(os.path.realpath(output))
                tempfile.TemporaryFile(dir=real).close()  # writable by us, not only locked
                _recover(real)
            except OSError as exc:
                if exc.errno in OPERATOR_ERRNOS:
                    raise _fail(output, exc) from None
                raise
        yield
    finally:
        fd, depth, created = _held.pop(key)
        if depth > 1:
            _held[key] = (fd, depth - 1, created)
        else:
            _release(fd, output, created)


def _acquire(output: Path, wait: bool) -> int:
    """The locked file descriptor of ``DIR/.kg/lock``, holding this process's pid.

    The lock file may be replaced while we wait (a publication without hard links
    gives ``DIR`` a new one): the lock counts only if the file locked is still the one
    at the path, else it is taken again.
    """
    path = output / LOCK
    while True:
        path.parent.mkdir(parents=True, exist_ok=True)  # again: a folder kg made may go
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
                except BlockingIOError:
                    owner = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "unknown"
                    raise KgError(E.BUSY.format(pid=owner, output=output)) from None
            try:
                same = os.path.samestat(os.stat(path), os.fstat(fd))
            except FileNotFoundError:
                same = False
            if same:
                os.ftruncate(fd, 0)
                os.pwrite(fd, str(os.getpid()).encode("ascii"), 0)
                return fd
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)


def _release(fd: int, output: Path, created: list[Path]) -> None:
    """Unlock; a build that published nothing removes the folders it made for its lock,
    so a failed first build leaves no empty output folder behind."""
    lock_path = output / LOCK
    with contextlib.suppress(OSError):
        if lock_path.absolute() in created and os.listdir(output / KG_DIR) == ["lock"]:
            lock_path.unlink()
            for folder in created[1:]:
                os.rmdir(folder)  # stops at the first that holds something
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)  # no pid left behind: rebuilds give the same bytes
    os.close(fd)  # closing drops the flock


def _forget_locks() -> None:
    """A forked worker does not own its parent's locks: closing its copies leaves the
    parent's lock held, and a worker outliving a killed parent cannot keep it."""
    for fd, _, _ in _held.values():
        with contextlib.suppress(OSError):
            os.close(fd)
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_locks)


def _recover(output: Path) -> None:
    """Finish or undo what a killed build left (we hold the lock: no writer is alive)."""
    journal = output / JOURNAL
    if journal.is_file():
        try:
            plan = json.loads(journal.read_text(encoding="utf-8"))
            staging = output / plan["staging"]
            moves, drops = list(plan["move"]), list(plan["drop"])
        except (OSError, ValueError, KeyError, TypeError):
            journal.unlink()  # unreadable: it was being written, so no move began
        else:
            _move(output, staging, moves, drops)
    for leftover in output.glob(f"{STAGING}*"):
        shutil.rmtree(leftover, ignore_errors=True)
    prefix = _sibling_prefix(output)
    pattern = re.compile(re.escape(prefix) + r"[a-z0-9_]{8}")
    with contextlib.suppress(OSError):
        for entry in output.parent.iterdir():
            if pattern.fullmatch(entry.name) and entry.is_dir() and not entry.is_symlink():
                shutil.rmtree(entry, ignore_errors=True)


def known_outputs() -> set[str]:
    """Every file name a build can write, for a folder without a manifest."""
    from .config import GRAPH_FORMATS, TABLE_FORMATS
    from .export import writers

    return set(writers(GRAPH_FORMATS + TABLE_FORMATS))


def _previous(output: Path) -> list[str]:
    """The files the build now in ``output`` wrote (its manifest, else every name kg
    could have written that is there)."""
    try:
        data = json.loads((output / MANIFEST).read_text(encoding="utf-8"))
        names = [str(n) for n in data["files"]]
    except (OSError, ValueError, KeyError, TypeError):
        names = sorted(n for n in known_outputs() if (output / n).is_file())
    return [n for n in names if _safe(n)]


def _safe(name: str) -> bool:
    """A manifest entry names a path inside the folder (a hand-edited one cannot make
    kg delete elsewhere)."""
    parts = Path(name).parts
    return bool(parts) and not Path(name).is_absolute() and ".." not in parts


class Publication:
    """A new build being written, shown in ``output`` by :meth:`commit`.

    Use as a context manager: :attr:`staging` is the folder to write the files into;
    leaving the block without a commit (an error, Ctrl-C) removes it and leaves
    ``output`` as it was. Disk full, a read-only or forbidden folder become one
    ``KgError`` line.
    """

    def __init__(self, output: Path) -> None:
        self.output = Path(output)  # as the user named it, for messages
        # the folder itself: a symlink to it stays a symlink, the folder is exchanged
        self.real = Path(os.path.realpath(output))
        self.staging: Path = self.real
        self._lock = lock(self.output)
        self._sibling = False

    def __enter__(self) -> Publication:
        self._lock.__enter__()
        try:
            self.staging, self._sibling = _staging(self.real)
        except BaseException as exc:
            self._lock.__exit__(type(exc), exc, exc.__traceback__)
            if isinstance(exc, OSError) and exc.errno in OPERATOR_ERRNOS:
                raise _fail(self.output, exc) from None
            raise
        return self

    def __exit__(self, kind, exc, tb) -> bool:
        try:
            if self.staging.exists():
                shutil.rmtree(self.staging, ignore_errors=True)
        finally:
            self._lock.__exit__(kind, exc, tb)
        if isinstance(exc, OSError) and exc.errno in OPERATOR_ERRNOS:
            raise _fail(self.output, exc) from None
        return False

    def commit(self, names: Iterable[str]) -> None:
        """Show the files ``names`` (paths inside :attr:`staging`) as the build in
        ``output``, in one step; kg's old files that are not among them go."""
        names = sorted(set(names))
        old = _previous(self.real)
        _write_manifest(self.staging, names)
        names.append(MANIFEST)
        _sync(self.staging, names)
        _step("written")
        if self._sibling and _exchangeable(self.real):
            _carry_over(self.real, self.staging, {n.split("/")[0] for n in old})
            _sync_dir(self.staging)
            _step("linked")
            try:
                with _uninterrupted():
                    _exchange(self.staging, self.real)
                    _step("exchanged")
                    _sync_dir(self.real.parent)
                shutil.rmtree(self.staging, ignore_errors=True)  # now the old build
                return
            except OSError as exc:
                if exc.errno in OPERATOR_ERRNOS - {errno.EPERM}:
                    raise
                for name in os.listdir(self.staging):  # keep only kg's new files
                    if name not in {n.split("/")[0] for n in names}:
                        path = self.staging / name
                        if path.is_dir() and not path.is_symlink():
                            shutil.rmtree(path)
                        else:
                            path.unlink()
                (self.staging / LOCK).unlink(missing_ok=True)
        drops = sorted(set(old) - set(names))
        plan = {"staging": os.path.relpath(self.staging, self.real), "move": names,
                "drop": drops}  # fmt: skip
        from .export import write_atomic

        with _uninterrupted():
            write_atomic(self.real / JOURNAL, json.dumps(plan, sort_keys=True))
            _step("journaled")
            _move(self.real, self.staging, names, drops)


def _staging(output: Path) -> tuple[Path, bool]:
    """A fresh staging folder: a sibling of ``output`` when the parent can be written,
    else inside ``output``; and whether it is the sibling."""
    if _exchangeable(output):
        try:
            return Path(tempfile.mkdtemp(prefix=_sibling_prefix(output), dir=output.parent)), True
        except OSError as exc:
            if exc.errno not in OPERATOR_ERRNOS:
                raise
    return Path(tempfile.mkdtemp(prefix=STAGING, dir=output)), False


def _exchangeable(output: Path) -> bool:
    """Whether swapping ``output`` with a sibling can work and harms no one: not a
    mount point, not (around) the current directory, and a platform call for it."""
    if _exchange_call() is None or os.path.ismount(output):
        return False
    try:
        cwd = Path.cwd().resolve()
    except OSError:
        return True
    target = output.resolve()
    return cwd != target and target not in cwd.parents


@functools.cache
def _exchange_call() -> Callable[[bytes, bytes], int] | None:
    """The C call that swaps two paths atomically, or None where there is none."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None
    if sys.platform.startswith("linux") and hasattr(libc, "renameat2"):
        at_fdcwd, rename_exchange = -100, 2
        call = libc.renameat2
        call.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                         ctypes.c_uint]  # fmt: skip
        return lambda a, b: call(at_fdcwd, a, at_fdcwd, b, rename_exchange)
    if sys.platform == "darwin" and hasattr(libc, "renamex_np"):
        rename_swap = 2
        call = libc.renamex_np
        call.argtypes = [ctypes.c_char_p, ctypes.c_char_p, ctypes.c_uint]
        return lambda a, b: call(a, b, rename_swap)
    return None


def _exchange(a: Path, b: Path) -> None:
    """Swap the folders at ``a`` and ``b`` in one step."""
    call = _exchange_call()
    if call is None:
        raise OSError(errno.ENOSYS, os.strerror(errno.ENOSYS), str(a))
    if call(os.fsencode(a), os.fsencode(b)) != 0:
        code = ctypes.get_errno()
        raise OSError(code, os.strerror(code), str(a), None, str(b))


def _carry_over(output: Path, staging: Path, kg_owned: set[str]) -> None:
    """Put into ``staging`` the entries of ``output`` that are not kg's, as hard links
    (copies where a link is refused), and the lock file itself: a writer waiting on it
    then keeps waiting on the same file."""
    owned = kg_owned | {KG_DIR}
    written = set(os.listdir(staging))
    for entry in sorted(os.listdir(output)):
        if entry in owned or entry.startswith(STAGING) or entry in written:
            continue
        source, target = output / entry, staging / entry
        if source.is_symlink():
            os.symlink(os.readlink(source), target)
        elif source.is_dir():
            shutil.copytree(source, target, symlinks=True, copy_function=_link)
        else:
            _link(source, target)
    (staging / KG_DIR).mkdir(exist_ok=True)
    try:
        os.link(output / LOCK, staging / LOCK)
    except OSError:
        (staging / LOCK).touch()
    shutil.copymode(output, staging)


def _link(source: str | Path, target: str | Path) -> None:
    try:
        os.link(source, target, follow_symlinks=False)
    except OSError:
        shutil.copy2(source, target, follow_symlinks=False)


def _move(output: Path, staging: Path, moves: list[str], drops: list[str]) -> None:
    """Carry out a journal: move ``moves`` from ``staging`` into ``output`` (those
    already moved are skipped), remove ``drops``, then the journal and the staging."""
    for name in drops:
        path = output / name
        if _safe(name) and path.is_file():
            path.unlink()
            with contextlib.suppress(OSError):  # a folder of kg's files left empty goes too
                for folder in path.relative_to(output).parents[:-1]:
                    os.rmdir(output / folder)  # stops at the first that holds something
    for name in moves:
        source = staging / name
        if _safe(name) and source.exists():
            (output / name).parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, output / name)
            _step(f"moved {name}")
    _sync_dir(output)
    _sync_dir(output / KG_DIR)
    (output / JOURNAL).unlink(missing_ok=True)
    shutil.rmtree(staging, ignore_errors=True)


def _write_manifest(staging: Path, names: list[str]) -> None:
    path = staging / MANIFEST
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"kg_manifest": 1, "files": names}, indent=1, sort_keys=True) + "\n"
    path.write_text(text, encoding="utf-8")


def _sync(folder: Path, names: Iterable[str]) -> None:
    """Flush the files and their folders to disk, so a power cut after the swap cannot
    show a new build whose files are empty."""
    folders = {folder}
    for name in names:
        _fsync(folder / name)
        folders.add((folder / name).parent)
    for path in sorted(folders):
        _sync_dir(path)


def _sync_dir(path: Path) -> None:
    """A folder's entries to disk; a filesystem that cannot sync folders is let be."""
    with contextlib.suppress(OSError):
        _fsync(path)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def _uninterrupted() -> Iterator[None]:
    """Hold Ctrl-C (and SIGTERM) back during the publication's last steps, so that an
    interrupt lands before or after them, never inside."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    before = {s: signal.signal(s, lambda sig, frame: caught.append(sig)) for s in held}
    try:
        yield
    finally:
        for sig, handler in before.items():
            signal.signal(sig, handler)
        for sig in caught[:1]:
            signal.raise_signal(sig)
