"""The longest article kg reads by default (--max-document-size, issue 24).

The default is what spaCy's parse can hold in memory (bench/length.py --memory); an
article one character over it is reported by its file's name and skipped, never cut,
and the rest of the build goes on. No parse of a long text here: the limit is checked
when the article is read.
"""

from __future__ import annotations

from pathlib import Path

from kg import cli
from kg.config import DEFAULT_MAX_DOCUMENT_SIZE, Settings
from kg.errors import E
from kg.ingest import read_documents
from kg.model import Document

PARAGRAPH = (
    "The harbour board of Port Avel said on Tuesday that dock workers would end their "
    "strike once the new shift rota is signed, and that ferries to the islands would run "
    "to the winter timetable until then.\n\n"
)


def _article(size: int) -> str:
    """A news text of exactly ``size`` characters, ending at a full stop."""
    text = (PARAGRAPH * (size // len(PARAGRAPH) + 1))[: size - 1]
    return text + "."


def test_an_article_one_character_over_the_default_is_named_and_skipped(tmp_path: Path):
    assert Settings().max_document_size == DEFAULT_MAX_DOCUMENT_SIZE
    over = tmp_path / "port-avel-digest.txt"
    over.write_text(_article(DEFAULT_MAX_DOCUMENT_SIZE + 1), encoding="utf-8")
    at = tmp_path / "port-avel-full.txt"
    at.write_text(_article(DEFAULT_MAX_DOCUMENT_SIZE), encoding="utf-8")
    read = list(read_documents([over, at]))
    assert [type(x).__name__ for x in read] == ["InputError", "Document"]
    error, document = read
    assert isinstance(document, Document) and len(document.text) == DEFAULT_MAX_DOCUMENT_SIZE
    size, limit = f"{DEFAULT_MAX_DOCUMENT_SIZE + 1:,}", f"{DEFAULT_MAX_DOCUMENT_SIZE:,}"
    assert error.path == str(over)
    assert str(error) == f"{over}: " + E.TOO_LONG.format(
        size=DEFAULT_MAX_DOCUMENT_SIZE + 1, limit=DEFAULT_MAX_DOCUMENT_SIZE
    )
    assert f"{size} characters long, over the limit of {limit} (--max-document-size)" in str(error)


def test_the_build_reports_the_long_article_by_name_and_builds_the_rest(tmp_path, capsys):
    src = tmp_path / "in"
    src.mkdir()
    over = src / "port-avel-digest.txt"
    over.write_text(_article(DEFAULT_MAX_DOCUMENT_SIZE + 1), encoding="utf-8")
    (src / "ferries.txt").write_text(PARAGRAPH, encoding="utf-8")
    out = tmp_path / "out"
    code = cli.main(["build", str(src), "-o", str(out), "-q", "--published", "2026-11-12"])
    err = capsys.readouterr().err
    assert code == 1  # a partial build: one input could not be built
    assert f"kg: error: {over}: the article is {DEFAULT_MAX_DOCUMENT_SIZE + 1:,} characters" in err
    assert "ferries" in (out / "graph.ttl").read_text(encoding="utf-8")
