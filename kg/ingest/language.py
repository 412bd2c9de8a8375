"""Which language an article is in: the page's own declaration, checked on the text.

A declaration alone is not enough: many sites put ``<html lang="en">`` in the template
of every page, whatever the article's language (on 200 real news pages of 2020, 10 of
the 12 pages whose declaration and text disagreed declared English over Spanish,
Arabic, Thai, Gujarati, Georgian, Romanian, Albanian or Tagalog text). A detector alone
is not enough either: on short texts it guesses (py3langid reads 25% of 20-character
snippets of news wrong, 8% of 40-character ones), but when it is sure it is right
(a probability of 0.9 or more was right on 99.7% of snippets of 20 to 300 characters).

So the decision is: the detector's answer when it is sure of it and the text is long
enough to judge, else the declaration, else unknown (``None``). The detector is
py3langid (langid.py's naive Bayes over byte n-grams, 140 language labels, its model
inside the wheel, under 2 ms an article).
"""

from __future__ import annotations

import contextlib
import re
import threading
from functools import lru_cache

# The detector's probability (normalised over its languages) from which its answer
# beats the page's declaration. Lower, a tie between close languages (Slovene, Bosnian
# and Croatian each near 0.3 on one Serbo-Croatian page) would overrule a right one.
CONFIDENT = 0.9
# Below this many characters of text the detector is not asked: a headline-only
# article ("Storm hits coast") keeps its declaration, or stays unknown.
MIN_CHARS = 40
# Enough text to judge (on 200 real pages the first 3,000 characters decide as the
# first 10,000 do, in 1.7 ms instead of 2.3); a long article need not be read whole.
SAMPLE_CHARS = 3_000
# Retired or alternative ISO 639-1 codes pages still declare, and py3langid's own
# label for Norwegian Bokmål: one code per language, so that --model keys match.
ALIASES = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro", "nb": "no"}
_TAG = re.compile(r"[a-z]{2,3}")
# ISO 639-2 codes that name no language: no linguistic content (digits, symbols; the
# detector says "zxx"), undetermined, several, uncoded. Taken as a language they asked
# for a "zxx" model and left such an article unbuilt; it is unknown, as no tag is.
NO_LANGUAGE = frozenset(["zxx", "und", "mul", "mis"])


def primary(tag: str | None) -> str | None:
    """The primary subtag of a BCP 47 tag, lower case ("en-US", "EN_gb" -> "en"), or
    None for a missing or malformed one ("", "x-klingon", "*")."""
    if not tag:
        return None
    head = re.split(r"[-_\s]", tag.strip().lower(), maxsplit=1)[0]
    if not _TAG.fullmatch(head) or head in NO_LANGUAGE:
        return None
    return ALIASES.get(head, head)


# Held while the model loads, so that a preloading thread and a first detect() never
# load it twice.
_LOADING = threading.Lock()


def _identifier():
    """py3langid's model, loaded once per process (by :func:`preload`'s thread or by the
    first detection), with probabilities normalised so that one threshold means the
    same on a short and a long text."""
    with _LOADING:
        return _load()


@lru_cache(maxsize=1)
def _load():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def asks(text: str) -> bool:
    """Whether :func:`detect` would consult the model for ``text`` (long enough to judge)."""
    return len(text[:SAMPLE_CHARS].strip()) >= MIN_CHARS


def preload() -> threading.Thread:
    """Load the model in a thread while the caller goes on reading articles; join the
    thread before forking workers. Loading is a fixed 0.5 s of CPU a build pays before
    its parse, most of it decompressing the 68 MB model out of LZMA, which releases the
    GIL: on a second core it costs the clock next to nothing (issue 24). A failure is
    left for the first :func:`detect`, which raises it where it is reported."""

    def load() -> None:
        with contextlib.suppress(Exception):  # detect() meets the same error, reports it
            _identifier()

    thread = threading.Thread(target=load, name="kg-language-model", daemon=True)
    thread.start()
    return thread


def detect(text: str) -> tuple[str, float] | None:
    """The language the detector reads in ``text`` and its probability, or None when
    the text is too short to ask."""
    if not asks(text):
        return None
    label, probability = _identifier().classify(text[:SAMPLE_CHARS].strip())
    code = primary(label)
    return (code, probability) if code else None


def decide(declared: str | None, text: str) -> str | None:
    """The article's language: the detector's when it is sure (it overrules a template's
    declaration), else the declared one, else None (not known)."""
    declared = primary(declared)
    found = detect(text)
    if found is not None and found[1] >= CONFIDENT:
        return found[0]
    return declared
