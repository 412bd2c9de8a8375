"""A stored line is read back in one pass (issues 22/24): the decode interns the short
strings and hands back one instance for equal spans as it builds the result, instead of
a second walk over the decoded result (:func:`kg.state.shared`), which cost more than the
decode itself. The result read back must still equal the one stored."""

from __future__ import annotations

import dataclasses
import sys
from datetime import date

import pytest

from kg import nlp
from kg import state as kg_state
from kg.extract import extract_document
from kg.model import DocResult, Document, Evidence

TEXT = (
    "LISBON (Reuters) - Portuguese dockworkers walked off the job at Sines on Monday, "
    "halting container traffic, the port authority said. Labour Minister Rita Matos "
    'met union leaders in Lisbon. "We are not going back until the contract is signed," '
    "said Joao Ferreira, a crane operator. Two trucks were stopped by pickets at the "
    "gate, and the talks are to resume on Thursday.\n"
)


@pytest.fixture(scope="module")
def result() -> DocResult:
    document = Document(
        id="sines-strike",
        text=TEXT,
        source_text=TEXT,
        published=date(2026, 3, 2),
        path="wires/sines.txt",
    )
    made = extract_document(next(nlp.parse([TEXT])), document)
    assert made.actors and made.statements and made.events
    return made


def _spans(obj, found: list[Evidence]) -> list[Evidence]:
    """Every span the result holds, one entry per place."""
    if type(obj) is Evidence:
        found.append(obj)
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            _spans(getattr(obj, f.name), found)
    elif isinstance(obj, list | tuple | set):
        for item in obj:
            _spans(item, found)
    return found


def test_a_held_result_reads_back_equal_to_the_one_stored(result):
    spill = kg_state.Spill()
    try:
        spill.hold(result, kg_state.line(result))
        (back,) = spill.results([result.doc.id])
    finally:
        spill.close()
    assert back == result
    assert back.doc.path == "wires/sines.txt"
    assert back.doc.published == date(2026, 3, 2)


def test_the_decode_itself_shares_equal_spans_and_short_strings(result):
    stored = kg_state.encode(dataclasses.replace(result, doc=dataclasses.replace(result.doc)))
    back = kg_state.decode(DocResult, stored)
    assert back == result
    spans = _spans(back, [])
    distinct = {id(s) for s in spans}
    assert len(distinct) == len(set(spans)) < len(spans)  # equal spans are one instance
    assert all(s.doc_id is back.doc.id for s in spans)
    assert back.doc.id is sys.intern("sines-strike")  # one string, however often read


def test_a_damaged_span_is_refused_even_after_an_equal_good_one(result):
    stored = kg_state.encode(result)
    event = stored["events"][0]
    good = dict(event["trigger"])
    event["mentions"] = [good, {**good, "start": str(good["start"])}]
    with pytest.raises(kg_state.Damaged, match="str where a int belongs"):
        kg_state.decode(DocResult, stored)
    event["mentions"] = [good, {**good, "text": [good["text"]]}]  # unhashable
    with pytest.raises(kg_state.Damaged, match="list where a str belongs"):
        kg_state.decode(DocResult, stored)
