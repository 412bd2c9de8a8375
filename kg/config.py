"""Build settings as data: one place for every option the CLI and the API accept."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .errors import KgError

# Graph formats (file written) and table formats; graph.html, events.md and void.ttl
# are always written.
GRAPH_FORMATS = ("turtle", "trig", "nt", "jsonld")
TABLE_FORMATS = ("jsonl", "csv")
DEFAULT_FORMATS = ("turtle", "jsonl")
# The settings that shape what a build writes (the others only change its speed): an
# update reuses the stored build's values unless told otherwise.
CONTENT_SETTINGS = (
    "base_iri",
    "published",
    "max_nodes",
    "formats",
    "license",
    "keep_duplicates",
    "keep_non_articles",
    "shard",
)
# Input limits (0: none). An article over one is reported and skipped, never cut short.
# Extraction takes time in proportion to an article's length (bench/length.py); what
# bounds the length is the parse's memory: spaCy's en_core_web_sm peaks at 3.3 GB for
# 1,000,000 characters, 6.5 GB for 2,000,000 and 13.0 GB for 4,000,000 (about 3.3 GB a
# million; bench/length.py --memory), so two 3,000,000-character articles parsed at once
# (--jobs 2) fit a 2-core, 24 GB machine with room for the build, and two of 4,000,000
# would not (kg.nlp lifts spaCy's own 1,000,000 limit). Real news articles stay under
# 100,000.
DEFAULT_MAX_DOCUMENT_SIZE = 3_000_000  # characters of one article's text
# spaCy's tokenizer takes time growing with the square of a run of characters without
# a space when the run is made of punctuation or emoji (4,000 quote marks 3 s, 16,000
# 45 s); words, URLs and even base64 stay fast. Longer runs are not prose.
DEFAULT_MAX_WORD_LENGTH = 2_000  # characters between two spaces
# The language of the extractors' rules, of a bare --model NAME, and of articles whose
# language is not known (too short to tell and not declared).
DEFAULT_LANGUAGE = "en"
_LANGUAGE_KEY = re.compile(r"[A-Za-z]{2,3}")


def model_entry(value: str) -> tuple[str, str]:
    """One --model value: ``de=de_core_news_sm`` -> ("de", "de_core_news_sm"); a bare
    name (or a path to a pipeline, which may hold "=") is the English model."""
    key, sep, name = value.strip().partition("=")
    if sep and _LANGUAGE_KEY.fullmatch(key.strip()):
        if not name.strip():
            raise ValueError(f"{value!r} names no spaCy pipeline after '='")
        return key.strip().lower(), name.strip()
    if not value.strip():
        raise ValueError("an empty model name")
    return DEFAULT_LANGUAGE, value.strip()


def model_mapping(entries: Iterable[str]) -> dict[str, str]:
    """Language -> pipeline from --model values or KG_MODEL's words; naming two
    pipelines for one language is an error, not a silent choice."""
    out: dict[str, str] = {}
    for entry in entries:
        language, name = model_entry(entry)
        if out.get(language, name) != name:
            raise ValueError(f"two models for {language!r}: {out[language]} and {name}")
        out[language] = name
    return out


def models_from_env(value: str | None) -> dict[str, str]:
    """KG_MODEL: one name, or ``LANG=NAME`` words separated by commas or spaces."""
    return model_mapping(w for w in re.split(r"[,\s]+", value or "") if w)


ModelSetting = str | Mapping[str, str] | None


@dataclass
class Settings:
    """Options of one build; the CLI's flags map one to one onto these fields."""

    # spaCy pipelines: a name (the English one) or a mapping language -> name
    # ({"de": "de_core_news_sm"}); what is not named comes from KG_MODEL, then the
    # bundled English default. An article in a language with no model is skipped.
    model: ModelSetting = None
    jobs: int = 1  # processes for the parse and the per-document extraction
    batch_size: int = 32
    base_iri: str = "https://w3id.org/kgnews/id/"
    published: date | None = None  # publication date for documents without one
    max_nodes: int | None = None  # HTML view: None = html.DEFAULT_MAX_NODES (2,500), 0 = all
    formats: tuple[str, ...] = DEFAULT_FORMATS  # see GRAPH_FORMATS, TABLE_FORMATS
    license: str | None = None  # IRI of the export's license, stated in void.ttl
    # input limits, not stored for --update (they decide what is read, not how)
    max_document_size: int = DEFAULT_MAX_DOCUMENT_SIZE  # characters; 0 = no limit
    max_word_length: int = DEFAULT_MAX_WORD_LENGTH  # characters without a space; 0 = none
    progress: bool = False
    # read syndicated and near-duplicate articles each on its own (kg.ingest.dedup)
    keep_duplicates: bool = False
    # read HTML pages that are no article (shop pages, listings) too (kg.ingest.kind)
    keep_non_articles: bool = False
    # also write the graph as files of at most this many articles (kg.export.shards); 0: no
    shard: int = 0
    # tcp://host:port of a Dask scheduler: parse and extract on its workers (kg.cluster)
    cluster: str | None = None
    # with cluster: the workers read the input files themselves (shared storage)
    cluster_read: bool = False

    def __post_init__(self) -> None:
        """A notebook passes ``published="2026-11-12"``: read it as the date it names
        (a wrong one is a KgError now, not every article failing its extraction)."""
        if self.cluster_read and not self.cluster:
            raise KgError("cluster_read=True needs cluster='tcp://HOST:PORT' (a scheduler)")
        if isinstance(self.published, str):
            try:
                self.published = date.fromisoformat(self.published.strip())
            except ValueError:
                raise KgError(
                    f"published={self.published!r}: not a date (write it as YYYY-MM-DD)"
                ) from None
        if type(self.shard) is not int or self.shard < 0:  # checked before any parse
            raise KgError(f"shard={self.shard!r}: not a number of articles (0 writes no shards)")
