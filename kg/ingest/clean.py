"""Scrape noise out of an article's text, line by line, keeping exact offsets.

Scrape noise (image paths, "Related Links" footers, newsletter prompts,
  lists of other headlines) out of the text before the NLP stage reads it, because
  spaCy would otherwise find actors and events in the sidebar. Cleaning works on whole
  lines and copies kept lines unchanged, so every offset in the clean text maps exactly
  back to the text the user gave (``Document.segments``) and evidence can be checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_HEADLINE_WORDS = 20  # a line this short without final punctuation may be a headline
Segment = tuple[int, int, int]  # (clean_start, source_start, length)

# --------------------------------------------------------------------------- lines


@dataclass
class _Line:
    """One source line, and the text the noise rules see for it."""

    raw: str  # the line as in the source, without its newline
    end: int  # source offset just past the line, where its "\n" is (if any)
    text: str  # what the rules read (markdown syntax removed); equals raw otherwise
    spans: list[tuple[int, int]]  # source ranges whose concatenation is ``text``


def _split_lines(source: str) -> list[_Line]:
    """Split on ``\\n`` only (not ``str.splitlines``), so offsets stay exact."""
    lines: list[_Line] = []
    pos = 0
    for part in source.split("\n"):
        end = pos + len(part)
        lines.append(_Line(part, end, part, [(pos, end)]))
        pos = end + 1
    return lines


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --------------------------------------------------------------------- line tests

_CLOSERS = "\"'\u201d\u2019\u00bb)]*_ \t"
# "\u3002" "\uff01" "\uff1f": Chinese and Japanese full stop, exclamation and question marks
_FINAL = (".", "!", "?", "\u2026", "\u3002", "\uff01", "\uff1f")
_INITIALISM = re.compile(r"(?:^|[\s(])(?:[A-Za-z]\.){2,}$")  # "U.S." ends no sentence
_CONTINUES = tuple(",;-\u2013\u2014(/&")
_CONNECTORS = frozenset(  # a line ending in one of these words continues on the next
    {"a", "an", "the", "of", "to", "and", "or", "but", "nor", "with", "for", "from", "by"}
    | {"in", "on", "at", "as", "that", "than", "into", "onto", "between", "about", "after"}
    | {"before", "over", "under", "against", "during", "without", "within", "through"}
    | {"across", "via", "per", "is", "are", "was", "were", "be", "been", "has", "have"}
    | {"had", "will", "would", "could", "should", "can", "may", "might", "must", "not"}
    | {"who", "which", "whose", "where", "when", "while", "if", "because", "his", "her"}
    | {"its", "their", "our", "your", "this", "these", "those", "my"}
)
# A sentence ending inside the line ("...Tehran. While the") or a quote closed after a
# comma ('now," White'): prose, not a headline.
_INNER_SENTENCE_END = re.compile(
    r"[a-z]{2}[.!?][\"\u201d\u2019']?\s+[\"\u201c\u2018']?[A-Z]|,[\"\u201d]\s"
)
_BULLET = re.compile(r"^(?:[-*\u2022\u00b7\u25aa\u2023\u2013]|\d{1,2}[.)])\s+")
_SEPARATOR = re.compile(r"[\W_]+")
_MD_LINKS_ONLY = re.compile(r"(?:[-*]\s*)?(?:!?\[[^\]\n]*\]\([^)\n]*\)[\s|,\u2022-]*)+")
_STRAY = "()[]<>{}!\"'|*`,; \t"
_ADDRESS = re.compile(
    r"(?:(?:https?|ftp|data|mailto):|www\.|\.{0,2}/)\S*"
    r"|\S+\.(?:webp|jpe?g|png|gif|svg|avif|bmp|ico|tiff?|heic|mp4|webm|mov|mp3|m4a|wav|pdf)"
    r"(?:[?#]\S*)?",
    re.IGNORECASE,
)
_TLDS = (
    "com|net|org|info|biz|io|co|ai|app|news|online|site|blog|media|tv|me|gov|edu|int|"
    "uk|us|ca|au|nz|ie|de|fr|it|es|nl|be|ch|at|se|no|dk|fi|pl|ru|ua|cn|jp|kr|in|za|br|mx|eu"
)
_DOMAIN_END = re.compile(
    rf"(?:^|\s)(?:https?://)?(?:www\.)?(?:[a-z0-9-]{{2,}}\.)+(?:{_TLDS})(?:/\S*)?$",
    re.IGNORECASE,
)
# Markers that open a footer: after one, even a lone headline-like line is noise.
_FOOTER_MARKER = re.compile(
    r"related(?:\s+[a-z]+)?(?:\s*\(\d+\))?"  # "Related Links", "Related Events (6)"
    r"|related\s*:.*"  # "Related: <headline>"
    r"|read\s+more\b.*"
    r"|subscribe\b.*"
    r"|more\s+(?:stories|news|articles|coverage)\b.*"
    r"|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested\s+in)"
    r"|recommended(?:\s+for\s+you)?"
    r"|most\s+(?:read|popular|viewed|shared)"
    r"|(?:top|latest)\s+(?:stories|news|headlines)",
    re.IGNORECASE,
)
# Other boilerplate lines, dropped wherever they appear.
_BOILERPLATE = re.compile(
    r"advertisement\b.*|.*\badvertisement|sponsored(?:\s+content)?|advert|ad"
    r"|share\s+(?:this|on|via)\b.*"
    r"|sign\s+up(?:\s+(?:for|to|now|here|today)\b.*)?"
    r"|follow\s+us\b.*"
    r"|.*\ball\s+rights\s+reserved\b.*"
    r"|(?:\u00a9|\(c\)\s|copyright\s*(?:\u00a9|\(c\)|\d{4}|by\b)).*"
    r"|click\s+here\b.*"
    r"|skip\s+to\s+(?:main\s+)?(?:content|navigation)"
    r"|(?:listen\s+to|print|email)\s+this\s+(?:article|story|page)",
    re.IGNORECASE,
)
_MARKER_TRIM = " \t|\u2022\u00b7*#>-\u2013\u2014:\u00bb\u203a\u2192.!"


def _core(line: str) -> str:
    """The line without trailing closing quotes, brackets and emphasis marks."""
    return line.rstrip(_CLOSERS)


def _ends_sentence(line: str) -> bool:
    """True if the line ends with sentence-final punctuation (not an initialism)."""
    core = _core(line)
    return core.endswith(_FINAL) and not _INITIALISM.search(core)


def _starts_lower(line: str) -> bool:
    first = next((c for c in line if c.isalnum()), "")
    return first.islower()


def _is_headline(line: str) -> bool:
    """Short, capitalised, and ending without punctuation: it reads like a headline."""
    words = line.split()
    if not 0 < len(words) <= MAX_HEADLINE_WORDS or not any(c.isalpha() for c in line):
        return False
    core = _core(line)
    if _ends_sentence(line) or core.endswith((",", ";", ":") + _CONTINUES):
        return False
    return not _starts_lower(line) and not _INNER_SENTENCE_END.search(line)


def _is_question(line: str) -> bool:
    """A short question line: a headline in a list, a sentence elsewhere."""
    words = line.split()
    return (
        0 < len(words) <= MAX_HEADLINE_WORDS
        and _core(line).endswith("?")
        and not _starts_lower(line)
    )


def _marker_text(line: str) -> str:
    return " ".join(line.strip(_MARKER_TRIM).split())


def _is_footer_marker(line: str) -> bool:
    return len(line.split()) <= MAX_HEADLINE_WORDS and bool(
        _FOOTER_MARKER.fullmatch(_marker_text(line))
    )


def _is_noise(line: str) -> bool:
    """Lines dropped on sight: addresses, separators, boilerplate, promo link lines."""
    if _SEPARATOR.fullmatch(line) or _MD_LINKS_ONLY.fullmatch(line):
        return True
    core = line.strip(_STRAY)
    if core and not any(c.isspace() for c in core) and _ADDRESS.fullmatch(core):
        return True
    if len(line.split()) > MAX_HEADLINE_WORDS:
        return False
    marker = _marker_text(line)
    if _FOOTER_MARKER.fullmatch(marker) or _BOILERPLATE.fullmatch(marker):
        return True
    return not _ends_sentence(line) and bool(_DOMAIN_END.search(line.rstrip(_STRAY)))


def _wraps(prev: str, nxt: str) -> bool:
    """True if ``nxt`` continues a hard-wrapped paragraph that ``prev`` started."""
    prev = prev.rstrip()
    if not prev or _ends_sentence(prev):
        return False
    if _starts_lower(nxt):
        return True
    return prev.endswith(_CONTINUES) or prev.split()[-1].lower() in _CONNECTORS


# ------------------------------------------------------------------------ cleaning

_TEXT, _BLANK, _NOISE = "text", "blank", "noise"


def _unit_label(text: str, in_footer: bool) -> str:
    """H headline-like, Q short question, F footer headline (always dropped), P prose."""
    if in_footer:  # bulleted or not
        return "F" if _is_headline(text) or _is_question(text) else "P"
    if _BULLET.match(text):
        return "P"  # list items in the article body are content
    if _is_headline(text):
        return "H"
    return "Q" if _is_question(text) else "P"


def _keep_mask(lines: list[_Line]) -> list[bool]:
    """Decide line by line what survives; blank lines are decided later."""
    kinds: list[str] = []
    footer_at: list[bool] = []
    footer = False
    for line in lines:
        text = line.text.strip()
        if not text:
            kinds.append(_BLANK)
        elif _is_noise(text):
            kinds.append(_NOISE)
            footer = footer or _is_footer_marker(text)
        else:
            kinds.append(_TEXT)
        footer_at.append(footer)

    # Units: text lines joined when a paragraph was hard-wrapped over several lines.
    units: list[list[int]] = []
    for i, kind in enumerate(kinds):
        if kind != _TEXT:
            continue
        if units and units[-1][-1] == i - 1 and _wraps(lines[i - 1].text, lines[i].text):
            units[-1].append(i)
        else:
            units.append([i])
    labels = [
        _unit_label(" ".join(lines[i].text.strip() for i in unit), footer_at[unit[0]])
        for unit in units
    ]

    # Headline lists: runs of 2+ headline-like units (blank and noise lines do not
    # break a run; a short question inside a run is part of the list).
    drop = [label == "F" for label in labels]
    start = 0
    while start < len(units):
        if labels[start] == "P":
            start += 1
            continue
        stop = start
        while stop < len(units) and labels[stop] != "P":
            stop += 1
        run = list(range(start, stop))
        while run and labels[run[0]] == "Q":
            run.pop(0)
        while run and labels[run[-1]] == "Q":
            run.pop()
        if sum(labels[u] in "HF" for u in run) >= 2:
            for u in run:
                drop[u] = True
        start = stop

    keep = [kind != _NOISE for kind in kinds]
    for unit, dropped in zip(units, drop, strict=True):
        if dropped:
            for i in unit:
                keep[i] = False
    return keep


# A stock ticker after a firm's name: Reuters' "(VOWG_p.DE)", "(BP.L)", "<VOWG.F>" (a code,
# an optional share class, a dot, the exchange) and the 1987 wire's "<GM>" in angle
# brackets, which also marks a firm's name: "<Airbus Industrie> said". The parse split
# sentences at them and read them as actors and places ("Rolls Royce Plc>"); a bare
# code in parentheses ("(AP)", "(EC)") is a name, and stays.
_TICKER = re.compile(
    r"[ \t]*(?:\((?P<ric>[A-Z0-9]{1,6}(?:_?[a-z])?\.[A-Z]{1,3})\)"
    r"|<[A-Z0-9]{1,6}(?:_?[a-z])?(?:\.[A-Z]{1,3})?>)"
    r"|<(?P<name>[A-Z0-9][^<>\n\"=]{0,79})>"
)
_NOT_TICKERS = frozenset({"U.S", "U.K", "U.N", "E.U", "D.C"})  # "(U.S)" is a place


def _without_tickers(line: _Line) -> _Line:
    """``line`` with its stock tickers (and the spaces before them) and the brackets of a
    marked name cut out of the text the rules and the parse read; ``spans`` still map
    every kept character to the source, so offsets into the text as given stay exact."""
    text = line.text
    if "<" not in text and "(" not in text:
        return line
    cuts: list[tuple[int, int]] = []
    for m in _TICKER.finditer(text):
        if m["name"]:  # the name stays, its brackets go
            cuts += [(m.start(), m.start() + 1), (m.end() - 1, m.end())]
        elif m["ric"] not in _NOT_TICKERS:
            start = m.start()
            if text[m.end() : m.end() + 1] in _FINAL:  # "Pfizer Inc <PFE>." keeps its space:
                start = m.end() - len(m[0].lstrip())  # "Inc." would end no sentence
            cuts.append((start, m.end()))
    if not cuts:
        return line
    spans: list[tuple[int, int]] = []
    at = 0  # offset in ``text`` where the current source span starts
    for start, end in line.spans:
        pos = start
        for cut_start, cut_end in cuts:
            lo, hi = start + max(cut_start - at, 0), start + min(cut_end - at, end - start)
            if lo < hi:
                spans.append((pos, lo))
                pos = hi
        spans.append((pos, end))
        at += end - start
    spans = [(a, b) for a, b in spans if b > a]
    base = line.end - len(line.raw)
    kept = "".join(line.raw[a - base : b - base] for a, b in spans)
    return _Line(line.raw, line.end, kept, spans)


def _same_title(line: str, title: str) -> bool:
    return " ".join(line.split()).casefold() == " ".join(title.split()).casefold()


def _clean(
    source: str, lines: list[_Line], title: str | None = None
) -> tuple[str, list[Segment], list[str]]:
    """Clean ``lines`` of ``source``; drop a first line that repeats ``title``."""
    if title:
        first = next((i for i, line in enumerate(lines) if line.text.strip()), None)
        if first is not None and _same_title(lines[first].text, title):
            lines = lines[:first] + lines[first + 1 :]
    keep = _keep_mask(lines)
    removed = [line.raw for line, k in zip(lines, keep, strict=True) if not k]

    chosen: list[_Line] = []
    for line, k in zip(lines, keep, strict=True):
        if not k:
            continue
        if line.text.strip() or (chosen and chosen[-1].text.strip()):
            chosen.append(_without_tickers(line))  # at most one blank line between kept lines
    while chosen and not chosen[-1].text.strip():
        chosen.pop()

    segments: list[Segment] = []
    parts: list[str] = []
    clean_pos = 0

    def copy(start: int, end: int) -> None:
        nonlocal clean_pos
        if end <= start:
            return
        last = segments[-1] if segments else None
        if last and last[1] + last[2] == start and last[0] + last[2] == clean_pos:
            segments[-1] = (last[0], last[1], last[2] + end - start)
        else:
            segments.append((clean_pos, start, end - start))
        parts.append(source[start:end])
        clean_pos += end - start

    for n, line in enumerate(chosen):
        for start, end in line.spans:
            copy(start, end)
        if n + 1 < len(chosen):
            copy(line.end, line.end + 1)  # the line's own "\n" in the source
    return "".join(parts), segments, removed


def clean_text(text: str) -> tuple[str, list[Segment], list[str]]:
    """Remove scrape noise from ``text`` (newlines already normalised to ``\\n``).

    Returns the clean text, the segments mapping it onto ``text`` (each
    ``(clean_start, source_start, length)`` is a run copied unchanged) and the removed
    lines. Whole lines are dropped or kept; runs of blank lines become one.
    """
    return _clean(text, _split_lines(text))
