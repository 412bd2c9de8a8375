"""What a build pays once, before its parse (issue 24): no scipy for folding duplicates,
the language model loaded once, beside the reading, and only for texts kept."""

from __future__ import annotations

import random
import subprocess
import sys
import textwrap
import threading
import time
from datetime import date

import pytest

import kg
from kg import pipeline
from kg.config import Settings
from kg.ingest import dedup, language

STORY = (
    "The city council of Northbridge voted on Tuesday to close the Elm Street bridge "
    "for eleven months of repairs, after inspectors found cracks in two of its steel "
    "girders. Traffic will be sent over the Harbour Road crossing, which the council "
    "says can take the extra 14,000 vehicles a day. Shop owners on Elm Street said the "
    "closure would cost them customers during the holiday season, and a petition "
    "against the timing has gathered 2,300 signatures. The works are due to begin in "
    "January and cost 18 million pounds, paid from the regional transport fund."
)
# the same wire story reprinted with a closing paragraph added
REPRINT = STORY + (
    " A spokesperson for the regional transport authority said the bridge had last "
    "been strengthened in 1998."
)
# another outlet's own report of the same vote: shares names, not text
RETOLD = (
    "Northbridge councillors have approved an eleven-month shutdown of the Elm Street "
    "bridge. Engineers discovered cracked girders during a routine check in October. "
    "Drivers will have to use Harbour Road instead, and traders fear lost business "
    "over Christmas. The repairs are expected to cost 18 million pounds."
)


def test_folding_duplicates_never_imports_scipy() -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from datetime import date
        from kg.ingest import dedup
        from kg.model import Document
        docs = [Document(i, t, t, title="Bridge", published=date(2026, 11, 12))
                for i, t in (("a", {STORY!r}), ("b", {REPRINT!r}), ("c", {RETOLD!r}))]
        kept = dedup.fold_duplicates(docs)
        print([(d.id, [c.id for c in d.copies]) for d in kept])
        print("scipy" in sys.modules, "datasketch" in sys.modules)
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    folds, heavy = out.stdout.strip().splitlines()
    assert folds == "[('a', ['b']), ('c', [])]"
    assert heavy == "False False"


def _news_like_shingles(rnd: random.Random) -> frozenset[bytes]:
    """Shingles of a story and of a lightly edited reprint of it, as the fold sees them."""
    words = (STORY + " " + RETOLD).split()
    picked = [rnd.choice(words) for _ in range(rnd.randint(30, 400))]
    return frozenset(dedup._shingles(dedup._words(" ".join(picked))))


def test_signatures_and_bands_are_datasketchs() -> None:
    """The folds stay what they were with datasketch: the same signature values and the
    same band shape, so the same candidates."""
    datasketch = pytest.importorskip("datasketch")
    from datasketch.lsh import _optimal_param

    rnd = random.Random(24)
    for _ in range(20):
        shingles = _news_like_shingles(rnd)
        theirs = datasketch.MinHash(num_perm=dedup.NUM_PERM, seed=dedup.SEED)
        theirs.update_batch(list(shingles))
        assert dedup._signature(shingles).tolist() == theirs.hashvalues.tolist()
    for threshold in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9):
        for num_perm in (64, 128, 256):
            ours = dedup._band_shape(threshold, num_perm)
            assert ours == _optimal_param(threshold, num_perm, 0.5, 0.5)


def test_bands_find_the_reprint_not_the_retelling() -> None:
    bands = dedup._Bands(dedup.THRESHOLD, dedup.NUM_PERM)
    signature = {
        name: dedup._signature(frozenset(dedup._shingles(dedup._words(text))))
        for name, text in (("story", STORY), ("reprint", REPRINT), ("retold", RETOLD))
    }
    bands.insert(1, signature["story"])
    assert bands.query(signature["reprint"]) == {1}
    assert bands.query(signature["retold"]) == set()


def test_model_loads_once_when_a_thread_and_a_detection_ask_together(monkeypatch) -> None:
    from py3langid import langid

    real = langid.LanguageIdentifier.from_model_file
    loads = []

    def slow(*args, **kwargs):
        loads.append(threading.current_thread().name)
        time.sleep(0.2)  # the preloading thread is still at it when detect() asks
        return real(*args, **kwargs)

    monkeypatch.setattr(langid.LanguageIdentifier, "from_model_file", slow)
    language._load.cache_clear()
    try:
        thread = language.preload()
        assert language.detect(STORY)[0] == "en"
        thread.join()
        assert loads == ["kg-language-model"]
    finally:
        language._load.cache_clear()


