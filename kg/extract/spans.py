"""Evidence whose offsets hold exactly its words in the source text.

Ingest removes text the NLP stage must not read (whole lines of scrape noise, markdown
heading marks and link syntax) and keeps a map from each kept run of the clean text to
the source (``Document.segments``). A span of the clean text that runs over removed
text (a parse that runs over a paragraph break and the noise line after it, a name
whose second word is a markdown link: ``John [Smith](https://…)``) has no one range in
the source that holds its words: ``Document.evidence`` then keeps the clean words with
offsets that point at other characters, and the export's quote selector (``oa:exact``
with ``oa:start``/``oa:end``) no longer finds them. The extractors make their evidence
here instead: such a span is cut at the removed text, into parts that each are the
source's characters at their offsets.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ..model import Document, Evidence


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per document and kept in ``user_data``: ``Doc.text``
    joins its words' texts anew on every call, and the extractors ask for it per
    sentence and per candidate headline word."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from its document's text (:func:`doc_text`): ``Span.text``
    joins its words' texts anew on every call, and the extractors ask for the text of
    every sentence, some many times."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def _wordy(ch: str) -> bool:
    """Whether a character is one ``re``'s ``\\w`` matches in a text pattern."""
    return ch.isalnum() or ch == "_"


def has_word(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` with no word character either side, as
    ``re.search(rf"(?<!\\w){re.escape(word)}(?!\\w)", text)`` finds it: a pattern made
    per name and title missed the ``re`` module's cache and was compiled each time, some
    0.3 ms each, a few per article (issue 24)."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if (at == 0 or not _wordy(text[at - 1])) and (end == len(text) or not _wordy(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _pieces(document: Document, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` of the clean text cut into the kept runs it lies across, each
    without the spaces (line breaks) at its ends; the blank ones left out."""
    text = document.text
    out = []
    for clean_start, _source_start, length in document.segments:
        lo, hi = max(start, clean_start), min(end, clean_start + length)
        while lo < hi and text[lo].isspace():
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        if lo < hi:
            out.append((lo, hi))
    return out


def _exact(document: Document, ev: Evidence) -> bool:
    return document.source_text[ev.start : ev.end] == ev.text


def evidence(document: Document, start: int, end: int, at: int | None = None) -> Evidence:
    """Evidence for the clean-text span ``[start, end)``; where it runs over removed
    text, the part holding the clean offset ``at`` (the phrase's head word), else its
    longest part ("the [European Union](…)": "European Union")."""
    ev = document.evidence(start, end)
    if _exact(document, ev):
        return ev
    pieces = _pieces(document, start, end)
    if not pieces:
        return ev
    held = [p for p in pieces if at is not None and p[0] <= at < p[1]]
    lo, hi = held[0] if held else max(pieces, key=lambda p: p[1] - p[0])
    return document.evidence(lo, hi)


def evidence_parts(document: Document, start: int, end: int) -> list[Evidence]:
    """Evidence for the clean-text span ``[start, end)`` as one part, or where it runs
    over removed text as one part per kept run that holds a letter or digit (a quote
    keeps every word it says)."""
    ev = document.evidence(start, end)
    if _exact(document, ev):
        return [ev]
    text = document.text
    parts = [
        document.evidence(lo, hi)
        for lo, hi in _pieces(document, start, end)
        if any(c.isalnum() for c in text[lo:hi])
    ]
    return parts or [ev]
