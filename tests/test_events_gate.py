"""The events extractor passes over, before any rule, the words that no rule of the
chain can type (issue 24: four in five candidate words of BBC
politics ended untyped after the whole chain of ``_trigger_type``).

The gate must never pass over a word the chain would type or read as a phase: here every
word of news texts of our own, written to reach each way the chain types a word
(title-case headlines, "on the run", a storm's name, an escaped inmate, a record broken,
injured reserve, "after the chase", "the incident happened", a derived noun, a hyphened
one, "found dead", "was forced to resign", "began to search", "tried to flee"), is read
both ways.
"""

from __future__ import annotations

from datetime import date

import pytest

from kg import nlp
from kg.extract import _one_per_span, _told, events, extract_statements
from kg.extract.actors import ActorIndex
from kg.model import Document

TEXTS = (
    "Gunman Opens Fire In Crowded Mall, Three Hurt\n\n"
    "A gunman opened fire in a shopping centre in Leeds on Saturday, police said. The "
    "escaped inmate, who had been on the run since March, was taken into custody after "
    "a short chase. The incident happened shortly after noon. Officers captured two "
    "accomplices in the operation. A police spokesman said the shooting was under "
    "investigation and that the suspect faced a murder charge.\n",
    "Hurricane Orla Slams Into Gulf Coast\n\n"
    "Hurricane Orla hit the coast of Texas on Tuesday, killing four people and causing "
    "$2 million in damage. The storm forced the evacuation of 10,000 residents. After "
    "the disaster, the governor declared an emergency. Relief workers said the cease-fire "
    "between rival gangs in the port had held.\n",
    "Labour minister Ann Cole announced changes to the pension rules on Monday. The "
    "government's general secretary called for calm after the union's appeal for a "
    "walkout. Workers have been on strike since the talks broke down. The council's "
    "eviction of the tenants followed a second reading of the bill in the Commons.\n",
    "United placed their captain on injured reserve and the striker broke the club's "
    "scoring record in a 3-1 win. The Oscars will be hosted by a comedian, and the "
    "Winter Olympics open in February. A sixth-round stoppage ended the bout.\n",
    "The jury found him guilty on Friday. A hiker was found dead near the lake, and "
    "rescuers began to search the ridge. The driver tried to flee and was later taken "
    "into custody. The chairman was forced to resign, and the bill became law. Residents "
    "think the council will have to include the new estate.\n",
)


def _read(text: str):
    document = Document(id="d", text=text, source_text=text, published=date(2026, 11, 12))
    parsed = next(nlp.parse([text]))
    told = _told(document)
    index = ActorIndex(parsed, told)
    said = _one_per_span(extract_statements(parsed, told, index))
    return parsed, events._Extractor(parsed, told, index, said)


@pytest.fixture(scope="module")
def read():
    return [_read(t) for t in TEXTS]


def test_the_gate_passes_over_no_word_the_chain_types(read):
    passed_over = typed = 0
    for parsed, ex in read:
        gate = events._may_trigger(parsed)
        table = events.token_table(parsed)
        for tok in parsed:
            if tok.pos_ not in {"NOUN", "PROPN", "ADJ", "VERB"} and tok.i not in table.hyphened:
                continue
            kind = ex.kind(tok)
            typed += kind is not None
            phase = (
                events._phase_of(tok, ex.kind)
                or events._tried(tok, ex.kind)
                or events._made_to(tok, ex.kind)
            )
            if not gate(tok.i):
                passed_over += 1
                assert kind is None and phase is None, (tok.text, tok.pos_, tok.dep_, kind)
    assert typed >= 20  # the texts reach the chain's typing rules
    assert passed_over >= 20  # and the gate has words to pass over


def test_plain_words_are_passed_over_and_event_words_are_read(read):
    """"minister", "secretary", "residents", "Labour" and "general" tell no happening by
    any rule; "changes to the pension rules", "the escaped inmate", "on the run",
    "Hurricane Orla", "injured reserve" and "the incident happened" do, each by the
    words around it."""
    seen: dict[str, bool] = {}
    for parsed, _ in read:
        gate = events._may_trigger(parsed)
        for tok in parsed:
            seen.setdefault(tok.text, gate(tok.i))
    for word in ("minister", "secretary", "residents", "Labour", "general", "coast"):
        assert seen[word] is False, word
    for word in ("think", "have", "include"):  # verbs the table rules out
        assert seen[word] is False, word
    for word in ("found", "began", "tried", "forced", "became", "taken", "said"):
        assert seen[word] is True, word
    for word in ("changes", "escaped", "run", "Orla", "reserve", "incident", "record"):
        assert seen[word] is True, word
    for word in ("fire", "chase", "eviction", "stoppage", "appeal", "Oscars"):
        assert seen[word] is True, word
