"""The output folder under faults: one writer at a time, a new build shown all at once
even when the process is killed with SIGKILL, and operator errors (a folder that cannot
be written, a full disk) said in one line with the previous build kept (issue #25)."""

from __future__ import annotations

import errno
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLE_DATE

import kg
from kg import nlp, publish
from kg.errors import KgError

NEW = "03_sotk_shelling_caucasus_report.md"
ENV = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000", "PYTHONPATH": str(ROOT)}


def files(folder: Path) -> dict[str, bytes]:
    """Every file in ``folder`` (the state and manifest included), by relative path; not
    the lock file, which says the pid of a writer killed while holding it."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink() and p != folder / publish.LOCK
    }


def run_kg(
    *args: str, setup: str = "", prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess:
    """``kg`` in a fresh process; ``setup`` is Python run first (a fault to inject)."""
    code = f"{setup}\nimport sys, kg.cli\nsys.exit(kg.cli.main({list(args)!r}))"
    return subprocess.run(
        [*prefix, sys.executable, "-c", code], capture_output=True, text=True, env=ENV,
        timeout=300,
    )  # fmt: skip


def one_error(done: subprocess.CompletedProcess) -> str:
    """The single ``kg: error:`` line of a run that stopped with exit 2."""
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kg: error: "), done.stderr
    return lines[0]


@pytest.fixture(scope="module")
def builds(tmp_path_factory) -> dict[str, Path]:
    """The samples without one article (the old build) and with it (the new one)."""
    root = tmp_path_factory.mktemp("builds")
    old_src, new_src = root / "old_src", root / "new_src"
    shutil.copytree(ROOT / "samples", new_src)
    (new_src / "README.md").unlink()
    shutil.copytree(new_src, old_src)
    (old_src / NEW).unlink()
    for name, src in (("old", old_src), ("new", new_src)):
        done = run_kg("build", str(src), "-o", str(root / name), "--published", SAMPLE_DATE, "-q")
        assert done.returncode == 0, done.stderr
    return {"old": root / "old", "new": root / "new", "old_src": old_src, "new_src": new_src}


@pytest.fixture
def out(tmp_path, builds) -> Path:
    """An output folder holding the old build."""
    shutil.copytree(builds["old"], tmp_path / "out")
    return tmp_path / "out"


def leftovers(out: Path) -> list[Path]:
    return sorted(out.glob(".kg-staging-*")) + sorted(out.parent.glob(f".{out.name}.kg-*"))


def test_a_second_writer_stops_at_once_and_says_who_writes(out, builds):
    before = files(out)
    with publish.lock(out):  # this process is the first writer
        for how in (["-o", str(out)], ["--update", str(out)]):
            done = run_kg("build", str(builds["new_src"]), *how, "-q",
                          setup="import kg.nlp; kg.nlp.parse = None  # never reached")  # fmt: skip
            line = one_error(done)
            assert f"another kg build (pid {os.getpid()}) is writing {out}" in line
    assert files(out) == before
    assert (out / publish.LOCK).read_bytes() == b""  # released: no pid left behind


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc/locks")
def test_wait_makes_the_second_writer_build_once_the_first_is_done(out, builds):
    lock_inode = None
    with publish.lock(out):
        lock_inode = os.stat(out / publish.LOCK).st_ino
        proc = subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "build", str(builds["new_src"]), "-o", str(out),
             "--published", SAMPLE_DATE, "-q", "--wait"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
        )  # fmt: skip
        deadline = time.monotonic() + 120
        # the kernel lists a blocked flock as "N: -> FLOCK ... <pid> <dev>:<inode> ..."
        while not any(
            "->" in line and f" {proc.pid} " in line and f":{lock_inode} " in line
            for line in Path("/proc/locks").read_text().splitlines()
        ):
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the second build never waited on the lock"
            time.sleep(0.01)
    _, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert files(out) == files(builds["new"])


@pytest.mark.skipif(not Path("/proc/locks").exists(), reason="needs Linux /proc/locks")
def test_a_waiter_holding_a_replaced_lock_file_takes_the_new_one(tmp_path):
    out = tmp_path / "out"
    got: list[int] = []
    with publish.lock(out):
        waiter = threading.Thread(target=lambda: got.append(publish._acquire(out, True)))
        waiter.start()
        deadline = time.monotonic() + 60
        while not any("->" in line for line in Path("/proc/locks").read_text().splitlines()
                      if f" {os.getpid()} " in line):  # fmt: skip
            assert time.monotonic() < deadline
            time.sleep(0.01)
        fresh = out / ".kg" / "lock.new"
        fresh.touch()
        os.replace(fresh, out / publish.LOCK)  # a publication gave the folder a new file
    waiter.join(60)
    try:
        assert got and os.path.samestat(os.fstat(got[0]), os.stat(out / publish.LOCK))
    finally:
        for fd in got:
            os.close(fd)


KILL_AT = """
import os, signal
from kg import publish
def _step(name, real=publish._step):
    if name == {step!r}:
        os.kill(os.getpid(), signal.SIGKILL)
