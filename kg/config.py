"""Build settings as data: one place for every option the CLI and the API accept."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Graph formats (file written) and table formats; graph.html, events.md and void.ttl
# are always written.
GRAPH_FORMATS = ("turtle", "trig", "nt", "jsonld")
TABLE_FORMATS = ("jsonl", "csv")
DEFAULT_FORMATS = ("turtle", "jsonl")
# The settings that shape what a build writes (the others only change its speed): an
# update reuses the stored build's values unless told otherwise.
CONTENT_SETTINGS = ("base_iri", "published", "max_nodes", "formats", "license")


@dataclass
class Settings:
    """Options of one build; the CLI's flags map one to one onto these fields."""

    model: str | None = None  # spaCy pipeline; None: KG_MODEL or the bundled default
    jobs: int = 1  # processes for the parse and the per-document extraction
    batch_size: int = 32
    base_iri: str = "https://w3id.org/kgnews/id/"
    published: date | None = None  # publication date for documents without one
    max_nodes: int | None = None  # HTML view: None = html.DEFAULT_MAX_NODES (2,500), 0 = all
    formats: tuple[str, ...] = DEFAULT_FORMATS  # see GRAPH_FORMATS, TABLE_FORMATS
    license: str | None = None  # IRI of the export's license, stated in void.ttl
    progress: bool = False
