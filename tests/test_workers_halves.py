"""Merging's and linking's pairs weighed in two processes (issue 24: after the parse, a
two-process build weighed every pair in its main process while a core sat idle).

:func:`kg.workers.halves` gives every other item to a forked process: the results must
be those of one process, a half lost with its process must be weighed by the caller,
and the pairs on disk must read right in both processes at once.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import numpy as np

import kg
from kg import link, workers

PUBLISHED = date(2026, 11, 12)


def _square(item: int) -> tuple[int, int, int] | None:
    """A result naming the process that made it; none for every fifth item."""
    return None if item % 5 == 0 else (item, item * item, os.getpid())


def test_halves_gives_every_result_once_half_of_them_made_beside():
    items = range(1000)
    alone = list(workers.halves(_square, lambda: items, 1))
    both = list(workers.halves(_square, lambda: items, 2))
    assert sorted(r[:2] for r in both) == sorted(r[:2] for r in alone)
    assert len(both) == 800
    assert {r[2] for r in alone} == {os.getpid()}
    beside = [r for r in both if r[2] != os.getpid()]
    assert len(beside) == 400  # every other item, the odd ones
    assert all(r[0] % 2 for r in beside)


def test_few_items_are_weighed_in_the_caller_alone():
    items = range(workers.HALVES_FROM - 1)
    assert {r[2] for r in workers.halves(_square, lambda: items, 2)} == {os.getpid()}


def test_a_half_lost_with_its_process_is_weighed_by_the_caller():
    caller = os.getpid()
    calls = []

    def items():
        calls.append(1)
        return range(600)

    def dies_beside(item: int) -> int:
        if os.getpid() != caller and item > 300:
            os._exit(9)  # killed halfway through its half
        return item

    assert sorted(workers.halves(dies_beside, items, 2)) == list(range(600))
    assert len(calls) == 2  # the items read again for the lost half


def test_a_generator_setup_runs_once():
    made = []

    def items():
        made.append(os.getpid())
        yield from range(700)

    assert sorted(workers.halves(lambda i: i, items, 2)) == list(range(700))
    assert made == [os.getpid()]


def test_reading_the_pairs_leaves_the_shared_file_offset_alone():
    """A forked process shares the file's offset: a read that seeks would move the
    caller's place in the middle of its own read."""
    numbers = link._Numbers()
    numbers.extend(np.arange(100_000, dtype=np.int64))
    fd = numbers._file.fileno()
    before = os.lseek(fd, 0, os.SEEK_CUR)
    assert numbers[500:503].tolist() == [500, 501, 502]
    assert numbers[99_999:].tolist() == [99_999]
    assert os.lseek(fd, 0, os.SEEK_CUR) == before
    order = [str(i) for i in range(1000)]
    pairs = list(workers.halves(lambda p: p, lambda: link._decoded(numbers, order), 2))
    assert sorted(code for code, _, _ in pairs) == list(range(100_000))
    numbers.close()


STRIKE = (
    "Dock workers in Rotterdam walked out on Monday over pay, the Dock Union said. "
    "Police arrested two protesters who blocked the main gate of the port on Tuesday.\n\n"
    "The port authority said it had offered a 3 percent rise. Talks are due to resume "
    "in The Hague on Friday, union leader Anna Vries told reporters.\n"
)
STRIKE_AGAIN = (
    "Police in Rotterdam arrested two protesters at the port's main gate on Tuesday, a "
    "day after dock workers walked out over pay.\n\n"
    "Union leader Anna Vries said the strike would go on until the port authority "
    "improved its offer of a 3 percent rise. Talks resume in The Hague on Friday.\n"
)
STRIKE_THIRD = (
    "Rotterdam's dock workers stayed out for a second day on Tuesday, and police arrested "
    "two protesters who blocked the port's main gate.\n\n"
    "Anna Vries, who leads the Dock Union, said a 3 percent rise was not enough. The port "
    "authority said talks would resume in The Hague on Friday.\n"
)
FLOOD = (
    "Floods forced 2,000 people from their homes in Valencia on Tuesday after two days "
    "of rain, the regional government said. Rescuers evacuated a care home.\n\n"
    "Spain's prime minister visited the city on Wednesday and promised aid to farmers "
    "whose crops were destroyed.\n"
)


def test_a_two_process_build_weighs_pairs_beside_and_writes_what_one_writes(tmp_path, monkeypatch):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in [
        ("strike.txt", STRIKE),
        ("again.txt", STRIKE_AGAIN),
        ("third.txt", STRIKE_THIRD),
        ("flood.txt", FLOOD),
    ]:
        (src / name).write_text(text, encoding="utf-8")
    one = kg.build([src], tmp_path / "one", published=PUBLISHED, jobs=1)
    monkeypatch.setattr(workers, "HALVES_FROM", 1)  # four articles' pairs are few
    where = tmp_path / "where"
    weigh, relate = link.assess, link._relation

    def assess(*args, **kwargs):
        with where.open("a") as f:
            f.write(f"assess {os.getpid()}\n")
        return weigh(*args, **kwargs)

    def _relation(*args, **kwargs):
        with where.open("a") as f:
            f.write(f"relate {os.getpid()}\n")
        return relate(*args, **kwargs)

    monkeypatch.setattr(link, "assess", assess)
    monkeypatch.setattr(link, "_relation", _relation)
    two = kg.build([src], tmp_path / "two", published=PUBLISHED, jobs=2)
    calls = [line.split() for line in where.read_text().splitlines()]
    for kind in ("assess", "relate"):
        assert {int(pid) for k, pid in calls if k == kind} - {os.getpid()}, kind
    assert len(one.events) == len(two.events) and len(one.relations) == len(two.relations)
    for name in ("events.jsonl", "relations.jsonl", "graph.ttl", "events.md"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()
    assert any(len(e.sources) > 1 for e in two.events.values())  # the strike, merged
    assert Path(tmp_path / "two" / "relations.jsonl").read_text().strip()


GERMAN = (
    "Die Hafenarbeiter in Hamburg haben am Montag die Arbeit niedergelegt, weil die "
    "Verhandlungen über höhere Löhne gescheitert sind, teilte die Gewerkschaft mit.\n"
)
SPANISH = (
    "Las inundaciones obligaron a dos mil personas a abandonar sus casas en Valencia el "
    "martes, tras dos días de lluvias intensas, informó el gobierno regional.\n"
)


def test_languages_are_judged_beside_as_one_process_judges_them(tmp_path, monkeypatch):
    from kg import pipeline
    from kg.config import Settings

    src = tmp_path / "in"
    src.mkdir()
    for name, text in [("strike.txt", STRIKE), ("hamburg.txt", GERMAN), ("flood.txt", SPANISH)]:
        (src / name).write_text(text, encoding="utf-8")
    one, _, _ = pipeline._ingest([src], Settings(jobs=1, progress=False), {})
    monkeypatch.setattr(workers, "HALVES_FROM", 1)  # three texts are few
    where = tmp_path / "where"
    decide = pipeline.decide_language

    def spy(declared, text):
        with where.open("a") as f:
            f.write(f"{os.getpid()}\n")
        return decide(declared, text)

    monkeypatch.setattr(pipeline, "decide_language", spy)
    two, _, _ = pipeline._ingest([src], Settings(jobs=2, progress=False), {})
    assert {d.id: d.language for d in two} == {d.id: d.language for d in one}
    assert sorted(d.language for d in two) == ["de", "en", "es"]
    assert {int(pid) for pid in where.read_text().split()} - {os.getpid()}