publish._step = _step
"""


@pytest.mark.parametrize(
    ("step", "shown"), [("written", "old"), ("linked", "old"), ("exchanged", "new")]
)
def test_sigkill_at_any_step_of_the_publication_leaves_one_whole_build(out, builds, step, shown):
    (out / "my notes.txt").write_text("the user's own file\n", encoding="utf-8")
    expected = {**files(builds[shown]), "my notes.txt": b"the user's own file\n"}
    done = run_kg("build", str(builds["new_src"]), "-o", str(out), "--published", SAMPLE_DATE,
                  "-q", setup=KILL_AT.format(step=step))  # fmt: skip
    assert done.returncode == -9, done.stderr
    assert files(out) == expected
    assert leftovers(out)  # the killed build's staging (or the old build) is still there
    with publish.lock(out):  # what the next build does first
        pass
    assert not leftovers(out)
    assert files(out) == expected


def test_sigkill_between_two_files_moved_into_the_folder_leaves_no_mix(out, builds):
    """Implementation-blind: the process dies right after the first file renamed into
    the output folder itself (where a file-by-file move would leave a mix)."""
    setup = f"""
import os, signal
real = os.replace
def replace(src, dst, *a, **k):
    real(src, dst, *a, **k)
    if os.path.dirname(os.path.abspath(dst)) == {str(out)!r}:
        os.kill(os.getpid(), signal.SIGKILL)