def test_folded_copies_are_not_judged_and_no_thread_outlives_ingest(tmp_path, monkeypatch) -> None:
    (tmp_path / "a.txt").write_text("Bridge to close for repairs\n\n" + STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Bridge to close for repairs\n\n" + REPRINT, encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Councillors back bridge shutdown\n\n" + RETOLD, encoding="utf-8"
    )
    judged = []

    def decide(declared, text):
        judged.append(text[:30])
        return language.decide(declared, text)

    monkeypatch.setattr(pipeline, "decide_language", decide)
    documents, errors, _ = pipeline._ingest([tmp_path], Settings(), {})
    assert not errors
    assert [(d.id, len(d.copies), d.language) for d in documents] == [
        ("a", 1, "en"),
        ("c", 0, "en"),
    ]
    assert len(judged) == 2  # the reprint folded into a.txt was never read for its language
    assert not [t for t in threading.enumerate() if t.name == "kg-language-model"]


def test_view_process_starts_before_the_triples_are_collected(tmp_path, monkeypatch) -> None:
    """With a second process the view and the cards need the result, not the triples:
    their process is forked first and works while the main one collects."""
    from kg import workers
    from kg.export import rdf

    src = tmp_path / "in"
    src.mkdir()
    (src / "bridge.txt").write_text(f"Bridge to close for repairs\n\n{STORY}", encoding="utf-8")
    order: list[str] = []
    start, collect = workers.Aside.__init__, rdf.collect

    def aside(self, writers, *args, **kwargs):
        order.append("aside " + ",".join(sorted(writers)))
        start(self, writers, *args, **kwargs)

    def collected(*args, **kwargs):
        order.append("collect")
        return collect(*args, **kwargs)

    monkeypatch.setattr(workers.Aside, "__init__", aside)
    monkeypatch.setattr(pipeline, "collect", collected)
    kg.build([src], tmp_path / "out", published=date(2026, 11, 12), jobs=2)
    assert order == ["aside events.md,graph.html", "collect"]
    assert (tmp_path / "out" / "graph.html").stat().st_size > 0


def _plain_folder(tmp_path) -> str:
    src = tmp_path / "in"
    src.mkdir()
    (src / "bridge.txt").write_text(f"Bridge to close for repairs\n\n{STORY}", encoding="utf-8")
    (src / "vote.txt").write_text(f"Councillors back bridge shutdown\n\n{RETOLD}", encoding="utf-8")
    return str(src)


def test_reading_plain_text_imports_no_page_or_feed_reader(tmp_path) -> None:
    """trafilatura, htmldate and feedparser (0.1 CPU s to import) read pages and feeds:
    a build of plain text, whose pipeline imports every reader, never needs them."""
    code = textwrap.dedent(
        f"""
        import sys
        import kg.pipeline
        from kg import ingest
        docs = [d for d in ingest.read_documents([{_plain_folder(tmp_path)!r}])]
        print(sorted(d.title for d in docs))
        print(sorted(m for m in ("trafilatura", "htmldate", "feedparser") if m in sys.modules))
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    titles, readers = done.stdout.strip().splitlines()[-2:]
    assert titles == "['Bridge to close for repairs', 'Councillors back bridge shutdown']"
    assert readers == "[]"


def test_a_two_process_build_never_imports_the_view_in_its_main_process(tmp_path) -> None:
    """With a second process the view is written there: the main process never imports
    its module (networkx, jinja2: 0.12 CPU s, after linking), and the view is whole."""
    out = tmp_path / "out"
    code = textwrap.dedent(
        f"""
        import sys
        from datetime import date
        import kg
        kg.build([{_plain_folder(tmp_path)!r}], {str(out)!r}, published=date(2026, 11, 12),
                 jobs=2, progress=False)
        print("kg.export.html" in sys.modules)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "False"
    assert "Northbridge" in (out / "graph.html").read_text(encoding="utf-8")
    assert (out / "statements.jsonl").stat().st_size > 0
