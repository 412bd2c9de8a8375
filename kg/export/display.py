"""Article text shown to people, kept from disguising the text around it.

A name, title, outlet or quote may carry Unicode bidi controls: an unpaired
right-to-left override (U+202E) in an outlet turns everything after it on the line
around, so a card showed the source's date and id reversed (issue #25). Every such
value a person reads (the Markdown cards, the page's tooltips, card panel and labels)
goes through here:

* :func:`balanced` closes the embeddings, overrides and isolates a value opens
  (LRE RLE LRO RLO, LRI RLI FSI) at its end and drops closers (PDF, PDI) that close
  nothing in it: a stray PDI would otherwise end the isolate put around the value.
  The controls that pair up stay, so right-to-left text keeps the form its writer gave it.
* :func:`isolate` puts a balanced value between FSI and PDI (first-strong isolate: the
  value takes its own direction from its first letter, and nothing in it reaches out).
  The page does the same with ``<bdi>`` elements; canvas labels, which are short names
  drawn one line at a time, lose the explicit controls instead (:func:`strip_controls`).

Only values holding a bidi control or a right-to-left letter are touched, so plain
text gives the same bytes as before. The data outputs (RDF, JSON Lines, CSV) keep the
raw text: a spreadsheet cell is its own paragraph, where no control reaches another.
"""

from __future__ import annotations

import re

LRE, RLE, PDF, LRO, RLO = "\u202a", "\u202b", "\u202c", "\u202d", "\u202e"
LRI, RLI, FSI, PDI = "\u2066", "\u2067", "\u2068", "\u2069"
_EMBEDDINGS = frozenset((LRE, RLE, LRO, RLO))
_ISOLATES = frozenset((LRI, RLI, FSI))

# The explicit formatting characters (the bidi classes LRE RLE LRO RLO PDF LRI RLI FSI PDI).
CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
# What makes a value's direction matter to the text after it: those controls, the
# right-to-left marks (RLM, ALM) and the blocks of right-to-left scripts (Hebrew,
# Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, their presentation forms, and the
# historic and Arabic-math scripts of the supplementary planes).
_RIGHT_TO_LEFT = re.compile(
    "[\u202a-\u202e\u2066-\u2069\u200f\u061c\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe"
    "\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def needs_isolation(text: str) -> bool:
    """Whether ``text`` could change how the text after it is shown."""
    return _RIGHT_TO_LEFT.search(text) is not None


def balance(*parts: str) -> list[str]:
    """``parts`` (pieces of one value, e.g. a sentence around a bold mention) with every
    embedding, override and isolate opened in them closed at the end of the last piece,
    and closers that close nothing dropped, as the Unicode bidi algorithm pairs them: a
    PDF closes the last embedding or override unless an isolate opened after it; a PDI
    closes the last open isolate and whatever opened inside it."""
    if not any(CONTROLS.search(p) for p in parts):
        return list(parts)
    stack: list[str] = []  # the closer each open control waits for
    out: list[str] = []
    for part in parts:
        kept = []
        for ch in part:
            if ch in _EMBEDDINGS:
                stack.append(PDF)
            elif ch in _ISOLATES:
                stack.append(PDI)
            elif ch == PDF:
                if not stack or stack[-1] != PDF:
                    continue  # closes nothing, or would reach across an open isolate
                stack.pop()
            elif ch == PDI:
                if PDI not in stack:
                    continue
                while stack.pop() != PDI:  # a PDI ends the embeddings opened inside it
                    pass
            kept.append(ch)
        out.append("".join(kept))
    if out:
        out[-1] += "".join(reversed(stack))
    return out


def balanced(text: str) -> str:
    """``text`` with its bidi controls paired (see :func:`balance`)."""
    return balance(text)[0]


def isolate(text: str) -> str:
    """``text`` balanced and between FSI and PDI when it holds a bidi control or a
    right-to-left letter; plain text as it is."""
    if not needs_isolation(text):
        return text
    return f"{FSI}{balanced(text)}{PDI}"


def strip_controls(text: str) -> str:
    """``text`` without explicit bidi controls (the marks LRM, RLM and ALM stay)."""
    return CONTROLS.sub("", text)