os.replace = replace
"""
    run_kg("build", str(builds["new_src"]), "-o", str(out), "--published", SAMPLE_DATE, "-q",
           "--format", "turtle,jsonl", setup=setup)  # fmt: skip
    assert files(out) in (files(builds["old"]), files(builds["new"]))


def test_without_the_exchange_a_journal_finishes_a_killed_publication(out, builds):
    setup = "from kg import publish\npublish._exchange_call = lambda: None\n" + KILL_AT.format(
        step="moved actors.jsonl"
    )
    done = run_kg("build", str(builds["new_src"]), "-o", str(out), "--published", SAMPLE_DATE,
                  "-q", setup=setup)  # fmt: skip
    assert done.returncode == -9, done.stderr
    assert (out / publish.JOURNAL).is_file()
    with publish.lock(out):  # the next writer rolls the journal forward
        pass
    assert files(out) == files(builds["new"])
    assert not leftovers(out)


def test_the_next_build_removes_leftovers_keeps_user_files_and_drops_an_old_format(out, builds):
    (out / ".kg-staging-x1y2z3").mkdir()  # what a killed kg of before left inside
    (out / ".kg-staging-x1y2z3" / "graph.ttl").write_text("half a graph", encoding="utf-8")
    (out.parent / ".out.kg-new-a1b2c3d4").mkdir()  # and what a killed one leaves beside
    (out / "notes").mkdir()
    (out / "notes" / "todo.md").write_text("check the Geneva figures\n", encoding="utf-8")
    assert (out / "graph.ttl").is_file()
    done = run_kg("build", str(builds["new_src"]), "-o", str(out), "--published", SAMPLE_DATE,
                  "-q", "--format", "nt")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert not leftovers(out)
    assert (out / "notes" / "todo.md").read_text(encoding="utf-8") == "check the Geneva figures\n"
    assert (out / "graph.nt").is_file()
    assert not (out / "graph.ttl").exists()  # kg's own file of a format no longer asked for
    assert not (out / "actors.jsonl").exists()


def test_a_read_only_output_folder_is_one_line_before_any_parsing(out, builds):
    if (
        shutil.which("unshare") is None
        or subprocess.run(["unshare", "-rm", "true"], capture_output=True).returncode
    ):
        pytest.skip("needs unshare -rm (user namespaces) to mount the folder read-only")
    before = files(out)
    where = shlex.quote(str(out))
    script = f'mount --bind {where} {where} && mount -o remount,bind,ro {where} && exec "$@"'
    mount = ("unshare", "-rm", "sh", "-c", script, "sh")
    never = "import kg.nlp\ndef parse(*a, **k): raise SystemExit(99)\nkg.nlp.parse = parse"
    for how in (["-o", str(out)], ["--update", str(out)]):
        done = run_kg("build", str(builds["new_src"]), *how, "-q", setup=never, prefix=mount)
        line = one_error(done)
        assert f"cannot write the output folder {out}" in line and "Read-only" in line
    assert files(out) == before


def test_a_folder_without_write_permission_stops_the_build_before_parsing(out, builds, monkeypatch):
    """Root writes anywhere, so the refusal is simulated where the folder is opened."""
    real_open, real_mkdir = os.open, os.mkdir

    def refuse(real):
        def call(path, *args, **kwargs):
            if str(os.path.abspath(path)).startswith(str(out)):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
            return real(path, *args, **kwargs)

        return call

    monkeypatch.setattr(os, "open", refuse(real_open))
    monkeypatch.setattr(os, "mkdir", refuse(real_mkdir))
    parsed = []
    monkeypatch.setattr(nlp, "parse", lambda *a, **k: parsed.append(1) or iter(()))
    with pytest.raises(KgError, match=f"cannot write the output folder {out}: Permission denied"):
        kg.build([builds["new_src"]], out)
    assert not parsed


def test_a_full_disk_keeps_the_previous_build_and_says_so_in_one_line(out, builds):
    before = files(out)
    setup = """
import errno, os
from kg.export import cards
def write(result, path, settings):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
cards.write = write
"""
    done = run_kg("build", str(builds["new_src"]), "-o", str(out), "--published", SAMPLE_DATE,
                  "-q", setup=setup)  # fmt: skip
    line = one_error(done)
    assert "No space left on device" in line and "previous build is as it was" in line
    assert files(out) == before
    assert not leftovers(out)


def test_a_symlinked_output_folder_stays_a_symlink_to_the_new_build(tmp_path):
    real, link = tmp_path / "real", tmp_path / "link"
    real.mkdir()
    link.symlink_to(real)
    (real / "graph.ttl").write_text("the old graph\n", encoding="utf-8")
    (real / "mine.txt").write_text("the user's\n", encoding="utf-8")
    with publish.Publication(link) as publication:
        (publication.staging / "graph.ttl").write_text("the new graph\n", encoding="utf-8")
        publication.commit(["graph.ttl"])
    assert link.is_symlink() and link.resolve() == real
    assert (real / "graph.ttl").read_text(encoding="utf-8") == "the new graph\n"
    assert (real / "mine.txt").read_text(encoding="utf-8") == "the user's\n"
    assert not leftovers(real) and not leftovers(link)


def test_a_parent_folder_kg_may_not_write_publishes_through_the_journal(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("the old graph\n", encoding="utf-8")
    (out / "graph.nt").write_text("a format no longer asked for\n", encoding="utf-8")
    real = tempfile.mkdtemp

    def mkdtemp(*args, dir=None, **kwargs):  # noqa: A002 - tempfile's own name
        if Path(dir) == tmp_path:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(dir))
        return real(*args, dir=dir, **kwargs)

    monkeypatch.setattr(tempfile, "mkdtemp", mkdtemp)
    with publish.Publication(out) as publication:
        assert publication.staging.parent == out  # inside, since beside is refused
        (publication.staging / "graph.ttl").write_text("the new graph\n", encoding="utf-8")
        publication.commit(["graph.ttl"])
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "the new graph\n"
    assert not (out / "graph.nt").exists() and not (out / publish.JOURNAL).exists()
    assert not leftovers(out)
