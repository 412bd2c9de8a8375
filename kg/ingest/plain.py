"""Plain text and Markdown articles: the first line (or ``# heading``) is the title."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.ingest.clean import _MD_LINKS_ONLY, _is_headline, _is_noise, _Line, _split_lines
from kg.ingest.common import Limits, Located, Result, _build, _lost_punctuation

# ------------------------------------------------------------- titles and markdown

# Each pattern stays linear on a long line: a label or address stops at the next "[",
# where an unclosed one ("[" 200,000 times) made every "[" scan to the line's end.
_MD_TITLE = re.compile(r"^\s{0,3}#(?!#)\s+(.*)$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_MD_INLINE = re.compile(r"(!?)\[([^\[\]\n]*)\]\([^)\s\[\]]*(?:\s+\"[^\"\n]*\")?\)")


def _heading_end(raw: str, pos: int) -> int:
    """Where a heading's text ends, before closing hashes ("## Title ##") and spaces.

    By hand, not with a pattern like ``\\s+#+\\s*$``: searched for, that backtracks over
    a long run of spaces once for each of them (20,000 spaces took 20 s).
    """
    end = len(raw.rstrip())
    core = raw[:end].rstrip("#")
    if len(core) < end and core[-1:].isspace() and len(core.rstrip()) >= pos:
        return len(core.rstrip())
    return len(raw)


def _title_line(lines: list[_Line]) -> tuple[str | None, list[_Line]]:
    """BBC layout: a first headline-like line followed by a blank line is the title."""
    for k, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        followed_by_blank = k + 1 < len(lines) and not lines[k + 1].text.strip()
        if followed_by_blank and _is_headline(text) and not _is_noise(text):
            return text, lines[k + 1 :]
        break
    return None, lines


def _markdown_line(line: _Line) -> _Line:
    """Strip heading hashes and inline link/image syntax, keeping source spans."""
    raw = line.raw
    if _MD_LINKS_ONLY.fullmatch(raw.strip()):
        return line  # a line of links only: the noise rules drop it whole
    base = line.end - len(raw)
    pos, stop = 0, len(raw)
    heading = _MD_HEADING.match(raw)
    if heading:
        pos = heading.end()
        stop = _heading_end(raw, pos)
    spans: list[tuple[int, int]] = []
    for match in _MD_INLINE.finditer(raw, pos, stop):
        spans.append((pos, match.start()))
        if not match.group(1):  # a link keeps its label; an image goes
            spans.append(match.span(2))
        pos = match.end()
    spans.append((pos, stop))
    spans = [(a, b) for a, b in spans if b > a]
    text = "".join(raw[a:b] for a, b in spans)
    return _Line(raw, line.end, text, [(base + a, base + b) for a, b in spans])


def _markdown_lines(lines: list[_Line]) -> tuple[str | None, list[_Line]]:
    """A first ``# Title`` line becomes the title; other lines lose markdown syntax."""
    title = None
    first = next((i for i, line in enumerate(lines) if line.raw.strip()), None)
    if first is not None:
        match = _MD_TITLE.match(lines[first].raw)
        if match and match.group(1).strip():
            title = match.group(1)[: _heading_end(match.group(1), 0)].strip()
            lines = lines[first + 1 :]
    return title, [_markdown_line(line) for line in lines]


def _from_plain(
    source: str, path: str, doc_id: str, limits: Limits, *, markdown: bool = False
) -> Result:
    source = _lost_punctuation(source)
    lines = _split_lines(source)
    title, lines = _markdown_lines(lines) if markdown else _title_line(lines)
    return _build(doc_id, source, lines, path=path, limits=limits, title=title)


SUFFIXES = (".txt", ".md")


def read(source: str, path: str, stem: str, limits: Limits) -> Iterator[Located]:
    """The reader interface (see :mod:`kg.ingest`): a text file is one article."""
    yield _from_plain(source, path, stem, limits, markdown=path.lower().endswith(".md")), None
