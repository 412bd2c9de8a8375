"""The stored line of an article is written once per article from its extraction
result (issue 24: ``dataclasses.fields`` asked of every object of every line was half
the time of writing the state). The fields are read once per class; the lines stay
what the plain walk over the fields writes."""

from __future__ import annotations

import dataclasses
import json
from datetime import date

from kg import nlp
from kg import state as kg_state
from kg.extract import extract_document
from kg.model import Document

TEXT = (
    "ATHENS (AP) - Greek farmers blocked the main highway to Bulgaria on Tuesday, "
    "protesting a cut in fuel subsidies, police said. Agriculture Minister Eleni "
    'Doukas met their leaders in Larissa. "We will not leave the road," said Nikos '
    "Pappas, a cotton grower. Two officers were hurt when a tractor hit a police van, "
    "and the talks are to resume on Friday.\n"
)


def _walk(obj):
    """The state's encoding as the plain walk over each object's fields writes it."""
    if dataclasses.is_dataclass(obj):
        kept = {}
        for f in dataclasses.fields(obj):
            value = getattr(obj, f.name)
            at_default = f.default is not dataclasses.MISSING and value == f.default
            left_empty = f.default_factory is not dataclasses.MISSING and not value
            if not (at_default or left_empty):
                kept[f.name] = _walk(value)
        return kept
    if isinstance(obj, set | frozenset):
        return sorted((_walk(v) for v in obj), key=json.dumps)
    if isinstance(obj, list | tuple):
        return [_walk(v) for v in obj]
    if isinstance(obj, dict):
        return {str(k): _walk(v) for k, v in obj.items()}
    return obj.isoformat() if isinstance(obj, date) else obj


def test_stored_lines_read_each_class_once_and_write_what_the_walk_writes(monkeypatch):
    document = Document(id="farmers", text=TEXT, source_text=TEXT, published=date(2026, 2, 3))
    result = extract_document(next(nlp.parse([TEXT])), document)
    assert result.statements and result.events and result.actors
    expected = json.dumps(_walk(result), sort_keys=True)
    asked: list[type] = []
    fields = dataclasses.fields

    def counted(kind):
        asked.append(kind if isinstance(kind, type) else type(kind))
        return fields(kind)

    monkeypatch.setattr(dataclasses, "fields", counted)
    for _ in range(3):  # three articles' lines: the classes are read once
        assert json.dumps(kg_state.encode(result), sort_keys=True) == expected
    assert len(asked) == len(set(asked))
